import { expect } from '@open-wc/testing';
import { matchGetsAndBrings, suggestionKey, suggestThemes } from '../../src/model/analysis.js';
import { addTheme, replaceTheme, taggedThemes, themeKey, type ThemeItem } from '../../src/model/themes.js';
import type { Contribution } from '../../src/model/types.js';
import { isStopWord, stem, tokenize } from '../../src/model/words.js';
import { exampleWorkshop } from '../support/example.js';
import { issueWorkshop } from '../support/issue-workshop.js';

const item = (id: string, partnerId: string, text: string, themes?: string[]): ThemeItem => ({
  id,
  partnerId,
  text,
  ...(themes ? { themes } : {}),
});

const contribution = (
  id: string,
  partnerId: string,
  direction: 'get' | 'bring',
  text: string,
  themes?: string[],
): Contribution => ({ id, partnerId, direction, text, ...(themes ? { themes } : {}) });

describe('themes: words', () => {
  it('stems Dutch plural and singular (-en, -s, -e) to the same root', () => {
    expect(stem('studenten')).to.equal(stem('student'));
    expect(stem('signalen')).to.equal(stem('signaal'));
    expect(stem('loketten')).to.equal(stem('loket'));
    expect(stem('huurders')).to.equal(stem('huurder'));
    expect(stem('collega’s')).to.equal(stem('collega'));
    expect(stem('kwetsbare')).to.equal(stem('kwetsbaar'));
    expect(stem('huizen')).to.equal(stem('huis'));
  });

  it('stems delen, deling and deel to one root, and signaleren with signalen', () => {
    expect(stem('delen')).to.equal('del');
    expect(stem('deling')).to.equal('del');
    expect(stem('deel')).to.equal('del');
    expect(stem('signaleren')).to.equal(stem('signalen'));
    expect(stem('signalering')).to.equal(stem('signalen'));
  });

  it('stems English -s, -es and -ing', () => {
    expect(stem('students')).to.equal(stem('student'));
    expect(stem('processes')).to.equal(stem('process'));
    expect(stem('sharing')).to.equal(stem('share'));
    expect(stem('shares')).to.equal(stem('share'));
    expect(stem('meetings')).to.equal(stem('meeting'));
  });

  it('leaves words that only look like a plural alone', () => {
    expect(stem('kennis')).to.equal('kennis');
    expect(stem('kans')).to.equal(stem('kansen'));
    expect(stem('status')).to.equal('status');
  });

  it('drops Dutch and English stop words, numbers and very short words', () => {
    expect(tokenize('Wij willen dat het in 2028 beter gaat met de zorg')).to.deep.equal(['zorg']);
    expect(tokenize('We want to share what we have with all of them')).to.deep.equal([]);
    expect(isStopWord('Samenwerking')).to.equal(true);
    expect(isStopWord('wijk')).to.equal(false);
  });

  it('leaves out generic words in Dutch and English, in the forms people write them', () => {
    expect(tokenize('Ouderen raken niet langer uit beeld')).to.deep.equal(['ouderen']);
    expect(tokenize('Huurders raakten langer zelfstandig in beeld')).to.deep.equal(['huurders']);
    expect(tokenize('Older people stay independent longer and out of the picture')).to.deep.equal(['older']);
    expect(tokenize('Zorgen dat de zorg beter wordt'), 'the verb, not the care').to.deep.equal(['zorg']);
  });

  it('keeps compounds whole: a shared part of a word is no shared word', () => {
    expect(tokenize('Structurele financiering voor wijkverpleging')).to.deep.equal([
      'structurele',
      'financiering',
      'wijkverpleging',
    ]);
    expect(stem('wijkverpleging')).to.not.equal(stem('wijk'));
  });

  it('keys a theme name by its stems, so every form of it is one suggestion', () => {
    expect(suggestionKey('Studenten')).to.equal(suggestionKey('student'));
    expect(suggestionKey('kwetsbare ouderen')).to.equal(suggestionKey('Kwetsbaar  oudere'));
    expect(suggestionKey('beeld'), 'a stop word keys as itself').to.equal('beeld');
  });
});

