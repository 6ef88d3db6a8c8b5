// The integrity of every update, on the raw wire as an attacker would send it,
// against the real server in this process: updates nested deeper than the
// schema, and updates with flipped bits, are refused without touching the room,
// whose later edits still go through and are stored. A client id belongs to
// the device that first claimed it, so a partner cannot take the facilitator's
// clock (and with it the facilitator's offline work), nor slip in a change that
// waits on the facilitator's next one; and a partner's device that carries the
// facilitator's changes the server lost (a restored backup) is told so, not
// blamed, while its own card goes on syncing.
//
//   npm run test:server

import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, test } from 'node:test';
import { writeVarString } from 'lib0/encoding';
import * as Y from 'yjs';
import { startSyncServer } from '../../server/sync-server.mjs';
import { STEP, TYPE, Wire, cleanUp, message, secret, syncMessage, tempFolder, token, waitFor } from './support.mjs';

/** @type {import('../../server/sync-server.mjs').SyncServer[]} */
const servers = [];

/** @param {string} [dbPath] */
async function start(dbPath = join(tempFolder(), 'rooms.sqlite')) {
  const sync = await startSyncServer({ secret, dbPath, port: 0 });
  servers.push(sync);
  return { ...sync, dbPath };
}

/** @param {Awaited<ReturnType<typeof start>>} sync */
async function stop(sync) {
  servers.splice(servers.indexOf(sync), 1);
  await sync.stop();
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((sync) => sync.stop()));
  cleanUp();
});
after(cleanUp);

/** A room in step 2 with one partner and one draft, as the facilitator's device makes it; returns its document. */
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
    doc.getMap('na:meta').set('step', 2);
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
  await stop(sync);
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

/** The stateless messages `wire` received for `name`, read as JSON. */
const statelessOf = (wire, name) =>
  wire.received.filter((m) => m.name === name && m.type === TYPE.stateless).map((m) => JSON.parse(m.reason ?? '{}'));

/** A reader's copy of document `name`. */
const read = (url, name) => new Wire(url).syncDoc(name, token(name));

test('row 3: a partner writing under the facilitator client id is closed; the facilitator offline work arrives whole', async () => {
  const sync = await start();
  const { facilitator, doc } = await room(sync.url, 'r3');
  const seen = await read(sync.url, 'r3');
  await waitFor(() => seen.getMap('na:meta').get('step') === 2, 'the room is in step 2');
  assert.match(seen.getMap('na:authors').get(String(doc.clientID)), /^facilitator \S+$/, 'the client id is bound');

  // The facilitator goes offline and works on.
  facilitator.end();
  doc.transact(() => {
    doc.getMap('na:meta').set('step', 3);
    doc.getText('na:title').insert(0, 'Zorg in de wijk');
  });

  // A partner writes and deletes 200 structs under the facilitator's client id.
  const attacker = new Wire(sync.url);
  const own = await attacker.syncDoc('r3', token('r3', 'partner', 'p1'));
  const squat = new Y.Doc();
  Y.applyUpdate(squat, Y.encodeStateAsUpdate(own));
  squat.clientID = doc.clientID;
  // Its claim of that client id changes nothing: the id is the facilitator's.
  await attacker.send(message('r3', TYPE.stateless, (e) => writeVarString(e, JSON.stringify({ own: doc.clientID }))));
  const before = Y.encodeStateVector(squat);
  const question = squat.getMap('na:questions').set('q1', new Y.Map());
  for (let n = 0; n < 200; n++) question.set('order', `a${n}`);
  squat.getMap('na:questions').delete('q1');
  await attacker.send(syncMessage('r3', STEP.update, Y.encodeStateAsUpdate(squat, before)));
  const close = await waitFor(() => attacker.closeOf('r3'), 'the attacker is closed');
  assert.equal(close.reason, 'relayed');
  assert.deepEqual(statelessOf(attacker, 'r3').at(-1)?.refused, ['relayed']);

  // The facilitator comes back: everything done offline reaches every device.
  const back = new Wire(sync.url);
  await back.syncDoc('r3', token('r3'), doc);
  await waitFor(() => seen.getMap('na:meta').get('step') === 3, 'the offline step arrives');
  assert.equal(seen.getText('na:title').toString(), 'Zorg in de wijk');
  assert.equal(back.closeOf('r3'), undefined, 'the facilitator is not closed');
  assert.equal(seen.getMap('na:questions').size, 0);
});

