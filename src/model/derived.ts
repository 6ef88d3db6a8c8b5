import { consentStatus, type ConsentStatus } from './consent.js';
import { ofPartner } from './schema.js';
import type * as Themes from './themes.js';
import type { GetMatches, TaggedTheme, ThemeSuggestion } from './themes.js';
import {
  LIMITS,
  type Contribution,
  type Direction,
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
  /** Themes the texts suggest, shared by at least two partners. */
  readonly suggestions: readonly ThemeSuggestion[];
  /** For each thing a partner comes to get, who brings something that matches. */
  readonly matches: readonly GetMatches[];
  /** Where the consent round on `draft` stands. */
  consent(draft: Draft): ConsentStatus;
}

/** How far one partner is with filling in its own card (steps 1 and 2). */
export interface PartnerProgress {
  /** Named an own interest (organisation) and an overarching interest (shared). */
  interests: boolean;
  /** Said what it comes to get and what it comes to bring. */
  contributions: boolean;
}

const filled = (text: string | undefined) => !!text && text.trim().length > 0;

/** The analyses of `themes.ts` that `derive()` uses. */
export type ThemeAnalysis = Pick<typeof Themes, 'taggedThemes' | 'suggestThemes' | 'matchGetsAndBrings'>;

let themeAnalysis: ThemeAnalysis | undefined;

/**
 * Gives `derive()` its theme analysis. The elements do this as they load
 * (`NaElement`), so that the store, which comes with the first download,
 * does not bring the analysis along before anything shows themes.
 */
export function analyseThemesWith(analysis: ThemeAnalysis): void {
  themeAnalysis = analysis;
}

function analysed(): ThemeAnalysis {
  if (!themeAnalysis)
    throw new Error('netwerkambitie: themes are analysed once an element is loaded (see analyseThemesWith).');
  return themeAnalysis;
}

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
    analysed().taggedThemes([...interests, ...contributions]),
  );
  let names: readonly string[] = none;
  const themeNames = remembered((tagged: readonly TaggedTheme[]) => {
    const next = tagged.map((theme) => theme.name).sort((a, b) => a.localeCompare(b, 'nl'));
    return next.length === names.length && next.every((name, i) => name === names[i]) ? names : (names = next);
  });
  const suggestions = remembered((interests: readonly Interest[], contributions: readonly Contribution[]) =>
    analysed().suggestThemes([...interests, ...contributions]),
  );
  const matches = remembered((interests: readonly Interest[], contributions: readonly Contribution[]) =>
    analysed().matchGetsAndBrings(contributions, [...interests, ...contributions]),
  );
  const partnersById = remembered((partners: readonly Partner[]) => new Map(partners.map((p) => [p.id, p])));
  const consents = new WeakMap<Draft, { partners: readonly Partner[]; status: ConsentStatus }>();

  return (file) => {
    let derived = perSnapshot.get(file);
    if (derived) return derived;
    const interestsOf = (id: string) => interestsByPartner(file.interests).get(id) ?? none;
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
        const values = new Set(list.filter((i) => filled(i.text)).map((i) => (i as Record<K, unknown>)[key]));
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
      get suggestions() {
        return suggestions(file.interests, file.contributions);
      },
      get matches() {
        return matches(file.interests, file.contributions);
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
