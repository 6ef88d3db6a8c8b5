import { expect } from '@open-wc/testing';
import * as Y from 'yjs';
import { textAnalysis } from '../../src/model/analysis.js';
import { refusals } from '../../src/model/rules.js';
import { YWorkshopStore } from '../../src/model/store.js';
import type { WorkshopFile } from '../../src/model/types.js';
import { parseWorkshopFile } from '../../src/model/validate.js';
import { exchange } from '../support/exchange.js';
import { issueWorkshop } from '../support/issue-workshop.js';

// What people decide on the flip-over lives in the workshop: matches of a get
// and a bring that they confirm or dismiss, theme suggestions they dismiss,
// and which tensions were open when they adopted the ambition. Every device
// sees it, and it goes along in the workshop file.

/** A facilitator's device with the four partners' workshop. */
function facilitator(): YWorkshopStore {
  const store = new YWorkshopStore();
  store.replace(issueWorkshop());
  return store;
}

/** The workshop as a file goes out and comes in again: JSON text, read by the file reader. */
const roundTrip = (file: WorkshopFile): WorkshopFile => parseWorkshopFile(JSON.stringify(file));

/** What the flip-over shows: the suggestions and matches, with what people decided. */
const ground = (store: YWorkshopStore) => store.derive().commonGround(textAnalysis);

const matchesOf = (store: YWorkshopStore, getId: string) => ground(store).matches.find((m) => m.get.id === getId)!;

