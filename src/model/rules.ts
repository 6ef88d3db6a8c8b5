import * as Y from 'yjs';
import { ENTITIES, ENTITY_NAMES, LIMITS, TEXT_NAMES, TIMER, type EntityName, type Field } from './schema.js';
import { permissions, type Permissions } from './permissions.js';
import { fitsTimerField } from './timer.js';
import type { Role } from './store-api.js';

/**
 * What a change may do, checked on the change itself (a Yjs transaction), so
 * that a sync server holds every device to the rules whatever its screen
 * allows. A partner's device changes its own card, its own response to a
 * draft, and questions and answers; the facilitator's device changes
 * everything; and every change keeps to the schema and the file's limits.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyType = Y.AbstractType<any>;

/** What a change was refused for, in a form any language can describe. */
export type Refusal =
  | 'title'
  | 'step'
  | 'revealed'
  | 'timer'
  | 'partners'
  | 'ambition'
  | 'drafts'
  | 'consent'
  | 'follow-up'
  | 'tensions'
  /** Confirming or dismissing a get/bring match, dismissing a suggested theme. */
  | 'common-ground'
  | 'other-card'
  | 'limits'
  | 'schema'
  /** Types nested deeper than the schema allows: not a mistake of a screen, and too deep to undo safely. */
  | 'nesting';

/** Who changes: a device's role and, for a partner, which partner. */
export interface Who {
  role: Role;
  partner?: string;
}

/**
 * Which device writes under which Yjs client id, kept by the server in every
 * workshop document (client id → `identityOf(who)` and the server's seal on
 * the pair): a client id belongs to the role and partner of the device that
 * first claimed it. A device may pass on only what a server sealed.
 */
export const AUTHORS_ROOT = 'na:authors';

/** The identity a client id is bound to: every facilitator device is one, each partner is one. */
export const identityOf = (who: Who): string => (who.role === 'partner' ? `partner:${who.partner}` : who.role);

/** The root types of the shared document, by the part of the workshop they hold. */
const MAIN_ROOTS: Record<string, Refusal | 'questions' | 'clock'> = {
  'na:partners': 'partners',
  'na:questions': 'questions',
  'na:tensions': 'tensions',
  'na:drafts': 'drafts',
  'na:matches': 'common-ground',
  'na:dismissedThemes': 'common-ground',
  'na:actions': 'follow-up',
  'na:meta': 'step',
  'na:timer': 'timer',
  'na:clock': 'clock',
  'na:title': 'title',
  'na:problem': 'ambition',
  'na:solution': 'ambition',
  'na:opportunities': 'ambition',
  'na:form': 'ambition',
  'na:statement': 'ambition',
  'na:notes': 'follow-up',
};
const CARD_ROOTS = new Set(['na:interests', 'na:contributions', 'na:clock']);

/** Makes the root types of a workshop document typed, as the store reads them, so that checks see what the store will see. */
export function typeRoots(doc: Y.Doc, card: boolean): void {
  if (card) {
    doc.getMap('na:interests');
    doc.getMap('na:contributions');
  } else {
    for (const name of ENTITY_NAMES) if (ENTITIES[name].home === 'main') doc.getMap(`na:${name}`);
    for (const name of TEXT_NAMES) doc.getText(`na:${name}`);
    doc.getMap('na:meta');
    doc.getMap('na:timer');
  }
  doc.getMap('na:clock');
  doc.getMap(AUTHORS_ROOT);
}

/** The deepest a workshop document nests types: root, entity, per-partner map, text. */
const MAX_DEPTH = 4;

/**
 * What `who` may not do of the change `transaction` made to a workshop
 * document: the shared one, or the card of `card` (a partner id). Empty when
 * everything in it is allowed. `sealed` tells whether a binding of a client
 * id passed on by the device is one a server made.
 */
