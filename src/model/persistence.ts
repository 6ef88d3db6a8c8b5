import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

/** How long to wait for the browser's database before working in memory. */
const OPEN_TIMEOUT_MS = 5000;

export interface Persistence {
  /** Resolves `true` once stored state is loaded, `false` when storage is unavailable. */
  readonly loaded: Promise<boolean>;
  destroy(): void;
}

/**
 * Keeps `doc` in IndexedDB under `name` (through y-indexeddb). When the
 * database cannot be opened or a write fails, it stops writing, calls
 * `onFailure` once, and the document goes on in memory: nothing typed is lost
 * from the page.
 */
export function persistInIndexedDb(doc: Y.Doc, name: string, onFailure: (error: unknown) => void): Persistence {
  let failed = false;
  let persistence: IndexeddbPersistence | undefined;
  let resolveLoaded!: (ok: boolean) => void;
  const loaded = new Promise<boolean>((resolve) => (resolveLoaded = resolve));

  const fail = (error: unknown) => {
    if (failed) return;
    failed = true;
    resolveLoaded(false);
    persistence?.destroy().catch(() => {});
    onFailure(error);
  };

  try {
    persistence = new IndexeddbPersistence(name, doc);
  } catch (error) {
    fail(error);
    return { loaded, destroy: () => {} };
  }
  const active = persistence;

  // Writes happen on every document update; a synchronous throw (closed or
  // blocked database) is caught here, an asynchronous one (quota) below.
  const store = active._storeUpdate;
  doc.off('update', store);
  active._storeUpdate = (update: Uint8Array, origin: unknown) => {
    if (failed) return;
    try {
      store(update, origin);
    } catch (error) {
      fail(error);
    }
  };
  doc.on('update', active._storeUpdate);

  const timer = setTimeout(() => fail(new Error('IndexedDB did not open in time')), OPEN_TIMEOUT_MS);
  active._db.then(
    (db: IDBDatabase) => {
      const onTrouble = (event: Event) => {
        const error = (event.target as IDBRequest | IDBTransaction | null)?.error;
        if (event.type === 'error' || error) fail(error ?? new Error('IndexedDB write failed'));
      };
      db.addEventListener('error', onTrouble);
      db.addEventListener('abort', onTrouble);
    },
    (error: unknown) => fail(error),
  );
  active.whenSynced.then(() => {
    clearTimeout(timer);
    resolveLoaded(!failed);
  });

  return {
    loaded,
    destroy: () => {
      clearTimeout(timer);
      if (!failed) active.destroy().catch(() => {});
    },
  };
}
