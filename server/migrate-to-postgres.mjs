#!/usr/bin/env node
// Moves every workshop from a sync server's SQLite file into PostgreSQL, for going
// from one server to several. Every row of the file is read, whatever its document
// name, and merged into the row of that name in PostgreSQL: what is there already is
// kept, so running it twice, or while servers are running, loses nothing.
//
//   NETWERKAMBITIE_DATABASE_URL=postgres://… npm run sync-migrate-to-postgres -- --from ./netwerkambitie-sync.sqlite
//
// Options: --from FILE (required), --database-url URL (default: NETWERKAMBITIE_DATABASE_URL).
// The SQLite file is opened read-only. Exits with 1 if any row could not be moved.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sqlite3 from 'sqlite3';
import * as Y from 'yjs';
import { withoutPassword } from './cluster.mjs';
import { createPool, ensureSchema, mergeDocument } from './postgres-store.mjs';

/** Rows read from SQLite at a time. */
const PAGE = 100;

/**
 * @typedef {object} MigrationReport
 * @property {number} rows rows read from the SQLite file
 * @property {number} created documents new in PostgreSQL
 * @property {number} merged documents that were there and gained something
 * @property {number} unchanged documents that were there already with everything
 * @property {{ name: string, error: string }[]} failed rows that could not be moved
 */

/**
 * Merges every row of the SQLite file `from` into PostgreSQL at `databaseUrl`.
 * @param {{ from: string, databaseUrl: string, log?: (line: string) => void }} options
 * @returns {Promise<MigrationReport>}
 */
export async function migrateToPostgres({ from, databaseUrl, log = () => {} }) {
  if (!existsSync(from)) throw new Error(`There is no file ${from}.`);
  const db = await openReadOnly(from);
  const pool = createPool(databaseUrl, log);
  /** @type {MigrationReport} */
  const report = { rows: 0, created: 0, merged: 0, unchanged: 0, failed: [] };
  try {
    const table = await all(db, `SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'documents'`, {});
    if (!table.length) throw new Error(`${from} has no "documents" table: it is not a sync server's SQLite file.`);
    await ensureSchema(pool);
    for (let after = -1; ;) {
      const rows = await all(
        db,
        'SELECT rowid, name, data FROM documents WHERE rowid > $after ORDER BY rowid LIMIT $limit',
        { $after: after, $limit: PAGE },
      );
      if (!rows.length) break;
      for (const { rowid, name, data } of rows) {
        after = rowid;
        report.rows++;
        try {
          const update = toBytes(data);
          // Refuse what is not a Yjs update, rather than store something no server can load.
          Y.applyUpdate(new Y.Doc(), update);
          const { created, changed } = await mergeDocument(pool, String(name), update);
          if (created) report.created++;
          else if (changed) report.merged++;
          else report.unchanged++;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          report.failed.push({ name: String(name), error: message });
          log(`could not move "${name}": ${message}`);
        }
      }
    }
  } finally {
    await new Promise((done) => db.close(() => done(undefined)));
    await pool.end();
  }
  return report;
}

/** @param {string} file */
function openReadOnly(file) {
  return new Promise((done, fail) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (error) => (error ? fail(error) : done(db)));
  });
}

/**
 * @param {sqlite3.Database} db
 * @param {string} sql
 * @param {Record<string, unknown>} params
 * @returns {Promise<any[]>}
 */
function all(db, sql, params) {
  return new Promise((done, fail) => db.all(sql, params, (error, rows) => (error ? fail(error) : done(rows))));
}

/** @param {unknown} data the row's BLOB (a Buffer) */
function toBytes(data) {
  if (data instanceof Uint8Array) return new Uint8Array(data);
  throw new Error('the data is not a BLOB');
}

async function main() {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, 'database-url': { type: 'string' } },
  });
  const databaseUrl = values['database-url'] || process.env.NETWERKAMBITIE_DATABASE_URL || '';
  if (!values.from || !databaseUrl) {
    console.error(
      'Usage: NETWERKAMBITIE_DATABASE_URL=postgres://… npm run sync-migrate-to-postgres -- --from FILE.sqlite\n' +
        '       (or --database-url postgres://… instead of the variable)',
    );
    process.exit(2);
  }
  const from = resolve(values.from);
  const report = await migrateToPostgres({ from, databaseUrl, log: (line) => console.error(line) });
  console.log(
    `Moved ${report.rows - report.failed.length} of ${report.rows} rows from ${from} into ${withoutPassword(databaseUrl)}: ` +
      `${report.created} new, ${report.merged} merged into what was there, ${report.unchanged} there already.`,
  );
  if (report.failed.length) {
    console.error(`${report.failed.length} rows could not be moved: ${report.failed.map((f) => f.name).join(', ')}`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
