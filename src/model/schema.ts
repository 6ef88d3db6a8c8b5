/**
 * The one declaration of the workshop: its entities, their fields, which are
 * optional, what they refer to, and where each lives in the Yjs documents.
 * Reading the documents into a snapshot, writing patches into them and
 * checking a workshop file all follow it; the types of `types.ts` are derived
 * from it.
 */

export const SCOPES = ['organisation', 'personal', 'shared'] as const;
export const KINDS = ['wish', 'demand'] as const;
export const DIRECTIONS = ['get', 'bring'] as const;
export const CONSENTS = ['agree', 'can-live-with', 'object'] as const;
export const AMBITION_PARTS = ['problem', 'solution', 'opportunities', 'form'] as const;
/** What people decided about a match of a get and a bring that the texts suggested. */
export const VERDICTS = ['confirmed', 'dismissed'] as const;
/** The five steps of the workshop. */
export const STEPS = [1, 2, 3, 4, 5] as const;

/** Limits every workshop and file keeps to. */
export const LIMITS = {
  partners: 50,
  itemsPerPartner: 200,
  textLength: 4000,
  fileBytes: 5 * 1024 * 1024,
} as const;

/**
 * Text people type: collaborative text in the document (a `Y.Text`, so two
 * devices typing in it both keep their words), at most `LIMITS.textLength`
 * characters. An `optional` text that is empty is absent from the snapshot; a
 * `blank` one may be absent from a file and reads as `''`.
 */
export interface TextField {
  type: 'text';
  optional?: boolean;
  blank?: boolean;
}
/**
 * One of a fixed set of values; anything else reads as `fallback`, or, for an
 * `optional` choice (one not made yet), as absent.
 */
export interface ChoiceField<V extends string = string> {
  type: 'choice';
  values: readonly V[];
  fallback: V;
  optional?: boolean;
}
export interface FlagField {
  type: 'flag';
}
/**
 * The id of a partner or of an item (interest or contribution). An `owner`
 * reference is the card the entity lives in, not a stored value.
 */
export interface RefField {
  type: 'ref';
  to: 'partners' | 'items';
  optional?: boolean;
  owner?: boolean;
}
/** Ids of items or of tensions; an `optional` list is absent when empty. */
export interface RefsField {
  type: 'refs';
  to: 'items' | 'tensions';
  optional?: boolean;
}
/** Theme names, kept in order without repeats; absent when there are none. */
export interface TagsField {
  type: 'tags';
  optional: true;
}
/** A date `YYYY-MM-DD`, or absent. */
export interface DateField {
  type: 'date';
  optional: true;
}
/** A whole number from `min` to `max` (milliseconds, a step). */
export interface NumberField {
  type: 'number';
  min: number;
  max: number;
  optional?: boolean;
}
/** A value per partner, keyed by partner id (each partner writes only its own). */
export interface PerPartnerField<V extends ChoiceField | TextField = ChoiceField | TextField> {
  type: 'perPartner';
  value: V;
  optional?: boolean;
}
export type Field =
  TextField | ChoiceField | FlagField | RefField | RefsField | TagsField | DateField | PerPartnerField;

const text = <O extends Omit<TextField, 'type'>>(options: O = {} as O) => ({ type: 'text', ...options }) as const;
const choice = <V extends string>(values: readonly V[], fallback: V): ChoiceField<V> => ({
  type: 'choice',
  values,
  fallback,
});
const flag = (): FlagField => ({ type: 'flag' });
const ref = <O extends Omit<RefField, 'type'>>(options: O) => ({ type: 'ref', ...options }) as const;

/**
 * Where an entity lives: `main`, the workshop's shared document, or `card`,
 * the document of the partner it belongs to (one per partner, so that a server
 * can keep a partner's device to its own card and withhold other cards until
 * the reveal).
 */
export type Home = 'main' | 'card';

