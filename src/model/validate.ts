import { byPartner, ENTITIES, type EntityName, type EntityOf, type Field } from './schema.js';
import { AMBITION_PARTS, FORMAT, LIMITS, VERSION, type Ambition, type Step, type WorkshopFile } from './types.js';

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

  const known = { partners: new Set<string>(), items: new Set<string>(), tensions: new Set<string>() };
  const ref = (to: keyof typeof known, value: string, path: string): string => {
    if (!known[to].has(value)) fail({ code: 'unknown-ref', path, id: value });
    return value;
  };

  /** One field of an entity, read and checked as the schema declares it; `undefined` leaves it out. */
  const field = (f: Field, o: Json, key: string, path: string): unknown => {
    const at = `${path}.${key}`;
    switch (f.type) {
      case 'text':
        return f.optional
          ? read.text(o, key, path, true) || undefined
          : f.blank
            ? (read.text(o, key, path, true) ?? '')
            : read.text(o, key, path);
      case 'choice':
        return f.optional && o[key] === undefined ? undefined : read.oneOf(o[key], f.values, at);
      case 'flag':
        return read.bool(o, key, path, false);
      case 'ref': {
        const value = f.optional ? read.text(o, key, path, true) : read.text(o, key, path);
        return value ? ref(f.to, value, at) : undefined;
      }
      case 'refs': {
        if (o[key] === undefined && f.optional) return undefined;
        const ids = read.array(o[key], at).map((value, i) => {
          if (typeof value !== 'string') fail({ code: 'wrong-type', path: `${at}[${i}]`, expected: 'string' });
          return ref(f.to, value as string, `${at}[${i}]`);
        });
        return f.optional && !ids.length ? undefined : ids;
      }
      case 'tags':
        return read.themes(o, path);
      case 'date':
        return read.text(o, key, path, true) || undefined;
      case 'perPartner': {
        if (o[key] === undefined && f.optional) return undefined;
        const record = o[key] === undefined ? {} : read.object(o[key], at);
        return byPartner(
          Object.keys(record).map((partner): [string, unknown] => {
            ref('partners', partner, `${at}.${partner}`);
            const value =
              f.value.type === 'choice'
                ? read.oneOf(record[partner], f.value.values, `${at}.${partner}`)
                : read.text(record, partner, at);
            return [partner, value];
          }),
        );
      }
    }
  };

  const entities = <N extends EntityName>(name: N): EntityOf<N>[] => {
    const path = ENTITIES[name].path;
    const source = path.length === 1 ? root : root[path[0]] === undefined ? {} : read.object(root[path[0]], path[0]);
    const prefix = path.length === 1 ? '' : `${path[0]}.`;
    const found = list(
      path.at(-1)!,
      (o, at) => {
        const entity: Record<string, unknown> = { id: id(o, at) };
        for (const [key, f] of Object.entries(ENTITIES[name].fields) as [string, Field][]) {
          const value = field(f, o, key, at);
          if (value !== undefined) entity[key] = value;
        }
        return entity as EntityOf<N>;
      },
      source,
      prefix,
    );
    if (name === 'partners') for (const p of found) known.partners.add(p.id);
    if (name === 'interests' || name === 'contributions') for (const i of found) known.items.add(i.id);
    if (name === 'tensions') for (const t of found) known.tensions.add(t.id);
    return found;
  };

  const partners = entities('partners');
  if (partners.length > LIMITS.partners) fail({ code: 'too-many-partners', max: LIMITS.partners });
  const interests = entities('interests');
  const contributions = entities('contributions');

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

  const questions = entities('questions');
  const tensions = entities('tensions');
  const matches = entities('matches');
  const dismissedThemes = entities('dismissedThemes');
  const ambitionIn = root.ambition === undefined ? {} : read.object(root.ambition, 'ambition');
  const ambition: Ambition = { drafts: entities('drafts') };
  for (const part of [...AMBITION_PARTS, 'statement'] as const) {
    const value = read.text(ambitionIn, part, 'ambition', true);
    if (value) ambition[part] = value;
  }
  const followUpIn = root.followUp === undefined ? {} : read.object(root.followUp, 'followUp');
  const actions = entities('actions');
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
    matches,
    dismissedThemes,
    ambition,
    followUp: notes ? { notes, actions } : { actions },
  };
  const updatedAt = read.text(root, 'updatedAt', '', true);
  if (updatedAt !== undefined) file.updatedAt = updatedAt;
  return file;
}
