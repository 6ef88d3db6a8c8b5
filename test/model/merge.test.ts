import { expect } from '@open-wc/testing';
import * as Y from 'yjs';
import { readLegacyLayout } from '../../src/model/legacy.js';
import { YWorkshopStore } from '../../src/model/store.js';
import { LIMITS, type WorkshopFile } from '../../src/model/types.js';
import { parseWorkshopFile } from '../../src/model/validate.js';
import { exampleWorkshop } from '../support/example.js';
import { exchange } from '../support/exchange.js';

// Two devices that worked apart (offline, or while the server was away) and
// then exchange what they did, as the sync server or the tab channel would.

/** Two devices that start from the same workshop. */
async function twoDevices(): Promise<[YWorkshopStore, YWorkshopStore]> {
  const a = new YWorkshopStore();
  a.replace(await exampleWorkshop());
  const b = new YWorkshopStore();
  exchange(a, b);
  return [a, b];
}

const exportOf = (store: YWorkshopStore) => JSON.parse(JSON.stringify(store.snapshot));

describe('two devices that meet again', () => {
  it('keep what both typed into the same field', async () => {
    const [a, b] = await twoDevices();
    a.setAmbition('problem', 'Signalen blijven hangen.');
    exchange(a, b);
    a.setAmbition('problem', 'Signalen blijven hangen bij losse organisaties.');
    b.setAmbition('problem', 'Veel signalen blijven hangen.');
    exchange(a, b);
    expect(a.snapshot.ambition.problem).to.equal('Veel signalen blijven hangen bij losse organisaties.');
    expect(b.snapshot).to.deep.equal(a.snapshot);
  });

  it('move the same partner without copying it, and keep a rename made meanwhile', async () => {
    const [a, b] = await twoDevices();
    a.movePartner('wonen', 0);
    b.movePartner('wonen', 3);
    b.updatePartner('wonen', { name: 'Woningcorporatie Thuis Oost' });
    a.moveItem('i-zorg-2', 0);
    b.updateInterest('i-zorg-2', { text: 'Tijd voor overleg, ook na verhuizing' });
    exchange(a, b);
    expect(b.snapshot).to.deep.equal(a.snapshot);
    const ids = a.snapshot.partners.map((p) => p.id);
    expect(ids.filter((id) => id === 'wonen')).to.have.length(1);
    expect(a.snapshot.partners.find((p) => p.id === 'wonen')!.name).to.equal('Woningcorporatie Thuis Oost');
    expect(a.snapshot.interests.filter((i) => i.id === 'i-zorg-2').map((i) => i.text)).to.deep.equal([
      'Tijd voor overleg, ook na verhuizing',
    ]);
    expect(() => parseWorkshopFile(exportOf(a))).not.to.throw();
  });

  it('that each added the last item that fits show the limit, and the one added last shows once there is room', async () => {
    const [a, b] = await twoDevices();
    const count = () =>
      a.snapshot.interests.filter((i) => i.partnerId === 'zorg').length +
      a.snapshot.contributions.filter((c) => c.partnerId === 'zorg').length;
    while (count() < LIMITS.itemsPerPartner - 1) a.addInterest('zorg', { text: `Belang ${count()}` });
    exchange(a, b);
    expect(a.addInterest('zorg', { text: 'Laatste van A' })).to.be.a('string');
    expect(b.addContribution('zorg', { direction: 'bring', text: 'Laatste van B' })).to.be.a('string');
    exchange(a, b);
    expect(count()).to.equal(LIMITS.itemsPerPartner);
    expect(b.snapshot).to.deep.equal(a.snapshot);
    expect(() => parseWorkshopFile(exportOf(a)), 'the export imports').not.to.throw();
    const texts = () => [...a.snapshot.interests, ...a.snapshot.contributions].map((i) => i.text);
    const waiting = texts().includes('Laatste van A') ? 'Laatste van B' : 'Laatste van A';
    expect(texts()).not.to.include(waiting);
    a.removeInterest(a.snapshot.interests.find((i) => i.text === 'Belang 5')!.id);
    expect(texts(), 'kept in the document, it shows again').to.include(waiting);
  });

  it('that each added the last partner that fits show the limit, and every export imports', async () => {
    const [a, b] = await twoDevices();
    while (a.snapshot.partners.length < LIMITS.partners - 1) a.addPartner({ name: `P${a.snapshot.partners.length}` });
    exchange(a, b);
    a.addPartner({ name: 'Laatste van A' });
    b.addPartner({ name: 'Laatste van B' });
    exchange(a, b);
    expect(a.snapshot.partners).to.have.length(LIMITS.partners);
    expect(b.snapshot).to.deep.equal(a.snapshot);
    expect(() => parseWorkshopFile(exportOf(b))).not.to.throw();
  });

  it('keep a question asked about an item the other device removed, out of sight until the removal is undone', async () => {
    const [a, b] = await twoDevices();
    a.removeInterest('i-wonen-1');
    const q = b.addQuestion('i-wonen-1', 'Voor wie precies?');
    exchange(a, b);
    expect(a.snapshot.questions.map((x) => x.id)).not.to.include(q);
    expect(() => parseWorkshopFile(exportOf(a))).not.to.throw();
    a.undo();
    expect(a.snapshot.questions.map((x) => x.id)).to.include(q);
  });
});

