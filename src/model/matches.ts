import {
  isInterest,
  type Contribution,
  type Item,
  type Match,
  type Partner,
  type Verdict,
  type WorkshopFile,
} from './types.js';

/**
 * Get and bring: for what a partner comes to get, what other partners bring
 * that meets it. Found in the texts and themes (a suggestion, see
 * `analysis.ts`), then confirmed or dismissed by people (`Match` in the
 * workshop). Pure functions, no DOM.
 */

/** Something a partner brings that may meet what another partner comes to get. */
export interface BringMatch {
  bring: Contribution;
  /** Themes (given by people) both carry. */
  themes: string[];
  /** Whole words (by stem) both texts use. */
  words: string[];
  /** What people decided; absent while it is only a suggestion. */
  verdict?: Verdict;
}

/** One thing a partner comes to get, and who brings something that meets it. */
export interface GetMatches {
  readonly get: Contribution;
  /**
   * Whether anything meets it: a confirmed match, or a suggestion nobody
   * dismissed (known without ranking them all).
   */
  readonly matched: boolean;
  /** Confirmed matches first, then suggestions, the best first; dismissed ones left out (ranked when first read). */
  readonly matches: readonly BringMatch[];
  /** Suggestions that people dismissed, so they can be brought back. */
  readonly dismissed: readonly BringMatch[];
}

/** The matches the texts suggest (see `analysis.ts`): per get, ranked when first asked for. */
export interface FoundMatches {
  /** What other partners bring that meets get `getId`, the best first. */
  of(getId: string): readonly BringMatch[];
  /** Whether something another partner brings meets get `getId`, leaving out the brings in `except`. */
  any(getId: string, except?: ReadonlySet<string>): boolean;
}

/** A match people confirmed: what `bring` brings meets what `get` comes to get. */
export interface ConfirmedMatch {
  get: Contribution;
  bring: Contribution;
}

/**
 * What ties two partners together, for a picture of the network: the themes
 * (given by people) that items of both carry, and the matches people
 * confirmed between them, in either direction.
 */
export interface NetworkLink {
  /** The two partners, in the workshop's order of partners. */
  partnerIds: [string, string];
  /** Themes both partners' items carry, the most shared in the workshop first. */
  themes: string[];
  /** Confirmed matches between the two: what one brings that the other comes to get. */
  matches: ConfirmedMatch[];
}

/** The key of a pair of a get and a bring. */
export const pairKey = (getId: string, bringId: string): string => `${getId}\u0000${bringId}`;

/**
 * What people decided about pairs of a get and a bring, by `pairKey`: the
 * last verdict in the workshop's order where two devices judged one pair. A
 * verdict on anything but a get and a bring of two different partners is
 * left out.
 */
export function verdicts(matches: readonly Match[], items: ReadonlyMap<string, Item>): Map<string, Verdict> {
  const contribution = (id: string) => {
    const item = items.get(id);
    return item && !isInterest(item) ? item : undefined;
  };
  const out = new Map<string, Verdict>();
  for (const match of matches) {
    const get = contribution(match.getId);
    const bring = contribution(match.bringId);
    if (get?.direction === 'get' && bring?.direction === 'bring' && get.partnerId !== bring.partnerId)
      out.set(pairKey(match.getId, match.bringId), match.verdict);
  }
  return out;
}

/**
 * The matrix as the canvas shows it: for each get (in the workshop's order),
 * the confirmed matches first (also one the texts no longer suggest), then
 * the suggestions that nobody judged yet, best first; dismissed ones apart.
 * A get's matches are ranked only when they are read.
 */
