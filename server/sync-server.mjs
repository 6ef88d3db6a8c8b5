#!/usr/bin/env node
// The sync server for multi-device workshops: a Hocuspocus server that keeps
// every room (one workshop id) in one SQLite file, admits only devices with a
// valid token for that room, and lets only facilitators reveal the cards and
// move the step.
//
//   NETWERKAMBITIE_SECRET=... npm run sync-server
//
// Settings (environment variables):
//   NETWERKAMBITIE_SECRET  required; signs and checks the access tokens (at least 32 characters)
//   NETWERKAMBITIE_DB      the SQLite file (default: ./netwerkambitie-sync.sqlite)
//   PORT                   default 1234
//   HOST                   default 127.0.0.1 (loopback: put a reverse proxy with TLS in front)
//   NETWERKAMBITIE_REDIS_URL and NETWERKAMBITIE_DATABASE_URL
//                          both set: one of several servers, sharing rooms through Redis and
//                          keeping them in PostgreSQL instead of the SQLite file (see cluster.mjs)

import { SQLite, schema } from '@hocuspocus/extension-sqlite';
import { Server } from '@hocuspocus/server';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { cardDocumentName, parseDocumentName } from '../dist/esm/model/documents.js';
import { legacyLayoutMigration } from '../dist/esm/model/migration.js';
import { checkDatabase, guardStorage } from './database-check.mjs';
import { admit, guard } from './guard.mjs';
import { serverClock } from './clock.mjs';
import { invitationBook } from './invitations.mjs';
import { LIMITS, resourceLimits, stopWithin } from './limits.mjs';
import { serviceHandler } from './service.mjs';
import { MIN_SECRET_LENGTH, REFUSALS, verifyToken } from './token.mjs';

export const DEFAULTS = { port: 1234, host: '127.0.0.1', db: './netwerkambitie-sync.sqlite' };

/** How long a stopping server (SIGTERM) may take to store its open rooms. */
const STOP_DEADLINE_MS = 20_000;

const UPSERT = `INSERT INTO "documents" ("name", "data") VALUES ($name, $data)
  ON CONFLICT(name) DO UPDATE SET data = $data`;

/**
 * @typedef {object} SyncServerOptions
 * @property {string} secret signs and checks tokens
 * @property {string} [dbPath] the SQLite file (`:memory:` keeps nothing); not used with `storage`
 * @property {import('@hocuspocus/server').Extension} [storage] keeps the rooms instead of the SQLite file,
 *   e.g. `@hocuspocus/extension-database` over a database that several servers share
 * @property {import('@hocuspocus/server').Extension[]} [extensions] more Hocuspocus extensions, e.g. `@hocuspocus/extension-redis`
 * @property {number} [port] 0 picks a free port
 * @property {string} [host] the only address it listens on
 * @property {string} [organiserSecret] lets the start page make facilitator links (absent: it cannot)
 * @property {string} [frameAncestors] the sites that may show the workshop page in an iframe (space separated origins)
 * @property {(line: string) => void} [log] where refusals and start-up are reported
 * @property {Partial<typeof LIMITS>} [limits] other resource limits than `LIMITS` (see limits.mjs)
 */

/**
 * @typedef {object} SyncServer
 * @property {string} url the WebSocket address, e.g. `ws://127.0.0.1:1234`
 * @property {number} port
 * @property {Server} server the Hocuspocus server
 * @property {import('./limits.mjs').ResourceLimits} limits what the resource limits have done so far
 * @property {() => Promise<void>} stop stores every open room, closes every connection and the database
 */

/**
 * Starts a sync server and resolves once it listens.
 * @param {SyncServerOptions} options
 * @returns {Promise<SyncServer>}
 */
