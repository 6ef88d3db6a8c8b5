import type { BringMatch, FoundMatches } from './matches.js';
import { byWeight, themeKey, type ThemeItem } from './themes.js';
import type { Contribution } from './types.js';
import { stemKey, terms, type Term } from './words.js';

/**
 * The text analysis of the flip-over, loaded with it (it holds the stop words
 * and the stemmer, which nothing else needs): themes suggested from what
 * partners wrote, and matches of what one partner comes to get with what
 * another brings. Whole words only (stop words and generic words in Dutch and
 * English left out, lightly stemmed so that plural and singular, verb and
 * noun meet): `wijkverpleging` does not meet `wijk`. Both are found through
 * an index of stems, so the work grows with the length of the texts, not
 * with the number of pairs of items. `Derived.commonGround()` runs them once
 * per snapshot, and only when their inputs changed. Pure functions, no DOM.
 */

/** A theme found in the texts: only a suggestion until someone confirms it. */
export interface ThemeSuggestion {
  /**
   * Compare suggestions by this key: the stems of the name (`suggestionKey`),
   * so that a dismissal of `studenten` also holds for `student`.
   */
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

/** The key a suggested theme is known by, also when dismissed: the stems of its name. */
export const suggestionKey = (name: string): string => stemKey(name);

// ---- suggestions from the texts ----

/** What the analyses read of one item: the terms of its texts, and the stems of each theme it carries. */
export interface Analysed {
  /** Stems of the item's text and motivation, with the words they came from. */
  text: readonly Term[];
  /** Stems of each theme the item carries. */
  tags: ReadonlyArray<{ name: string; key: string; stems: ReadonlySet<string> }>;
}

/**
 * Each item read once: a snapshot keeps unchanged items as the same objects,
 * so after a keystroke only the item typed in is read again.
 */
const analysedItems = new WeakMap<ThemeItem, Analysed>();

/** The terms and tag stems of `item`, read once per item object. */
export function analyse(item: ThemeItem): Analysed {
  let analysed = analysedItems.get(item);
  if (!analysed) {
    analysed = {
      text: terms(`${item.text} ${item.motivation ?? ''}`),
      tags: (item.themes ?? [])
        .filter((name) => themeKey(name))
        .map((name) => ({
          name: name.trim(),
          key: themeKey(name),
          stems: new Set(terms(name).map((t) => t.stem)),
        })),
    };
    analysedItems.set(item, analysed);
  }
  return analysed;
}

const mostFrequent = (counts: Map<string, number>): string | undefined =>
  [...counts].reduce<[string, number] | undefined>(
    (best, next) => (!best || next[1] > best[1] ? next : best),
    undefined,
  )?.[0];

const count = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/**
 * Themes suggested by the texts: whole words (by stem) that the items of at
 * least `minPartners` different partners use. Found through an index of
 * stems, so the work grows with the length of the texts, not with the number
 * of pairs of items. A suggestion that an existing theme already covers on
 * every item behind it is left out; one that meets an existing theme on some
 * items is named after that theme, so confirming it adds that theme to the
 * other items (a theme covers a word it has as a part, too: `vroegsignalering`
 * covers `signalen`). Suggestions with the same key are one. The most shared first.
 */
export function suggestThemes(
  items: readonly ThemeItem[],
  { minPartners = 2 }: { minPartners?: number } = {},
): ThemeSuggestion[] {
  interface Occurrence {
    items: ThemeItem[];
    partners: Set<string>;
    words: Map<string, number>;
  }
  const byStem = new Map<string, Occurrence>();
  const occur = (stemmed: string, item: ThemeItem, word?: string) => {
    let occurrence = byStem.get(stemmed);
    if (!occurrence) byStem.set(stemmed, (occurrence = { items: [], partners: new Set(), words: new Map() }));
    if (occurrence.items.at(-1) !== item) occurrence.items.push(item);
    occurrence.partners.add(item.partnerId);
    if (word) count(occurrence.words, word);
  };
  for (const item of items) {
    const { text, tags } = analyse(item);
    for (const term of text) occur(term.stem, item, term.word);
    for (const tag of tags) for (const stemmed of tag.stems) occur(stemmed, item);
  }

  const suggestions = new Map<string, ThemeSuggestion>();
  for (const [stemmed, occurrence] of byStem) {
    // Enough partners, and some text uses it (themes alone are not a suggestion).
    if (occurrence.partners.size < minPartners || occurrence.words.size === 0) continue;
    // A theme covers the word when it has the word, or has it as a part (`vroegsignalering` covers `signalen`).
    const coveredBy = (item: ThemeItem) =>
      analyse(item).tags.filter((tag) => tag.stems.has(stemmed) || (stemmed.length >= 4 && tag.key.includes(stemmed)));
    if (occurrence.items.every((item) => coveredBy(item).length > 0)) continue;

    const tagCounts = new Map<string, number>();
    for (const item of occurrence.items) for (const tag of coveredBy(item)) count(tagCounts, tag.name);
    const word = mostFrequent(occurrence.words)!;
    const existing = mostFrequent(tagCounts);
    const name = existing ?? word;

    const key = suggestionKey(name);
    const itemIds = occurrence.items.map((item) => item.id);
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
 * A stem used by more brings than this (and by more than a quarter of them)
 * says too little to propose a match on its own; it still counts for a match
 * found through another word or a theme.
 */
const COMMON = 20;

/**
 * What other partners bring that meets what a partner comes to get: by a
 * theme both carry, or by whole words both texts use (not a shared part of a
 * compound: `wijkverpleging` does not meet `wijk`). Ranked: shared themes
 * count most, then shared words, a rare word more than a common one. The
 * brings are indexed by their theme keys and stems once; a get is compared
 * only with the brings that share something with it, and only when its
 * matches are asked for (the canvas shows the first gets), then kept.
 */
export function matchGetsAndBrings(contributions: readonly Contribution[]): FoundMatches {
  const brings = contributions.filter((c) => c.direction === 'bring');
  const gets = new Map(contributions.filter((c) => c.direction === 'get').map((c) => [c.id, c]));
  const byTag = new Map<string, number[]>();
  const byStem = new Map<string, number[]>();
  const stemsOf: ReadonlySet<string>[] = [];
  const index = (map: Map<string, number[]>, key: string, at: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [at]);
    else if (list.at(-1) !== at) list.push(at);
  };
  brings.forEach((bring, at) => {
    const { text, tags } = analyse(bring);
    for (const tag of tags) index(byTag, tag.key, at);
    const stems = new Set(text.map((t) => t.stem));
    for (const s of stems) index(byStem, s, at);
    stemsOf.push(stems);
  });
  const common = Math.max(COMMON, brings.length / 4);
  const weight = (s: string) => Math.log((brings.length + 1) / ((byStem.get(s)?.length ?? 0) + 1)) + 1;

  /** The brings (by position) that share a theme or a telling word with `get`, in the order found. */
  function* candidates(get: Contribution): Generator<number> {
    const { text, tags } = analyse(get);
    for (const tag of tags) yield* byTag.get(tag.key) ?? [];
    for (const term of text) {
      const list = byStem.get(term.stem);
      if (list && list.length <= common) yield* list;
    }
  }

  const found = new Map<string, readonly BringMatch[]>();
  return {
    of(getId) {
      const known = found.get(getId);
      if (known) return known;
      const get = gets.get(getId);
      if (!get) return [];
      const { text, tags } = analyse(get);
      const words = new Map<string, string>();
      for (const term of text) if (!words.has(term.stem)) words.set(term.stem, term.word);
      const scored: { match: BringMatch; score: number; at: number }[] = [];
      for (const at of new Set(candidates(get))) {
        const bring = brings[at];
        if (bring.partnerId === get.partnerId) continue;
        const bringTags = analyse(bring).tags;
        const themes = tags.filter((tag) => bringTags.some((b) => b.key === tag.key)).map((tag) => tag.name);
        const shared = [...words].filter(([s]) => stemsOf[at].has(s));
        const score = 4 * themes.length + shared.reduce((sum, [s]) => sum + weight(s), 0);
        scored.push({ match: { bring, themes, words: shared.map(([, word]) => word) }, score, at });
      }
      scored.sort((a, b) => b.score - a.score || a.at - b.at);
      const matches = scored.map((m) => m.match);
      found.set(getId, matches);
      return matches;
    },
    any(getId, except) {
      const get = gets.get(getId);
      if (!get) return false;
      for (const at of candidates(get))
        if (brings[at].partnerId !== get.partnerId && !except?.has(brings[at].id)) return true;
      return false;
    },
  };
}

/**
 * The analyses, as `Derived.commonGround()` takes them: an element that shows
 * suggestions or matches imports this (and so loads the analysis) and passes it.
 */
export const textAnalysis = { suggestThemes, matchGetsAndBrings, suggestionKey } as const;
export type TextAnalysis = typeof textAnalysis;
