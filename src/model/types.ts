/**
 * The workshop file, format version 1: the public, plain-JSON shape of one
 * Netwerkambitie workshop. Hosts read and write it; the store keeps it in Yjs.
 */

export const FORMAT = 'netwerkambitie';
export const VERSION = 1;

/** Limits every workshop and file keeps to. */
export const LIMITS = {
  partners: 50,
  itemsPerPartner: 200,
  textLength: 4000,
  fileBytes: 5 * 1024 * 1024,
} as const;

/** The five steps of the workshop. */
export const STEPS = [1, 2, 3, 4, 5] as const;
export type Step = (typeof STEPS)[number];

export const SCOPES = ['organisation', 'personal', 'shared'] as const;
/** Whose interest: the partner as organisation, its representative, or the collaboration. */
export type Scope = (typeof SCOPES)[number];

export const KINDS = ['wish', 'demand'] as const;
/** A wish is negotiable, a demand is not. */
export type Kind = (typeof KINDS)[number];

export const DIRECTIONS = ['get', 'bring'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const CONSENTS = ['agree', 'can-live-with', 'object'] as const;
export type Consent = (typeof CONSENTS)[number];

export const AMBITION_PARTS = ['problem', 'solution', 'opportunities', 'form'] as const;
/** The four things a shared ambition records. */
export type AmbitionPart = (typeof AMBITION_PARTS)[number];

export interface Partner {
  id: string;
  name: string;
  /** A prospective partner, not (yet) a member of the network. */
  aspirant: boolean;
}

export interface Interest {
  id: string;
  partnerId: string;
  scope: Scope;
  text: string;
  kind: Kind;
  motivation?: string;
  themes?: string[];
}

export interface Contribution {
  id: string;
  partnerId: string;
  direction: Direction;
  text: string;
  themes?: string[];
}

export interface Question {
  id: string;
  /** The interest or contribution the question is about. */
  itemId: string;
  text: string;
  answer?: string;
}

export interface Tension {
  id: string;
  itemIds: string[];
  text: string;
  resolved: boolean;
}

export interface Draft {
  id: string;
  text: string;
  /** Each partner's response, keyed by partner id. */
  consent: Record<string, Consent>;
  /** Why a partner objects, keyed by partner id. */
  reasons?: Record<string, string>;
}

export interface Ambition {
  problem?: string;
  solution?: string;
  opportunities?: string;
  form?: string;
  drafts: Draft[];
  statement?: string;
}

export interface Action {
  id: string;
  text: string;
  /** The partner id that takes the action on. */
  owner?: string;
  /** Due date, `YYYY-MM-DD`. */
  due?: string;
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
  ambition: Ambition;
  followUp: FollowUp;
  updatedAt?: string;
}

/** An item that questions and tensions can point at. */
export type Item = Interest | Contribution;

export const isInterest = (item: Item): item is Interest => 'scope' in item;

/** How many interests and contributions the partner with `partnerId` has. */
export const partnerItemCount = (file: Pick<WorkshopFile, 'interests' | 'contributions'>, partnerId: string): number =>
  file.interests.filter((i) => i.partnerId === partnerId).length +
  file.contributions.filter((c) => c.partnerId === partnerId).length;

/**
 * Whether the partner with `partnerId` has as many interests and contributions
 * as a workshop file may hold (`LIMITS.itemsPerPartner`): the store adds no more.
 */
export const partnerFull = (file: Pick<WorkshopFile, 'interests' | 'contributions'>, partnerId: string): boolean =>
  partnerItemCount(file, partnerId) >= LIMITS.itemsPerPartner;

/**
 * `text` cut off at `LIMITS.textLength` characters (never between the two
 * halves of a character outside the Basic Multilingual Plane).
 */
export function clipText(text: string): string {
  if (text.length <= LIMITS.textLength) return text;
  const end = /[\uD800-\uDBFF]/.test(text[LIMITS.textLength - 1]) ? LIMITS.textLength - 1 : LIMITS.textLength;
  return text.slice(0, end);
}

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
    ambition: { drafts: [] },
    followUp: { actions: [] },
  };
}