export async function startSyncServer({
  secret,
  dbPath = DEFAULTS.db,
  storage,
  extensions = [],
  port = DEFAULTS.port,
  host = DEFAULTS.host,
  organiserSecret,
  frameAncestors,
  log = () => {},
  limits: limitOverrides,
}) {
  if (!secret || secret.length < MIN_SECRET_LENGTH) throw new Error(secretAdvice());
  if (!storage) await checkDatabase(dbPath, schema);
  const sqlite = storage ? undefined : sqliteStorage(dbPath);
  /** @type {ReturnType<typeof invitationBook> | undefined} */
  let book;
  const invitations = (/** @type {import('@hocuspocus/server').Hocuspocus} */ instance) =>
    (book ??= invitationBook(instance, secret));
  const service = serviceHandler({ secret, organiserSecret, frameAncestors, invitations, log });
  const limits = resourceLimits({ log, limits: limitOverrides });

  const server = new Server(
    {
      name: 'netwerkambitie',
      port,
      address: host,
      quiet: true,
      stopOnSignals: false,
      debounce: 1000,
      maxDebounce: 5000,
      extensions: [
        limits.extension,
        guardStorage(storage ?? sqlite, log),
        guard({ secret, log }),
        serverClock(),
        ...extensions,
      ],
      async onAuthenticate({ token, documentName, instance }) {
        const result = verifyToken(secret, token, parseDocumentName(documentName).room);
        if (!result.ok) {
          log(`refused a device for room "${documentName}": ${result.reason}`);
          // A plain object, so Hocuspocus sends `reason` to the device without logging a stack.
          throw { reason: result.reason };
        }
        const { role, partner, inv, room } = result.payload;
        if (inv !== undefined && (await invitations(instance).revoked(room, inv))) {
          log(`refused a device for room "${documentName}": ${REFUSALS.revoked}`);
          throw { reason: REFUSALS.revoked };
        }
        const who = role === 'partner' ? { role, partner, ...(inv ? { inv } : {}) } : { role };
        await admit(instance, documentName, who);
        return who;
      },
      onRequest: service,
      async afterLoadDocument({ documentName, document, instance }) {
        await migrateLegacyLayout(instance, documentName, document, log);
      },
      async onDestroy() {
        await new Promise((done) => (sqlite?.db ? sqlite.db.close(() => done(undefined)) : done(undefined)));
      },
    },
    { maxPayload: limitOverrides?.messageBytes ?? LIMITS.messageBytes },
  );
  limits.attach(server);

  // Hocuspocus hands its `address` to Node as `address`, which Node ignores
  // (it reads `host`): listen only where `host` says.
  const listen = server.httpServer.listen.bind(server.httpServer);
  server.httpServer.listen = /** @type {typeof listen} */ (
    (/** @type {import('node:net').ListenOptions} */ options, /** @type {() => void} */ callback) =>
      listen({ ...options, host }, callback)
  );
  await server.listen();
  const actualPort = server.address.port;
  const url = `ws://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;

  let stopping;
  const stop = () =>
    (stopping ??= (async () => {
      // Ending the sockets first lets Hocuspocus store each room as its last device leaves.
      for (const socket of server.webSocketServer.clients) socket.terminate();
      await server.destroy();
    })());

  return { url, port: actualPort, server, stop, limits };
}

/**
 * Moves a workshop the server kept in the first document layout (one
 * document, entities in lists) into the keyed layout, once, when its room is
 * first opened: the shared document changes in place, and each partner's card
 * goes into its own document (opened, written and stored like any other).
 * @param {import('@hocuspocus/server').Hocuspocus} instance
 * @param {string} documentName
 * @param {Y.Doc} document
 * @param {(line: string) => void} log
 */
async function migrateLegacyLayout(instance, documentName, document, log) {
  const { room, partner } = parseDocumentName(documentName);
  if (partner !== undefined) return;
  const migration = legacyLayoutMigration(document);
  if (!migration) return;
  Y.applyUpdate(document, migration.main, 'migration');
  for (const [partnerId, update] of migration.cards) {
    const card = await instance.openDirectConnection(cardDocumentName(room, partnerId), { role: 'facilitator' });
    await card.transact((doc) => Y.applyUpdate(doc, update, 'migration'));
    await card.disconnect();
  }
  log(`room "${room}" moved to the keyed document layout (${migration.cards.size} cards)`);
}

/**
 * The SQLite extension, writing each room as one row of `dbPath`.
 * @param {string} dbPath
 */
function sqliteStorage(dbPath) {
  if (dbPath !== ':memory:') mkdirSync(dirname(resolve(dbPath)), { recursive: true });
  const sqlite = new SQLite({ database: dbPath });
  // Wait for each write to finish, so that a stopped server leaves a complete file.
  sqlite.configuration.store = ({ documentName, state }) =>
    new Promise((done, fail) =>
      sqlite.db?.run(UPSERT, { $name: documentName, $data: state }, (error) => (error ? fail(error) : done())),
    );
  return sqlite;
}

/** How to make and set a secret, for the message shown when there is none. */
export function secretAdvice() {
  return [
    `The sync server needs a secret of at least ${MIN_SECRET_LENGTH} characters in NETWERKAMBITIE_SECRET;`,
    'it signs the access links. Make one and keep it somewhere safe, for example:',
    '',
    `  export NETWERKAMBITIE_SECRET="$(node -e "console.log(require('node:crypto').randomBytes(32).toString('base64url'))")"`,
    '  npm run sync-server',
    '',
    'Use the same secret for `npm run sync-links`. Changing it makes every link given out so far invalid.',
  ].join('\n');
}

async function main() {
  const secret = process.env.NETWERKAMBITIE_SECRET ?? '';
  if (secret.length < MIN_SECRET_LENGTH) {
    console.error(secretAdvice());
    process.exit(1);
  }
  const port = process.env.PORT === undefined ? DEFAULTS.port : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number, not "${process.env.PORT}".`);
    process.exit(1);
  }
  const dbPath = process.env.NETWERKAMBITIE_DB || DEFAULTS.db;
  const host = process.env.HOST || DEFAULTS.host;
  const log = (line) => console.log(`${new Date().toISOString()} ${line}`);
  // Redis and PostgreSQL are loaded only for several servers.
  const cluster =
    process.env.NETWERKAMBITIE_REDIS_URL || process.env.NETWERKAMBITIE_DATABASE_URL
      ? await (await import('./cluster.mjs')).clusterFromEnvironment(process.env, log)
      : undefined;
  const { storage, extensions } = cluster ?? {};
  const organiserSecret = process.env.NETWERKAMBITIE_ORGANISER_SECRET || undefined;
  const frameAncestors = process.env.NETWERKAMBITIE_FRAME_ANCESTORS || undefined;
  const sync = await startSyncServer({
    secret,
    dbPath,
    port,
    host,
    log,
    storage,
    extensions,
    organiserSecret,
    frameAncestors,
  });
  const bound = sync.server.httpServer.address();
  const where =
    typeof bound === 'object' && bound
      ? `${bound.family === 'IPv6' ? `[${bound.address}]` : bound.address}:${bound.port}`
      : sync.url.slice('ws://'.length);
  log(
    `netwerkambitie workshop service listening on ws://${where} and http://${where}/ (this address only; rooms kept in ${cluster?.description ?? resolve(dbPath)})`,
  );
  if (!organiserSecret)
    log('no NETWERKAMBITIE_ORGANISER_SECRET: the start page cannot start workshops; use npm run sync-links');

  const shutdown = async (signal) => {
    log(`${signal}: storing open rooms and stopping`);
    const unstored = await stopWithin(sync, STOP_DEADLINE_MS);
    if (unstored.length) log(`stopped after ${STOP_DEADLINE_MS / 1000} s without storing: ${unstored.join(', ')}`);
    process.exit(unstored.length ? 1 : 0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGQUIT']) process.once(signal, () => void shutdown(signal));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
