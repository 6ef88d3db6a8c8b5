import { consentStatus, type ConsentStatus } from './consent.js';
import type { TextAnalysis, ThemeSuggestion } from './analysis.js';
import {
  confirmedMatches,
  judgedMatches,
  networkLinks,
  verdicts,
  type ConfirmedMatch,
  type GetMatches,
  type NetworkLink,
} from './matches.js';
import { ofPartner } from './schema.js';
import { taggedThemes, type TaggedTheme } from './themes.js';
import {
  isInterest,
  LIMITS,
  type Contribution,
  type Direction,
  type DismissedTheme,
  type Draft,
  type Interest,
  type Item,
  type Partner,
  type Step,
  type WorkshopFile,
} from './types.js';

/**
 * What the workshop's rules and analyses make of a snapshot: progress,
 * limits, themes, get/bring matches and where each consent round stands.
 * Computed once per snapshot and only when asked for; a part whose inputs did
 * not change (the same entities) is taken from the snapshot before, so typing
 * in the ambition does not analyse the cards again. Pure, no DOM.
 */
export interface Derived {
  /** A partner by id. */
  partner(id: string): Partner | undefined;
  /** Every interest and contribution by id. */
  readonly items: ReadonlyMap<string, Item>;
  /** A partner's interests, in order. */
  interestsOf(partnerId: string): readonly Interest[];
  /** A partner's contributions, in order; only those of `direction` when given. */
  contributionsOf(partnerId: string, direction?: Direction): readonly Contribution[];
  /** How far one partner is with its own card (steps 1 and 2). */
  progress(partnerId: string): PartnerProgress;
  /** How far the workshop is with a step: `done` of `total` (partners, questions, or parts). */
  stepProgress(step: Step): { done: number; total: number };
  /** Whether a partner has as many interests and contributions as a workshop file holds. */
  full(partnerId: string): boolean;
  /** The themes people gave, the most shared first. */
  readonly themes: readonly TaggedTheme[];
  /** The names of the themes people gave, alphabetical; the same array while the names stay the same. */
  readonly themeNames: readonly string[];
  /**
   * What the texts suggest on the flip-over: themes and get/bring matches,
   * with what people decided about them. Computed with `analysis` (import
   * `textAnalysis` from `analysis.ts`, which loads the stop words and the
   * stemmer only where they are used), once per snapshot and only when its
   * inputs changed.
   */
  commonGround(analysis: TextAnalysis): CommonGround;
  /** The get/bring matches people confirmed, in the workshop's order of gets. */
  readonly confirmedMatches: readonly ConfirmedMatch[];
  /**
   * What ties partners together, for a picture of the network: per pair of
   * partners (in the workshop's order), the themes that items of both carry
   * and the get/bring matches people confirmed between them. Pairs with
   * nothing between them are left out; the same array while its inputs stay.
   */
  readonly links: readonly NetworkLink[];
  /** Where the consent round on `draft` stands. */
  consent(draft: Draft): ConsentStatus;
}

/** What the texts suggest on the flip-over, with what people decided about it. */
export interface CommonGround {
  /** Themes the texts suggest, shared by at least two partners; those dismissed (on any device) left out. */
  readonly suggestions: readonly ThemeSuggestion[];
  /** Themes the texts suggest that people dismissed, so they can be brought back. */
  readonly dismissedSuggestions: readonly ThemeSuggestion[];
  /**
   * For each thing a partner comes to get (in the workshop's order), who
   * brings something that meets it: the matches people confirmed first, then
   * the suggestions nobody judged yet, the best first; dismissed ones apart.
   */
  readonly matches: readonly GetMatches[];
}

/** How far one partner is with filling in its own card (steps 1 and 2). */
export interface PartnerProgress {
  /** Named an own interest (organisation) and an overarching interest (shared), each a wish or a demand. */
  interests: boolean;
  /** Said what it comes to get and what it comes to bring. */
  contributions: boolean;
}

