// Test-runner commands that run a real sync server on loopback for the tests
// in the browser. Each test file (browser session) gets its own server and
// SQLite file. From a test:
//
//   const { url } = await executeServerCommand('sync-start');
//   await executeServerCommand('sync-start', { copyFrom: 'test/fixtures/….sqlite' }); // on a copy of a stored file
//   const token = await executeServerCommand('sync-token', { room, role: 'partner', partner: 'p1' });
//   await executeServerCommand('sync-restart');   // same port, same file
//   await executeServerCommand('sync-stop');
//   await executeServerCommand('sync-backup');   // a copy of the stored file, taken with the server stopped for a moment
//   await executeServerCommand('sync-restore');  // the server restarts on that copy (what it stored since is gone)
//   await executeServerCommand('sync-reset', { room });  // the server closes every device's hold on the room
//   const { update, cards } = await executeServerCommand('sync-stored', { room }); // base64 of the stored Yjs states: the room, and its cards by partner id

import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { parseDocumentName } from '../dist/esm/model/documents.js';
import { startSyncServer } from './sync-server.mjs';
import { signToken } from './token.mjs';

/**
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function syncServerPlugin() {
  const secret = randomBytes(32).toString('base64url');
  const folder = mkdtempSync(join(tmpdir(), 'netwerkambitie-sync-'));
  /** @type {Map<string, { dbPath: string, port: number, server?: import('./sync-server.mjs').SyncServer }>} */
  const sessions = new Map();

  /** @param {{ port: number, dbPath: string }} entry */
  const start = async (entry) => {
    const server = await startSyncServer({ secret, dbPath: entry.dbPath, port: entry.port, host: '127.0.0.1' });
    Object.assign(entry, { server, port: server.port });
    return { url: server.url, port: server.port };
  };

  /** @param {{ server?: import('./sync-server.mjs').SyncServer }} entry */
  const stop = async (entry) => {
    const { server } = entry;
    entry.server = undefined;
    await server?.stop();
  };

  return {
    name: 'netwerkambitie-sync-server',

    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('sync-')) return undefined;
      const args = /** @type {Record<string, any>} */ (payload ?? {});
      let entry = sessions.get(session.id);

      switch (command) {
        case 'sync-start': {
          if (entry?.server) await stop(entry);
          entry = {
            port: args.port ?? 0,
            dbPath: args.dbPath ?? join(folder, `${session.id.replace(/\W/g, '_')}-${Date.now()}.sqlite`),
          };
          // A server that starts on a copy of a stored file (a fixture of the repository).
          if (args.copyFrom) copyFileSync(args.copyFrom, entry.dbPath);
          sessions.set(session.id, entry);
          return start(entry);
        }
        case 'sync-stop':
          if (entry) await stop(entry);
          return true;
        case 'sync-restart':
          if (!entry) throw new Error('sync-restart: no server was started in this test file');
          await stop(entry);
          return start(entry);
        case 'sync-backup':
        case 'sync-restore': {
          if (!entry) throw new Error(`${command}: no server was started in this test file`);
          await stop(entry);
          if (command === 'sync-backup') copyFileSync(entry.dbPath, `${entry.dbPath}.backup`);
          else copyFileSync(`${entry.dbPath}.backup`, entry.dbPath);
          return start(entry);
        }
        case 'sync-token': {
          const hours = args.hours ?? 1;
          const token = signToken(args.secret ?? secret, {
            room: args.room,
            role: args.role ?? 'facilitator',
            partner: args.partner,
            exp: Date.now() / 1000 + hours * 3600,
          });
          return token;
        }
        case 'sync-reset':
          if (!entry?.server) throw new Error('sync-reset: no server is running in this test file');
          entry.server.server.hocuspocus.closeConnections(args.room);
          return true;
        case 'sync-stored': {
          if (!entry) throw new Error('sync-stored: no server was started in this test file');
          const rows = await readStored(entry.dbPath, args.room);
          const main = rows.find((row) => row.name === args.room);
          return {
            update: main ? Buffer.from(main.data).toString('base64') : null,
            cards: Object.fromEntries(
              rows
                .filter((row) => row !== main)
                .map((row) => [parseDocumentName(row.name).partner, Buffer.from(row.data).toString('base64')]),
            ),
          };
        }
        default:
          return undefined;
      }
    },

    async serverStop() {
      await Promise.all([...sessions.values()].map(stop));
      sessions.clear();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * The stored Yjs states of the documents of `room` (the shared one and the
 * cards) in the SQLite file, straight from the file.
 * @param {string} dbPath
 * @param {string} room
 * @returns {Promise<{ name: string, data: Buffer }[]>}
 */
function readStored(dbPath, room) {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(dbPath, sqlite3.OPEN_READONLY, (openError) => {
      if (openError) return reject(openError);
      db.all('SELECT name, data FROM documents', [], (error, rows) => {
        db.close();
        if (error) reject(error);
        else
          resolve(
            /** @type {{ name: string, data: Buffer }[]} */ (rows).filter(
              (row) => parseDocumentName(row.name).room === room,
            ),
          );
      });
    });
  });
}