describe('themes: given by people', () => {
  it('groups the same theme across partners, whatever its case or spacing, the most shared first', () => {
    const themes = taggedThemes([
      item('a', 'p1', '', ['Kennisdeling', 'leren']),
      item('b', 'p2', '', ['kennisdeling ']),
      item('c', 'p2', '', ['KENNISDELING']),
      item('d', 'p3', '', ['leren']),
      item('e', 'p3', '', ['ruimte']),
    ]);
    expect(themes.map((t) => [t.name, t.partnerIds, t.itemIds])).to.deep.equal([
      ['Kennisdeling', ['p1', 'p2'], ['a', 'b', 'c']],
      ['leren', ['p1', 'p3'], ['a', 'd']],
      ['ruimte', ['p3'], ['e']],
    ]);
    expect(themeKey('  Kennis   Deling ')).to.equal('kennis deling');
  });

  it('renames and merges a theme within an item’s themes, without doubles', () => {
    expect(replaceTheme(['leren', 'werkdruk'], 'Leren', 'opleiden')).to.deep.equal(['opleiden', 'werkdruk']);
    expect(replaceTheme(['leren', 'kennisdeling'], 'leren', 'kennisdeling')).to.deep.equal(['kennisdeling']);
    expect(replaceTheme(['werkdruk'], 'leren', 'opleiden')).to.equal(undefined);
    expect(replaceTheme(undefined, 'leren', 'opleiden')).to.equal(undefined);
    expect(replaceTheme(['leren'], 'leren', '  ')).to.equal(undefined);
  });

  it('adds a theme once', () => {
    expect(addTheme(undefined, ' wijk ')).to.deep.equal(['wijk']);
    expect(addTheme(['leren'], 'wijk')).to.deep.equal(['leren', 'wijk']);
    expect(addTheme(['Wijk'], 'wijk')).to.equal(undefined);
  });
});

describe('themes: suggested from the texts', () => {
  it('suggests whole words only: kennisdeling does not meet kennis', () => {
    const suggestions = suggestThemes([
      item('a', 'school', 'Kennisdeling tussen de scholen'),
      item('b', 'buurt', 'Kennis delen met de buurt'),
      item('c', 'gemeente', 'Meer kennis van wat werkt'),
    ]);
    expect(suggestions.map((s) => [s.name, s.partnerIds, s.itemIds])).to.deep.equal([
      ['kennis', ['buurt', 'gemeente'], ['b', 'c']],
    ]);
  });

  it('finds a shared theme in plural and singular, in Dutch and in English', () => {
    const dutch = suggestThemes([
      item('a', 'p1', 'Meer studenten in de wijk'),
      item('b', 'p2', 'Een student per gezin'),
    ]);
    expect(dutch.map((s) => [s.name, s.partnerIds])).to.deep.equal([['studenten', ['p1', 'p2']]]);
    const english = suggestThemes([
      item('a', 'p1', 'Volunteers for the neighbourhood'),
      item('b', 'p2', 'We train a volunteer'),
    ]);
    expect(english.map((s) => [s.name, s.key])).to.deep.equal([['volunteers', suggestionKey('volunteer')]]);
  });

  it('never suggests from stop words alone, however many partners use them', () => {
    const texts = [
      'Wij willen dat het beter wordt en dat we het samen doen',
      'Zij willen dat het beter gaat, dat is wat we doen',
      'We want this to be what they have and what we have',
      'Het is wat het is, and that is all there is',
    ];
    expect(suggestThemes(texts.map((text, i) => item(`i${i}`, `p${i}`, text)))).to.deep.equal([]);
  });

  it('only suggests what at least two different partners share', () => {
    const suggestions = suggestThemes([
      item('a', 'p1', 'Eenzaamheid onder ouderen'),
      item('b', 'p1', 'Eenzame ouderen bereiken'),
      item('c', 'p2', 'Betaalbare huizen'),
    ]);
    expect(suggestions).to.deep.equal([]);
  });

  it('leaves out what an existing theme already covers, and names a partial overlap after that theme', () => {
    const covered = suggestThemes([
      item('a', 'p1', 'Signalen uit de wijk', ['vroegsignalering']),
      item('b', 'p2', 'Vroeg signaleren van eenzaamheid', ['vroegsignalering']),
    ]);
    expect(covered.map((s) => s.name)).to.not.include('signalen');
    expect(covered).to.deep.equal([]);

    const partial = suggestThemes([
      item('a', 'p1', 'Toegang tot zorg', ['toegang']),
      item('b', 'p2', 'Toegang tot de praktijk'),
    ]);
    expect(partial).to.have.length(1);
    expect(partial[0]).to.include({ name: 'toegang', existing: true });
    expect(partial[0].itemIds).to.deep.equal(['a', 'b']);
  });

  it('suggests from the example workshop what partners share but have not tagged', async () => {
    const file = await exampleWorkshop();
    const names = suggestThemes([...file.interests, ...file.contributions]).map((s) => s.name);
    expect(names).to.include('studenten');
    expect(names).to.include('toegang');
    expect(names, 'all its signals carry vroegsignalering already').to.not.include('signalen');
    expect(names, 'wijkverpleegkundigen is no wijk').to.deep.equal(['toegang', 'wijk', 'studenten']);
  });

  it('suggests none of the noise of four partners’ cards: beeld, raken, langer, zelfstandig', () => {
    const file = issueWorkshop();
    const suggestions = suggestThemes([...file.interests, ...file.contributions]);
    const names = suggestions.map((s) => s.name);
    for (const noise of ['beeld', 'raken', 'raakt', 'langer', 'zelfstandig', 'wijk'])
      expect(names, noise).to.not.include(noise);
    expect(names).to.deep.equal(['eenzaamheid', 'wonen', 'ouderen', 'signalen']);
    expect(suggestions[0].partnerIds).to.have.members(['gemeente', 'zorg', 'wonen', 'hogeschool']);
  });
});

