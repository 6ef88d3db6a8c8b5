import * as Y from 'yjs';
import { readLegacyLayout } from './legacy.js';
import { YWorkshopStore } from './store.js';

/**
 * What moving a workshop from the first document layout into the keyed one
 * changes: an update for the shared document and one per partner card.
 * `undefined` when `doc` holds nothing in the first layout. `doc` itself is
 * not changed (a sync server applies the updates where each document lives).
 */
export function legacyLayoutMigration(doc: Y.Doc): { main: Uint8Array; cards: Map<string, Uint8Array> } | undefined {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const store = new YWorkshopStore(copy);
  if (!store.migrateLegacyLayout(readLegacyLayout(copy))) return undefined;
  const cards = new Map<string, Uint8Array>();
  for (const { id } of store.snapshot.partners) cards.set(id, Y.encodeStateAsUpdate(store.cardDocument(id)));
  return { main: Y.encodeStateAsUpdate(copy, Y.encodeStateVector(doc)), cards };
}