describe('get/bring matches people judge', () => {
  it('confirms a match: it comes first, counts as confirmed, and a second confirm changes nothing', () => {
    const store = facilitator();
    expect(matchesOf(store, 'c-wonen-get').matches.map((m) => [m.bring.id, m.verdict])).to.deep.equal([
      ['c-zorg-bring', undefined],
    ]);
    store.judgeMatch('c-wonen-get', 'c-zorg-bring', 'confirmed');
    store.judgeMatch('c-wonen-get', 'c-zorg-bring', 'confirmed');
    expect(store.snapshot.matches).to.have.length(1);
    expect(store.snapshot.matches[0]).to.include({
      getId: 'c-wonen-get',
      bringId: 'c-zorg-bring',
      verdict: 'confirmed',
    });
    expect(matchesOf(store, 'c-wonen-get').matches[0].verdict).to.equal('confirmed');
    expect(store.derive().confirmedMatches.map((m) => [m.get.id, m.bring.id])).to.deep.equal([
      ['c-wonen-get', 'c-zorg-bring'],
    ]);
  });

  it('dismisses a match: it leaves the suggestions, the get counts as unmatched, and it can be brought back', () => {
    const store = facilitator();
    store.judgeMatch('c-gem-get', 'c-zorg-bring', 'dismissed');
    const judged = matchesOf(store, 'c-gem-get');
    expect(judged.matches).to.deep.equal([]);
    expect(judged.dismissed.map((m) => m.bring.id)).to.deep.equal(['c-zorg-bring']);
    store.judgeMatch('c-gem-get', 'c-zorg-bring', undefined);
    expect(store.snapshot.matches).to.deep.equal([]);
    expect(matchesOf(store, 'c-gem-get').matches.map((m) => [m.bring.id, m.verdict])).to.deep.equal([
      ['c-zorg-bring', undefined],
    ]);
  });

  it('confirms a pair the texts do not suggest, and keeps it when the texts change', () => {
    const store = facilitator();
    store.judgeMatch('c-zorg-get', 'c-gem-bring', 'confirmed');
    store.updateContribution('c-gem-bring', { text: 'Geld voor de wijkcoördinator' });
    expect(matchesOf(store, 'c-zorg-get').matches.map((m) => [m.bring.text, m.verdict])).to.deep.equal([
      ['Geld voor de wijkcoördinator', 'confirmed'],
    ]);
  });

  it('undoes a decision as one step', () => {
    const store = facilitator();
    store.judgeMatch('c-wonen-get', 'c-zorg-bring', 'confirmed');
    store.judgeMatch('c-wonen-get', 'c-zorg-bring', 'dismissed');
    store.undo();
    expect(store.snapshot.matches.map((m) => m.verdict)).to.deep.equal(['confirmed']);
    store.undo();
    expect(store.snapshot.matches).to.deep.equal([]);
  });

  it('say which gets are met, the same as their ranked lists, also after a dismissal', () => {
    const store = facilitator();
    const agree = () => {
      for (const m of ground(store).matches) expect(m.matched, m.get.text).to.equal(m.matches.length > 0);
    };
    agree();
    expect(
      ground(store)
        .matches.filter((m) => m.matched)
        .map((m) => m.get.id),
    ).to.deep.equal(['c-gem-get', 'c-wonen-get']);
    store.judgeMatch('c-gem-get', 'c-zorg-bring', 'dismissed');
    agree();
    expect(ground(store).matches.find((m) => m.get.id === 'c-gem-get')!.matched).to.equal(false);
    store.judgeMatch('c-zorg-get', 'c-gem-bring', 'confirmed');
    agree();
    expect(ground(store).matches.find((m) => m.get.id === 'c-zorg-get')!.matched).to.equal(true);
  });

  it('go along in the workshop file and come back from it', () => {
    const store = facilitator();
    store.judgeMatch('c-wonen-get', 'c-zorg-bring', 'confirmed');
    store.judgeMatch('c-gem-get', 'c-zorg-bring', 'dismissed');
    const file = roundTrip(store.snapshot);
    expect(file.matches.map((m) => [m.getId, m.bringId, m.verdict])).to.deep.equal([
      ['c-wonen-get', 'c-zorg-bring', 'confirmed'],
      ['c-gem-get', 'c-zorg-bring', 'dismissed'],
    ]);
    const other = new YWorkshopStore();
    other.replace(file);
    expect(other.derive().confirmedMatches.map((m) => [m.get.id, m.bring.id])).to.deep.equal([
      ['c-wonen-get', 'c-zorg-bring'],
    ]);
    expect(matchesOf(other, 'c-gem-get').dismissed.map((m) => m.bring.id)).to.deep.equal(['c-zorg-bring']);
  });

  it('are refused in a file when they name an item that is not there', () => {
    const file = {
      ...issueWorkshop(),
      matches: [{ id: 'm1', getId: 'c-gem-get', bringId: 'nope', verdict: 'confirmed' }],
    };
    expect(() => parseWorkshopFile(file)).to.throw('unknown-ref: matches[0].bringId');
    const wrong = {
      ...issueWorkshop(),
      matches: [{ id: 'm1', getId: 'c-gem-get', bringId: 'c-zorg-bring', verdict: 'yes' }],
    };
    expect(() => parseWorkshopFile(wrong)).to.throw('bad-value: matches[0].verdict');
  });

  it('reach a second device, and two devices that confirm the same match at once keep one', () => {
    const a = facilitator();
    const b = new YWorkshopStore();
    exchange(a, b);
    a.judgeMatch('c-wonen-get', 'c-zorg-bring', 'confirmed');
    b.judgeMatch('c-wonen-get', 'c-zorg-bring', 'confirmed');
    exchange(a, b);
    expect(a.snapshot.matches).to.have.length(1);
    expect(b.snapshot).to.deep.equal(a.snapshot);
    expect(b.derive().confirmedMatches).to.have.length(1);
  });

  it('hide a match whose item was removed, and every export still imports', () => {
    const store = facilitator();
    store.judgeMatch('c-wonen-get', 'c-zorg-bring', 'confirmed');
    store.removeContribution('c-zorg-bring');
    expect(store.snapshot.matches).to.deep.equal([]);
    expect(() => roundTrip(store.snapshot)).not.to.throw();
    store.undo();
    expect(store.snapshot.matches).to.have.length(1);
  });
});

describe('theme suggestions people dismiss', () => {
  it('stay dismissed on every device, in every form of the word, until brought back', () => {
    const a = facilitator();
    const b = new YWorkshopStore();
    exchange(a, b);
    expect(ground(b).suggestions.map((s) => s.name)).to.include('ouderen');
    a.dismissSuggestion('ouderen');
    a.dismissSuggestion('Ouderen');
    expect(a.snapshot.dismissedThemes.map((d) => d.name)).to.deep.equal(['ouderen']);
    exchange(a, b);
    expect(ground(b).suggestions.map((s) => s.name)).to.not.include('ouderen');
    expect(ground(b).dismissedSuggestions.map((s) => s.name)).to.deep.equal(['ouderen']);
    // Another partner writes the word in another form: still dismissed.
    b.addInterest('hogeschool', { text: 'Een oudere die meedoet', kind: 'wish' });
    expect(ground(b).suggestions.map((s) => s.name)).to.not.include('ouderen');
    b.restoreSuggestions();
    exchange(a, b);
    expect(ground(a).suggestions.map((s) => s.name)).to.include('ouderen');
    expect(a.snapshot.dismissedThemes).to.deep.equal([]);
  });

  it('go along in the workshop file', () => {
    const store = facilitator();
    store.dismissSuggestion('signalen');
    const other = new YWorkshopStore();
    other.replace(roundTrip(store.snapshot));
    expect(other.snapshot.dismissedThemes.map((d) => d.name)).to.deep.equal(['signalen']);
    expect(ground(other).suggestions.map((s) => s.name)).to.not.include('signalen');
  });
});

