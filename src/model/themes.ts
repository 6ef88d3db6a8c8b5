import type { Contribution } from './types.js';

/**
 * Themes: what partners have in common. Themes are the tags people give to
 * interests and contributions (`item.themes`), and suggestions computed from
 * the texts: Dutch and English words, stop words removed, lightly stemmed
 * (plural and singular meet, `delen` and `deling` meet) and with Dutch
 * compounds split on words that occur elsewhere in the workshop
 * (`kennisdeling` → `kennis` + `deling`). Pure functions, no DOM.
 */

/** Anything with text that can carry themes: an interest or a contribution. */
export interface ThemeItem {
  readonly id: string;
  readonly partnerId: string;
  readonly text: string;
  readonly motivation?: string;
  readonly themes?: readonly string[];
}

/** A theme that people gave, with the partners and items that carry it. */
export interface TaggedTheme {
  /** Compare themes by this key (case, accents and spacing do not count). */
  key: string;
  /** The name as first written. */
  name: string;
  partnerIds: string[];
  itemIds: string[];
}

/** A theme found in the texts: only a suggestion until someone confirms it. */
export interface ThemeSuggestion {
  /** Compare suggestions by this key (the `themeKey` of the name). */
  key: string;
  /** The proposed theme name; an existing theme's name when the texts meet an existing theme. */
  name: string;
  /** Whether `name` is a theme that some items already carry. */
  existing: boolean;
  /** The partners behind it, at least two. */
  partnerIds: string[];
  /** The items behind it. */
  itemIds: string[];
  /** The words in the texts where the partners meet. */
  words: string[];
}

/** A partner that brings something matching what another partner comes to get. */
export interface BringMatch {
  bring: Contribution;
  /** Themes both carry. */
  themes: string[];
  /** Words both texts share (a suggestion, not a confirmed match). */
  words: string[];
}

/** One thing a partner comes to get, and who brings something that matches. */
export interface GetMatches {
  get: Contribution;
  matches: BringMatch[];
}

// ---- words ----

const STOP_NL = `
  aan af al alle alles als altijd andere ander anders ben bent bij binnen boven buiten daar daarbij daarom
  daarvoor dan dat de deze die dit doe doen doet door dus echter een eens eigen elk elke en enkele er erg ergens
  geen geeft geven gaan gaat ga goed heb hebben hebt heeft heel hem hen het hier hierbij hij hoe hun iedere ieder
  iedereen iemand iets ik in is je jij jou jouw jullie kan kon konden krijgen krijgt kunnen kunt laat laten later
  maakt maken maar mag me meer meest men met mij mijn minder moet moeten mogen na naar naast niet niemand niets
  nog nooit nu of om omdat onder ons onze ook op over per sinds soms staan staat te tegen toch toen tot tussen u
  uit uw van veel via voor vaak waar waarbij waarom wanneer want waren was wat we weer weinig wel welk welke werd
  wie wij wil willen wilt word worden wordt zal ze zelf zeer zich zij zijn zo zoals zodat zonder zou zouden zullen
  zo'n één twee drie vier vijf eerder beter samen komen komt kom kwam kwamen ging gingen zien ziet zag
  weten weet wist houden houdt blijven blijft bleef nemen neemt nam zetten zet halen haalt brengen brengt
  samenwerking samenwerken partner partners netwerk
`;

const STOP_EN = `
  a about above after again all also am an and any are as at be been being both but by can could did do does
  doing done each every few for from get gets getting got had has have having he her here him his how i if in
  into is it its just less let lets make makes making many may me might more most much must my need needs no
  not now of off on once only or other others our out over own same shall she should so some still such than
  that the their them then there these they this those through to too under until up us very want wants was we
  were what when where which while who whom why will with would yes you your
  partnership network
`;

/** Lower case, without accents (`coördinator` → `coordinator`) and apostrophes (`collega's` → `collegas`). */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '');
}

