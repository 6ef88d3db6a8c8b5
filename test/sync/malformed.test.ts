import { expect, fixture, html } from '@open-wc/testing';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { executeServerCommand } from '@web/test-runner-commands';
import * as Y from 'yjs';
import '../../src/define.js';
import type { NetwerkAmbitie } from '../../src/elements/netwerk-ambitie/netwerk-ambitie.js';
import type { WorkshopFile } from '../../src/model/types.js';
import { parseWorkshopFile } from '../../src/model/validate.js';
import { buttonWithAccessibleName as button, only, shownText, until } from '../support/dom.js';
import { captureDownloads } from '../support/downloads.js';
import { exampleWorkshop, uniqueId } from '../support/example.js';
import { settleBelow } from '../support/fixtures.js';

// An attacker with a link writes values of the wrong type into the workshop,
// straight into the Yjs documents on the server (not through the store):
// another device must go on working, show what is malformed as empty, export,
// and open the workshop again from its own storage.

/** How long a change may take to travel through the sync server, in ms. */
const NETWORK = 8000;

const token = (room: string) => executeServerCommand<string, { room: string }>('sync-token', { room });

/** A bare Yjs document connected to the room's document `name`, as an attacker's script would hold it. */
async function rawDocument(url: string, name: string, accessToken: string) {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url });
  let synced = false;
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token: accessToken,
    onSynced: () => (synced = true),
  });
  provider.attach();
  await until(() => synced, `the attacker has ${name}`, NETWORK);
  return {
    doc,
    close: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

const entity = (doc: Y.Doc, collection: string, id: string) => doc.getMap<Y.Map<unknown>>(`na:${collection}`).get(id)!;

/** Writes a wrong type into every field and place of the shared document. */
function spoilShared(doc: Y.Doc): void {
  doc.transact(() => {
    const partners = doc.getMap<unknown>('na:partners');
    partners.set('p-number', 5);
    partners.set('p-array', new Y.Array());
    const weird = new Y.Map<unknown>();
    partners.set('p-weird', weird);
    weird.set('name', new Y.Map());
    weird.set('order', 7);
    weird.set('aspirant', 'ja');
    entity(doc, 'partners', 'gemeente').set('name', 42);
    entity(doc, 'partners', 'gemeente').set('order', new Y.Map());
    entity(doc, 'partners', 'zorg').set('name', new Y.Array());
    entity(doc, 'partners', 'wonen').set('aspirant', 'ja');

    entity(doc, 'questions', 'q-1').set('itemId', 5);
    entity(doc, 'questions', 'q-1').set('text', new Y.Map());
    entity(doc, 'questions', 'q-2').set('answer', 12);
    entity(doc, 'tensions', 't-1').set('itemIds', new Y.Map());
    entity(doc, 'tensions', 't-1').set('text', 3);
    entity(doc, 'tensions', 't-1').set('resolved', 'true');

    const draft = entity(doc, 'drafts', 'd-1');
    draft.set('text', new Y.Array());
    const consent = new Y.Map<unknown>();
    draft.set('consent', consent);
    consent.set('gemeente', 5);
    consent.set('zorg', new Y.Map());
    consent.set('wonen', 'maybe');
    consent.set('__proto__', 'agree');
    const reasons = new Y.Map<unknown>();
    draft.set('reasons', reasons);
    reasons.set('gemeente', new Y.Array());
    reasons.set('zorg', 7);
    const second = new Y.Map<unknown>();
    doc.getMap('na:drafts').set('d-2', second);
    second.set('text', 'Tweede concept');
    second.set('consent', 'agree');
    second.set('reasons', [1, 2]);

    const action = new Y.Map<unknown>();
    doc.getMap('na:actions').set('a-1', action);
    action.set('text', new Y.Map());
    action.set('owner', 5);
    action.set('due', 'morgen of zo');

    doc.getMap('na:meta').set('step', '4');
    doc.getMap('na:meta').set('revealed', 'ja');
    doc.getMap('na:clock').set('updatedAt', 'ooit');
    // The workshop's texts as another kind of type, or with things in them that are no text.
    doc.getMap('na:title').set('x', 5);
    doc.getText('na:notes').insertEmbed(0, { kwaad: true });
    doc.getArray('na:statement').insert(0, [1, 'twee']);
    // The first layout's places, which a device moves into this one when it opens the workshop.
    doc.getMap('meta').set('title', 5);
    doc.getArray('partners').insert(0, [5, new Y.Map()]);
  });
}

/** Writes a wrong type into every field and place of a partner's card. */
function spoilCard(doc: Y.Doc): void {
  doc.transact(() => {
    const interests = doc.getMap<unknown>('na:interests');
    const interest = entity(doc, 'interests', 'i-zorg-1');
    interest.set('text', 5);
    interest.set('kind', 'misschien');
    interest.set('scope', new Y.Map());
    interest.set('motivation', new Y.Array());
    interest.set('themes', 'zorg');
    interest.set('order', 3);
    interests.set('i-string', 'tekst');
    const weird = new Y.Map<unknown>();
    interests.set('i-weird', weird);
    weird.set('text', new Y.Map());
    const themes = new Y.Array<unknown>();
    weird.set('themes', themes);
    themes.insert(0, [1, null, new Y.Map(), 'wijk']);
    const contribution = entity(doc, 'contributions', 'c-zorg-get');
    contribution.set('direction', 7);
    contribution.set('text', new Y.Array());
    contribution.set('themes', new Y.Map());
    doc.getMap('na:clock').set('updatedAt', new Y.Map());
    // Ids that other entities have already: another partner's interest, an interest of this card.
    const copy = new Y.Map<unknown>();
    interests.set('i-gem-1', copy);
    copy.set('text', new Y.Text('Dubbel'));
    const twin = new Y.Map<unknown>();
    doc.getMap('na:contributions').set('i-zorg-2', twin);
    twin.set('text', new Y.Text('Dubbel'));
  });
}

/** The element that holds each step's work on the facilitator's screen. */
const STEP_WORK = ['partner-lijst', 'halen-brengen', 'belangen-overzicht', 'ambitie-canvas', 'ambitie-verslag'];

/** Goes through the five steps on `element`'s screen, each rendered without error, and returns what each showed. */
async function everyStep(element: NetwerkAmbitie): Promise<string[]> {
  const shown: string[] = [];
  for (let n = 1; n <= 5; n++) {
    button(only(element, 'ambitie-stappen'), new RegExp(`^Stap ${n} `)).click();
    await settleBelow(element);
    expect(element.exportWorkshop().step).to.equal(n);
    const work = only(element, STEP_WORK[n - 1]);
    expect(shownText(work), `step ${n} shows its work`).not.to.equal('');
    shown.push(shownText(element));
  }
  return shown;
}

describe('malformed data written over sync', () => {
  let url: string;
  before(async () => {
    ({ url } = await executeServerCommand<{ url: string }, object>('sync-start', {}));
  });
  after(() => executeServerCommand('sync-stop'));

  it('breaks no device: every step renders, the export works and the workshop opens again from storage', async function () {
    this.timeout(30000);
    const room = uniqueId('room');
    const facilitator = await fixture<NetwerkAmbitie>(
      html`<netwerk-ambitie workshop-id=${room} sync=${url} token=${await token(room)}></netwerk-ambitie>`,
    );
    await facilitator.ready;
    await until(() => facilitator.store.session.connection === 'connected', 'the facilitator is connected', NETWORK);
    facilitator.importWorkshop(await exampleWorkshop());

    const shared = await rawDocument(url, room, await token(room));
    const card = await rawDocument(url, `${room}/card/zorg`, await token(room));
    try {
      await until(() => shared.doc.getMap('na:partners').size === 4, 'the attacker has the workshop', NETWORK);
      await until(() => card.doc.getMap('na:interests').size === 3, 'the attacker has the card', NETWORK);
      // Over sync the server refuses them, and undoes them on the attacker's copy too.
      spoilShared(shared.doc);
      spoilCard(card.doc);
      await until(
        () => !shared.doc.getMap('na:partners').has('p-number') && !card.doc.getMap('na:interests').has('i-string'),
        'the server undid the malformed values',
        NETWORK,
      );
      expect(facilitator.store.doc.getMap('na:partners').has('p-number')).to.equal(false);
    } finally {
      shared.close();
      card.close();
    }

    // Past the server (another tab of the same browser, or the browser's own storage), they reach the device.
    facilitator.removeAttribute('sync');
    await until(() => !facilitator.store.session.connection, 'the facilitator works without the server', NETWORK);
    const spoiled = (doc: Y.Doc, spoil: (doc: Y.Doc) => void) => {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
      const before = Y.encodeStateVector(copy);
      spoil(copy);
      return Y.encodeStateAsUpdate(copy, before);
    };
    const zorg = facilitator.store.cardDocument('zorg');
    Y.applyUpdate(facilitator.store.doc, spoiled(facilitator.store.doc, spoilShared), 'tab');
    Y.applyUpdate(zorg, spoiled(zorg, spoilCard), 'tab');
    expect(facilitator.store.doc.getMap('na:partners').get('p-number')).to.equal(5);

    // What is malformed reads as empty, or as the field's default.
    await settleBelow(facilitator);
    const file = facilitator.exportWorkshop();
    expect(file.step).to.equal(1);
    expect(file.revealed).to.equal(false);
    expect(file.partners.map((p) => [p.id, p.name, p.aspirant])).to.deep.include.members([
      ['gemeente', '', false],
      ['zorg', '', false],
      ['wonen', 'Woningcorporatie Thuis', false],
      ['p-weird', '', false],
    ]);
    expect(file.partners.map((p) => p.id)).not.to.include.members(['p-number', 'p-array']);
    const interest = file.interests.find((i) => i.id === 'i-zorg-1')!;
    // A kind that is neither wish nor demand reads as not chosen yet: the partner chooses again.
    expect(interest).to.deep.include({ text: '', scope: 'organisation' });
    expect(interest).to.not.have.property('kind');
    expect(interest).not.to.have.any.keys('motivation', 'themes');
    expect(file.interests.find((i) => i.id === 'i-weird')).to.deep.include({ text: '', themes: ['wijk'] });
    expect(file.contributions.find((c) => c.id === 'c-zorg-get')).to.deep.include({ direction: 'get', text: '' });
    expect(file.ambition.drafts.map((d) => [d.id, d.text, { ...d.consent }])).to.have.deep.members([
      ['d-1', '', {}],
      ['d-2', 'Tweede concept', {}],
    ]);
    expect(file.title).to.equal('Wijknetwerk Gezond Oost');
    expect(file.ambition.statement ?? '').to.equal('');
    // An id that two entities share shows once, where it comes first.
    expect(file.interests.filter((i) => i.id === 'i-gem-1').map((i) => i.partnerId)).to.deep.equal(['gemeente']);
    expect(file.contributions.map((c) => c.id)).not.to.include('i-zorg-2');
    expect(() => parseWorkshopFile(JSON.parse(JSON.stringify(file))), 'the export opens again').not.to.throw();

    // Every step renders, and the record exports.
    const shown = await everyStep(facilitator);
    for (const text of shown) expect(text).not.to.match(/undefined|\[object |NaN/);
    const downloads = captureDownloads();
    try {
      const verslag = only(facilitator, 'ambitie-verslag');
      for (const name of [
        'Workshopbestand downloaden (JSON)',
        'Verslag downloaden (Markdown)',
        'Belangen en bijdragen downloaden (CSV)',
      ]) {
        button(verslag, name).click();
        expect((await downloads.take()).text, name).not.to.match(/undefined|\[object /);
      }
    } finally {
      downloads.restore();
    }

    // The workshop opens again from this browser's storage, without the server.
    const before = facilitator.exportWorkshop();
    facilitator.remove();
    const reopened = await fixture<NetwerkAmbitie>(html`<netwerk-ambitie workshop-id=${room}></netwerk-ambitie>`);
    await until(() => reopened.store.session.storage === 'saved', 'the workshop is read from storage', NETWORK);
    // (The first layout's places, moved once, set the step and the reveal as that layout had them.)
    const content = ({ step: _s, revealed: _r, updatedAt: _u, ...rest }: WorkshopFile) => rest;
    expect(content(reopened.exportWorkshop())).to.deep.equal(content(before));
    await everyStep(reopened);
  });
});