const filled = (text: string | undefined) => !!text && text.trim().length > 0;

/** Whether an item is complete: it has text, and an interest is a wish or a demand. */
const complete = (item: Item): boolean => filled(item.text) && (!isInterest(item) || item.kind !== undefined);

/** The last inputs and output of one computation: the output again while the inputs are the same objects. */
function remembered<A extends readonly unknown[], R>(compute: (...inputs: A) => R): (...inputs: A) => R {
  let last: { inputs: A; value: R } | undefined;
  return (...inputs: A) => {
    if (last && last.inputs.length === inputs.length && last.inputs.every((v, i) => v === inputs[i])) return last.value;
    const value = compute(...inputs);
    last = { inputs, value };
    return value;
  };
}

/** Items grouped by partner; a partner's list keeps its identity while its items stay the same. */
function grouper<T extends Item>() {
  let known = new Map<string, readonly T[]>();
  return remembered((items: readonly T[]) => {
    const groups = new Map<string, T[]>();
    for (const item of items) {
      let group = groups.get(item.partnerId);
      if (!group) groups.set(item.partnerId, (group = []));
      group.push(item);
    }
    const next = new Map<string, readonly T[]>();
    for (const [partnerId, group] of groups) {
      const before = known.get(partnerId);
      next.set(
        partnerId,
        before && before.length === group.length && before.every((e, i) => e === group[i]) ? before : group,
      );
    }
    return (known = next);
  });
}

/**
 * A deriver: one per store (or per page), so that what it remembers follows
 * one workshop as it changes.
 */