describe('adopting the ambition', () => {
  it('makes the draft the statement and notes the tensions still open, as one undoable step', () => {
    const store = facilitator();
    store.adoptDraft('d-1');
    expect(store.snapshot.ambition.statement).to.equal('Geen oudere in Oost raakt uit beeld.');
    expect(store.snapshot.ambition.drafts[0].openAtAdoption).to.deep.equal(['t-1']);
    const file = roundTrip(store.snapshot);
    expect(file.ambition.drafts[0].openAtAdoption).to.deep.equal(['t-1']);
    store.undo();
    expect(store.snapshot.ambition.statement).to.equal(undefined);
    expect(store.snapshot.ambition.drafts[0]).to.not.have.key('openAtAdoption');
  });

  it('notes nothing when no tension is open, and only the draft adopted last carries the note', () => {
    const store = facilitator();
    store.adoptDraft('d-1');
    const second = store.addDraft('Iedere oudere in Oost heeft een vast aanspreekpunt.');
    store.updateTension('t-1', { resolved: true });
    store.adoptDraft(second);
    const [first, last] = store.snapshot.ambition.drafts;
    expect(first).to.not.have.key('openAtAdoption');
    expect(last).to.not.have.key('openAtAdoption');
  });

  it('forgets a tension that was removed since, and the export imports', () => {
    const store = facilitator();
    store.adoptDraft('d-1');
    store.removeTension('t-1');
    expect(store.snapshot.ambition.drafts[0]).to.not.have.key('openAtAdoption');
    expect(() => roundTrip(store.snapshot)).not.to.throw();
  });
});

describe('the ties between partners', () => {
  it('pairs partners by the themes both carry and by the matches people confirmed', () => {
    const store = facilitator();
    store.updateInterest('i-gem-1', { themes: ['eenzaamheid'] });
    store.updateInterest('i-hs-2', { themes: ['eenzaamheid'] });
    store.updateInterest('i-zorg-1', { themes: ['langer thuis'] });
    store.judgeMatch('c-wonen-get', 'c-zorg-bring', 'confirmed');
    const links = store.derive().links.map((l) => ({
      partners: l.partnerIds,
      themes: l.themes,
      matches: l.matches.map((m) => `${m.bring.partnerId} → ${m.get.partnerId}`),
    }));
    expect(links).to.deep.equal([
      { partners: ['gemeente', 'hogeschool'], themes: ['eenzaamheid'], matches: [] },
      { partners: ['zorg', 'wonen'], themes: [], matches: ['zorg → wonen'] },
    ]);
    expect(store.derive().links, 'the same array while nothing changed').to.equal(store.derive().links);
  });
});

describe('the server’s rules on common ground', () => {
  /** What the rules say of `change` made on a copy of `store`'s shared document by `who`. */
  function judge(
    store: YWorkshopStore,
    who: { role: 'facilitator' | 'partner'; partner?: string },
    change: (device: YWorkshopStore) => void,
  ) {
    const device = new YWorkshopStore();
    device.setSession(who);
    exchange(store, device);
    let refused: Set<string> | undefined;
    device.doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.local) refused = refusals(transaction, who);
    });
    change(device);
    return [...(refused ?? [])];
  }

  it('let only the facilitator judge matches and dismiss suggestions', () => {
    const store = facilitator();
    const partner = { role: 'partner' as const, partner: 'zorg' };
    expect(judge(store, partner, (d) => d.judgeMatch('c-wonen-get', 'c-zorg-bring', 'confirmed'))).to.deep.equal([
      'common-ground',
    ]);
    expect(judge(store, partner, (d) => d.dismissSuggestion('ouderen'))).to.deep.equal(['common-ground']);
    expect(
      judge(store, { role: 'facilitator' }, (d) => d.judgeMatch('c-wonen-get', 'c-zorg-bring', 'confirmed')),
    ).to.deep.equal([]);
    expect(judge(store, { role: 'facilitator' }, (d) => d.dismissSuggestion('ouderen'))).to.deep.equal([]);
  });
});
