// The integrity of every update, on the raw wire as an attacker would send it,
// against the real server in this process: updates nested deeper than the
// schema, and updates with flipped bits, are refused without touching the room,
// whose later edits still go through and are stored.
//
//   npm run test:server

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, afterEach, test } from 'node:test';
import * as Y from 'yjs';
import { startSyncServer } from '../../server/sync-server.mjs';
import { STEP, Wire, cleanUp, secret, syncMessage, tempFolder, token, waitFor } from './support.mjs';

/** @type {import('../../server/sync-server.mjs').SyncServer[]} */
const servers = [];

/** @param {string} [dbPath] */
async function start(dbPath = join(tempFolder(), 'rooms.sqlite')) {
  const sync = await startSyncServer({ secret, dbPath, port: 0 });
  servers.push(sync);
  return { ...sync, dbPath };
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((sync) => sync.stop()));
  cleanUp();
});
after(cleanUp);

/** A room with one partner and one draft, as the facilitator's device makes it; returns its document. */
async function room(url, name) {
  const facilitator = new Wire(url);
  const doc = await facilitator.syncDoc(name, token(name));
  facilitator.forward(name, doc);
  doc.transact(() => {
    const partner = doc.getMap('na:partners').set('p1', new Y.Map());
    partner.set('order', 'a0');
    partner.set('name', new Y.Text('Gemeente'));
    const draft = doc.getMap('na:drafts').set('d1', new Y.Map());
    draft.set('order', 'a0');
    draft.set('text', new Y.Text('Samen'));
    draft.set('consent', new Y.Map());
    draft.set('reasons', new Y.Map());
  });
  return { facilitator, doc };
}

/** A title typed by `doc`'s device, arriving at `reader`: the room still works. */
async function stillWorks(doc, reader, text) {
  doc.getText('na:title').insert(0, text);
  await waitFor(() => reader.getText('na:title').toString().includes(text), `"${text}" arrives`);
}

test('row 1: a partner nesting 3,000 maps under its own consent is refused; the room goes on, also after a restart', async () => {
  const sync = await start();
  const { doc, facilitator } = await room(sync.url, 'r1');
  const attacker = new Wire(sync.url);
  const own = await attacker.syncDoc('r1', token('r1', 'partner', 'p1'));
  await waitFor(() => own.getMap('na:drafts').get('d1')?.get('consent'), 'the partner has the draft');
  // Built apart and sent as one update, as a script would.
  const nest = new Y.Doc();
  Y.applyUpdate(nest, Y.encodeStateAsUpdate(own));
  const before = Y.encodeStateVector(nest);
  nest.transact(() => {
    let at = /** @type {Y.Map<unknown>} */ (nest.getMap('na:drafts').get('d1').get('consent'));
    for (let depth = 0; depth < 3000; depth++)
      at = /** @type {Y.Map<unknown>} */ (at.set(depth ? 'x' : 'p1', new Y.Map()));
  });
  await attacker.send(syncMessage('r1', STEP.update, Y.encodeStateAsUpdate(nest, before)));
  const close = await waitFor(() => attacker.closeOf('r1'), 'the attacker to be closed');
  assert.equal(close.reason, 'nesting');

  const reader = new Wire(sync.url);
  const seen = await reader.syncDoc('r1', token('r1'));
  assert.equal(seen.getMap('na:drafts').get('d1').get('consent').size, 0, 'nothing of it reached the room');
  await stillWorks(doc, seen, 'Daarna');
  // The facilitator removes the draft, then the room is stored and opened again.
  doc.getMap('na:drafts').delete('d1');
  await waitFor(() => !seen.getMap('na:drafts').has('d1'), 'the removal arrives');
  facilitator.end();
  reader.end();
  attacker.end();
  await sync.stop();
  servers.splice(servers.indexOf(sync), 1);
  const again = await start(sync.dbPath);
  const opened = await new Wire(again.url).syncDoc('r1', token('r1'));
  assert.equal(opened.getText('na:title').toString(), 'Daarna');
});

test('row 5: updates with flipped bits are refused and leave the room whole', async () => {
  const sync = await start();
  const { doc } = await room(sync.url, 'r5');
  const reader = new Wire(sync.url);
  const seen = await reader.syncDoc('r5', token('r5'));
  await waitFor(() => seen.getMap('na:partners').size === 1, 'the reader has the room');
  // A facilitator's device whose updates arrive damaged.
  const sender = new Y.Doc();
  Y.applyUpdate(sender, Y.encodeStateAsUpdate(doc));
  let refused = 0;
  for (let n = 0; n < 20; n++) {
    const wire = new Wire(sync.url);
    await wire.join('r5', token('r5'));
    const before = Y.encodeStateVector(sender);
    sender.getText('na:notes').insert(0, `aantekening ${n} `);
    const update = Y.encodeStateAsUpdate(sender, before);
    const flipped = Uint8Array.from(update);
    flipped[(n * 7) % flipped.length] ^= 1 << (n % 8);
    flipped[(n * 13 + 3) % flipped.length] ^= 0xff;
    await wire.send(syncMessage('r5', STEP.update, flipped));
    await waitFor(
      () =>
        wire.closeOf('r5') ||
        wire.received.some((m) => m.name === 'r5' && m.type === 8 /* sync status */) ||
        seen.getText('na:notes').length > 0,
      `update ${n} is answered`,
    );
    if (wire.closeOf('r5')) refused++;
    wire.end();
  }
  assert.ok(refused > 0, 'damaged updates are refused');
  assert.equal(
    servers[0].server.hocuspocus.documents.get('r5')?.store.pendingStructs,
    null,
    'the room holds no update waiting on a missing part',
  );
  await stillWorks(doc, seen, 'Verder');
});
