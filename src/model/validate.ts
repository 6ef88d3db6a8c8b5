import {
  AMBITION_PARTS,
  CONSENTS,
  DIRECTIONS,
  FORMAT,
  KINDS,
  LIMITS,
  SCOPES,
  VERSION,
  type Action,
  type Ambition,
  type Consent,
  type Contribution,
  type Draft,
  type Interest,
  type Partner,
  type Question,
  type Step,
  type Tension,
  type WorkshopFile,
} from './types.js';

/** What is wrong with a workshop file, in a form any language can describe. */
export type FileProblem =
  | { code: 'not-json' }
  | { code: 'not-object' }
  | { code: 'too-large'; max: number }
  | { code: 'wrong-format'; found: string }
  | { code: 'newer-version'; found: number }
  | { code: 'missing'; path: string }
  | { code: 'wrong-type'; path: string; expected: 'string' | 'number' | 'boolean' | 'array' | 'object' }
  | { code: 'bad-value'; path: string; allowed: readonly (string | number)[] }
  | { code: 'duplicate-id'; path: string; id: string }
  | { code: 'unknown-ref'; path: string; id: string }
  | { code: 'too-long'; path: string; max: number }
  | { code: 'too-many-partners'; max: number }
  | { code: 'too-many-items'; partner: string; max: number };

/** Turns a problem into a sentence; the default is terse and technical. */
export type ProblemFormatter = (problem: FileProblem) => string;

const technical: ProblemFormatter = (p) => ('path' in p ? `${p.code}: ${p.path}` : p.code);

/** A workshop file was refused; `problem` says why, `message` says it to people. */
export class WorkshopFileError extends Error {
  constructor(
    readonly problem: FileProblem,
    message: string,
  ) {
    super(message);
    this.name = 'WorkshopFileError';
  }
}

type Json = Record<string, unknown>;

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

class Reader {
  constructor(private readonly fail: (p: FileProblem) => never) {}

  object(value: unknown, path: string): Json {
    if (value === undefined) this.fail({ code: 'missing', path });
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      this.fail({ code: 'wrong-type', path, expected: 'object' });
    return value as Json;
  }

  array(value: unknown, path: string, optional = false): unknown[] {
    if (value === undefined && optional) return [];
    if (value === undefined) this.fail({ code: 'missing', path });
    if (!Array.isArray(value)) this.fail({ code: 'wrong-type', path, expected: 'array' });
    return value as unknown[];
  }

  text(obj: Json, key: string, path: string): string;
  text(obj: Json, key: string, path: string, optional: true): string | undefined;
  text(obj: Json, key: string, path: string, optional = false): string | undefined {
    const value = obj[key];
    const at = join(path, key);
    if (value === undefined || value === null) {
      if (optional) return undefined;
      this.fail({ code: 'missing', path: at });
    }
    if (typeof value !== 'string') this.fail({ code: 'wrong-type', path: at, expected: 'string' });
    if ((value as string).length > LIMITS.textLength) this.fail({ code: 'too-long', path: at, max: LIMITS.textLength });
    return value as string;
  }