/** The words of `text`, normalized, in order. */
export function words(text: string): string[] {
  return normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Dutch and English stop words (normalized): words that never make a theme. */
export const STOP_WORDS: ReadonlySet<string> = new Set(words(`${STOP_NL} ${STOP_EN}`));

const VOWELS = 'aeiouy';
const isVowel = (char: string | undefined) => char !== undefined && VOWELS.includes(char);
const notAfter = (chars: string) => (base: string) => !chars.includes(base.at(-1) ?? '');

/** Suffixes taken off by `stem`: the first that fits, leaving at least `min` characters. */
const SUFFIXES: ReadonlyArray<{ suffix: string; min: number; when?: (base: string) => boolean; add?: string }> = [
  { suffix: 'heden', min: 3 },
  { suffix: 'heid', min: 3 },
  { suffix: 'eringen', min: 4 },
  { suffix: 'ering', min: 4 },
  { suffix: 'eren', min: 5 },
  { suffix: 'ingen', min: 3 },
  { suffix: 'ings', min: 3 },
  { suffix: 'ing', min: 3 },
  { suffix: 'ies', min: 3, add: 'i' },
  { suffix: 'es', min: 4, when: (base) => !isVowel(base.at(-1)) },
  { suffix: 'ed', min: 3, when: (base) => !isVowel(base.at(-1)) },
  { suffix: 'en', min: 3 },
  { suffix: 's', min: 4, when: notAfter('suij') },
  { suffix: 'e', min: 3 },
];

/** `fn` with its answers kept: words repeat across a workshop, and stemming is the hot path. */
function remembered(fn: (word: string) => string): (word: string) => string {
  const known = new Map<string, string>();
  return (word) => {
    let answer = known.get(word);
    if (answer === undefined) known.set(word, (answer = fn(word)));
    return answer;
  };
}

/**
 * A light stem for Dutch and English: plural and singular, verb and noun meet
 * (`signalen`, `signaal`, `signaleren` → `signal`; `delen`, `deling`, `deel`
 * → `del`; `sharing`, `shares`, `share` → `shar`). Not a linguist's stemmer:
 * only good for telling whether two texts use the same word.
 */
export const stem = remembered((word: string): string => {
  let base = normalize(word);
  if (base.length <= 3) return base;
  for (const { suffix, min, when, add = '' } of SUFFIXES) {
    if (!base.endsWith(suffix)) continue;
    const rest = base.slice(0, -suffix.length);
    if (rest.length < min || (when && !when(rest))) continue;
    base = rest + add;
    // huizen → huis, reizen → reis
    if (base.endsWith('z') && isVowel(base.at(-2))) base = `${base.slice(0, -1)}s`;
    break;
  }
  // loketten → lokett → loket
  base = base.replace(/([b-df-hj-np-tv-z])\1$/, '$1');
  // signaal → signal, deel → del, kwetsbaar → kwetsbar (an open syllable in the plural)
  base = base.replace(/(aa|ee|oo|uu)([b-df-hj-np-tv-z])$/, (_, vowels: string, consonant: string) => {
    return vowels[0] + consonant;
  });
  return base;
});

const STOP_STEMS: ReadonlySet<string> = new Set([...STOP_WORDS].filter((w) => w.length > 3).map(stem));

const stopWordKind = remembered((word: string) => {
  const normal = normalize(word);
  return STOP_WORDS.has(normal) || STOP_STEMS.has(stem(normal)) ? 'stop' : 'content';
});

/** Whether `word` is a stop word, or a form of one. */
export function isStopWord(word: string): boolean {
  return stopWordKind(word) === 'stop';
}

/** The content words of `text`: normalized, without stop words, numbers and words under three letters. */
export function tokenize(text: string): string[] {
  return words(text).filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !isStopWord(w));
}

/** Endings that are not words of their own, so never the second half of a compound. */
const NOT_A_TAIL = new Set(
  words(
    'heid heden lijk lijke lijken lijkheid ing ingen ers ende enden baar bare schap schappen isch ische tje tjes ' +
      'jes ster sters eren erij ige igen atie aties teit iteit ness ment ments able ship',
  ),
);