export function refusals(
  transaction: Y.Transaction,
  who: Who,
  card?: string,
  sealed: (client: string, binding: unknown) => boolean = () => false,
): Set<Refusal> {
  const out = new Set<Refusal>();
  const doc = transaction.doc;
  const names = new Map<AnyType, string>();
  for (const [name, type] of doc.share) names.set(type, name);
  const may = permissions(who);
  const entities = new Set<string>();
  // Checked first and alone: undoing a change this deep could itself run out of stack.
  if (tooDeep(transaction)) return new Set(['nesting']);

  for (const [type, keys] of transaction.changed) {
    const path = pathOf(type, names);
    if (!path) continue; // a type that was removed in the same change
    if (path.length > MAX_DEPTH) {
      out.add('nesting');
      continue;
    }
    const root = path[0];
    if (root === AUTHORS_ROOT) {
      if (
        path.length > 1 ||
        ![...keys].every((key) => key !== null && sealed(key, (type as unknown as Y.Map<unknown>).get(key)))
      )
        out.add('schema');
      continue;
    }
    if (card !== undefined) {
      if (!CARD_ROOTS.has(root)) out.add('schema');
      else if (!may.editCard(card) && root !== 'na:clock') out.add('other-card');
    } else {
      const part = MAIN_ROOTS[root];
      if (!part) out.add('schema');
      else if (!may.lead) {
        const refused = partnerMainRule(part, root, path, keys, may);
        if (refused) out.add(refused);
      }
    }
    // The entities a change touches are checked whole against the schema.
    const name = entityName(root);
    if (name) {
      if (path.length === 1) for (const key of keys) if (key !== null) entities.add(`${root}\u0000${key}`);
      if (path.length > 1) entities.add(`${root}\u0000${path[1]}`);
    } else if (root === 'na:timer') {
      if (path.length > 1 || !validTimer(type)) out.add('schema');
    } else if (root === 'na:clock') {
      if (path.length > 1 || !validClock(type)) out.add('schema');
    } else if (root !== 'na:meta' && !validText(type, path)) out.add('schema');
  }

  const rootMap = (name: string) => {
    const type = doc.share.get(name);
    return type instanceof Y.Map ? (type as Y.Map<unknown>) : undefined;
  };
  const changed = (type: Y.Map<unknown> | undefined) => !!type && transaction.changed.has(type as AnyType);
  for (const entry of entities) {
    const [root, id] = entry.split('\u0000');
    const map = rootMap(root)?.get(id);
    if (map === undefined) continue; // removed
    const problem = checkEntity(entityName(root)!, map);
    if (problem) out.add(problem);
  }
  if (card === undefined) {
    const partners = rootMap('na:partners');
    if (partners && changed(partners) && partners.size > LIMITS.partners) out.add('limits');
    const meta = rootMap('na:meta');
    if (meta && changed(meta)) {
      const step = meta.get('step');
      const revealed = meta.get('revealed');
      if (
        (step !== undefined && ![1, 2, 3, 4, 5].includes(step as number)) ||
        (revealed !== undefined && typeof revealed !== 'boolean')
      )
        out.add('schema');
    }
  } else {
    const count = ['na:interests', 'na:contributions'].reduce((sum, root) => sum + (rootMap(root)?.size ?? 0), 0);
    if (
      count > LIMITS.itemsPerPartner &&
      [...transaction.changed.keys()].some((t) => !t._item && CARD_ROOTS.has(names.get(t) ?? ''))
    )
      out.add('limits');
  }
  return out;
}

/**
 * Whether the change put anything deeper than a workshop document nests
 * types (root, entity, per-partner map, text); new types do not show in
 * `transaction.changed`, so every struct the change added is looked at.
 */
function tooDeep(transaction: Y.Transaction): boolean {
  const store = transaction.doc.store;
  for (const [client, after] of transaction.afterState) {
    const before = transaction.beforeState.get(client) ?? 0;
    const structs = store.clients.get(client);
    if (after <= before || !structs) continue;
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
      const item = structs[i];
      if (!(item instanceof Y.Item)) continue;
      let depth = 0;
      for (let at = item.parent; at instanceof Y.AbstractType && at._item; at = at._item.parent)
        if (++depth >= MAX_DEPTH) return true;
    }
  }
  return false;
}

