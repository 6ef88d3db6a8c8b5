// What the sync server's resource limits hold, measured: the real server as its
// own process on loopback (SQLite in a temporary folder), attacked the ways the
// security pass did (issue 15, rows 6–9). Prints one figure per line and the
// server's peak memory against MEMORY_CAP_MIB; exits non-zero when the cap or
// the 100 ms median for other rooms is not met. Stops by itself within two minutes.
//
//   npm run bench:server

import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as encoding from 'lib0/encoding';
import sqlite3 from 'sqlite3';
import {
  AUTH,
  STEP,
  TYPE,
  Wire,
  cleanUp,
  median,
  message,
  startServerProcess,
  syncMessage,
  tempFolder,
  token,
  waitFor,
  writeText,
} from '../test/server/support.mjs';

/** The server's memory (RSS) must stay under this, in MiB, through every attack. */
const MEMORY_CAP_MIB = 512;
const TIME_LIMIT_MS = 120_000;
const FLOOD_WORKER = fileURLToPath(new URL('../server/flood-worker.mjs', import.meta.url));

const watchdog = setTimeout(() => {
  console.error(`Stopped: the benchmark took longer than ${TIME_LIMIT_MS / 1000} s.`);
  cleanUp();
  process.exit(1);
}, TIME_LIMIT_MS);

const db = join(tempFolder(), 'bench.sqlite');
// Counts the writes of rooms (every store is an INSERT or UPDATE of its row).
await sql(
  db,
  `CREATE TABLE IF NOT EXISTS "documents" ("name" varchar(255) NOT NULL, "data" blob NOT NULL, UNIQUE(name));
   CREATE TABLE writes (name text PRIMARY KEY, n integer NOT NULL);
   CREATE TRIGGER count_insert AFTER INSERT ON documents BEGIN
     INSERT INTO writes VALUES (NEW.name, 1) ON CONFLICT(name) DO UPDATE SET n = n + 1; END;
   CREATE TRIGGER count_update AFTER UPDATE ON documents BEGIN
     INSERT INTO writes VALUES (NEW.name, 1) ON CONFLICT(name) DO UPDATE SET n = n + 1; END;`,
);
const server = await startServerProcess({ db });
let peak = server.rss();
const sampler = setInterval(() => (peak = Math.max(peak, server.rss() || 0)), 20);
const mib = (/** @type {number} */ n) => `${Math.round(n)} MiB`;
let failed = false;
console.log(`server started: ${mib(server.rss())}`);

// Row 6: refused sockets that keep sending 7 MB frames.
{
  const before = server.rss();
  const frame = syncMessage('r6', STEP.update, new Uint8Array(7 * 1024 * 1024));
  const results = await Promise.all(
    Array.from({ length: 3 }, async () => {
      const wire = new Wire(server.url);
      // The frames follow the token at once, as an attacker that does not wait for the answer would send them.
      const answer = wire.join('r6', 'forged');
      await wire.open;
      const refusedAt = Date.now();
      let frames = 0;
      while (wire.socket.readyState === wire.socket.OPEN && Date.now() - refusedAt < 5_000) {
        await wire.send(frame);
        frames++;
      }
      await waitFor(() => wire.closed, 'the refused socket to close', { timeout: 5_000 });
      const closedMs = Date.now() - refusedAt;
      return { refused: (await answer).sub === AUTH.permissionDenied, closedMs, frames };
    }),
  );
  console.log(
    `row 6  refused sockets sending 7 MB frames: ${results.filter((r) => r.refused).length}/3 refused, ` +
      `closed after ${Math.max(...results.map((r) => r.closedMs))} ms (${results.map((r) => r.frames).join('/')} frames sent), ` +
      `server memory +${mib(server.rss() - before)}`,
  );
}

// Row 7: 40 devices that never read while 3 MB changes are broadcast 8 times.
{
  const room = 'r7';
  const stuck = await Promise.all(
    Array.from({ length: 40 }, async (_, i) => {
      const wire = new Wire(server.url);
      await wire.syncDoc(room, token(room, 'partner', `p${i}`));
      return wire;
    }),
  );
  const before = server.rss();
  let roomPeak = before;
  const local = setInterval(() => (roomPeak = Math.max(roomPeak, server.rss())), 20);
  for (const wire of stuck) /** @type {any} */ (wire.socket)._socket.pause();
  const writers = await Promise.all(
    [0, 1].map(async () => {
      const wire = new Wire(server.url);
      const doc = await wire.syncDoc(room, token(room));
      wire.forward(room, doc);
      return { wire, doc };
    }),
  );
  const dropsBefore = (server.output().match(/dropped a device/g) ?? []).length;
  for (let i = 0; i < 8; i++) {
    writeText(writers[i % 2].doc, 'big', 3 * 1024 * 1024, String(i));
    await waitFor(() => writers[(i + 1) % 2].doc.getMap('na:meta').get('big')?.[0] === String(i), `broadcast ${i}`, {
      timeout: 30_000,
    });
  }
  await waitFor(() => (server.output().match(/dropped a device/g) ?? []).length > dropsBefore, 'drops');
  for (const wire of [...stuck, ...writers.map((w) => w.wire)]) wire.end();
  await waitFor(() => server.rss() < before + 50, 'memory to fall back', { timeout: 15_000, interval: 200 }).catch(
    () => undefined,
  );
  clearInterval(local);
  const dropped = (server.output().match(/dropped a device/g) ?? []).length - dropsBefore;
  console.log(
    `row 7  40 devices that never read, 8 broadcasts of 3 MB: ${dropped} dropped, server memory ${mib(before)} → ` +
      `peak ${mib(roomPeak)} → ${mib(server.rss())} after they left`,
  );
}