  bool(obj: Json, key: string, path: string, fallback: boolean): boolean {
    const value = obj[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') this.fail({ code: 'wrong-type', path: join(path, key), expected: 'boolean' });
    return value as boolean;
  }

  oneOf<T extends string | number>(value: unknown, allowed: readonly T[], path: string): T {
    if (value === undefined) this.fail({ code: 'missing', path });
    if (!allowed.includes(value as T)) this.fail({ code: 'bad-value', path, allowed });
    return value as T;
  }

  themes(obj: Json, path: string): string[] | undefined {
    if (obj.themes === undefined) return undefined;
    const list = this.array(obj.themes, `${path}.themes`);
    return list.map((theme, i) => {
      if (typeof theme !== 'string')
        this.fail({ code: 'wrong-type', path: `${path}.themes[${i}]`, expected: 'string' });
      return theme as string;
    });
  }
}

/** The length of `text` in UTF-8 bytes, as it is stored in a file. */
const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

/**
 * Reads a workshop file (JSON text or parsed value), checks every field,
 * limit and reference, and returns a clean copy with only known fields.
 * Throws a {@link WorkshopFileError} on the first problem found.
 */
export function parseWorkshopFile(input: unknown, describe: ProblemFormatter = technical): WorkshopFile {
  const fail = (problem: FileProblem): never => {
    throw new WorkshopFileError(problem, describe(problem));
  };
  const read = new Reader(fail);

  // A file's size is its length in UTF-8 bytes, whether it comes as text or
  // as a parsed value (measured as the JSON text it would be saved as).
  const checkSize = (json: string) => {
    if (utf8Bytes(json) > LIMITS.fileBytes) fail({ code: 'too-large', max: LIMITS.fileBytes });
  };

  let data = input;
  if (typeof input === 'string') {
    checkSize(input);
    try {
      data = JSON.parse(input);
    } catch {
      fail({ code: 'not-json' });
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail({ code: 'not-object' });
  const root = data as Json;
  if (typeof input !== 'string') checkSize(JSON.stringify(root));

  if (root.format !== FORMAT)
    fail(
      root.format === undefined
        ? { code: 'missing', path: 'format' }
        : { code: 'wrong-format', found: String(root.format) },
    );
  if (typeof root.version !== 'number' || !Number.isInteger(root.version) || root.version < 1)
    fail(
      root.version === undefined
        ? { code: 'missing', path: 'version' }
        : { code: 'bad-value', path: 'version', allowed: [VERSION] },
    );
  if ((root.version as number) > VERSION) fail({ code: 'newer-version', found: root.version as number });

  const ids = new Map<string, string>();
  const id = (obj: Json, path: string): string => {
    const value = read.text(obj, 'id', path);
    if (value === '') fail({ code: 'missing', path: `${path}.id` });
    if (ids.has(value)) fail({ code: 'duplicate-id', path: `${path}.id`, id: value });
    ids.set(value, path);
    return value;
  };
  const list = <T>(key: string, each: (obj: Json, path: string) => T, source: Json = root, prefix = ''): T[] =>
    read.array(source[key], `${prefix}${key}`, true).map((value, i) => {
      const path = `${prefix}${key}[${i}]`;
      return each(read.object(value, path), path);
    });

  const title = read.text(root, 'title', '', true) ?? '';
  const step = root.step === undefined ? 1 : read.oneOf<Step>(root.step, [1, 2, 3, 4, 5], 'step');

  const partners = list<Partner>('partners', (o, path) => ({
    id: id(o, path),
    name: read.text(o, 'name', path),
    aspirant: read.bool(o, 'aspirant', path, false),
  }));
  if (partners.length > LIMITS.partners) fail({ code: 'too-many-partners', max: LIMITS.partners });
  const partnerIds = new Set(partners.map((p) => p.id));
  const partnerRef = (value: string, path: string): string => {
    if (!partnerIds.has(value)) fail({ code: 'unknown-ref', path, id: value });
    return value;
  };

  const interests = list<Interest>('interests', (o, path) => {
    const interest: Interest = {
      id: id(o, path),
      partnerId: partnerRef(read.text(o, 'partnerId', path), `${path}.partnerId`),
      scope: read.oneOf(o.scope, SCOPES, `${path}.scope`),
      text: read.text(o, 'text', path),
      kind: read.oneOf(o.kind, KINDS, `${path}.kind`),
    };
    const motivation = read.text(o, 'motivation', path, true);
    if (motivation !== undefined) interest.motivation = motivation;
    const themes = read.themes(o, path);
    if (themes) interest.themes = themes;
    return interest;
  });

  const contributions = list<Contribution>('contributions', (o, path) => {
    const contribution: Contribution = {
      id: id(o, path),
      partnerId: partnerRef(read.text(o, 'partnerId', path), `${path}.partnerId`),
      direction: read.oneOf(o.direction, DIRECTIONS, `${path}.direction`),
      text: read.text(o, 'text', path),
    };
    const themes = read.themes(o, path);
    if (themes) contribution.themes = themes;
    return contribution;
  });

  const perPartner = new Map<string, number>();
  for (const item of [...interests, ...contributions])
    perPartner.set(item.partnerId, (perPartner.get(item.partnerId) ?? 0) + 1);
  for (const [partnerId, count] of perPartner)
    if (count > LIMITS.itemsPerPartner)
      fail({
        code: 'too-many-items',
        partner: partners.find((p) => p.id === partnerId)?.name ?? partnerId,
        max: LIMITS.itemsPerPartner,
      });

  const itemIds = new Set([...interests, ...contributions].map((item) => item.id));
  const itemRef = (value: string, path: string): string => {
    if (!itemIds.has(value)) fail({ code: 'unknown-ref', path, id: value });
    return value;
  };

  const questions = list<Question>('questions', (o, path) => {
    const question: Question = {
      id: id(o, path),
      itemId: itemRef(read.text(o, 'itemId', path), `${path}.itemId`),
      text: read.text(o, 'text', path),
    };
    const answer = read.text(o, 'answer', path, true);
    if (answer !== undefined) question.answer = answer;
    return question;
  });

  const tensions = list<Tension>('tensions', (o, path) => ({
    id: id(o, path),
    itemIds: read.array(o.itemIds, `${path}.itemIds`).map((ref, i) => {
      const at = `${path}.itemIds[${i}]`;
      if (typeof ref !== 'string') fail({ code: 'wrong-type', path: at, expected: 'string' });
      return itemRef(ref as string, at);
    }),
    text: read.text(o, 'text', path, true) ?? '',
    resolved: read.bool(o, 'resolved', path, false),
  }));

  const ambitionIn = root.ambition === undefined ? {} : read.object(root.ambition, 'ambition');
  const ambition: Ambition = {
    drafts: list<Draft>(
      'drafts',
      (o, path) => {
        const consentIn = o.consent === undefined ? {} : read.object(o.consent, `${path}.consent`);
        const consent: Record<string, Consent> = {};
        for (const [key, value] of Object.entries(consentIn)) {
          const at = `${path}.consent.${key}`;
          partnerRef(key, at);
          consent[key] = read.oneOf(value, CONSENTS, at);
        }
        const draft: Draft = { id: id(o, path), text: read.text(o, 'text', path), consent };
        if (o.reasons !== undefined) {
          const reasonsIn = read.object(o.reasons, `${path}.reasons`);
          draft.reasons = {};
          for (const key of Object.keys(reasonsIn)) {
            partnerRef(key, `${path}.reasons.${key}`);
            draft.reasons[key] = read.text(reasonsIn, key, `${path}.reasons`);
          }
        }
        return draft;
      },
      ambitionIn,
      'ambition.',
    ),
  };
  for (const part of [...AMBITION_PARTS, 'statement'] as const) {
    const value = read.text(ambitionIn, part, 'ambition', true);
    if (value !== undefined) ambition[part] = value;
  }

  const followUpIn = root.followUp === undefined ? {} : read.object(root.followUp, 'followUp');
  const actions = list<Action>(
    'actions',
    (o, path) => {
      const action: Action = { id: id(o, path), text: read.text(o, 'text', path) };
      const owner = read.text(o, 'owner', path, true);
      if (owner) action.owner = partnerRef(owner, `${path}.owner`);
      const due = read.text(o, 'due', path, true);
      if (due) action.due = due;
      return action;
    },
    followUpIn,
    'followUp.',
  );
  const notes = read.text(followUpIn, 'notes', 'followUp', true);

  const file: WorkshopFile = {
    format: FORMAT,
    version: VERSION,
    title,
    step,
    revealed: read.bool(root, 'revealed', '', false),
    partners,
    interests,
    contributions,
    questions,
    tensions,
    ambition,
    followUp: notes === undefined ? { actions } : { notes, actions },
  };
  const updatedAt = read.text(root, 'updatedAt', '', true);
  if (updatedAt !== undefined) file.updatedAt = updatedAt;
  return file;
}