describe('themes: get and bring', () => {
  it('matches a get to what other partners bring, by a shared theme or by shared words, and leaves the rest unmatched', () => {
    const contributions = [
      contribution('g1', 'gemeente', 'get', 'Signalen uit de wijk', ['vroegsignalering']),
      contribution('g2', 'wonen', 'get', 'Een vast contact voor huismeesters'),
      contribution('g3', 'school', 'get', 'Toegang tot de praktijk'),
      contribution('b1', 'zorg', 'bring', 'Dagelijks contact met ouderen', ['vroegsignalering']),
      contribution('b2', 'school', 'bring', 'Onderzoek naar de praktijk'),
      contribution('b3', 'gemeente', 'bring', 'Signalen uit de wijk', ['vroegsignalering']),
    ];
    const found = matchGetsAndBrings(contributions);
    const summary = ['g1', 'g2', 'g3'].map((get) => [
      get,
      found.any(get),
      found.of(get).map((m) => [m.bring.id, m.themes, m.words]),
    ]);
    expect(summary).to.deep.equal([
      ['g1', true, [['b1', ['vroegsignalering'], []]]],
      ['g2', true, [['b1', [], ['contact']]]],
      ['g3', false, []],
    ]);
    expect(found.any('g2', new Set(['b1'])), 'none left once b1 is left out').to.equal(false);
    expect(found.of('b1'), 'a bring is no get').to.deep.equal([]);
  });

  it('does not pair texts on a shared part of a word', () => {
    const found = matchGetsAndBrings([
      contribution('g', 'zorg', 'get', 'Structurele financiering voor wijkverpleging'),
      contribution('b', 'wonen', 'bring', 'Een ruimte in de wijk voor een wekelijks spreekuur'),
    ]);
    expect(found.of('g')).to.deep.equal([]);
    expect(found.any('g')).to.equal(false);
  });

  it('ranks the best matches first: a shared theme, then more and rarer shared words', () => {
    const found = matchGetsAndBrings([
      contribution('g', 'gemeente', 'get', 'Vrijwilligers voor eenzame ouderen in de buurt', ['eenzaamheid']),
      contribution('b1', 'buurthuis', 'bring', 'Een koffieochtend in de buurt'),
      contribution('b2', 'kerk', 'bring', 'Vrijwilligers die ouderen bezoeken'),
      contribution('b3', 'zorg', 'bring', 'Huisbezoek', ['eenzaamheid']),
      contribution('b4', 'sport', 'bring', 'Sport in de buurt'),
    ]);
    expect(found.of('g').map((m) => m.bring.id)).to.deep.equal(['b3', 'b2', 'b1', 'b4']);
  });
});
