// The sync server as its own process (`server/sync-server.mjs`, SQLite in a
// temporary folder): start-up with a damaged database, memory under attack,
// other rooms during a flood, and stopping.
//
//   npm run test:server

import assert from 'node:assert/strict';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  AUTH,
  STEP,
  Wire,
  cleanUp,
  median,
  runServerToExit,
  startServerProcess,
  syncMessage,
  tempFolder,
  token,
  waitFor,
  writeText,
} from './support.mjs';

const FLOOD_WORKER = fileURLToPath(new URL('../../server/flood-worker.mjs', import.meta.url));

/** Server memory (RSS) these tests allow, in MiB; Hocuspocus 3.4 alone reached 1,053–1,425 MiB. */
const MEMORY_CAP_MIB = 512;

afterEach(cleanUp);
after(cleanUp);

test('row 12: a damaged database file is reported in one line and the server exits before listening', async () => {
  const folder = tempFolder();
  const good = join(folder, 'good.sqlite');
  const server = await startServerProcess({ db: good });
  const wire = new Wire(server.url);
  const doc = await wire.syncDoc('r12', token('r12'));
  wire.forward('r12', doc);
  writeText(doc, 'text', 300_000, 'abc');
  wire.end();
  assert.equal(await server.stop(), 0);
  const bytes = readFileSync(good);
  assert.ok(bytes.length > 8192, `the stored file has ${bytes.length} bytes`);

  const truncated = join(folder, 'truncated.sqlite');
  writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
  const garbage = join(folder, 'garbage.sqlite');
  writeFileSync(garbage, bytes);
  const fd = openSync(garbage, 'r+');
  writeSync(fd, Buffer.from('this is not an sqlite header at all'), 0, 32, 0);
  closeSync(fd);
  const directory = join(folder, 'directory.sqlite');
  mkdirSync(directory);

  for (const file of [truncated, garbage, directory]) {
    const { code, stdout, stderr } = await runServerToExit({ NETWERKAMBITIE_DB: file });
    assert.notEqual(code, 0, `exit code for ${file}`);
    assert.doesNotMatch(stdout, /listening/);
    const lines = stderr.trim().split('\n');
    assert.equal(lines.length, 1, stderr);
    assert.match(lines[0], new RegExp(`${file.replaceAll('.', '\\.')} cannot be used .*Restore it from a backup`));
  }
});

test('row 6: a refused socket sending 7 MB frames does not grow server memory', async () => {
  const server = await startServerProcess();
  const before = server.rss();
  const wire = new Wire(server.url);
  const answer = await wire.join('r6', token('another-room'));
  assert.equal(answer.sub, AUTH.permissionDenied);
  const frame = syncMessage('r6', STEP.update, new Uint8Array(7 * 1024 * 1024));
  let sent = 0;
  let peak = before;
  const started = Date.now();
  while (!wire.closed && Date.now() - started < 3_000) {
    await wire.send(frame);
    sent++;
    peak = Math.max(peak, server.rss());
  }
  await waitFor(() => wire.closed, 'the refused socket to be closed', { timeout: 3_000 });
  assert.ok(peak - before < 64, `server memory grew ${Math.round(peak - before)} MiB after ${sent} frames`);
  assert.equal(await server.stop(), 0);
});

