import * as Y from 'yjs';
import { parseWorkshopFile } from './validate.js';
import type { WorkshopFile } from './types.js';

/** The lists of the first document layout, and the two maps beside them. */
const LISTS = ['partners', 'interests', 'contributions', 'questions', 'tensions', 'drafts', 'actions'] as const;

/**
 * Reads a workshop kept in the first document layout (every entity a map in a
 * list, every text a plain string, all in one document): the workshop as a
 * file, and a function that empties the old layout. `undefined` when the
 * document holds nothing in that layout.
 */
export function readLegacyLayout(doc: Y.Doc): { file: WorkshopFile; clear: () => void } | undefined {
  const present = (name: string) => {
    const type = doc.share.get(name);
    return type !== undefined && (type._length > 0 || [...type._map.values()].some((item) => !item.deleted));
  };
  if (!LISTS.some(present) && !present('meta') && !present('ambition')) return undefined;
  const lists = Object.fromEntries(LISTS.map((name) => [name, doc.getArray<Y.Map<unknown>>(name)]));
  const meta = doc.getMap('meta');
  const ambition = doc.getMap('ambition');
  const json = (name: (typeof LISTS)[number]) =>
    lists[name].toArray().map((map) => (map instanceof Y.Map ? map.toJSON() : {}));
  const raw = {
    format: 'netwerkambitie',
    version: 1,
    ...meta.toJSON(),
    partners: json('partners'),
    interests: json('interests'),
    contributions: json('contributions'),
    questions: json('questions'),
    tensions: json('tensions'),
    ambition: { ...withoutKey(ambition.toJSON(), 'notes'), drafts: json('drafts') },
    followUp: { notes: ambition.get('notes'), actions: json('actions') },
  };
  return {
    file: repair(raw),
    clear: () => {
      for (const list of Object.values(lists)) list.delete(0, list.length);
      meta.clear();
      ambition.clear();
    },
  };
}

const withoutKey = (record: Record<string, unknown>, key: string) =>
  Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));

/**
 * The old layout as a valid file: entities that the old store could leave
 * behind inconsistently (two with one id after concurrent moves, a reference
 * to something removed) are dropped or cleared rather than refusing the whole
 * workshop, so everything that can be kept is kept.
 */
function repair(raw: Record<string, unknown> & { partners: Record<string, unknown>[] }): WorkshopFile {
  const seen = new Set<string>();
  const unique = (list: Record<string, unknown>[]) =>
    list.filter((e) => typeof e.id === 'string' && !seen.has(e.id) && seen.add(e.id));
  const r = raw as Record<string, unknown> & {
    partners: Record<string, unknown>[];
    interests: Record<string, unknown>[];
    contributions: Record<string, unknown>[];
    questions: Record<string, unknown>[];
    tensions: Record<string, unknown>[];
    ambition: { drafts: Record<string, unknown>[] };
    followUp: { actions: Record<string, unknown>[]; notes?: unknown };
  };
  r.partners = unique(r.partners);
  const partners = new Set(r.partners.map((p) => p.id));
  r.interests = unique(r.interests).filter((i) => partners.has(i.partnerId));
  r.contributions = unique(r.contributions).filter((c) => partners.has(c.partnerId));
  const items = new Set([...r.interests, ...r.contributions].map((i) => i.id));
  r.questions = unique(r.questions).filter((q) => items.has(q.itemId));
  r.tensions = unique(r.tensions).filter((t) => Array.isArray(t.itemIds) && t.itemIds.every((id) => items.has(id)));
  r.ambition.drafts = unique(r.ambition.drafts);
  r.followUp.actions = unique(r.followUp.actions).map((a) => (partners.has(a.owner) ? a : withoutKey(a, 'owner')));
  for (const draft of r.ambition.drafts)
    for (const key of ['consent', 'reasons'])
      if (draft[key] && typeof draft[key] === 'object')
        draft[key] = Object.fromEntries(Object.entries(draft[key]).filter(([id]) => partners.has(id)));
  if (r.followUp.notes === undefined) delete r.followUp.notes;
  return parseWorkshopFile(r);
}