export interface EntitySchema {
  home: Home;
  /** Starts every new id. */
  prefix: string;
  /** Where the entities sit in a workshop file. */
  path: readonly string[];
  fields: Record<string, Field>;
}

/** The entities of a workshop, each kept by id in a map, ordered by an order key. */
export const ENTITIES = {
  partners: {
    home: 'main',
    prefix: 'p',
    path: ['partners'],
    fields: {
      name: text(),
      /** A prospective partner, not (yet) a member of the network. */
      aspirant: flag(),
    },
  },
  interests: {
    home: 'card',
    prefix: 'i',
    path: ['interests'],
    fields: {
      partnerId: ref({ to: 'partners', owner: true }),
      /** Whose interest: the partner as organisation, its representative, or the collaboration. */
      scope: choice(SCOPES, 'organisation'),
      text: text(),
      /**
       * A wish is negotiable, a demand is not. Absent until the partner chose:
       * an interest without it is not complete.
       */
      kind: { ...choice(KINDS, 'wish'), optional: true } as ChoiceField<(typeof KINDS)[number]> & { optional: true },
      motivation: text({ optional: true }),
      themes: { type: 'tags', optional: true } as TagsField,
    },
  },
  contributions: {
    home: 'card',
    prefix: 'c',
    path: ['contributions'],
    fields: {
      partnerId: ref({ to: 'partners', owner: true }),
      direction: choice(DIRECTIONS, 'get'),
      text: text(),
      themes: { type: 'tags', optional: true } as TagsField,
    },
  },
  questions: {
    home: 'main',
    prefix: 'q',
    path: ['questions'],
    fields: {
      /** The interest or contribution the question is about. */
      itemId: ref({ to: 'items' }),
      text: text(),
      answer: text({ optional: true }),
    },
  },
  tensions: {
    home: 'main',
    prefix: 't',
    path: ['tensions'],
    fields: {
      itemIds: { type: 'refs', to: 'items' } as RefsField,
      text: text({ blank: true }),
      resolved: flag(),
    },
  },
  drafts: {
    home: 'main',
    prefix: 'd',
    path: ['ambition', 'drafts'],
    fields: {
      text: text(),
      /** Each partner's response. */
      consent: { type: 'perPartner', value: choice(CONSENTS, 'agree') } as PerPartnerField<
        ChoiceField<(typeof CONSENTS)[number]>
      >,
      /** Why a partner objects. */
      reasons: { type: 'perPartner', value: text(), optional: true } as PerPartnerField<TextField> & {
        optional: true;
      },
      /** The tensions that were still open when this draft was adopted as the shared ambition. */
      openAtAdoption: { type: 'refs', to: 'tensions', optional: true } as RefsField & { optional: true },
    },
  },
  matches: {
    home: 'main',
    prefix: 'm',
    path: ['matches'],
    fields: {
      /** What a partner comes to get. */
      getId: ref({ to: 'items' }),
      /** What another partner brings that meets it. */
      bringId: ref({ to: 'items' }),
      /** Whether people confirmed the match the texts suggested, or dismissed it. */
      verdict: choice(VERDICTS, 'dismissed'),
    },
  },
  dismissedThemes: {
    home: 'main',
    prefix: 'x',
    path: ['dismissedThemes'],
    fields: {
      /** The suggested theme as it was named when dismissed; it stays dismissed in every form (`studenten`, `student`). */
      name: text(),
    },
  },
  actions: {
    home: 'main',
    prefix: 'a',
    path: ['followUp', 'actions'],
    fields: {
      text: text(),
      /** The partner that takes the action on. */
      owner: ref({ to: 'partners', optional: true }),
      /** Due date, `YYYY-MM-DD`. */
      due: { type: 'date', optional: true } as DateField,
    },
  },
} as const satisfies Record<string, EntitySchema>;

export type EntityName = keyof typeof ENTITIES;
export const ENTITY_NAMES = Object.keys(ENTITIES) as EntityName[];

