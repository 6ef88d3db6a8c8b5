import { IndexeddbPersistence, PREFERRED_TRIM_SIZE, storeState } from 'y-indexeddb';
import * as Y from 'yjs';
import { documentName } from './documents.js';
import { hasLegacyLayout } from './legacy-roots.js';
import type { Role } from './store-api.js';
import type { YWorkshopStore } from './store.js';

/** How long to wait for the browser's database before working in memory. */
const OPEN_TIMEOUT_MS = 5000;
/** The object store y-indexeddb keeps a document's updates in. */
const UPDATES = 'updates';

/**
 * The name this browser keeps a workshop under, in IndexedDB and between its
 * tabs: `netwerkambitie:` and the workshop id, and for a partner's device on a
 * synced workshop the partner too. A partner's link opened in the facilitator's browser is then
 * another device: it does not pass on the facilitator's unsent work (which
 * the server refuses from a partner) and does not take that work back.
 */
export const keptName = (workshop: string, device: { synced: boolean; role: Role; partner?: string }): string =>
  `netwerkambitie:${workshop}${device.synced && device.role === 'partner' ? `#partner:${encodeURIComponent(device.partner ?? '')}` : ''}`;

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
    clearTimeout(timer);
    resolveLoaded(false);
    persistence?.destroy().catch(() => {});
    onFailure(error);
  };

  let destroyed = false;
  /** Updates not yet handed to the database. */
  const pending: Uint8Array[] = [];
  const flush = () => {
    const db = persistence?.db;
    if (!pending.length || failed || !db) return;
    const update = Y.mergeUpdates(pending);
    pending.length = 0;
    try {
      const transaction = db.transaction([UPDATES], 'readwrite');
      transaction.objectStore(UPDATES).add(update);
      transaction.commit();
    } catch (error) {
      fail(error);
      return;
    }
    // As y-indexeddb does: past a number of stored updates, merge them into one a moment later.
    const active = persistence!;
    if (++active._dbsize < PREFERRED_TRIM_SIZE) return;
    clearTimeout(active._storeTimeoutId);
    active._storeTimeoutId = setTimeout(() => {
      active._storeTimeoutId = null;
      if (!failed && !destroyed) storeState(active, false).catch(fail);
    }, active._storeTimeout);
  };
  const timer = setTimeout(() => fail(new Error('IndexedDB did not open in time')), OPEN_TIMEOUT_MS);
  // Try the database first: y-indexeddb leaves a failed open unhandled.
  canOpen().then(
    () => {
      if (failed) return;
      persistence = new IndexeddbPersistence(name, doc);
      watch(persistence);
      // Closed before its database opened (a partner added a moment before the workshop closed):
      // y-indexeddb stores the whole document once it has read the database, and only then it closes.
      if (destroyed) void persistence.whenSynced.then((done) => done.destroy().catch(() => {}));
    },
    (error: unknown) => fail(error),
  );

  const watch = (active: IndexeddbPersistence) => {
    // The updates of one task (a burst of edits) are written together, in one
    // transaction that is committed at once: left to commit by itself, and
    // one per update, they were lost when the tab closed within moments, so
    // nothing waits for the page to be hidden. A synchronous throw (closed or
    // blocked database) is caught here, an asynchronous one (quota) below.
    doc.off('update', active._storeUpdate);
    active._storeUpdate = (update: Uint8Array, origin: unknown) => {
      if (failed || origin === active || !active.db) return;
      pending.push(update);
      if (pending.length === 1) queueMicrotask(flush);
    };
    doc.on('update', active._storeUpdate);
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
  };

  return {
    loaded,
    destroy: () => {
      flush();
      destroyed = true;
      clearTimeout(timer);
      if (!failed) persistence?.destroy().catch(() => {});
    },
  };
}

/**
 * Resolves when this page may open IndexedDB databases, rejects when not. It
 * opens a probe database of its own: opening the workshop's database here
 * would create it without the stores y-indexeddb sets up.
 */
function canOpen(): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      const request = indexedDB.open('netwerkambitie:probe');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    } catch (error) {
      reject(error);
    }
  });
}

/**
 * Keeps every document of the workshop in IndexedDB: the shared one under
 * `name`, each card under its document name. `loaded` resolves once the
 * shared document and the cards it names are read, and a workshop still kept
 * in the first layout has moved to this one; `false` when storage failed
 * (then `onFailure` is called once, and the workshop goes on in memory).
 */
export function persistWorkshop(store: YWorkshopStore, name: string, onFailure: (error: unknown) => void): Persistence {
  let failed = false;
  const fail = (error: unknown) => {
    if (failed) return;
    failed = true;
    onFailure(error);
  };
  const loads = new Map<Y.Doc, Promise<boolean>>();
  const stop = store.eachDocument((doc, partnerId) => {
    const kept = persistInIndexedDb(doc, documentName(name, partnerId), fail);
    loads.set(doc, kept.loaded);
    return () => kept.destroy();
  });
  const loaded = (async () => {
    if (!(await loads.get(store.doc))) return false;
    // A workshop kept by an earlier version moves into this layout once; the code that moves it loads only then.
    if (hasLegacyLayout(store.doc))
      store.migrateLegacyLayout((await import('./legacy.js')).readLegacyLayout(store.doc));
    const cards = await Promise.all([...loads.values()]);
    return cards.every(Boolean) && !failed;
  })();
  return { loaded, destroy: stop };
}
