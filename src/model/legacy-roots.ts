import type * as Y from 'yjs';

/** The lists of the first document layout (the two maps beside them are `meta` and `ambition`). */
export const LEGACY_LISTS = [
  'partners',
  'interests',
  'contributions',
  'questions',
  'tensions',
  'drafts',
  'actions',
] as const;

/**
 * Whether `doc` holds anything in the first document layout, told from its
 * roots alone, so a page checks this without loading the code that moves it.
 */
export function hasLegacyLayout(doc: Y.Doc): boolean {
  const present = (name: string) => {
    const type = doc.share.get(name);
    return type !== undefined && (type._length > 0 || [...type._map.values()].some((item) => !item.deleted));
  };
  return LEGACY_LISTS.some(present) || present('meta') || present('ambition');
}