describe('the store at work', () => {
  it('makes new objects only for what changed', async () => {
    const [a] = await twoDevices();
    const before = a.snapshot;
    a.updateInterest('i-zorg-1', { text: 'Anders' });
    const after = a.snapshot;
    expect(after.interests.find((i) => i.id === 'i-zorg-1')).not.to.equal(
      before.interests.find((i) => i.id === 'i-zorg-1'),
    );
    expect(after.interests.find((i) => i.id === 'i-gem-1')).to.equal(before.interests.find((i) => i.id === 'i-gem-1'));
    expect(after.partners).to.equal(before.partners);
    expect(after.contributions).to.equal(before.contributions);
    expect(after.questions).to.equal(before.questions);
    expect(after.ambition.drafts).to.equal(before.ambition.drafts);
  });

  it('undoes a change across several cards as one step', async () => {
    const [a] = await twoDevices();
    a.batch(() => {
      a.updateInterest('i-zorg-1', { themes: ['samen'] });
      a.updateInterest('i-gem-1', { themes: ['samen'] });
    });
    a.setTitle('Nieuw');
    a.undo();
    expect(a.snapshot.title).to.equal('Wijknetwerk Gezond Oost');
    a.undo();
    expect(a.snapshot.interests.filter((i) => i.themes?.includes('samen'))).to.deep.equal([]);
    a.redo();
    expect(a.snapshot.interests.filter((i) => i.themes?.includes('samen'))).to.have.length(2);
  });

  it('grows the document by less than 50 KB over 600 keystrokes', async () => {
    const [a] = await twoDevices();
    const size = () =>
      [a.doc, ...a.snapshot.partners.map((p) => a.cardDocument(p.id))].reduce(
        (sum, doc) => sum + Y.encodeStateAsUpdate(doc).length,
        0,
      );
    const before = size();
    let text = '';
    for (let key = 0; key < 600; key++) {
      text += 'abcdefghij klmnopqrstuvwxyz'[key % 27];
      a.updateInterest('i-zorg-1', { motivation: text });
      if (key % 100 === 99) a.setAmbition('statement', text);
    }
    expect(size() - before).to.be.below(50 * 1024);
  });
});

describe('a workshop kept in the first document layout', () => {
  it('opens with everything in it, moved into the keyed layout once', async () => {
    const bytes = new Uint8Array(await (await fetch('/test/fixtures/legacy-layout/workshop.ydoc')).arrayBuffer());
    const expected = await (await fetch('/test/fixtures/legacy-layout/workshop.json')).json();
    const store = new YWorkshopStore();
    Y.applyUpdate(store.doc, bytes);
    expect(store.migrateLegacyLayout(readLegacyLayout(store.doc))).to.equal(true);
    const shown: Partial<WorkshopFile> = { ...store.snapshot };
    delete shown.updatedAt;
    const kept: Partial<WorkshopFile> & Pick<WorkshopFile, 'partners' | 'interests' | 'contributions'> =
      parseWorkshopFile(expected);
    delete kept.updatedAt;
    // Items now come card by card, in the partners' order; within a card their order is kept.
    const byPartner = <T extends { partnerId: string }>(items: T[]) =>
      kept.partners.flatMap((p) => items.filter((i) => i.partnerId === p.id));
    expect(shown).to.deep.equal({
      ...kept,
      interests: byPartner(kept.interests),
      contributions: byPartner(kept.contributions),
    });
    expect(store.migrateLegacyLayout(readLegacyLayout(store.doc)), 'once').to.equal(false);
    // A second device that migrates the same stored workshop meets the first without doubles.
    const other = new YWorkshopStore();
    Y.applyUpdate(other.doc, bytes);
    other.migrateLegacyLayout(readLegacyLayout(other.doc));
    exchange(store, other);
    expect(other.snapshot).to.deep.equal(store.snapshot);
    expect(store.snapshot.partners.map((p) => p.id)).to.deep.equal(kept.partners.map((p) => p.id));
  });
});