/**
 * Splits a Dutch compound on the longest word of `vocabulary` it starts with: `kennisdeling` → `['kennis', 'deling']` when `kennis` occurs in the
 * workshop. Both parts have at least four letters and neither is a stop
 * word or a mere ending. Returns `[]` when the word does not split.
 */
export function splitCompound(word: string, vocabulary: ReadonlySet<string>): string[] {
  const normal = normalize(word);
  const fits = (head: string, tail: string) =>
    head.length >= 4 && tail.length >= 4 && !NOT_A_TAIL.has(tail) && !isStopWord(head) && !isStopWord(tail);
  for (let end = normal.length - 4; end >= 4; end--) {
    const head = normal.slice(0, end);
    const tail = normal.slice(end);
    if (vocabulary.has(head) && fits(head, tail)) return [head, tail];
  }
  return [];
}

/** One content word of a text, with its stem; parts of a compound name the compound. */
export interface Term {
  stem: string;
  word: string;
  /** The compound this word is a part of. */
  compound?: string;
}

/** The terms of `text`: every content word, and the parts of compounds split on `vocabulary`. */
export function terms(text: string, vocabulary: ReadonlySet<string> = new Set()): Term[] {
  const out: Term[] = [];
  for (const word of tokenize(text)) {
    out.push({ stem: stem(word), word });
    for (const part of splitCompound(word, vocabulary)) out.push({ stem: stem(part), word: part, compound: word });
  }
  return out;
}

const itemText = (item: ThemeItem) => [item.text, item.motivation ?? ''].join(' ');

/** Every content word of four letters or more in the items' texts and themes: what compounds split on. */
export function vocabularyOf(items: readonly ThemeItem[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const item of items)
    for (const word of tokenize([itemText(item), ...(item.themes ?? [])].join(' ')))
      if (word.length >= 4) vocabulary.add(word);
  return vocabulary;
}

// ---- themes people gave ----

/** The key two theme names are compared by: `Kennis  Deling` and `kennis deling` are the same theme. */
export function themeKey(name: string): string {
  return normalize(name).trim().replace(/\s+/g, ' ');
}

const byWeight = <T extends { partnerIds: string[]; itemIds: string[]; name: string }>(a: T, b: T) =>
  b.partnerIds.length - a.partnerIds.length ||
  b.itemIds.length - a.itemIds.length ||
  a.name.localeCompare(b.name, 'nl');

/** The themes the items carry, the most shared first. */
export function taggedThemes(items: readonly ThemeItem[]): TaggedTheme[] {
  const themes = new Map<string, TaggedTheme>();
  for (const item of items)
    for (const name of item.themes ?? []) {
      const key = themeKey(name);
      if (!key) continue;
      let theme = themes.get(key);
      if (!theme) themes.set(key, (theme = { key, name: name.trim(), partnerIds: [], itemIds: [] }));
      if (!theme.partnerIds.includes(item.partnerId)) theme.partnerIds.push(item.partnerId);
      if (!theme.itemIds.includes(item.id)) theme.itemIds.push(item.id);
    }
  return [...themes.values()].sort(byWeight);
}

/**
 * `themes` with `from` renamed to `to` (or merged into `to` when the item
 * already has it), or `undefined` when the item does not carry `from`.
 */
export function replaceTheme(themes: readonly string[] | undefined, from: string, to: string): string[] | undefined {
  const fromKey = themeKey(from);
  const name = to.trim();
  if (!themes?.some((t) => themeKey(t) === fromKey) || !themeKey(name)) return undefined;
  const out: string[] = [];
  for (const theme of themes) {
    const next = themeKey(theme) === fromKey ? name : theme;
    if (!out.some((t) => themeKey(t) === themeKey(next))) out.push(next);
  }
  return out;
}

