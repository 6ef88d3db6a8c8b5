// The sync server's limits on what a device sends, against the real server in
// this process (SQLite in a temporary folder) and raw WebSocket clients.
//
//   npm run test:server

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, afterEach, test } from 'node:test';
import * as encoding from 'lib0/encoding';
import sqlite3 from 'sqlite3';
import * as Y from 'yjs';
import { startSyncServer } from '../../server/sync-server.mjs';
import {
  AUTH,
  STEP,
  TYPE,
  Wire,
  cleanUp,
  message,
  secret,
  syncMessage,
  tempFolder,
  token,
  waitFor,
  writeCard,
  cardSize,
  writeText,
} from './support.mjs';

/** @type {import('../../server/sync-server.mjs').SyncServer[]} */
const servers = [];
/** @type {string[]} */
let logged = [];

/** @param {Partial<import('../../server/limits.mjs').LIMITS>} [limits] */
async function start(limits) {
  const dbPath = join(tempFolder(), 'rooms.sqlite');
  const sync = await startSyncServer({ secret, dbPath, port: 0, log: (line) => logged.push(line), limits });
  servers.push(sync);
  return { ...sync, dbPath };
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((sync) => sync.stop()));
  cleanUp();
  logged = [];
});
after(cleanUp);

test('row 6: a socket whose token is refused is told why and closed at once; later frames are not read', async () => {
  const sync = await start();
  const wire = new Wire(sync.url);
  const answer = await wire.join('r6', 'not-a-token');
  assert.equal(answer.sub, AUTH.permissionDenied);
  assert.equal(answer.reason, 'token-invalid');
  // It keeps sending large frames: the server has closed the socket and reads none of them.
  const frame = syncMessage('r6', STEP.update, new Uint8Array(1024 * 1024));
  for (let i = 0; i < 20 && !wire.closed; i++) await wire.send(frame);
  const closed = await waitFor(() => wire.closed, 'the server to close the refused socket', { timeout: 3_000 });
  assert.equal(closed.code, 4401);
  assert.equal(sync.limits.counts().refusedClosed, 1);
});

test('row 6: a socket that never authenticates is closed after the time-out, and one that only sends is closed at the cap', async () => {
  const sync = await start({ authenticationMs: 300, unauthenticatedBytes: 256 * 1024 });
  const silent = new Wire(sync.url);
  const talker = new Wire(sync.url);
  await Promise.all([silent.open, talker.open]);
  // Messages for a document without authentication are queued by Hocuspocus: capped here.
  const chunk = syncMessage('r6b', STEP.update, new Uint8Array(100 * 1024));
  for (let i = 0; i < 10 && !talker.closed; i++) await talker.send(chunk);
  const tooLarge = await waitFor(() => talker.closed, 'the sending socket to be closed');
  assert.equal(tooLarge.reason, 'authentication-too-large');
  const timedOut = await waitFor(() => silent.closed, 'the silent socket to be closed');
  assert.equal(timedOut.reason, 'authentication-timeout');
});

test('row 8: a stateless broadcast is not fanned out; its sender is closed with a reason', async () => {
  const sync = await start();
  const room = 'r8';
  const sender = new Wire(sync.url);
  await sender.syncDoc(room, token(room, 'partner', 'p1'));
  const listeners = await Promise.all(
    Array.from({ length: 5 }, async (_, i) => {
      const wire = new Wire(sync.url);
      const doc = await wire.syncDoc(room, token(room, 'partner', `l${i}`));
      return { wire, doc };
    }),
  );
  await sender.send(message(room, TYPE.broadcastStateless, (e) => encoding.writeVarString(e, 'x'.repeat(100_000))));
  const close = await waitFor(() => sender.closeOf(room), 'the sender to be closed');
  assert.equal(close.reason, 'stateless-refused');
  // A later change from the facilitator reaches every listener: anything broadcast before it would have arrived first.
  const facilitator = new Wire(sync.url);
  const doc = await facilitator.syncDoc(room, token(room));
  facilitator.forward(room, doc);
  doc.getMap('na:meta').set('marker', 1);
  await waitFor(
    () => listeners.every(({ doc: d }) => d.getMap('na:meta').get('marker') === 1),
    'the marker everywhere',
  );
  for (const { wire } of listeners) assert.equal(wire.received.filter((m) => m.type === TYPE.stateless).length, 0);
  assert.equal(sync.limits.counts().stateless, 1);
});