/**
 * The texts of the workshop that are not part of an entity, each one
 * collaborative text at the top of the shared document, and where each sits
 * in a workshop file. All are optional in a file except the title, which may
 * be absent and reads as `''`.
 */
export const TEXTS = {
  title: { path: ['title'] },
  problem: { path: ['ambition', 'problem'] },
  solution: { path: ['ambition', 'solution'] },
  opportunities: { path: ['ambition', 'opportunities'] },
  form: { path: ['ambition', 'form'] },
  statement: { path: ['ambition', 'statement'] },
  notes: { path: ['followUp', 'notes'] },
} as const;
export type TextName = keyof typeof TEXTS;
export const TEXT_NAMES = Object.keys(TEXTS) as TextName[];

const number = <O extends Omit<NumberField, 'type'>>(options: O) => ({ type: 'number', ...options }) as const;
const HOUR = 3_600_000;

/**
 * The timebox timer every device of a workshop shows (the projector too): one
 * map `na:timer` in the shared document, changed by the facilitator only. It
 * is the workshop's state of the moment, not part of the workshop file: an
 * export leaves it out and an import keeps it. `startedAt` is the wall-clock
 * time (ms since 1970) it last started, so devices that receive it later show
 * the same time left.
 */
export const TIMER = {
  /** The step it times. */
  step: number({ min: 1, max: 5 }),
  /** Its length in ms: the step's minutes in the agenda. */
  duration: number({ min: 1000, max: 24 * HOUR }),
  /** Running since this moment (ms since 1970); absent while paused or not started. */
  startedAt: number({ min: 0, max: 10_000_000_000_000, optional: true }),
  /** Ms left when it (last) started or paused, below zero in overtime; absent: the whole duration. */
  left: number({ min: -24 * HOUR, max: 24 * HOUR, optional: true }),
  /** Starts with every step the facilitator moves to. */
  auto: flag(),
} as const satisfies Record<string, NumberField | FlagField>;

/**
 * A record keyed by partner id with no prototype, so that a partner id such as
 * `constructor` or `__proto__` is a key like any other and never finds
 * something inherited.
 */
export const byPartner = <T>(entries: Iterable<readonly [string, T]>): Record<string, T> =>
  Object.assign(Object.create(null) as Record<string, T>, Object.fromEntries(entries));

/**
 * What a partner-keyed record holds for `partnerId` itself, never what it
 * inherits: also right for a record that does have a prototype (a copy made
 * by `exportWorkshop()`, a host's own object).
 */
export const ofPartner = <T>(record: Readonly<Record<string, T>> | undefined, partnerId: string): T | undefined =>
  record && Object.hasOwn(record, partnerId) ? record[partnerId] : undefined;

// ---- the types the schema describes ----

type ValueOf<F> = F extends TextField
  ? string
  : F extends ChoiceField<infer V>
    ? V
    : F extends FlagField
      ? boolean
      : F extends RefField
        ? string
        : F extends RefsField
          ? string[]
          : F extends TagsField
            ? string[]
            : F extends DateField
              ? string
              : F extends PerPartnerField<infer V>
                ? Record<string, ValueOf<V>>
                : F extends NumberField
                  ? number
                  : never;

type OptionalKeys<Fs> = { [K in keyof Fs]: Fs[K] extends { optional: true } ? K : never }[keyof Fs];
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The values of a set of fields, the optional ones optional. */
type ValuesOf<Fs> = Simplify<
  { -readonly [K in Exclude<keyof Fs, OptionalKeys<Fs>>]: ValueOf<Fs[K]> } & {
    -readonly [K in OptionalKeys<Fs>]?: ValueOf<Fs[K]>;
  }
>;

/** The shared timer as the store reads it. */
export type TimerState = Readonly<ValuesOf<typeof TIMER>>;

/** An entity as a snapshot and a workshop file hold it. */
export type EntityOf<N extends EntityName> = Simplify<{ id: string } & ValuesOf<(typeof ENTITIES)[N]['fields']>>;