/** `themes` with `name` added, or `undefined` when it is already there. */
export function addTheme(themes: readonly string[] | undefined, name: string): string[] | undefined {
  const key = themeKey(name);
  if (!key || themes?.some((t) => themeKey(t) === key)) return undefined;
  return [...(themes ?? []), name.trim()];
}

// ---- suggestions from the texts ----

interface Analysed {
  item: ThemeItem;
  /** Stems of the item's text, with the words they came from. */
  text: Term[];
  /** Stems of each theme the item carries. */
  tags: Array<{ name: string; stems: Set<string> }>;
}

function analyse(items: readonly ThemeItem[], vocabulary = vocabularyOf(items)): Analysed[] {
  return items.map((item) => ({
    item,
    text: terms(itemText(item), vocabulary),
    tags: (item.themes ?? [])
      .filter((name) => themeKey(name))
      .map((name) => ({ name: name.trim(), stems: new Set(terms(name, vocabulary).map((t) => t.stem)) })),
  }));
}

const mostFrequent = (counts: Map<string, number>): string | undefined =>
  [...counts].reduce<[string, number] | undefined>(
    (best, next) => (!best || next[1] > best[1] ? next : best),
    undefined,
  )?.[0];

const count = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/**
 * Themes suggested by the texts: words (stems) that the items of at least
 * `minPartners` different partners share. A shared part of a compound is
 * named after the compound when every item behind it has all its parts
 * (`kennisdeling` and `kennis delen` meet as `kennisdeling`). A suggestion
 * that an existing theme already covers on every item behind it is left out;
 * one that meets an existing theme on some items is named after that theme,
 * so confirming it adds that theme to the other items. Suggestions with the
 * same name are one. The most shared first.
 */
export function suggestThemes(
  items: readonly ThemeItem[],
  { minPartners = 2 }: { minPartners?: number } = {},
): ThemeSuggestion[] {
  const analysed = analyse(items);

  interface Occurrence {
    items: Set<Analysed>;
    partners: Set<string>;
    words: Map<string, number>;
  }
  const byStem = new Map<string, Occurrence>();
  const stemsOf = new Map<Analysed, Set<string>>();
  const compounds = new Map<string, { stems: string[]; count: number }>();
  const occur = (stemmed: string, entry: Analysed, word?: string) => {
    let occurrence = byStem.get(stemmed);
    if (!occurrence) byStem.set(stemmed, (occurrence = { items: new Set(), partners: new Set(), words: new Map() }));
    occurrence.items.add(entry);
    occurrence.partners.add(entry.item.partnerId);
    if (word) count(occurrence.words, word);
    stemsOf.get(entry)!.add(stemmed);
  };
  for (const entry of analysed) {
    stemsOf.set(entry, new Set());
    const parts = new Map<string, string[]>();
    for (const term of entry.text) {
      occur(term.stem, entry, term.word);
      if (term.compound) parts.set(term.compound, [...(parts.get(term.compound) ?? []), term.stem]);
    }
    for (const tag of entry.tags) for (const stemmed of tag.stems) occur(stemmed, entry);
    for (const [compound, stems] of parts)
      compounds.set(compound, { stems, count: (compounds.get(compound)?.count ?? 0) + 1 });
  }

  const suggestions = new Map<string, ThemeSuggestion>();
  for (const [stemmed, occurrence] of byStem) {
    // Enough partners, and some text uses it (themes alone are not a suggestion).
    if (occurrence.partners.size < minPartners || occurrence.words.size === 0) continue;
    const behind = [...occurrence.items];
    const coveredBy = (entry: Analysed) => entry.tags.filter((tag) => tag.stems.has(stemmed));
    if (behind.every((entry) => coveredBy(entry).length > 0)) continue;

    const tagCounts = new Map<string, number>();
    for (const entry of behind) for (const tag of coveredBy(entry)) count(tagCounts, tag.name);
    const compoundCounts = new Map<string, number>();
    for (const [compound, c] of compounds)
      if (c.stems.includes(stemmed) && behind.every((entry) => c.stems.every((s) => stemsOf.get(entry)!.has(s))))
        compoundCounts.set(compound, c.count);
    const word = mostFrequent(occurrence.words)!;
    const existing = mostFrequent(tagCounts);
    const name = existing ?? mostFrequent(compoundCounts) ?? word;

    const key = themeKey(name);
    const itemIds = behind.map((entry) => entry.item.id);
    const partnerIds = [...occurrence.partners];
    const same = suggestions.get(key);
    if (same) {
      same.itemIds = [...new Set([...same.itemIds, ...itemIds])];
      same.partnerIds = [...new Set([...same.partnerIds, ...partnerIds])];
      if (!same.words.includes(word)) same.words.push(word);
    } else suggestions.set(key, { key, name, existing: existing !== undefined, partnerIds, itemIds, words: [word] });
  }
  return [...suggestions.values()].sort(byWeight);
}

