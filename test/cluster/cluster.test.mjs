// Several sync servers sharing rooms through Redis and keeping them in PostgreSQL:
// three real server processes (`server/sync-server.mjs`), Redis and PostgreSQL on
// loopback in a temporary folder, and devices (Yjs documents with Hocuspocus
// providers over `ws`) spread over the servers.
//
//   npm run test:cluster

import { HocuspocusProvider } from '@hocuspocus/provider';
import { Redis as IORedis } from 'ioredis';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import sqlite3 from 'sqlite3';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { createPool, mergeDocument, readDocument } from '../../server/postgres-store.mjs';
import { signToken } from '../../server/token.mjs';
import {
  missingPrograms,
  startBalancer,
  startPostgres,
  startRedis,
  startServer,
  stopAll,
  stopServer,
  workFolder,
} from './services.mjs';

const SERVERS = 3;
/** How long a condition may take before a test gives up (one change through two servers and Redis takes milliseconds). */
const WAIT_MS = 20_000;
/** The whole file may take this long; then it stops everything and fails. */
const FILE_LIMIT_MS = 240_000;

const secret = randomBytes(32).toString('base64url');
/** @type {import('./services.mjs').ServerProcess[]} */
let servers = [];
/** @type {Record<string, string>} */
let env = {};
/** @type {import('pg').Pool | undefined} */
let pool;
/** @type {IORedis | undefined} */
let redis;
/** @type {Set<Device>} */
const devices = new Set();

const watchdog = setTimeout(() => {
  console.error(`Stopped: the cluster tests took longer than ${FILE_LIMIT_MS / 1000} s.`);
  stopAll();
  process.exit(1);
}, FILE_LIMIT_MS);
watchdog.unref();

before(
  async () => {
    const missing = missingPrograms();
    if (missing) throw new Error(missing);
    const [redisUrl, databaseUrl] = await Promise.all([startRedis(), startPostgres()]);
    env = {
      NETWERKAMBITIE_SECRET: secret,
      NETWERKAMBITIE_REDIS_URL: redisUrl,
      NETWERKAMBITIE_DATABASE_URL: databaseUrl,
    };
    // Started together, as after a deploy: they create the table once between them.
    servers = await Promise.all(Array.from({ length: SERVERS }, () => startServer(env)));
    pool = createPool(databaseUrl);
    redis = new IORedis(redisUrl);
  },
  { timeout: 60_000 },
);

after(async () => {
  for (const device of devices) device.leave();
  try {
    await Promise.all(servers.map(stopServer));
    for (const server of servers) assert.equal(server.child.exitCode ?? 0, 0, server.output());
  } finally {
    await pool?.end();
    redis?.disconnect();
    stopAll();
    clearTimeout(watchdog);
  }
});

/**
 * Resolves when `check()` holds, checked every few milliseconds; rejects after `ms`.
 * @param {() => boolean} check
 * @param {string} what
 * @param {number} [ms]
 */
function until(check, what, ms = WAIT_MS) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      if (check()) return resolve(undefined);
      if (Date.now() - started > ms) return reject(new Error(`gave up waiting until ${what}`));
      setTimeout(poll, 5);
    };
    poll();
  });
}

/**
 * @param {string} room
 * @param {'facilitator' | 'partner'} role
 * @param {string} [partner]
 * @param {Partial<import('../../server/token.mjs').TokenPayload>} [claims]
 */
function tokenFor(room, role, partner, claims = {}) {
  const exp = Date.now() / 1000 + 3600;
  return signToken(secret, { room, role, exp, ...(role === 'partner' ? { partner } : {}), ...claims });
}

/** One device: its own Yjs document and connection, as a separate laptop would have. */
let appended = 0;

/**
 * The items in a document: what a server or the database holds in a list (`items`), and the
 * questions devices added, in their order.
 * @param {Y.Doc} doc
 */
function itemsOf(doc) {
  const questions = [...doc.getMap('na:questions').entries()]
    .map(([id, question]) => [`${question.get('order')}\u0000${id}`, question.get('text')?.toString()])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, text]) => text);
  return [...doc.getArray('items').toArray(), ...questions];
}

class Device {
  /** @type {string[]} why the server closed or refused this device's connection */
  refusals = [];