test('row 7: 40 devices that never read, 3 MB broadcasts: they are dropped and memory stays under the cap', async () => {
  const server = await startServerProcess();
  const room = 'r7';
  const stuck = await Promise.all(
    Array.from({ length: 40 }, async (_, i) => {
      const wire = new Wire(server.url);
      await wire.syncDoc(room, token(room, 'partner', `p${i}`));
      return wire;
    }),
  );
  const before = server.rss();
  // From now on they read nothing.
  for (const wire of stuck) /** @type {any} */ (wire.socket)._socket.pause();
  // Two facilitator devices replace a 3 MB text four times each (a room stays at one text: under the room cap).
  const writers = await Promise.all(
    [0, 1].map(async () => {
      const wire = new Wire(server.url);
      const doc = await wire.syncDoc(room, token(room));
      wire.forward(room, doc);
      return { wire, doc };
    }),
  );
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, server.rss())), 20);
  for (let i = 0; i < 8; i++) {
    const { doc } = writers[i % 2];
    writeText(doc, 'big', 3 * 1024 * 1024, String(i));
    await waitFor(() => writers[(i + 1) % 2].doc.getMap('na:meta').get('big')?.[0] === String(i), `broadcast ${i}`, {
      timeout: 20_000,
    });
  }
  await waitFor(() => /dropped a device/.test(server.output()), 'devices that do not read to be dropped');
  clearInterval(sampler);
  const dropped = server.output().match(/dropped a device/g)?.length ?? 0;
  for (const wire of stuck) wire.end();
  for (const { wire } of writers) wire.end();
  assert.ok(peak < MEMORY_CAP_MIB, `server memory peaked at ${Math.round(peak)} MiB`);
  assert.ok(dropped >= 30, `${dropped} of 40 dropped`);
  // Released after: back near where it was before the broadcasts.
  await waitFor(
    () => server.rss() < before + 100,
    `memory to fall back (now ${Math.round(server.rss())} MiB, before ${Math.round(before)} MiB)`,
    {
      timeout: 15_000,
      interval: 200,
    },
  );
  assert.equal(await server.stop(), 0);
});

test('row 9: a flood in one room leaves other rooms quick; SIGTERM stores a 1 MB room at once', async () => {
  const server = await startServerProcess();
  // Room A: a partner's device with a 1 MB room sends 12,860 tiny changes a second.
  const flooder = new Wire(server.url);
  const floodDoc = await flooder.syncDoc('r9a', token('r9a', 'partner', 'p1'));
  const facilitator = new Wire(server.url);
  const bigDoc = await facilitator.syncDoc('r9a', token('r9a'));
  facilitator.forward('r9a', bigDoc);
  writeText(bigDoc, 'big', 1024 * 1024);
  await waitFor(() => floodDoc.getMap('na:meta').get('big'), 'the 1 MB text');
  // Room B: two devices; each change of one is timed until the other has it.
  const [b1, b2] = [new Wire(server.url), new Wire(server.url)];
  const d1 = await b1.syncDoc('r9b', token('r9b'));
  const d2 = await b2.syncDoc('r9b', token('r9b', 'partner', 'p2'));
  b1.forward('r9b', d1);

  // The flood comes from its own thread, so that making it does not slow the measuring here.
  const worker = new Worker(FLOOD_WORKER, {
    workerData: { url: server.url, name: 'r9a', token: token('r9a', 'partner', 'p3'), perSecond: 12_860, seconds: 30 },
  });
  const done = new Promise((resolve) => worker.once('message', resolve));
  const times = [];
  const started = Date.now();
  for (let i = 0; Date.now() - started < 4_000; i++) {
    const sentAt = performance.now();
    d1.getMap('na:meta').set('probe', i);
    await waitFor(() => d2.getMap('na:meta').get('probe') === i, `probe ${i}`, { interval: 1, timeout: 10_000 });
    times.push(performance.now() - sentAt);
    await new Promise((done) => setTimeout(done, 50));
  }
  worker.postMessage('stop');
  const { sent: flooded } = /** @type {{ sent: number }} */ (await done);
  await worker.terminate();
  const middle = median(times);
  assert.ok(flooded > 30_000, `the flood sent ${flooded} changes`);
  assert.ok(middle < 100, `other room's edits: median ${middle.toFixed(1)} ms`);

  // SIGTERM while the flood's devices are still connected: it stores each room once and exits.
  const stopAt = Date.now();
  const code = await server.stop('SIGTERM');
  const took = Date.now() - stopAt;
  assert.equal(code, 0, server.output());
  assert.ok(took < 5_000, `stopping took ${took} ms`);
  for (const wire of [flooder, facilitator, b1, b2]) wire.end();
});