export function judgedMatches(
  contributions: readonly Contribution[],
  found: FoundMatches,
  judged: ReadonlyMap<string, Verdict>,
): GetMatches[] {
  const judgedOf = new Map<string, [bringId: string, verdict: Verdict][]>();
  for (const [key, verdict] of judged) {
    const [getId, bringId] = key.split('\u0000');
    judgedOf.set(getId, [...(judgedOf.get(getId) ?? []), [bringId, verdict]]);
  }
  const byId = judged.size ? new Map(contributions.map((c) => [c.id, c])) : undefined;
  return contributions
    .filter((c) => c.direction === 'get')
    .map((get) => {
      const own = judgedOf.get(get.id) ?? [];
      const dismissedIds = new Set(own.filter(([, v]) => v === 'dismissed').map(([id]) => id));
      let sorted: { matches: BringMatch[]; dismissed: BringMatch[] } | undefined;
      const sort = () => {
        if (sorted) return sorted;
        const verdictOf = new Map(own);
        const confirmed: BringMatch[] = [];
        const open: BringMatch[] = [];
        const dismissed: BringMatch[] = [];
        const put = (match: BringMatch, verdict: Verdict | undefined) =>
          verdict === 'confirmed'
            ? confirmed.push({ ...match, verdict })
            : verdict === 'dismissed'
              ? dismissed.push({ ...match, verdict })
              : open.push(match);
        for (const match of found.of(get.id)) {
          put(match, verdictOf.get(match.bring.id));
          verdictOf.delete(match.bring.id);
        }
        // Judged pairs the texts no longer suggest stay as people judged them.
        for (const [bringId, verdict] of verdictOf) put({ bring: byId!.get(bringId)!, themes: [], words: [] }, verdict);
        return (sorted = { matches: [...confirmed, ...open], dismissed });
      };
      return {
        get,
        matched: own.some(([, v]) => v === 'confirmed') || found.any(get.id, dismissedIds),
        get matches() {
          return sort().matches;
        },
        get dismissed() {
          return sort().dismissed;
        },
      };
    });
}

/** The matches people confirmed, in the workshop's order of gets, each get's brings in the workshop's order. */
export function confirmedMatches(
  contributions: readonly Contribution[],
  judged: ReadonlyMap<string, Verdict>,
): ConfirmedMatch[] {
  const position = new Map(contributions.map((c, i) => [c.id, i]));
  const out: { get: Contribution; bring: Contribution; at: [number, number] }[] = [];
  for (const [key, verdict] of judged) {
    if (verdict !== 'confirmed') continue;
    const [getId, bringId] = key.split('\u0000');
    const g = position.get(getId)!;
    const b = position.get(bringId)!;
    out.push({ get: contributions[g], bring: contributions[b], at: [g, b] });
  }
  return out.sort((x, y) => x.at[0] - y.at[0] || x.at[1] - y.at[1]).map(({ get, bring }) => ({ get, bring }));
}

/**
 * The matches people confirmed in `file`, as `Derived.confirmedMatches` has
 * them: for what reads a workshop file without a store (the exports).
 */
export function confirmedIn(file: Pick<WorkshopFile, 'contributions' | 'matches'>): ConfirmedMatch[] {
  const byId = new Map<string, Item>(file.contributions.map((c) => [c.id, c]));
  return confirmedMatches(file.contributions, verdicts(file.matches, byId));
}

/**
 * The ties between partners, for a picture of the network: per pair of
 * partners (in the workshop's order) the themes items of both carry, and the
 * confirmed matches between them. Pairs with nothing between them are left out.
 */
export function networkLinks(
  partners: readonly Partner[],
  themes: ReadonlyArray<{ name: string; partnerIds: readonly string[] }>,
  confirmed: readonly ConfirmedMatch[],
): NetworkLink[] {
  const order = new Map(partners.map((p, i) => [p.id, i]));
  const links = new Map<string, NetworkLink>();
  const link = (a: string, b: string): NetworkLink | undefined => {
    const [x, y] = (order.get(a) ?? -1) < (order.get(b) ?? -1) ? [a, b] : [b, a];
    if (x === y || !order.has(x) || !order.has(y)) return undefined;
    const key = `${x}\u0000${y}`;
    let found = links.get(key);
    if (!found) links.set(key, (found = { partnerIds: [x, y], themes: [], matches: [] }));
    return found;
  };
  for (const theme of themes)
    for (let i = 0; i < theme.partnerIds.length; i++)
      for (let j = i + 1; j < theme.partnerIds.length; j++)
        link(theme.partnerIds[i], theme.partnerIds[j])?.themes.push(theme.name);
  for (const match of confirmed) link(match.get.partnerId, match.bring.partnerId)?.matches.push(match);
  const rank = (l: NetworkLink) => order.get(l.partnerIds[0])! * partners.length + order.get(l.partnerIds[1])!;
  return [...links.values()].sort((a, b) => rank(a) - rank(b));
}