  /**
   * @param {{ url: string, room: string, token: string, doc?: Y.Doc }} options
   */
  constructor({ url, room, token, doc = new Y.Doc() }) {
    this.room = room;
    this.doc = doc;
    this.provider = new HocuspocusProvider({
      url,
      name: room,
      document: doc,
      token,
      WebSocketPolyfill: WebSocket,
      // Reconnect quickly, as a device on a busy network would after a failover.
      delay: 50,
      minDelay: 50,
      maxDelay: 500,
      onClose: ({ event }) => event.reason && this.refusals.push(event.reason),
      onAuthenticationFailed: ({ reason }) => this.refusals.push(reason),
      // A refused change is undone and said in a stateless message: `{"refused": ["step"]}`.
      onStateless: ({ payload }) => this.refusals.push(...(JSON.parse(payload).refused ?? [])),
    });
    devices.add(this);
  }

  get synced() {
    return this.provider.isSynced && this.provider.unsyncedChanges === 0;
  }

  /** @param {string} what */
  async ready(what = 'a device is connected') {
    await until(() => this.synced, what);
    return this;
  }

  get items() {
    return itemsOf(this.doc);
  }

  /**
   * Adds an item as a device writes one that every role may add: a question in the shared document.
   * @param {unknown} item
   */
  append(item) {
    this.doc.transact(() => {
      const question = this.doc.getMap('na:questions').set(`q-${this.doc.clientID}-${++appended}`, new Y.Map());
      question.set('order', `${String(Date.now()).padStart(15, '0')}-${String(appended).padStart(9, '0')}`);
      question.set('itemId', 'i');
      question.set('text', new Y.Text(String(item)));
    });
  }

  leave() {
    this.provider.destroy();
    devices.delete(this);
  }
}

/**
 * Resolves once no server has `rooms` open any more (each server unsubscribes from a
 * room's channel in Redis after its last store of that room): everything is stored.
 * @param {string[]} rooms
 */
async function allStored(rooms) {
  const open = async () => {
    let count = 0;
    for (const room of rooms) {
      const [, subscribers] = /** @type {[string, number]} */ (await redis?.pubsub('NUMSUB', `netwerkambitie:${room}`));
      count += Number(subscribers);
    }
    return count;
  };
  const started = Date.now();
  while ((await open()) > 0) {
    if (Date.now() - started > WAIT_MS) throw new Error(`the servers still have ${await open()} rooms open`);
    await new Promise((next) => setTimeout(next, 20));
  }
}

/**
 * The items of `room` as stored in PostgreSQL.
 * @param {string} room
 */
async function storedItems(room) {
  const state = pool && (await readDocument(pool, room));
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return itemsOf(doc);
}