// Row 8: one partner sends 40 stateless broadcasts of 1 MB to a room of 50 listeners.
{
  const room = 'r8';
  const listeners = await Promise.all(
    Array.from({ length: 50 }, async (_, i) => {
      const wire = new Wire(server.url);
      await wire.syncDoc(room, token(room, 'partner', `l${i}`));
      return wire;
    }),
  );
  const sender = new Wire(server.url);
  await sender.syncDoc(room, token(room, 'partner', 'p1'));
  const payload = 'x'.repeat(1024 * 1024);
  const start = listeners.reduce((sum, wire) => sum + wire.receivedBytes, 0);
  for (let i = 0; i < 40 && !sender.closed; i++) {
    await sender.send(message(room, TYPE.broadcastStateless, (e) => encoding.writeVarString(e, payload)));
  }
  await waitFor(() => sender.closeOf(room), 'the sender to be closed');
  // A change after them, through the same room: once every listener has it, nothing sent before is still on its way.
  const facilitator = new Wire(server.url);
  const doc = await facilitator.syncDoc(room, token(room));
  facilitator.forward(room, doc);
  doc.getMap('na:meta').set('marker', 1);
  await waitFor(
    () => listeners.every((w) => w.received.some((m) => m.type === TYPE.sync && m.sub === STEP.update)),
    'marker',
  );
  const delivered = listeners.reduce((sum, wire) => sum + wire.receivedBytes, 0) - start;
  const stateless = listeners.reduce(
    (sum, wire) => sum + wire.received.filter((m) => m.type === TYPE.stateless).length,
    0,
  );
  console.log(
    `row 8  40 MB of stateless broadcasts to 50 listeners: ${stateless} delivered (${(delivered / 1024).toFixed(1)} KB ` +
      `reached the listeners in all, the later change included); sender closed: ${sender.closeOf(room)?.reason}`,
  );
  for (const wire of [...listeners, sender, facilitator]) wire.end();
}

// Row 9: one partner sends 12,860 changes a second for 10 s into a 1 MB room; another room is timed.
{
  const facilitator = new Wire(server.url);
  const bigDoc = await facilitator.syncDoc('r9a', token('r9a'));
  facilitator.forward('r9a', bigDoc);
  writeText(bigDoc, 'big', 1024 * 1024);
  const [b1, b2] = [new Wire(server.url), new Wire(server.url)];
  const d1 = await b1.syncDoc('r9b', token('r9b'));
  const d2 = await b2.syncDoc('r9b', token('r9b', 'partner', 'p2'));
  b1.forward('r9b', d1);
  await waitFor(async () => (await writes(db, 'r9a')) > 0, 'the 1 MB room stored', { timeout: 15_000 });
  const writesBefore = await writes(db, 'r9a');
  const worker = new Worker(FLOOD_WORKER, {
    workerData: { url: server.url, name: 'r9a', token: token('r9a', 'partner', 'p1'), perSecond: 12_860, seconds: 10 },
  });
  const done = new Promise((resolve) => worker.once('message', resolve));
  const times = [];
  const started = Date.now();
  for (let i = 0; Date.now() - started < 10_000; i++) {
    const sentAt = performance.now();
    d1.getMap('na:meta').set('probe', i);
    await waitFor(() => d2.getMap('na:meta').get('probe') === i, `probe ${i}`, { interval: 1, timeout: 15_000 });
    times.push(performance.now() - sentAt);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const { sent, seconds } = /** @type {{ sent: number, seconds: number }} */ (await done);
  await worker.terminate();
  const flooded = (await writes(db, 'r9a')) - writesBefore;
  const sorted = [...times].sort((a, b) => a - b);
  const middle = median(times);
  if (middle >= 100) failed = true;
  console.log(
    `row 9  flood of ${sent} changes in ${seconds.toFixed(1)} s (${Math.round(sent / seconds)}/s) into a 1 MB room: ` +
      `other room's edits median ${middle.toFixed(1)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)].toFixed(1)} ms, ` +
      `max ${sorted[sorted.length - 1].toFixed(1)} ms (${times.length} edits); the flooded room written ${flooded} times`,
  );
  // SIGTERM with the rooms still open.
  clearInterval(sampler);
  const stopAt = Date.now();
  const code = await server.stop('SIGTERM');
  console.log(`row 9  SIGTERM with a 1 MB room open: stopped in ${Date.now() - stopAt} ms, exit code ${code}`);
  if (code !== 0) failed = true;
  for (const wire of [facilitator, b1, b2]) wire.end();
}

clearInterval(sampler);
const underCap = peak < MEMORY_CAP_MIB;
console.log(`server memory peak ${mib(peak)} (cap ${MEMORY_CAP_MIB} MiB): ${underCap ? 'held' : 'EXCEEDED'}`);
clearTimeout(watchdog);
cleanUp();
process.exit(failed || !underCap ? 1 : 0);

/**
 * @param {string} file
 * @param {string} text
 */
function sql(file, text) {
  return new Promise((done, fail) => {
    const handle = new sqlite3.Database(file);
    handle.exec(text, (error) => handle.close(() => (error ? fail(error) : done(undefined))));
  });
}

/**
 * How often room `name` has been written.
 * @param {string} file
 * @param {string} name
 * @returns {Promise<number>}
 */
function writes(file, name) {
  return new Promise((done, fail) => {
    const handle = new sqlite3.Database(file, sqlite3.OPEN_READONLY);
    handle.get('SELECT n FROM writes WHERE name = ?', [name], (error, row) => {
      handle.close();
      return error ? fail(error) : done(/** @type {{ n?: number }} */ (row)?.n ?? 0);
    });
  });
}
