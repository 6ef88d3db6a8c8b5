import { expect } from '@open-wc/testing';
import { YWorkshopStore } from '../../src/model/store.js';
import type { ChangeSource } from '../../src/model/store-api.js';
import { LIMITS } from '../../src/model/types.js';
import { parseWorkshopFile } from '../../src/model/validate.js';
import { exampleWorkshop } from '../support/example.js';

describe('the workshop store', () => {
  let store: YWorkshopStore;
  beforeEach(() => {
    store = new YWorkshopStore();
  });

  it('starts as an empty workshop in step 1', () => {
    const { partners, interests, step, revealed, title } = store.snapshot;
    expect({ partners, interests, step, revealed, title }).to.deep.equal({
      partners: [],
      interests: [],
      step: 1,
      revealed: false,
      title: '',
    });
  });

  it('adds, renames, marks, reorders and removes partners', () => {
    const a = store.addPartner({ name: 'Gemeente' })!;
    const b = store.addPartner({ name: 'Hogeschool', aspirant: true })!;
    const c = store.addPartner({ name: 'Zorg' })!;
    store.updatePartner(a, { name: 'Gemeente Arnhem' });
    store.updatePartner(b, { aspirant: false });
    store.movePartner(c, 0);
    expect(store.snapshot.partners.map((p) => [p.name, p.aspirant])).to.deep.equal([
      ['Zorg', false],
      ['Gemeente Arnhem', false],
      ['Hogeschool', false],
    ]);
    store.removePartner(a);
    expect(store.snapshot.partners.map((p) => p.id)).to.deep.equal([c, b]);
  });

  it('keeps interests with scope, kind, motivation and themes, and drops cleared optional fields', () => {
    const p = store.addPartner({ name: 'Gemeente' })!;
    const i = store.addInterest(p, { text: 'Minder wachtlijsten', kind: 'demand', motivation: 'Wettelijke taak' })!;
    store.updateInterest(i, { scope: 'shared', themes: ['zorg', 'toegang'] });
    expect(store.snapshot.interests[0]).to.deep.equal({
      id: i,
      partnerId: p,
      scope: 'shared',
      text: 'Minder wachtlijsten',
      kind: 'demand',
      motivation: 'Wettelijke taak',
      themes: ['zorg', 'toegang'],
    });
    store.updateInterest(i, { motivation: '', themes: undefined });
    expect(store.snapshot.interests[0]).to.not.have.keys('motivation', 'themes');
    store.removeInterest(i);
    expect(store.snapshot.interests).to.deep.equal([]);
  });

  it('keeps get and bring contributions and reorders items within one partner', () => {
    const p = store.addPartner({ name: 'Zorg' })!;
    const get = store.addContribution(p, { direction: 'get', text: 'Signalen' })!;
    const bring1 = store.addContribution(p, { direction: 'bring', text: 'Kennis' })!;
    const bring2 = store.addContribution(p, { direction: 'bring', text: 'Uren', themes: ['tijd'] })!;
    store.moveItem(bring2, 0);
    expect(store.snapshot.contributions.map((c) => c.id)).to.deep.equal([get, bring2, bring1]);
    store.updateContribution(get, { text: 'Vroege signalen' });
    store.removeContribution(bring1);
    expect(store.snapshot.contributions.map((c) => c.text)).to.deep.equal(['Vroege signalen', 'Uren']);
  });

  it('keeps questions with answers and tensions between items', () => {
    const p = store.addPartner({ name: 'A' })!;
    const i1 = store.addInterest(p, { text: 'x' })!;
    const i2 = store.addInterest(p, { text: 'y' })!;
    const q = store.addQuestion(i1, 'Waarom?');
    store.updateQuestion(q, { answer: 'Omdat.' });
    const t = store.addTension([i1, i2], 'Botst');
    store.updateTension(t, { resolved: true });
    expect(store.snapshot.questions).to.deep.equal([{ id: q, itemId: i1, text: 'Waarom?', answer: 'Omdat.' }]);
    expect(store.snapshot.tensions).to.deep.equal([{ id: t, itemIds: [i1, i2], text: 'Botst', resolved: true }]);
    store.removeQuestion(q);
    store.removeTension(t);
    expect(store.snapshot.questions.length + store.snapshot.tensions.length).to.equal(0);
  });

  it('removing an item removes the questions and tensions that point at it', () => {
    const p = store.addPartner({ name: 'A' })!;
    const i1 = store.addInterest(p, { text: 'x' })!;
    const i2 = store.addInterest(p, { text: 'y' })!;
    store.addQuestion(i1, 'Waarom?');
    store.addTension([i1, i2]);
    store.removeInterest(i1);
    expect(store.snapshot.questions).to.deep.equal([]);
    expect(store.snapshot.tensions).to.deep.equal([]);
  });

  it('keeps the ambition, drafts with consent and reasons, the statement and follow-up', () => {
    const a = store.addPartner({ name: 'A' })!;
    const b = store.addPartner({ name: 'B' })!;
    store.setTitle('Zorgnetwerk');
    store.setStep(4);
    store.setRevealed(true);
    store.setAmbition('problem', 'Signalen blijven hangen');
    const d = store.addDraft('Samen vroeg signaleren');
    store.setConsent(d, a, 'agree');
    store.setConsent(d, b, 'object', 'Te vaag');
    store.updateDraft(d, { text: 'Samen vroeg signaleren in Oost' });
    store.setAmbition('statement', 'Samen vroeg signaleren in Oost');
    store.setNotes('Volgende keer: partnerschapskaart');
    const act = store.addAction({ text: 'Convenant opstellen', owner: a, due: '2027-01-31' });
    store.updateAction(act, { due: '2027-02-28' });
    const { ambition, followUp, title, step, revealed } = store.snapshot;
    expect({ title, step, revealed }).to.deep.equal({ title: 'Zorgnetwerk', step: 4, revealed: true });
    expect(ambition).to.deep.equal({
      problem: 'Signalen blijven hangen',
      statement: 'Samen vroeg signaleren in Oost',
      drafts: [
        {
          id: d,
          text: 'Samen vroeg signaleren in Oost',
          consent: { [a]: 'agree', [b]: 'object' },
          reasons: { [b]: 'Te vaag' },
        },
      ],
    });
    expect(followUp).to.deep.equal({
      notes: 'Volgende keer: partnerschapskaart',
      actions: [{ id: act, text: 'Convenant opstellen', owner: a, due: '2027-02-28' }],
    });
    store.setConsent(d, b, undefined);
    expect(store.snapshot.ambition.drafts[0]).to.deep.equal({
      id: d,
      text: 'Samen vroeg signaleren in Oost',
      consent: { [a]: 'agree' },
    });
    store.removeAction(act);
    store.removeDraft(d);
    expect(store.snapshot.ambition.drafts).to.deep.equal([]);
    expect(store.snapshot.followUp.actions).to.deep.equal([]);
  });

  it('removes a partner with everything that belongs to it, and undo brings all of it back in one step', async () => {
    const file = await exampleWorkshop();
    store.replace(file);
    const before = store.snapshot;
    store.removePartner('zorg');
    const after = store.snapshot;
    expect(after.partners.map((p) => p.id)).to.not.include('zorg');
    expect(after.interests.some((i) => i.partnerId === 'zorg')).to.equal(false);
    expect(after.questions.some((q) => q.itemId === 'i-zorg-1')).to.equal(false);
    expect(after.tensions).to.deep.equal([]);
    expect(after.ambition.drafts[0].consent).to.not.have.key('zorg');
    store.undo();
    // Undo is a change too: the workshop's time of change moves on, the rest is as before.
    expect({ ...store.snapshot, updatedAt: undefined }).to.deep.equal({ ...before, updatedAt: undefined });
    store.redo();
    expect(store.snapshot.partners.map((p) => p.id)).to.not.include('zorg');
  });

  it('undoes structural changes one at a time, and typing as one step', () => {
    const p = store.addPartner({ name: '' })!;
    for (const name of ['G', 'Ge', 'Gem', 'Geme']) store.updatePartner(p, { name });
    store.addInterest(p, { text: 'x' });
    store.undo();
    expect(store.snapshot.interests).to.deep.equal([]);
    expect(store.snapshot.partners[0].name).to.equal('Geme');
    store.undo();
    expect(store.snapshot.partners[0].name).to.equal('');
    store.undo();
    expect(store.snapshot.partners).to.deep.equal([]);
    expect(store.canUndo).to.equal(false);
    expect(store.canRedo).to.equal(true);
  });

  it('notifies subscribers with the source of each change and keeps unchanged items identical', () => {
    const sources: ChangeSource[] = [];
    const stop = store.subscribe((_, source) => sources.push(source));
    const a = store.addPartner({ name: 'A' })!;
    store.addPartner({ name: 'B' });
    const first = store.snapshot.partners[0];
    store.updatePartner(store.snapshot.partners[1].id, { name: 'Bee' });
    expect(store.snapshot.partners[0]).to.equal(first);
    expect(Object.isFrozen(store.snapshot.partners[0])).to.equal(true);
    store.undo();
    store.setSession({ partner: a });
    stop();
    store.addPartner({ name: 'C' });
    expect(sources).to.deep.equal(['user', 'user', 'user', 'user', 'session']);
  });

  it('replaces the whole workshop from a file as one undoable step and reads it back equal', async () => {
    const file = await exampleWorkshop();
    store.addPartner({ name: 'Eerder' });
    store.replace(file);
    expect(store.snapshot).to.deep.equal(file);
    store.undo();
    expect(store.snapshot.partners.map((p) => p.name)).to.deep.equal(['Eerder']);
  });

  it('runs a batch of mutations as one change and one undoable step', () => {
    const p = store.addPartner({ name: 'A' })!;
    const i1 = store.addInterest(p, { text: 'x', themes: ['kennis'] })!;
    const i2 = store.addInterest(p, { text: 'y', themes: ['kennis'] })!;
    store.updateInterest(i2, { text: 'yy' });
    let notified = 0;
    store.subscribe(() => notified++);
    store.batch(() => {
      store.updateInterest(i1, { themes: ['kennisdeling'] });
      store.updateInterest(i2, { themes: ['kennisdeling'] });
    });
    expect(notified).to.equal(1);
    store.undo();
    expect(store.snapshot.interests.map((i) => [i.text, i.themes])).to.deep.equal([
      ['x', ['kennis']],
      ['yy', ['kennis']],
    ]);
  });

  it('refuses mutations of ids that do not exist', () => {
    expect(() => store.updatePartner('nope', { name: 'x' })).to.throw(/nope/);
    expect(() => store.addInterest('nope')).to.throw(/nope/);
  });

  it('adds no partner beyond the limit, and its export still imports', () => {
    for (let n = 1; n <= LIMITS.partners; n++) expect(store.addPartner({ name: `Partner ${n}` })).to.be.a('string');
    const before = store.snapshot;
    expect(store.addPartner({ name: 'Eén te veel' })).to.equal(undefined);
    expect(store.snapshot, 'nothing changed').to.equal(before);
    expect(store.snapshot.partners).to.have.length(LIMITS.partners);
    expect(parseWorkshopFile(JSON.parse(JSON.stringify(store.snapshot)))).to.deep.equal(store.snapshot);
  });

  it('adds no interest or contribution beyond the limit per partner, and its export still imports', () => {
    const full = store.addPartner({ name: 'Vol' })!;
    const other = store.addPartner({ name: 'Ander' })!;
    for (let n = 1; n < LIMITS.itemsPerPartner; n++)
      if (n % 2) store.addInterest(full, { text: `Belang ${n}` });
      else store.addContribution(full, { direction: 'bring', text: `Brengen ${n}` });
    expect(store.derive().full(full)).to.equal(false);
    expect(store.addContribution(full, { direction: 'get', text: 'De laatste' })).to.be.a('string');
    expect(store.derive().interestsOf(full).length + store.derive().contributionsOf(full).length).to.equal(
      LIMITS.itemsPerPartner,
    );
    expect(store.derive().full(full)).to.equal(true);

    const before = store.snapshot;
    let notified = 0;
    store.subscribe(() => notified++);
    expect(store.addInterest(full, { text: 'Eén te veel' })).to.equal(undefined);
    expect(store.addContribution(full, { direction: 'bring', text: 'Eén te veel' })).to.equal(undefined);
    expect(store.snapshot, 'nothing changed').to.equal(before);
    expect(notified).to.equal(0);
    store.undo();
    expect(
      store.snapshot.contributions.map((c) => c.text),
      'undo takes back the last real change',
    ).to.not.include('De laatste');
    store.redo();

    expect(store.addInterest(other, { text: 'Een ander heeft nog ruimte' })).to.be.a('string');
    store.removeInterest(store.snapshot.interests.find((i) => i.partnerId === full)!.id);
    let added: Array<string | undefined> = [];
    store.batch(() => {
      added = [store.addInterest(full, { text: 'Weer ruimte' }), store.addInterest(full, { text: 'Te veel' })];
    });
    expect(added[0]).to.be.a('string');
    expect(added[1], 'the limit holds within one batch').to.equal(undefined);
    expect(store.derive().interestsOf(full).length + store.derive().contributionsOf(full).length).to.equal(
      LIMITS.itemsPerPartner,
    );

    const exported = JSON.parse(JSON.stringify(store.snapshot));
    expect(parseWorkshopFile(exported)).to.deep.equal(store.snapshot);
  });

  it('cuts every text off at the limit, so that the export still imports', () => {
    const long = 'x'.repeat(LIMITS.textLength + 25);
    store.setTitle(long);
    const p = store.addPartner({ name: long })!;
    const q = store.addPartner({ name: 'B' })!;
    const i = store.addInterest(p, { text: long, motivation: long })!;
    const c = store.addContribution(q, { direction: 'get', text: 'kort' })!;
    store.updateContribution(c, { text: long });
    store.addQuestion(i, long);
    const question = store.addQuestion(c, 'Kort');
    store.updateQuestion(question, { answer: long });
    store.addTension([i, c], long);
    store.setAmbition('problem', long);
    store.setAmbition('statement', long);
    const d = store.addDraft(long);
    store.setConsent(d, p, 'object', long);
    store.setNotes(long);
    store.addAction({ text: long });
    // Cut before the limit rather than between the two halves of one character.
    const emoji = `${'y'.repeat(LIMITS.textLength - 1)}😀`;
    store.updateInterest(i, { text: emoji });

    const file = store.snapshot;
    const texts = [
      file.title,
      file.partners[0].name,
      file.interests[0].motivation,
      file.contributions[0].text,
      file.questions[0].text,
      file.questions[1].answer,
      file.tensions[0].text,
      file.ambition.problem,
      file.ambition.statement,
      file.ambition.drafts[0].text,
      file.ambition.drafts[0].reasons![p],
      file.followUp.notes,
      file.followUp.actions[0].text,
    ];
    expect(texts.every((text) => text === long.slice(0, LIMITS.textLength))).to.equal(true);
    expect(file.interests[0].text).to.equal('y'.repeat(LIMITS.textLength - 1));
    expect(() => parseWorkshopFile(JSON.stringify(file))).to.not.throw();
  });
});
