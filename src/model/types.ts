/**
 * The workshop file, format version 1: the public, plain-JSON shape of one
 * Netwerkambitie workshop. Hosts read and write it; the store keeps it in Yjs.
 */

import {
  AMBITION_PARTS,
  CONSENTS,
  DIRECTIONS,
  KINDS,
  LIMITS,
  SCOPES,
  STEPS,
  VERDICTS,
  type EntityOf,
} from './schema.js';

export const FORMAT = 'netwerkambitie';
export const VERSION = 1;

export { AMBITION_PARTS, CONSENTS, DIRECTIONS, KINDS, LIMITS, SCOPES, STEPS, VERDICTS };

export type Step = (typeof STEPS)[number];
/** Whose interest: the partner as organisation, its representative, or the collaboration. */
export type Scope = (typeof SCOPES)[number];
/** A wish is negotiable, a demand is not. */
export type Kind = (typeof KINDS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Consent = (typeof CONSENTS)[number];
/** The four things a shared ambition records. */
export type AmbitionPart = (typeof AMBITION_PARTS)[number];
/** What people decided about a suggested match of a get and a bring. */
export type Verdict = (typeof VERDICTS)[number];

export type Partner = EntityOf<'partners'>;
export type Interest = EntityOf<'interests'>;
export type Contribution = EntityOf<'contributions'>;
export type Question = EntityOf<'questions'>;
export type Tension = EntityOf<'tensions'>;
export type Draft = EntityOf<'drafts'>;
export type Action = EntityOf<'actions'>;
/** A get and a bring that people confirmed as a match, or dismissed. */
export type Match = EntityOf<'matches'>;
/** A suggested theme that people dismissed: it is not suggested again, on any device. */
export type DismissedTheme = EntityOf<'dismissedThemes'>;

export interface Ambition {
  problem?: string;
  solution?: string;
  opportunities?: string;
  form?: string;
  drafts: Draft[];
  statement?: string;
}

export interface FollowUp {
  notes?: string;
  actions: Action[];
}

export interface WorkshopFile {
  format: typeof FORMAT;
  version: typeof VERSION;
  title: string;
  step: Step;
  revealed: boolean;
  partners: Partner[];
  interests: Interest[];
  contributions: Contribution[];
  questions: Question[];
  tensions: Tension[];
  /** Get/bring matches people confirmed or dismissed (absent in a file: none). */
  matches: Match[];
  /** Suggested themes people dismissed (absent in a file: none). */
  dismissedThemes: DismissedTheme[];
  ambition: Ambition;
  followUp: FollowUp;
  updatedAt?: string;
}

/** An item that questions and tensions can point at. */
export type Item = Interest | Contribution;

export const isInterest = (item: Item): item is Interest => 'scope' in item;

/** A workshop with nothing in it yet. */
export function emptyWorkshop(): WorkshopFile {
  return {
    format: FORMAT,
    version: VERSION,
    title: '',
    step: 1,
    revealed: false,
    partners: [],
    interests: [],
    contributions: [],
    questions: [],
    tensions: [],
    matches: [],
    dismissedThemes: [],
    ambition: { drafts: [] },
    followUp: { actions: [] },
  };
}