test('row 10: a room holds a full workshop, and a change beyond the room cap is refused with a reason', async () => {
  const sync = await start();
  const room = 'r10';
  const facilitator = new Wire(sync.url);
  const doc = await facilitator.syncDoc(room, token(room));
  facilitator.forward(room, doc);
  // More than a workshop file may hold (5 MB), and still under the room's cap (8 MB), is accepted.
  writeText(doc, 'big', 7 * 1024 * 1024);
  const reader = new Wire(sync.url);
  const copy = await reader.syncDoc(room, token(room, 'partner', 'p2'));
  await waitFor(
    () => copy.getMap('na:meta').get('big')?.length === 7 * 1024 * 1024,
    'the 7 MB text on another device',
    {
      timeout: 20_000,
    },
  );
  // A card document of the same room counts too: a full card (1.6 MB) more is over the 8 MB cap.
  const card = `${room}/card/p2`;
  const partner = new Wire(sync.url);
  const cardDoc = await partner.syncDoc(card, token(room, 'partner', 'p2'));
  partner.forward(card, cardDoc);
  writeCard(cardDoc, 1_600_000, 'y');
  const close = await waitFor(() => partner.closeOf(card), 'the partner to be refused', { timeout: 20_000 });
  assert.equal(close.reason, 'room-full');
  assert.ok(logged.some((line) => line.includes('refused a change to room "r10"')));
  // Once the facilitator empties the big text, the same change fits.
  doc.getMap('na:meta').delete('big');
  const again = new Wire(sync.url);
  const cardAgain = await again.syncDoc(card, token(room, 'partner', 'p2'));
  again.forward(card, cardAgain);
  writeCard(cardAgain, 1_600_000, 'z');
  const check = new Wire(sync.url);
  const seen = await check.syncDoc(card, token(room));
  await waitFor(() => cardSize(seen) === 1_600_000, 'the change after space was freed', {
    timeout: 20_000,
  });
  assert.equal(again.closeOf(card), undefined);
});

test('row 9: a stream of changes is stored once per debounce, not once per change', async () => {
  // Without the message budget, which would stretch the stream out (it has its own test).
  const sync = await start({ messagesPerSecond: 1e6, messageBurst: 1e6 });
  // Shorter store delays than the defaults (1 s, at most 5 s), so the stream passes `maxDebounce` quickly.
  Object.assign(sync.server.hocuspocus.configuration, { debounce: 50, maxDebounce: 200 });
  const room = 'r9';
  const wire = new Wire(sync.url);
  const doc = await wire.syncDoc(room, token(room));
  wire.forward(room, doc);
  const text = doc.getText('stream');
  const started = Date.now();
  let sent = 0;
  // At least 500 changes, over at least 1.5 s (however fast this machine is).
  while (sent < 500 || Date.now() - started < 1_500) {
    text.insert(text.length, 'a');
    sent++;
    if (sent % 20 === 0) await new Promise((done) => setImmediate(done));
  }
  const streamed = Date.now() - started;
  // And the last change is stored.
  await waitFor(async () => (await storedText(sync.dbPath, room, 'stream')) === text.length, 'the whole stream stored');
  const stores = sync.limits.counts().stores;
  // A store at most every 200 ms while the stream lasts, and once after (Hocuspocus 3.4 alone: one per change).
  assert.ok(stores <= Math.ceil(streamed / 200) + 4, `${stores} stores for ${sent} changes in ${streamed} ms`);
  assert.ok(stores * 10 < sent, `${stores} stores for ${sent} changes`);
});

test('row 12: a storage error in one room closes that room with a reason; other rooms go on', async () => {
  const sync = await start();
  const broken = new Wire(sync.url);
  const brokenDoc = await broken.syncDoc('r12a', token('r12a'));
  broken.forward('r12a', brokenDoc);
  const fine = new Wire(sync.url);
  const fineDoc = await fine.syncDoc('r12b', token('r12b'));
  fine.forward('r12b', fineDoc);
  // Writes of room r12a fail from now on (as a full disk or a damaged page would).
  await runSql(
    sync.dbPath,
    `CREATE TRIGGER fail_insert BEFORE INSERT ON documents WHEN NEW.name = 'r12a' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;
     CREATE TRIGGER fail_update BEFORE UPDATE ON documents WHEN NEW.name = 'r12a' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;`,
  );
  brokenDoc.getText('na:title').insert(0, 'lost?');
  fineDoc.getText('na:title').insert(0, 'kept');
  // The store after the debounce (1 s) fails.
  const close = await waitFor(() => broken.closeOf('r12a'), 'the broken room to close its devices');
  assert.equal(close.reason, 'storage-error');
  assert.ok(
    logged.some((line) => line.includes('storage error while storing "r12a"')),
    logged.join('\n'),
  );
  // The other room still relays and stores.
  fineDoc.getText('na:title').insert(0, 'still ');
  await waitFor(
    async () => (await storedText(sync.dbPath, 'r12b', 'na:title')) === 'still kept'.length,
    'room r12b stored',
  );
});

/**
 * @param {string} dbPath
 * @param {string} sql
 */
function runSql(dbPath, sql) {
  return new Promise((done, fail) => {
    const db = new sqlite3.Database(dbPath);
    db.exec(sql, (error) => db.close(() => (error ? fail(error) : done(undefined))));
  });
}

/**
 * The length of text `key` in the stored state of `name` (or -1).
 * @param {string} dbPath
 * @param {string} name
 * @param {string} key
 * @returns {Promise<number>}
 */
function storedText(dbPath, name, key) {
  return new Promise((done, fail) => {
    const db = new sqlite3.Database(dbPath, sqlite3.OPEN_READONLY);
    db.get('SELECT data FROM documents WHERE name = ?', [name], (error, row) => {
      db.close();
      if (error) return fail(error);
      if (!row) return done(-1);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, /** @type {{ data: Buffer }} */ (row).data);
      done(doc.getText(key).length);
    });
  });
}
