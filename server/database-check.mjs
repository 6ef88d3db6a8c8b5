// The sync server's database at start and while running.
//
// At start, before the server says it listens, the SQLite file is opened and
// checked (`PRAGMA quick_check`, and the table the rooms are kept in): a damaged
// file (truncated, not a database, a directory, unreadable) is reported in one
// line, naming the file and what to do, and the server does not start.
//
// While running, a storage error in one room (reading or writing it) is logged
// in one line and that room's devices are closed with `storage-error`; the
// other rooms go on. Without this, Hocuspocus rethrows a failed store as an
// unhandled rejection and sqlite3 emits an unhandled `error` event: either ends
// the process.

import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import sqlite3 from 'sqlite3';

/** The reason devices of a room receive when its storage fails. */
export const STORAGE_ERROR = 'storage-error';

/** A database that cannot be used; its message is one line for the operator. */
export class DatabaseProblem extends Error {}

/**
 * Opens and checks the SQLite file at `dbPath` (creating it when missing) and
 * closes it again. Rejects with a `DatabaseProblem` when it cannot be used.
 * @param {string} dbPath
 * @param {string} [schema] the table the rooms are kept in, created when missing
 */
export async function checkDatabase(dbPath, schema) {
  if (dbPath === ':memory:') return;
  const file = resolve(dbPath);
  const problem = (/** @type {string} */ what) =>
    new DatabaseProblem(
      `The database file ${file} cannot be used (${what}). Restore it from a backup, ` +
        'or move it away to start with an empty one; the sync server did not start.',
    );
  try {
    if (statSync(file).isDirectory()) throw problem('it is a directory');
  } catch (error) {
    if (error instanceof DatabaseProblem) throw error;
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw problem(describe(error));
  }

  /** @type {sqlite3.Database} */
  const db = await new Promise((done, fail) => {
    const opened = new sqlite3.Database(file, (error) => (error ? fail(problem(describe(error))) : done(opened)));
  });
  /**
   * @param {string} sql
   * @returns {Promise<Record<string, unknown>[]>}
   */
  const all = (sql) =>
    new Promise((done, fail) => db.all(sql, (error, rows) => (error ? fail(problem(describe(error))) : done(rows))));
  try {
    const rows = await all('PRAGMA quick_check');
    const findings = rows.map((row) => String(Object.values(row)[0]));
    if (findings.join() !== 'ok') throw problem(`quick_check: ${findings.slice(0, 3).join('; ')}`);
    if (schema) await all(schema);
    await all('SELECT count(*) FROM "documents"');
  } finally {
    await new Promise((done) => db.close(() => done(undefined)));
  }
}

/** @param {unknown} error */
function describe(error) {
  const { code, message } = /** @type {NodeJS.ErrnoException} */ (error ?? {});
  const text = String(message ?? error).replace(/^\w+: /, '');
  return code && !text.includes(code) ? `${code}: ${text}` : text;
}

/**
 * Wraps a storage extension (the SQLite extension, or the PostgreSQL store) so
 * that a failure to read or write a room is logged in one line and closes that
 * room's devices with `storage-error`, without ending the process.
 * @template {import('@hocuspocus/server').Extension} T
 * @param {T} storage
 * @param {(line: string) => void} log
 * @returns {T}
 */
export function guardStorage(storage, log) {
  const load = storage.onLoadDocument?.bind(storage);
  const store = storage.onStoreDocument?.bind(storage);
  const configure = storage.onConfigure?.bind(storage);

  /**
   * @param {'reading' | 'storing'} doing
   * @param {{ documentName: string, document: import('@hocuspocus/server').Document }} payload
   * @param {unknown} error
   */
  const failed = (doing, { documentName, document }, error) => {
    log(
      `storage error while ${doing} "${documentName}": ${describe(error)}; its devices were closed, other rooms go on`,
    );
    for (const connection of document.getConnections()) connection.close({ code: 4500, reason: STORAGE_ERROR });
    // Without a message, Hocuspocus neither logs a stack nor rethrows it (and the refusal carries the reason).
    return { reason: STORAGE_ERROR, code: 4500 };
  };

  if (load) {
    storage.onLoadDocument = async (payload) => {
      try {
        return await load(payload);
      } catch (error) {
        throw failed('reading', payload, error);
      }
    };
  }
  if (store) {
    storage.onStoreDocument = async (payload) => {
      try {
        return await store(payload);
      } catch (error) {
        throw failed('storing', payload, error);
      }
    };
  }
  if (configure) {
    // The SQLite extension opens its database here without a callback: errors would be unhandled `error` events.
    storage.onConfigure = async (payload) => {
      await configure(payload);
      const db = /** @type {{ db?: import('node:events').EventEmitter }} */ (/** @type {unknown} */ (storage)).db;
      db?.on('error', (/** @type {unknown} */ error) => log(`database error: ${describe(error)}`));
    };
  }
  return storage;
}