/** What a partner may change in the shared document: questions and answers, and its own response to a draft. */
function partnerMainRule(
  part: Refusal | 'questions' | 'clock',
  root: string,
  path: string[],
  keys: Set<string | null>,
  may: Permissions,
): Refusal | undefined {
  if (part === 'questions' || part === 'clock') return undefined;
  if (part === 'step' && root === 'na:meta') return keys.has('revealed') && !keys.has('step') ? 'revealed' : 'step';
  if (part !== 'drafts') return part;
  // na:drafts / draft id / consent or reasons / (partner id / text)
  const own = (key: string | null | undefined) => typeof key === 'string' && may.respondFor(key);
  if (path.length === 3 && (path[2] === 'consent' || path[2] === 'reasons'))
    return [...keys].every(own) ? undefined : 'consent';
  if (path.length === 4 && path[2] === 'reasons') return own(path[3]) ? undefined : 'consent';
  return 'drafts';
}

const ENTITY_ROOTS = new Map<string, EntityName>(
  (Object.keys(ENTITIES) as EntityName[]).map((name) => [`na:${name}`, name]),
);
const entityName = (root: string): EntityName | undefined => ENTITY_ROOTS.get(root);

/** The path of `type` from its root: the root's name, then the key of each map on the way. */
function pathOf(type: AnyType, names: Map<AnyType, string>): string[] | undefined {
  const path: string[] = [];
  let at: AnyType = type;
  while (at._item) {
    if (at._item.deleted) return undefined;
    path.unshift(at._item.parentSub ?? '#');
    // Deeper than any workshop document goes: say so without walking further.
    if (path.length > MAX_DEPTH) return [...path, '…'];
    at = at._item.parent as AnyType;
  }
  const root = names.get(at);
  if (root === undefined) return undefined;
  path.unshift(root);
  return path;
}

/** The shared timer holds the values its schema declares, and nothing else. */
function validTimer(type: AnyType): boolean {
  if (!(type instanceof Y.Map)) return false;
  const fields = TIMER as Record<string, (typeof TIMER)[keyof typeof TIMER]>;
  return [...(type as Y.Map<unknown>).entries()].every(
    ([key, value]) => Object.hasOwn(fields, key) && fitsTimerField(fields[key], value),
  );
}

/** A document's clock holds the time of its last change, and nothing else. */
function validClock(type: AnyType): boolean {
  if (!(type instanceof Y.Map)) return false;
  return [...(type as Y.Map<unknown>).entries()].every(
    ([key, value]) => key === 'updatedAt' && typeof value === 'string' && value.length <= LIMITS.textLength,
  );
}

/** A text at the top of the shared document holds text only, within the limit. */
function validText(type: AnyType, path: string[]): boolean {
  if (path.length !== 1 || !(type instanceof Y.Text)) return false;
  return plainText(type);
}

const plainText = (text: Y.Text): boolean =>
  text.length <= LIMITS.textLength &&
  text
    .toDelta()
    .every((op: { insert?: unknown; attributes?: unknown }) => typeof op.insert === 'string' && !op.attributes);

/** Whether `value` is what `field` declares, as the store writes it. */
function fits(field: Field, value: unknown): boolean {
  switch (field.type) {
    case 'text':
      return value instanceof Y.Text && plainText(value);
    case 'choice':
      return field.values.includes(value as string);
    case 'flag':
      return typeof value === 'boolean';
    case 'ref':
    case 'date':
      return typeof value === 'string' && value.length <= LIMITS.textLength;
    case 'refs':
      return (
        Array.isArray(value) && value.length <= 2 * LIMITS.itemsPerPartner && value.every((v) => typeof v === 'string')
      );
    case 'tags':
      return (
        value instanceof Y.Array &&
        value.length <= 100 &&
        value.toArray().every((v) => typeof v === 'string' && v.length <= 200)
      );
    case 'perPartner':
      return (
        value instanceof Y.Map &&
        value.size <= LIMITS.partners * 2 &&
        [...value.values()].every((each) => fits(field.value, each))
      );
  }
}

/** Whether an entity in the document is what the schema declares; `schema` when it is not. */
export function checkEntity(name: EntityName, map: unknown): 'schema' | undefined {
  if (!(map instanceof Y.Map)) return 'schema';
  const fields = ENTITIES[name].fields as Record<string, Field>;
  for (const [key, value] of map.entries()) {
    if (key === 'order') {
      if (typeof value !== 'string' || value.length > 200) return 'schema';
      continue;
    }
    const field = fields[key];
    if (!field || (field.type === 'ref' && field.owner) || !fits(field, value)) return 'schema';
  }
  return undefined;
}
