import { clearDocument, IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { announceHeld } from './cross-tab.js';
import { documentName } from './documents.js';
import { YWorkshopStore } from './store.js';

/**
 * How far the server holds the changes of other devices' client ids that this
 * device still carries (client id → the server's clock for it), as the server
 * tells a device whose copy is ahead of it (after a restart or a restored backup).
 */
export type Held = Record<string, number>;

/**
 * The state of `doc` taken back to what the server holds (`server`, its
 * state): the server's copy with everything this device wrote added,
 * without the changes under the client ids in `held` that the server no
 * longer holds, and without what was built on them.
 */
export function heldState(doc: Y.Doc, held: Held, server: Uint8Array): Uint8Array {
  const cut = new Y.Doc();
  // What this device holds, without the changes under the held client ids
  // (what this device writes now is never given up): the deletions of their
  // content wait for it and are let go; the server sends its own again.
  const without = new Map(
    Object.keys(held)
      .map(Number)
      .filter((client) => client !== doc.clientID)
      .map((client) => [client, Number.MAX_SAFE_INTEGER]),
  );
  Y.applyUpdate(cut, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(without)));
  cut.store.pendingDs = null;
  // The server's copy: what was built on what it holds lands now; what was
  // built on a change it lost never does.
  Y.applyUpdate(cut, server);
  cut.store.pendingStructs = null;
  cut.store.pendingDs = null;
  const state = Y.encodeStateAsUpdate(cut);
  cut.destroy();
  return state;
}

/**
 * Replaces what the browser keeps of document `name` (IndexedDB, through
 * y-indexeddb) with `state`.
 */
async function replaceStored(name: string, state: Uint8Array): Promise<void> {
  await clearDocument(name);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  // On opening an empty database y-indexeddb stores the document's whole state.
  const persistence = new IndexeddbPersistence(name, doc);
  await persistence.whenSynced;
  await persistence.destroy();
  doc.destroy();
}

/**
 * Takes the workshop of `from` back in step with the server for the document
 * of `partnerId` (the shared one when absent): a new store with everything
 * `from` holds, that document taken back to what the server holds (`server`),
 * also in what the browser keeps under `kept` (`keptName`; when `stored`)
 * and, when `announce`, in the other tabs of this browser, which are told
 * before this one reconnects.
 */
export async function takeBack(
  from: YWorkshopStore,
  held: Held,
  server: Uint8Array,
  partnerId: string | undefined,
  options: { kept: string; announce: boolean; stored: boolean; onStorageFailure(error: unknown): void },
): Promise<YWorkshopStore> {
  if (options.announce) announceHeld(options.kept, held, server, partnerId);
  const doc = partnerId === undefined ? from.doc : from.cardDocument(partnerId);
  const state = heldState(doc, held, server);
  const store = new YWorkshopStore();
  from.eachDocument((each, id) => {
    const into = id === undefined ? store.doc : store.cardDocument(id);
    Y.applyUpdate(into, id === partnerId ? state : Y.encodeStateAsUpdate(each), 'stored');
  })();
  if (options.stored) await replaceStored(documentName(options.kept, partnerId), state).catch(options.onStorageFailure);
  return store;
}