/** @param {number[]} values */
function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (/** @type {number} */ q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

test('devices on different servers converge; cross-server latency over 100 edits', { timeout: 60_000 }, async (t) => {
  const room = 'latency';
  const group = await Promise.all(
    servers.map((server, i) =>
      new Device({
        url: server.url,
        room,
        token: i === 0 ? tokenFor(room, 'facilitator') : tokenFor(room, 'partner', `p${i}`),
      }).ready(),
    ),
  );

  // The edits go into one question, which every device may change.
  group[0].doc.transact(() => {
    const question = group[0].doc.getMap('na:questions').set('q-last', new Y.Map());
    question.set('order', 'a0');
    question.set('itemId', 'i');
    question.set('text', new Y.Text(''));
  });
  const last = (/** @type {Device} */ device) => device.doc.getMap('na:questions').get('q-last')?.get('text');
  await until(() => group.every((device) => last(device)), 'every device has the question');

  /** @type {number[]} */
  const samples = [];
  const EDITS = 100;
  for (let edit = 0; edit < EDITS; edit++) {
    const writer = group[edit % SERVERS];
    const value = `edit ${edit}`;
    /** @type {Map<Device, number>} */
    const arrived = new Map();
    const others = group.filter((device) => device !== writer);
    const listeners = others.map((device) => {
      const listener = () => {
        if (!arrived.has(device) && last(device)?.toString() === value) arrived.set(device, performance.now());
      };
      device.doc.on('update', listener);
      return listener;
    });
    const started = performance.now();
    const text = last(writer);
    writer.doc.transact(() => {
      text.delete(0, text.length);
      text.insert(0, value);
    });
    await until(() => arrived.size === others.length, `edit ${edit} reached the other servers' devices`);
    others.forEach((device, i) => device.doc.off('update', listeners[i]));
    for (const at of arrived.values()) samples.push(at - started);
  }

  // Concurrent edits on every server, then all equal.
  group.forEach((device, i) => {
    for (let n = 0; n < 20; n++) device.append(`d${i}-${n}`);
  });
  await until(
    // Every device's 20, and the question the latency was measured on.
    () => group.every((device) => device.synced && device.items.length === 20 * SERVERS + 1),
    'every device has every edit',
  );
  const [first, ...rest] = group.map((device) => JSON.stringify(device.items));
  for (const other of rest) assert.equal(other, first, 'devices on different servers show the same items');

  const { median, p95, max } = summary(samples);
  const line = `cross-server latency, ${EDITS} edits (${samples.length} arrivals on another server): median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${max.toFixed(1)} ms`;
  t.diagnostic(line);
  console.log(line);
  for (const device of group) device.leave();
});

test(
  'race over 30 rooms: both devices leave at once, a fresh server loads every item',
  { timeout: 90_000 },
  async (t) => {
    const ROOMS = 30;
    const ITEMS = 20;
    const rooms = Array.from({ length: ROOMS }, (_, r) => `race-${r}`);

    await Promise.all(
      rooms.map(async (room, r) => {
        const [a, b] = await Promise.all(
          [r % SERVERS, (r + 1) % SERVERS].map((s, i) =>
            new Device({
              // The room in the address, as a load balancer that routes by room sees it.
              url: `${servers[s].url}/${room}`,
              room,
              token: i === 0 ? tokenFor(room, 'facilitator') : tokenFor(room, 'partner', 'p1'),
            }).ready(),
          ),
        );
        // Both append at the same time, each on its own server.
        await Promise.all(
          [a, b].map(async (device, i) => {
            for (let n = 0; n < ITEMS; n++) {
              device.append(`${i ? 'b' : 'a'}${n}`);
              await new Promise((next) => setImmediate(next));
            }
          }),
        );
        // Each server has its own device's items (the device has no changes waiting); then both leave at once.
        await until(() => a.synced && b.synced, `the servers have the items of ${room}`);
        a.leave();
        b.leave();
      }),
    );

    await allStored(rooms);

    /** @type {string[]} */
    const incomplete = [];
    await Promise.all(
      rooms.map(async (room, r) => {
        const fresh = await new Device({
          url: servers[(r + 2) % SERVERS].url,
          room,
          token: tokenFor(room, 'partner', 'p2'),
        }).ready(`a fresh server loaded ${room}`);
        const loaded = new Set(fresh.items);
        const stored = new Set(await storedItems(room));
        fresh.leave();
        if (loaded.size !== 2 * ITEMS || stored.size !== 2 * ITEMS)
          incomplete.push(`${room}: ${stored.size} of ${2 * ITEMS} stored, ${loaded.size} loaded`);
      }),
    );
    const line = `race: ${incomplete.length} of ${ROOMS} rooms incomplete`;
    t.diagnostic(line);
    console.log(line);
    assert.deepEqual(incomplete, []);
  },
);

test(
  "a partner's forbidden change is refused on every server, and tokens are checked on every server",
  { timeout: 30_000 },
  async () => {
    const room = 'guard';
    const facilitator = await new Device({ url: servers[0].url, room, token: tokenFor(room, 'facilitator') }).ready();
    facilitator.doc.getMap('na:meta').set('step', 1);
    // A well-behaved partner on every server, watching.
    const watchers = await Promise.all(
      servers.map((server, i) =>
        new Device({ url: server.url, room, token: tokenFor(room, 'partner', `w${i}`) }).ready(),
      ),
    );
    await until(() => watchers.every((w) => w.doc.getMap('na:meta').get('step') === 1), 'every server has step 1');

    for (const [i, server] of servers.entries()) {
      const partner = await new Device({ url: server.url, room, token: tokenFor(room, 'partner', `p${i}`) }).ready();
      partner.doc.getMap('na:meta').set('step', 2);
      await until(() => partner.refusals.includes('step'), `server ${i} refused the step change`);
      await until(
        () => partner.doc.getMap('na:meta').get('step') === 1,
        `server ${i} undid it on the partner's device`,
      );
      partner.leave();
      // A later change from the same server reaches every device after anything the server passed on before it.
      watchers[i].append(`after refusal ${i}`);
      await until(
        () => [facilitator, ...watchers].every((device) => device.items.includes(`after refusal ${i}`)),
        `the change after refusal ${i} arrived everywhere`,
      );
      for (const device of [facilitator, ...watchers]) assert.equal(device.doc.getMap('na:meta').get('step'), 1);
    }

    // The facilitator may move the step, from any server.
    const secondFacilitator = await new Device({
      url: servers[2].url,
      room,
      token: tokenFor(room, 'facilitator'),
    }).ready();
    secondFacilitator.doc.getMap('na:meta').set('step', 2);
    await until(
      () => watchers.every((w) => w.doc.getMap('na:meta').get('step') === 2),
      'the step moved on every server',
    );

    for (const [i, server] of servers.entries()) {
      const cases = [
        ['token-other-room', tokenFor('another-room', 'facilitator')],
        ['token-expired', tokenFor(room, 'facilitator', undefined, { exp: Date.now() / 1000 - 60 })],
        ['token-invalid', `${tokenFor(room, 'facilitator').slice(0, -2)}xx`],
      ];
      for (const [reason, token] of cases) {
        const stranger = new Device({ url: server.url, room, token });
        await until(() => stranger.refusals.includes(reason), `server ${i} refused a device: ${reason}`);
        stranger.leave();
      }
    }
    for (const device of [facilitator, secondFacilitator, ...watchers]) device.leave();
  },
);

test(
  'a server killed in the middle of a stream of edits: its devices reconnect to another, nothing is lost',
  { timeout: 60_000 },
  async (t) => {
    const room = 'kill';
    const EDITS = 60;
    const victim = servers[2];
    // Each device reaches the servers through a load balancer that sends it to the next server when its own is gone.
    const routes = [
      [servers[0].port, servers[1].port],
      [victim.port, servers[0].port, servers[1].port],
      [victim.port, servers[1].port, servers[0].port],
      [servers[1].port, servers[0].port],
    ];
    const group = await Promise.all(
      routes.map(async (ports, i) => {
        const balancer = await startBalancer(ports);
        return new Device({
          url: balancer.url,
          room,
          token: i === 0 ? tokenFor(room, 'facilitator') : tokenFor(room, 'partner', `p${i}`),
        }).ready();
      }),
    );

    // A quiet room: a device on the doomed server makes edits that reach a reader on another
    // server, then its server is killed and it never comes back (say, a laptop closed at the same
    // moment). Only the reader's server has the edits, and nobody there edits again: it must store them.
    const quiet = 'kill-quiet';
    const writer = await new Device({ url: victim.url, room: quiet, token: tokenFor(quiet, 'partner', 'p1') }).ready();
    const reader = await new Device({
      url: servers[0].url,
      room: quiet,
      token: tokenFor(quiet, 'facilitator'),
    }).ready();

    let killedAt = 0;
    /** @type {number[]} */
    const reconnected = [];
    await Promise.all(
      group.map(async (device, d) => {
        for (let n = 0; n < EDITS; n++) {
          device.append(`d${d}-${n}`);
          if (d === 1 && n === EDITS / 2) {
            for (let q = 0; q < 10; q++) writer.append(`q${q}`);
            await until(() => reader.items.length === 10, "the quiet room's edits reached the other server");
            victim.child.kill('SIGKILL');
            killedAt = performance.now();
            writer.leave();
          }
          const wasSynced = device.synced;
          // The next edit once this one has reached a server (after a reconnect, if need be).
          await until(() => device.synced, `device ${d} is connected for edit ${n}`);
          if (killedAt && !wasSynced && (d === 1 || d === 2) && reconnected.length < 2)
            reconnected.push(performance.now() - killedAt);
        }
      }),
    );
    assert.equal(await victim.exited, null, 'the server was killed');

    await until(
      () => group.every((device) => device.synced && new Set(device.items).size === EDITS * group.length),
      'every device has every edit',
    );
    for (const device of [...group, reader]) device.leave();
    await allStored([room, quiet]);

    const fresh = await new Device({ url: servers[0].url, room, token: tokenFor(room, 'facilitator') }).ready();
    const loaded = new Set(fresh.items).size;
    const stored = new Set(await storedItems(room)).size;
    fresh.leave();
    const quietStored = (await storedItems(quiet)).length;
    const line = `kill: ${stored} of ${EDITS * group.length} edits stored, ${loaded} loaded by a fresh device, ${quietStored} of 10 in the quiet room; the killed server's devices were back after ${reconnected.map((ms) => `${ms.toFixed(0)} ms`).join(' and ')}`;
    t.diagnostic(line);
    console.log(line);
    assert.equal(stored, EDITS * group.length);
    assert.equal(loaded, EDITS * group.length);
    assert.equal(quietStored, 10, 'the edits that only reached another server through Redis are stored');
  },
);

test('stores of one document at the same moment keep what each had', { timeout: 30_000 }, async () => {
  // As when several servers store one room at once, each with changes the others lack.
  const name = 'room/card/concurrent';
  const states = Array.from({ length: 20 }, (_, i) => {
    const doc = new Y.Doc();
    doc.getArray('items').push([`server ${i}`]);
    return Y.encodeStateAsUpdate(doc);
  });
  const store = /** @type {import('pg').Pool} */ (pool);
  await Promise.all(states.map((state) => mergeDocument(store, name, state)));
  assert.equal(new Set(await storedItems(name)).size, states.length);
});

test(
  'a SQLite file moves into PostgreSQL: every row, whatever its name, merged with what is there',
  { timeout: 30_000 },
  async () => {
    const file = join(workFolder(), 'single-server.sqlite');
    const workshop = new Uint8Array(readFileSync(new URL('../fixtures/legacy-layout/workshop.ydoc', import.meta.url)));
    /** @param {string[]} items */
    const docWith = (items) => {
      const doc = new Y.Doc();
      doc.getArray('items').push(items);
      return Y.encodeStateAsUpdate(doc);
    };
    const rows = [
      ['wijk-oost', workshop],
      ['room/card/p1', docWith(['card'])],
      ['shared', docWith(['from sqlite'])],
    ];
    // PostgreSQL already has something else in `shared`: both must be kept.
    if (pool) await mergeDocument(pool, 'shared', docWith(['from postgres']));
    await new Promise((done, fail) => {
      const db = new sqlite3.Database(file);
      db.serialize(() => {
        db.run('CREATE TABLE "documents" ("name" varchar(255) NOT NULL, "data" blob NOT NULL, UNIQUE(name))');
        for (const [name, data] of rows)
          db.run('INSERT INTO documents (name, data) VALUES (?, ?)', [name, Buffer.from(data)]);
        db.close((error) => (error ? fail(error) : done(undefined)));
      });
    });

    const migrate = () =>
      new Promise((done, fail) => {
        const child = spawn(
          process.execPath,
          [new URL('../../server/migrate-to-postgres.mjs', import.meta.url).pathname, '--from', file],
          {
            env: { ...process.env, NETWERKAMBITIE_DATABASE_URL: env.NETWERKAMBITIE_DATABASE_URL },
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        );
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('error', fail);
        child.on('exit', (code) =>
          code === 0 ? done(output) : fail(new Error(`the migration ended with ${code}:\n${output}`)),
        );
      });
    assert.match(
      String(await migrate()),
      /Moved 3 of 3 rows .*: 2 new, 1 merged into what was there, 0 there already\./,
    );
    assert.match(
      String(await migrate()),
      /Moved 3 of 3 rows .*: 0 new, 0 merged into what was there, 3 there already\./,
    );

    const stored = pool && (await readDocument(pool, 'wijk-oost'));
    assert.ok(stored, 'the workshop is in PostgreSQL');
    const expected = new Y.Doc();
    Y.applyUpdate(expected, workshop);
    const moved = new Y.Doc();
    Y.applyUpdate(moved, stored);
    assert.deepEqual(Y.encodeStateAsUpdate(moved), Y.encodeStateAsUpdate(expected), 'the workshop is moved as it was');
    assert.deepEqual(await storedItems('room/card/p1'), ['card']);
    assert.deepEqual(new Set(await storedItems('shared')), new Set(['from sqlite', 'from postgres']));

    // A server loads the moved workshop, and moves it from the first document layout into the keyed one.
    const device = await new Device({
      url: servers[0].url,
      room: 'wijk-oost',
      token: tokenFor('wijk-oost', 'facilitator'),
    }).ready();
    assert.deepEqual(
      [...device.doc.getMap('na:partners').keys()].sort(),
      expected
        .getArray('partners')
        .toJSON()
        .map((partner) => partner.id)
        .sort(),
    );
    assert.equal(device.doc.getArray('partners').length, 0, 'the first layout is emptied');
    device.leave();
  },
);
