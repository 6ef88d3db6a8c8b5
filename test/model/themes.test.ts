import { expect } from '@open-wc/testing';
import {
  addTheme,
  isStopWord,
  matchGetsAndBrings,
  replaceTheme,
  splitCompound,
  stem,
  suggestThemes,
  taggedThemes,
  themeKey,
  tokenize,
  type ThemeItem,
} from '../../src/model/themes.js';
import type { Contribution } from '../../src/model/types.js';
import { exampleWorkshop } from '../support/example.js';

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
    expect(tokenize('We want to share what we have with all of them')).to.deep.equal(['share']);
    expect(isStopWord('Samenwerking')).to.equal(true);
    expect(isStopWord('wijk')).to.equal(false);
  });

  it('splits a Dutch compound that starts with a word from the workshop, not otherwise', () => {
    const vocabulary = new Set(['kennis', 'zorg', 'wijk', 'over']);
    expect(splitCompound('kennisdeling', vocabulary)).to.deep.equal(['kennis', 'deling']);
    expect(splitCompound('Zorgwoningen', vocabulary)).to.deep.equal(['zorg', 'woningen']);
    expect(splitCompound('kennisdeling', new Set())).to.deep.equal([]);
    expect(splitCompound('overleg', vocabulary), 'a stop word is no head').to.deep.equal([]);
    expect(splitCompound('wijkheid', vocabulary), 'an ending is no tail').to.deep.equal([]);
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
  it('lets kennisdeling, kennis delen and kennis meet across partners', () => {
    const suggestions = suggestThemes([
      item('a', 'school', 'Kennisdeling tussen de scholen'),
      item('b', 'buurt', 'Kennis delen met de buurt'),
      item('c', 'gemeente', 'Meer kennis van wat werkt'),
    ]);
    expect(suggestions.map((s) => [s.name, s.partnerIds, s.itemIds])).to.deep.equal([
      ['kennis', ['school', 'buurt', 'gemeente'], ['a', 'b', 'c']],
      ['kennisdeling', ['school', 'buurt'], ['a', 'b']],
    ]);
  });

  it('finds a shared theme in plural and singular, in Dutch and in English', () => {
    const dutch = suggestThemes([
      item('a', 'p1', 'Meer studenten in de wijk'),
      item('b', 'p2', 'Een student per gezin'),
    ]);
    expect(dutch.map((s) => [s.name, s.partnerIds])).to.deep.equal([['studenten', ['p1', 'p2']]]);
    const english = suggestThemes([
      item('a', 'p1', 'Sharing data with the neighbourhood'),
      item('b', 'p2', 'We share our data'),
    ]);
    expect(english.map((s) => s.name).sort()).to.deep.equal(['data', 'sharing']);
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
  });
});

describe('themes: get and bring', () => {
  it('matches a get to what other partners bring, by a shared theme or by shared words, and leaves the rest unmatched', () => {
    const contributions = [
      contribution('g1', 'gemeente', 'get', 'Signalen uit de wijk', ['vroegsignalering']),
      contribution('g2', 'wonen', 'get', 'Een vast contactpunt voor huismeesters'),
      contribution('g3', 'school', 'get', 'Toegang tot de praktijk'),
      contribution('b1', 'zorg', 'bring', 'Dagelijks contact met ouderen', ['vroegsignalering']),
      contribution('b2', 'school', 'bring', 'Onderzoek naar de praktijk'),
      contribution('b3', 'gemeente', 'bring', 'Signalen uit de wijk', ['vroegsignalering']),
    ];
    const matrix = matchGetsAndBrings(contributions);
    const summary = matrix.map(({ get, matches }) => [get.id, matches.map((m) => [m.bring.id, m.themes, m.words])]);
    expect(summary).to.deep.equal([
      ['g1', [['b1', ['vroegsignalering'], []]]],
      ['g2', [['b1', [], ['contact']]]],
      ['g3', []],
    ]);
  });
});
