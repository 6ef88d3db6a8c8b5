// Running as one of several sync servers: Hocuspocus's Redis extension passes every
// change and presence update of a room to the other servers that have it open, and
// PostgreSQL keeps the rooms (see postgres-store.mjs), for all servers together.
//
//   NETWERKAMBITIE_REDIS_URL     e.g. redis://10.0.0.5:6379 (rediss:// for TLS; a password as redis://:password@host)
//   NETWERKAMBITIE_DATABASE_URL  e.g. postgres://netwerkambitie:password@10.0.0.6:5432/netwerkambitie
//
// Two changes to the extension's behaviour (Hocuspocus 3.4.4), so that no edit is lost:
// - its lock in Redis (one try, no retry) skips a store whenever another server holds
//   it; here no store is skipped, and the row lock in PostgreSQL orders the stores;
// - a change that arrives through Redis schedules no store on the receiving server; here
//   it does, so a change is stored even when the server its device is on stops first.

import { Redis } from '@hocuspocus/extension-redis';
import { Redis as IORedis } from 'ioredis';
import { createPool, ensureSchema, postgresStore } from './postgres-store.mjs';

/** How long a server waits at start for Redis and PostgreSQL before it gives up. */
const CONNECT_TIMEOUT_MS = 10_000;

/** The Redis extension, storing every time it is asked and storing what arrives through Redis too. */
class SharedRedis extends Redis {
  /**
   * The extension's own lock is not taken: with it, a store is skipped when another
   * server is storing the same room. Stores are put in order by the row lock instead.
   * @override
   */
  async onStoreDocument() {}

  /**
   * Passes local changes on, as the extension does, and schedules a store for changes
   * that arrived from another server, which the extension leaves unstored.
   * @override
   * @param {import('@hocuspocus/server').onChangePayload} payload
   */
  async onChange(payload) {
    if (payload.transactionOrigin === this.redisTransactionOrigin) {
      void payload.instance.storeDocumentHooks(payload.document, payload);
      return;
    }
    await super.onChange(payload);
  }
}

/**
 * @typedef {object} Cluster
 * @property {import('@hocuspocus/server').Extension} storage the PostgreSQL store
 * @property {import('@hocuspocus/server').Extension[]} extensions the Redis extension
 * @property {string} description where the rooms are kept, without passwords
 */

/**
 * Connects to Redis and PostgreSQL (creating the table when missing) and returns the
 * extensions for `startSyncServer`. Rejects when either cannot be reached.
 * @param {{ redisUrl: string, databaseUrl: string, log?: (line: string) => void }} options
 * @returns {Promise<Cluster>}
 */
export async function connectCluster({ redisUrl, databaseUrl, log = () => {} }) {
  const pool = createPool(databaseUrl, log);
  try {
    await withTimeout(ensureSchema(pool), `PostgreSQL at ${withoutPassword(databaseUrl)}`);
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }

  /** @type {IORedis[]} */
  const clients = [];
  const createClient = () => {
    const client = new IORedis(redisUrl, { connectionName: 'netwerkambitie-sync' });
    let reported = '';
    client.on('error', (/** @type {Error} */ error) => {
      if (error.message !== reported) log(`Redis: ${(reported = error.message)}`);
    });
    client.on('ready', () => (reported = ''));
    clients.push(client);
    return client;
  };
  const redis = new SharedRedis({ createClient, prefix: 'netwerkambitie' });
  try {
    await withTimeout(Promise.all(clients.map((client) => client.ping())), `Redis at ${withoutPassword(redisUrl)}`);
  } catch (error) {
    for (const client of clients) client.disconnect(false);
    await pool.end().catch(() => {});
    throw error;
  }

  return {
    storage: postgresStore({ pool, log }),
    extensions: [redis],
    description: `PostgreSQL at ${withoutPassword(databaseUrl)}, shared through Redis at ${withoutPassword(redisUrl)}`,
  };
}

/**
 * The cluster set by `NETWERKAMBITIE_REDIS_URL` and `NETWERKAMBITIE_DATABASE_URL`, or
 * `undefined` when neither is set (one server with its SQLite file). Setting only one is an error.
 * @param {Record<string, string | undefined>} env
 * @param {(line: string) => void} [log]
 * @returns {Promise<Cluster | undefined>}
 */
export async function clusterFromEnvironment(env, log) {
  const redisUrl = env.NETWERKAMBITIE_REDIS_URL || '';
  const databaseUrl = env.NETWERKAMBITIE_DATABASE_URL || '';
  if (!redisUrl && !databaseUrl) return undefined;
  if (!redisUrl || !databaseUrl) {
    throw new Error(
      'Several sync servers need both NETWERKAMBITIE_REDIS_URL and NETWERKAMBITIE_DATABASE_URL ' +
        '(set neither for one server with its SQLite file).',
    );
  }
  return connectCluster({ redisUrl, databaseUrl, log });
}

/**
 * A connection address with its password replaced, for log lines and messages.
 * @param {string} address
 */
export function withoutPassword(address) {
  try {
    const url = new URL(address);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(an address that is not a URL)';
  }
}

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {string} what
 * @returns {Promise<T>}
 */
function withTimeout(promise, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(
      () => fail(new Error(`Could not reach ${what} within ${CONNECT_TIMEOUT_MS / 1000} s.`)),
      CONNECT_TIMEOUT_MS,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