test('row 4: a change that waits on the facilitator next change is refused before it can land', async () => {
  const sync = await start();
  const { doc } = await room(sync.url, 'r4');
  const seen = await read(sync.url, 'r4');
  await waitFor(() => seen.getMap('na:meta').get('step') === 2, 'the room is in step 2');

  // The attacker guesses the facilitator's next change (step 4) and writes
  // step 1 right after it, under its own client id.
  const ahead = new Y.Doc();
  Y.applyUpdate(ahead, Y.encodeStateAsUpdate(doc));
  ahead.clientID = doc.clientID;
  ahead.getMap('na:meta').set('step', 4);
  const attacking = new Y.Doc();
  Y.applyUpdate(attacking, Y.encodeStateAsUpdate(ahead));
  const before = Y.encodeStateVector(attacking);
  attacking.getMap('na:meta').set('step', 1);
  const attacker = new Wire(sync.url);
  await attacker.join('r4', token('r4', 'partner', 'p1'));
  await attacker.send(syncMessage('r4', STEP.update, Y.encodeStateAsUpdate(attacking, before)));
  const close = await waitFor(() => attacker.closeOf('r4'), 'the attacker is closed');
  assert.equal(close.reason, 'out-of-order');

  // The facilitator's real next change: step 4 stays step 4 everywhere.
  doc.getMap('na:meta').set('step', 4);
  await waitFor(() => seen.getMap('na:meta').get('step') === 4, 'step 4 arrives');
  const again = await read(sync.url, 'r4');
  assert.equal(again.getMap('na:meta').get('step'), 4);
  assert.equal(servers[0].server.hocuspocus.documents.get('r4')?.store.pendingStructs, null);
});

test('row 11: after a restored backup, a partner carrying the facilitator lost step is told so, not blamed, and its card still syncs', async () => {
  let sync = await start();
  const { facilitator, doc } = await room(sync.url, 'r11');
  await waitFor(async () => (await read(sync.url, 'r11')).getMap('na:authors').size > 0, 'the binding is there');
  facilitator.end();
  const dbPath = sync.dbPath;
  await stop(sync);
  const backup = `${dbPath}.backup`;
  copyFileSync(dbPath, backup);

  // The facilitator moves on to step 3 and reveals; the partner's device follows.
  sync = await start(dbPath);
  const again = new Wire(sync.url);
  await again.syncDoc('r11', token('r11'), doc);
  again.forward('r11', doc);
  doc.transact(() => {
    doc.getMap('na:meta').set('step', 3);
    doc.getMap('na:meta').set('revealed', true);
  });
  const partner = new Wire(sync.url);
  const shared = await partner.syncDoc('r11', token('r11', 'partner', 'p1'));
  await waitFor(() => shared.getMap('na:meta').get('step') === 3, 'the partner follows to step 3');
  const card = await partner.syncDoc('r11/card/p1', token('r11', 'partner', 'p1'));
  again.end();
  partner.end();
  await stop(sync);

  // The backup from before is restored.
  copyFileSync(backup, dbPath);
  sync = await start(dbPath);
  const back = new Wire(sync.url);
  await back.syncDoc('r11', token('r11', 'partner', 'p1'), shared);
  const close = await waitFor(() => back.closeOf('r11'), 'the partner hears about it');
  assert.equal(close.reason, 'relayed');
  const told = statelessOf(back, 'r11').at(-1);
  assert.deepEqual(told?.refused, ['relayed'], 'not blamed for the step');
  assert.ok(told?.held && String(doc.clientID) in told.held, 'told how far the server holds the facilitator');
  const seen = await read(sync.url, 'r11');
  assert.equal(seen.getMap('na:meta').get('step'), 2, 'the room keeps the state it has');

  // The partner's own card goes on: two new interests reach the server.
  const cardWire = new Wire(sync.url);
  await cardWire.syncDoc('r11/card/p1', token('r11', 'partner', 'p1'), card);
  cardWire.forward('r11/card/p1', card);
  card.transact(() => {
    for (const id of ['i1', 'i2']) {
      const interest = card.getMap('na:interests').set(id, new Y.Map());
      interest.set('order', `a${id}`);
      interest.set('text', new Y.Text(`Belang ${id}`));
    }
  });
  const cardSeen = await new Wire(sync.url).syncDoc('r11/card/p1', token('r11'));
  await waitFor(() => cardSeen.getMap('na:interests').size === 2, 'both interests reach the server');
});