// ---- get and bring ----

/**
 * For each contribution that a partner comes to get, the contributions that
 * other partners bring that match it: by a theme both carry, or (as a
 * suggestion) by words both texts share. `corpus` (all interests and
 * contributions) provides the words that compounds split on. Brings are
 * found through an index of their theme keys and stems, so only those that
 * share something with a get are compared with it.
 */
export function matchGetsAndBrings(
  contributions: readonly Contribution[],
  corpus: readonly ThemeItem[] = contributions,
): GetMatches[] {
  const vocabulary = vocabularyOf(corpus);
  // Each contribution once: its tags by key, and its stems with the word or tag they came from.
  const prepared = new Map(
    analyse(contributions, vocabulary).map((a) => {
      const stems = new Map<string, string>();
      for (const tag of a.tags) for (const s of tag.stems) stems.set(s, tag.name);
      for (const term of a.text) stems.set(term.stem, term.word);
      const tagKeys = new Set(a.tags.map((tag) => themeKey(tag.name)));
      return [a.item.id, { tags: a.tags, tagKeys, stems }];
    }),
  );
  // The brings (by their position) that carry a theme key or a stem.
  const byTag = new Map<string, number[]>();
  const byStem = new Map<string, number[]>();
  const index = (map: Map<string, number[]>, key: string, at: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [at]);
    else if (list.at(-1) !== at) list.push(at);
  };
  const brings = contributions.filter((c) => c.direction === 'bring');
  brings.forEach((bring, at) => {
    const { tagKeys, stems } = prepared.get(bring.id)!;
    for (const key of tagKeys) index(byTag, key, at);
    for (const s of stems.keys()) index(byStem, s, at);
  });
  return contributions
    .filter((c) => c.direction === 'get')
    .map((get) => {
      const getPrepared = prepared.get(get.id)!;
      const candidates = new Set<number>();
      for (const key of getPrepared.tagKeys) for (const at of byTag.get(key) ?? []) candidates.add(at);
      for (const s of getPrepared.stems.keys()) for (const at of byStem.get(s) ?? []) candidates.add(at);
      const matches: BringMatch[] = [];
      for (const at of [...candidates].sort((x, y) => x - y)) {
        const bring = brings[at];
        if (bring.partnerId === get.partnerId) continue;
        const bringPrepared = prepared.get(bring.id)!;
        const sharedTags = getPrepared.tags.filter((tag) => bringPrepared.tagKeys.has(themeKey(tag.name)));
        const tagStems = new Set(sharedTags.flatMap((tag) => [...tag.stems]));
        const found: string[] = [];
        for (const [s, word] of bringPrepared.stems)
          if (getPrepared.stems.has(s) && !tagStems.has(s) && !found.includes(word)) found.push(word);
        if (sharedTags.length || found.length)
          matches.push({ bring, themes: sharedTags.map((tag) => tag.name), words: found });
      }
      matches.sort((a, b) => b.themes.length - a.themes.length || b.words.length - a.words.length);
      return { get, matches };
    });
}
