// Rooms kept in PostgreSQL, shared by several sync servers.
//
// Every Hocuspocus document (whatever its name: a workshop id, or later names such
// as `room/card/p1`) is one row: its name and its Yjs state as one update. A store
// never overwrites: in one transaction it locks the row (`SELECT … FOR UPDATE`),
// merges the stored state with the state being stored (`Y.mergeUpdates`) and writes
// the result. Two servers storing one document at the same moment are thereby put
// one after the other, and whatever either of them had is kept.

import pg from 'pg';
import * as Y from 'yjs';

/** The table that holds the documents, one row per document name. */
export const TABLE = 'netwerkambitie_documents';

const SCHEMA = `CREATE TABLE IF NOT EXISTS ${TABLE} (
  name text PRIMARY KEY,
  data bytea NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
)`;

/** Any number, the same on every server: several servers starting at once create the table once. */
const SCHEMA_LOCK = 7_104_113;

/** How often a failing store is tried, and the wait before the first retry (doubling). */
const STORE_ATTEMPTS = 5;
const FIRST_RETRY_MS = 200;

/**
 * A connection pool for `databaseUrl` (e.g. `postgres://user:password@db.internal:5432/netwerkambitie`).
 * @param {string} databaseUrl
 * @param {(line: string) => void} [log]
 */
export function createPool(databaseUrl, log = () => {}) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // An idle connection that breaks (database restarted) is replaced; without a listener it would end the process.
  pool.on('error', (/** @type {Error} */ error) => log(`PostgreSQL connection lost: ${error.message}`));
  return pool;
}

/**
 * Creates the table when it is missing.
 * @param {pg.Pool} pool
 */
export async function ensureSchema(pool) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await client.query(SCHEMA);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Reads the stored state of one document, or `undefined` when there is none.
 * @param {pg.Pool | pg.PoolClient} db
 * @param {string} name
 * @returns {Promise<Uint8Array | undefined>}
 */
export async function readDocument(db, name) {
  const { rows } = await db.query(`SELECT data FROM ${TABLE} WHERE name = $1`, [name]);
  return rows.length ? new Uint8Array(rows[0].data) : undefined;
}

/**
 * Merges `update` into the stored state of document `name` in one transaction
 * under a row lock, creating the row when it is missing. Never drops what is stored.
 * @param {pg.Pool} pool
 * @param {string} name
 * @param {Uint8Array} update a Yjs update (e.g. `Y.encodeStateAsUpdate(doc)`)
 * @returns {Promise<{ created: boolean, changed: boolean }>}
 */
export async function mergeDocument(pool, name, update) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // Inserting an empty state first gives a row to lock even for a new document; a second
    // server inserting the same name waits here until the first commits, then finds its row.
    const inserted = await client.query(
      `INSERT INTO ${TABLE} (name, data) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`,
      [name, Buffer.from(Y.encodeStateAsUpdate(new Y.Doc()))],
    );
    const { rows } = await client.query(`SELECT data FROM ${TABLE} WHERE name = $1 FOR UPDATE`, [name]);
    const stored = new Uint8Array(rows[0].data);
    const merged = Y.mergeUpdates([stored, update]);
    const changed = !sameBytes(merged, stored);
    if (changed) {
      await client.query(`UPDATE ${TABLE} SET data = $2, updated_at = now() WHERE name = $1`, [
        name,
        Buffer.from(merged),
      ]);
    }
    await client.query('COMMIT');
    return { created: inserted.rowCount === 1, changed };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * The store as a Hocuspocus extension: loads a document from its row and merges
 * the document's state into its row on every store. Closes the pool when the server stops.
 * @param {{ pool: pg.Pool, log?: (line: string) => void }} options
 * @returns {import('@hocuspocus/server').Extension}
 */
export function postgresStore({ pool, log = () => {} }) {
  return {
    extensionName: 'netwerkambitie-postgres-store',

    async onLoadDocument({ documentName, document }) {
      const stored = await readDocument(pool, documentName);
      if (stored) Y.applyUpdate(document, stored);
    },

    async onStoreDocument({ documentName, document }) {
      const state = Y.encodeStateAsUpdate(document);
      for (let attempt = 1; ; attempt++) {
        try {
          await mergeDocument(pool, documentName, state);
          return;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          if (attempt >= STORE_ATTEMPTS) {
            log(`could not store "${documentName}" in PostgreSQL after ${attempt} attempts: ${message}`);
            // Without a message Hocuspocus logs it and carries on, instead of ending the process;
            // the devices keep their copy and send it again when they reconnect.
            throw { reason: 'store-failed' };
          }
          log(`storing "${documentName}" in PostgreSQL failed (${message}); trying again`);
          await new Promise((done) => setTimeout(done, FIRST_RETRY_MS * 2 ** (attempt - 1)));
        }
      }
    },

    async onDestroy() {
      await pool.end();
    },
  };
}

/**
 * @param {Uint8Array} a
 * @param {Uint8Array} b
 */
function sameBytes(a, b) {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}
