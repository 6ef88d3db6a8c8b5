/**
 * Themes people gave: the tags on interests and contributions
 * (`item.themes`), compared whatever their case, accents or spacing, with the
 * partners and items that carry them; renaming and merging them. Suggestions
 * from the texts are in `analysis.ts`, which loads with the flip-over. Pure
 * functions, no DOM.
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

/** Lower case, without accents (`coördinator` → `coordinator`) and apostrophes (`collega's` → `collegas`). */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '');
}

// ---- themes people gave ----

/** The key two theme names are compared by: `Kennis  Deling` and `kennis deling` are the same theme. */
export function themeKey(name: string): string {
  return normalize(name).trim().replace(/\s+/g, ' ');
}

export const byWeight = <T extends { partnerIds: string[]; itemIds: string[]; name: string }>(a: T, b: T) =>
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