export function deriver(): (file: WorkshopFile) => Derived {
  const perSnapshot = new WeakMap<WorkshopFile, Derived>();
  const interestsByPartner = grouper<Interest>();
  const contributionsByPartner = grouper<Contribution>();
  const progressOf = new WeakMap<readonly Item[], boolean>();
  const none: readonly never[] = Object.freeze([]);
  const itemsById = remembered(
    (interests: readonly Interest[], contributions: readonly Contribution[]) =>
      new Map<string, Item>([...interests, ...contributions].map((item) => [item.id, item])),
  );
  const themes = remembered((interests: readonly Interest[], contributions: readonly Contribution[]) =>
    taggedThemes([...interests, ...contributions]),
  );
  let names: readonly string[] = none;
  const themeNames = remembered((tagged: readonly TaggedTheme[]) => {
    const next = tagged.map((theme) => theme.name).sort((a, b) => a.localeCompare(b, 'nl'));
    return next.length === names.length && next.every((name, i) => name === names[i]) ? names : (names = next);
  });
  const allSuggestions = remembered(
    (analysis: TextAnalysis, interests: readonly Interest[], contributions: readonly Contribution[]) =>
      analysis.suggestThemes([...interests, ...contributions]),
  );
  const dismissedKeys = remembered(
    (analysis: TextAnalysis, dismissed: readonly DismissedTheme[]) =>
      new Set(dismissed.map((d) => analysis.suggestionKey(d.name))),
  );
  const openSuggestions = remembered((all: readonly ThemeSuggestion[], keys: ReadonlySet<string>) =>
    keys.size ? all.filter((s) => !keys.has(s.key)) : all,
  );
  const dismissedSuggestions = remembered((all: readonly ThemeSuggestion[], keys: ReadonlySet<string>) =>
    keys.size ? all.filter((s) => keys.has(s.key)) : none,
  );
  const found = remembered((analysis: TextAnalysis, contributions: readonly Contribution[]) =>
    analysis.matchGetsAndBrings(contributions),
  );
  const contributionsById = remembered(
    (contributions: readonly Contribution[]) => new Map<string, Item>(contributions.map((c) => [c.id, c])),
  );
  const judged = remembered(verdicts);
  const matches = remembered(judgedMatches);
  const confirmed = remembered(confirmedMatches);
  const links = remembered(networkLinks);
  const partnersById = remembered((partners: readonly Partner[]) => new Map(partners.map((p) => [p.id, p])));
  const consents = new WeakMap<Draft, { partners: readonly Partner[]; status: ConsentStatus }>();

  return (file) => {
    let derived = perSnapshot.get(file);
    if (derived) return derived;
    const interestsOf = (id: string) => interestsByPartner(file.interests).get(id) ?? none;
    const judgedOf = () => judged(file.matches, contributionsById(file.contributions));
    const allContributionsOf = (id: string) => contributionsByPartner(file.contributions).get(id) ?? none;
    /** Whether `list` (one partner's items, whose identity stays while they do) is done by `rule`. */
    const done = (list: readonly Item[], rule: (list: readonly Item[]) => boolean) => {
      let value = progressOf.get(list);
      if (value === undefined) progressOf.set(list, (value = rule(list)));
      return value;
    };
    const both =
      <K extends 'scope' | 'direction'>(key: K, a: string, b: string) =>
      (list: readonly Item[]) => {
        const values = new Set(list.filter(complete).map((i) => (i as Record<K, unknown>)[key]));
        return values.has(a) && values.has(b);
      };
    const progress = (id: string): PartnerProgress => ({
      interests: done(interestsOf(id), both('scope', 'organisation', 'shared')),
      contributions: done(allContributionsOf(id), both('direction', 'get', 'bring')),
    });
    derived = {
      partner: (id) => partnersById(file.partners).get(id),
      get items() {
        return itemsById(file.interests, file.contributions);
      },
      interestsOf,
      contributionsOf: (id, direction) => {
        const all = allContributionsOf(id);
        return direction ? all.filter((c) => c.direction === direction) : all;
      },
      progress,
      stepProgress: (step) => {
        const partners = file.partners;
        switch (step) {
          case 1:
          case 2: {
            const key = step === 1 ? 'interests' : 'contributions';
            return { done: partners.filter((p) => progress(p.id)[key]).length, total: partners.length };
          }
          case 3:
            return { done: file.questions.filter((q) => filled(q.answer)).length, total: file.questions.length };
          case 4: {
            const draft = file.ambition.drafts.at(-1);
            return {
              done: draft ? partners.filter((p) => ofPartner(draft.consent, p.id)).length : 0,
              total: partners.length,
            };
          }
          case 5: {
            const parts = [
              filled(file.ambition.statement),
              file.followUp.actions.length > 0,
              filled(file.followUp.notes),
            ];
            return { done: parts.filter(Boolean).length, total: parts.length };
          }
        }
      },
      full: (id) => interestsOf(id).length + allContributionsOf(id).length >= LIMITS.itemsPerPartner,
      get themes() {
        return themes(file.interests, file.contributions);
      },
      get themeNames() {
        return themeNames(themes(file.interests, file.contributions));
      },
      commonGround: (analysis) => ({
        get suggestions() {
          const all = allSuggestions(analysis, file.interests, file.contributions);
          return openSuggestions(all, dismissedKeys(analysis, file.dismissedThemes));
        },
        get dismissedSuggestions() {
          const all = allSuggestions(analysis, file.interests, file.contributions);
          return dismissedSuggestions(all, dismissedKeys(analysis, file.dismissedThemes));
        },
        get matches() {
          return matches(file.contributions, found(analysis, file.contributions), judgedOf());
        },
      }),
      get confirmedMatches() {
        return confirmed(file.contributions, judgedOf());
      },
      get links() {
        return links(
          file.partners,
          themes(file.interests, file.contributions),
          confirmed(file.contributions, judgedOf()),
        );
      },
      consent: (draft) => {
        const known = consents.get(draft);
        if (known?.partners === file.partners) return known.status;
        const status = consentStatus(file, draft);
        consents.set(draft, { partners: file.partners, status });
        return status;
      },
    };
    perSnapshot.set(file, derived);
    return derived;
  };
}
