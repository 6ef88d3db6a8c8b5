import * as Y from 'yjs';
import { readEntity, readText } from './collection.js';
import { AMBITION_PARTS, byPartner, STEPS } from './schema.js';
import { hasLegacyLayout, LEGACY_LISTS } from './legacy-roots.js';
import { parseWorkshopFile } from './validate.js';
import type { WorkshopFile } from './types.js';

const LISTS = LEGACY_LISTS;

/** A workshop read from the first document layout, and what empties that layout. */
export interface LegacyWorkshop {
  file: WorkshopFile;
  clear: () => void;
}

/**
 * Reads a workshop kept in the first document layout (every entity a map in a
 * list, every text a plain string, all in one document): the workshop as a
 * file, and a function that empties the old layout. `undefined` when the
 * document holds nothing in that layout.
 */
export function readLegacyLayout(doc: Y.Doc): LegacyWorkshop | undefined {
  if (!hasLegacyLayout(doc)) return undefined;
  const lists = Object.fromEntries(LISTS.map((name) => [name, doc.getArray<Y.Map<unknown>>(name)]));
  const meta = doc.getMap('meta');
  const ambition = doc.getMap('ambition');
  // Each value read by the schema, as the keyed layout is: what is malformed reads as empty.
  const read = (name: (typeof LISTS)[number]) =>
    lists[name].toArray().flatMap((map) => {
      const id = map instanceof Y.Map ? map.get('id') : undefined;
      if (typeof id !== 'string' || !id) return [];
      const owner = map.get('partnerId');
      return [readEntity(name, id, map, typeof owner === 'string' ? owner : '') as Entity];
    });
  const text = (map: Y.Map<unknown>, key: string) => readText(map.get(key)) || undefined;
  const step = meta.get('step');
  const raw: Raw = {
    format: 'netwerkambitie',
    version: 1,
    title: readText(meta.get('title')),
    step: (STEPS as readonly unknown[]).includes(step) ? step : 1,
    revealed: meta.get('revealed') === true,
    partners: read('partners'),
    interests: read('interests'),
    contributions: read('contributions'),
    questions: read('questions'),
    tensions: read('tensions'),
    ambition: {
      ...Object.fromEntries([...AMBITION_PARTS, 'statement'].map((part) => [part, text(ambition, part)])),
      drafts: read('drafts'),
    },
    followUp: { notes: text(ambition, 'notes'), actions: read('actions') },
  };
  const file = repair(raw);
  if (!file) return undefined;
  return {
    file,
    clear: () => {
      for (const list of Object.values(lists)) list.delete(0, list.length);
      meta.clear();
      ambition.clear();
    },
  };
}

type Entity = Record<string, unknown> & { id: string };
interface Raw extends Record<string, unknown> {
  partners: Entity[];
  interests: Entity[];
  contributions: Entity[];
  questions: Entity[];
  tensions: Entity[];
  ambition: Record<string, unknown> & { drafts: Entity[] };
  followUp: { notes?: string; actions: Entity[] };
}

const without = (record: Entity, key: string): Entity =>
  Object.fromEntries(Object.entries(record).filter(([name]) => name !== key)) as Entity;

/**
 * The old layout as a valid file: entities that the old store could leave
 * behind inconsistently (two with one id after concurrent moves, a reference
 * to something removed) are dropped or cleared rather than refusing the whole
 * workshop, so everything that can be kept is kept. `undefined` when even so
 * it is not a workshop file (over a limit): the old layout then stays as it is.
 */
function repair(raw: Raw): WorkshopFile | undefined {
  const seen = new Set<string>();
  const unique = (list: Entity[]) => list.filter((e) => !seen.has(e.id) && seen.add(e.id));
  const r = raw;
  r.partners = unique(r.partners);
  const partners = new Set(r.partners.map((p) => p.id));
  r.interests = unique(r.interests).filter((i) => partners.has(i.partnerId as string));
  r.contributions = unique(r.contributions).filter((c) => partners.has(c.partnerId as string));
  const items = new Set([...r.interests, ...r.contributions].map((i) => i.id));
  r.questions = unique(r.questions).filter((q) => items.has(q.itemId as string));
  r.tensions = unique(r.tensions).filter((t) => (t.itemIds as string[]).every((id) => items.has(id)));
  const known = (record: unknown) => record && byPartner(Object.entries(record).filter(([id]) => partners.has(id)));
  r.ambition.drafts = unique(r.ambition.drafts).map((d) => ({
    ...d,
    consent: known(d.consent),
    reasons: known(d.reasons),
  }));
  r.followUp.actions = unique(r.followUp.actions).map((a) =>
    partners.has(a.owner as string) ? a : without(a, 'owner'),
  );
  try {
    return parseWorkshopFile(r);
  } catch (error) {
    console.warn('netwerkambitie: the first layout is left as it was.', error);
    return undefined;
  }
}
