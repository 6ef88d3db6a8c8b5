import { generateKeyBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { byPartner, ENTITIES, LIMITS, type EntityName, type EntityOf, type Field } from './schema.js';

/** One entity in the document: a map of its fields, kept under its id. */
export type YEntity = Y.Map<unknown>;

const freeze = <T>(value: T): T => Object.freeze(value);

/**
 * `text` cut off at `LIMITS.textLength` characters (never between the two
 * halves of a character outside the Basic Multilingual Plane).
 */
export function clipText(text: string): string {
  if (text.length <= LIMITS.textLength) return text;
  const end = isHighSurrogate(text.charCodeAt(LIMITS.textLength - 1)) ? LIMITS.textLength - 1 : LIMITS.textLength;
  return text.slice(0, end);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Makes `ytext` read `value` by deleting and inserting only what differs
 * (the common start and end stay), so that what another device types into
 * the same text at the same time is kept.
 */
export function setText(ytext: Y.Text, value: string): void {
  const now = ytext.toString();
  if (now === value) return;
  let start = 0;
  const shortest = Math.min(now.length, value.length);
  while (start < shortest && now.charCodeAt(start) === value.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(now.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < shortest - start && now.charCodeAt(now.length - 1 - end) === value.charCodeAt(value.length - 1 - end))
    end++;
  if (end > 0 && isLowSurrogate(now.charCodeAt(now.length - end))) end--;
  const removed = now.length - start - end;
  if (removed > 0) ytext.delete(start, removed);
  const inserted = value.slice(start, value.length - end);
  if (inserted) ytext.insert(start, inserted);
}

/** A stored value read as text, whatever was stored: malformed values read as empty. */
export const readText = (value: unknown): string =>
  clipText(value instanceof Y.Text ? value.toString() : typeof value === 'string' ? value : '');

const strings = (value: unknown): string[] => {
  const list = value instanceof Y.Array ? value.toArray() : Array.isArray(value) ? value : [];
  return [...new Set(list.filter((v): v is string => typeof v === 'string' && v.length > 0))];
};

/** One field read from the document by its declaration; `undefined` means absent. */
function readField(field: Field, value: unknown): unknown {
  switch (field.type) {
    case 'text': {
      const text = readText(value);
      return field.optional && !text ? undefined : text;
    }
    case 'choice':
      return field.values.includes(value as string) ? value : field.optional ? undefined : field.fallback;
    case 'flag':
      return value === true;
    case 'ref':
    case 'date':
      return typeof value === 'string' && value ? value : field.type === 'ref' && !field.optional ? '' : undefined;
    case 'refs': {
      const ids = strings(value);
      return ids.length || !field.optional ? freeze(ids) : undefined;
    }
    case 'tags': {
      const tags = strings(value);
      return tags.length ? freeze(tags) : undefined;
    }
    case 'perPartner': {
      const entries: [string, unknown][] = [];
      if (value instanceof Y.Map)
        for (const [key, each] of value.entries()) {
          const read = readField(field.value, each);
          const valid = field.value.type === 'choice' ? field.value.values.includes(each as string) : read;
          if (valid) entries.push([key, read]);
        }
      // A map's keys come in the order each device received them: sort them, so every device reads the same.
      entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return entries.length || !field.optional ? freeze(byPartner(entries)) : undefined;
    }
  }
}

/** Reads one entity of `name` kept under `id`; `owner` is the partner whose card holds it. */
export function readEntity<N extends EntityName>(name: N, id: string, map: YEntity, owner?: string): EntityOf<N> {
  const entity: Record<string, unknown> = { id };
  for (const [key, field] of Object.entries(ENTITIES[name].fields) as [string, Field][]) {
    const value = field.type === 'ref' && field.owner ? owner : readField(field, map.get(key));
    if (value !== undefined) entity[key] = value;
  }
  return freeze(entity) as EntityOf<N>;
}

/**
 * Writes the fields of `patch` that `name` declares into `map`: texts by their
 * difference, `undefined` (or an empty optional value) clears a field. A new
 * entity gets every text, theme list and per-partner map it can hold, so that
 * two devices never each make their own.
 */
export function writeEntity(name: EntityName, map: YEntity, patch: object, fresh = false): void {
  const fields = ENTITIES[name].fields as Record<string, Field>;
  for (const [key, field] of Object.entries(fields)) {
    if (field.type === 'ref' && field.owner) continue;
    const given = key in patch;
    const value = (patch as Record<string, unknown>)[key];
    if (!given && !fresh) continue;
    switch (field.type) {
      case 'text': {
        let ytext = map.get(key);
        if (!(ytext instanceof Y.Text)) map.set(key, (ytext = new Y.Text()));
        setText(ytext as Y.Text, clipText(typeof value === 'string' ? value : ''));
        break;
      }
      case 'tags': {
        let list = map.get(key);
        if (!(list instanceof Y.Array)) map.set(key, (list = new Y.Array<string>()));
        const next = strings(value);
        const now = (list as Y.Array<string>).toArray();
        if (now.length !== next.length || now.some((v, i) => v !== next[i])) {
          (list as Y.Array<string>).delete(0, now.length);
          (list as Y.Array<string>).insert(0, next);
        }
        break;
      }
      case 'perPartner': {
        const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
        const inner = new Y.Map<unknown>();
        for (const [partner, each] of Object.entries(record))
          if (typeof each === 'string') inner.set(partner, field.value.type === 'text' ? new Y.Text(each) : each);
        if (given || fresh) map.set(key, inner);
        break;
      }
      case 'refs': {
        const ids = strings(value);
        if (ids.length || !field.optional) map.set(key, ids);
        else map.delete(key);
        break;
      }
      case 'flag':
        map.set(key, value === true);
        break;
      default:
        if (value === undefined || value === '') map.delete(key);
        else if (typeof value === 'string') map.set(key, field.type === 'choice' ? value : clipText(value));
    }
  }
}

/**
 * The entities of one kind in one document: a keyed map (id → entity) whose
 * entities carry an order key. It turns the map into an ordered, frozen list,
 * rebuilt from Yjs events: only entities that changed are read again, and the
 * list is sorted again only when an entity came, went or moved.
 */
export class Collection<N extends EntityName> {
  readonly #entities = new Map<string, EntityOf<N>>();
  readonly #changed = new Set<string>();
  #order?: string[];
  #list?: readonly EntityOf<N>[];

  constructor(
    readonly name: N,
    readonly map: Y.Map<YEntity>,
    readonly owner?: string,
  ) {
    map.observeDeep((events) => {
      for (const event of events) {
        if (event.target === map) {
          for (const key of event.keys.keys()) this.#changed.add(key);
          this.#order = undefined;
        } else {
          this.#changed.add(event.path[0] as string);
          if (event.target.parent === map && (event as Y.YMapEvent<unknown>).keysChanged?.has('order'))
            this.#order = undefined;
        }
      }
      this.#list = undefined;
    });
    for (const key of map.keys()) this.#changed.add(key);
  }

  /** The entities in order (by order key, then id). */
  get list(): readonly EntityOf<N>[] {
    if (this.#list) return this.#list;
    for (const id of this.#changed) {
      const map = this.map.get(id);
      if (map instanceof Y.Map) this.#entities.set(id, readEntity(this.name, id, map, this.owner));
      else this.#entities.delete(id);
    }
    this.#changed.clear();
    this.#order ??= [...this.#entities.keys()].sort((a, b) => compareOrder(this.#key(a), this.#key(b)) || cmp(a, b));
    return (this.#list = freeze(this.#order.map((id) => this.#entities.get(id)!)));
  }

  /** The ids in order: the same array until an entity comes, goes or moves. */
  get ids(): readonly string[] {
    void this.list;
    return this.#order!;
  }

  has(id: string): boolean {
    return this.map.get(id) instanceof Y.Map;
  }

  /** The entity's map; throws when there is none. */
  get(id: string): YEntity {
    const map = this.map.get(id);
    if (!(map instanceof Y.Map)) throw new Error(`No ${this.name} with id ${id}`);
    return map;
  }

  #key(id: string): string {
    const key = this.map.get(id)?.get('order');
    return typeof key === 'string' ? key : '';
  }

  /** Adds an entity after the last one. */
  add(id: string, fields: object): void {
    const last = this.list.at(-1);
    this.insert(id, fields, generateKeyBetween(last ? this.#validKey(last.id) : null, null));
  }

  insert(id: string, fields: object, order: string): void {
    const map = this.map.set(id, new Y.Map<unknown>());
    map.set('order', order);
    writeEntity(this.name, map, fields, true);
  }

  /**
   * Moves the entity `id` to the place of `target` (another entity of this
   * collection): before it when moving up, after it when moving down. Only its
   * order key changes, so an edit made at the same time on another device is kept.
   */
  moveTo(id: string, target: string): void {
    if (id === target) return;
    const ids: string[] = this.list.map((e) => (e as { id: string }).id);
    const from = ids.indexOf(id);
    const to = ids.indexOf(target);
    const at = to < from ? to : to + 1;
    const after = ids[at] === undefined ? null : this.#validKey(ids[at]);
    // Walk back past neighbours that share the key after (two devices that
    // added at once can make equal keys): the new key must lie between.
    let i = at - 1;
    let before: string | null = null;
    for (; i >= 0; i--) {
      if (ids[i] === id) continue;
      before = this.#validKey(ids[i]);
      if (before === null || after === null || before < after) break;
    }
    if (before !== null && after !== null && before >= after) before = null;
    this.get(id).set('order', generateKeyBetween(before, after));
  }

  /** The order key of `id`, if it is one this collection can place others around. */
  #validKey(id: string): string | null {
    const key = this.#key(id);
    try {
      generateKeyBetween(key || null, null);
      return key || null;
    } catch {
      return null;
    }
  }

  remove(id: string): void {
    this.map.delete(id);
  }

  clear(): void {
    for (const id of [...this.map.keys()]) this.map.delete(id);
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Order keys compare as plain strings (code units), the way they are made. */
const compareOrder = cmp;
