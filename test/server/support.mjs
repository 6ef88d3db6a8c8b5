// Helpers for the tests of the sync server's limits: the real server as its own
// process (for memory and timing) or in this process, and raw WebSocket clients
// that speak Hocuspocus's wire format the way an attacker would.

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { signToken } from '../../server/token.mjs';

export const SERVER_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), '../../server/sync-server.mjs');
export const secret = randomBytes(32).toString('base64url');

/** Message types of Hocuspocus's protocol, and the sub-types used here. */
export const TYPE = { sync: 0, awareness: 1, auth: 2, stateless: 5, broadcastStateless: 6, close: 7, syncStatus: 8 };
export const AUTH = { token: 0, permissionDenied: 1, authenticated: 2 };
export const STEP = { one: 0, two: 1, update: 2 };

/** @type {Set<() => void>} */
const cleanups = new Set();
/** Runs every clean-up registered so far (processes, sockets, folders). */
export function cleanUp() {
  for (const cleanup of [...cleanups].reverse()) {
    cleanups.delete(cleanup);
    try {
      cleanup();
    } catch {
      // already gone
    }
  }
}
process.once('exit', cleanUp);

/** A temporary folder, removed by `cleanUp`. */
export function tempFolder() {
  const folder = mkdtempSync(join(tmpdir(), 'netwerkambitie-server-test-'));
  cleanups.add(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/**
 * A token for `room`.
 * @param {string} room
 * @param {'facilitator' | 'partner'} [role]
 * @param {string} [partner]
 */
export const token = (room, role = 'facilitator', partner = 'p1') =>
  signToken(secret, { room, role, ...(role === 'partner' ? { partner } : {}), exp: Date.now() / 1000 + 3600 });

/**
 * Waits until `condition()` is truthy, checking every `interval` ms; fails after `timeout` ms with `what`.
 * @template T
 * @param {() => T | Promise<T>} condition
 * @param {string} what
 * @param {{ timeout?: number, interval?: number }} [options]
 * @returns {Promise<T>}
 */
export async function waitFor(condition, what, { timeout = 10_000, interval = 20 } = {}) {
  const started = Date.now();
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() - started > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, interval));
  }
}

/**
 * @typedef {object} ServerProcess
 * @property {string} url
 * @property {import('node:child_process').ChildProcess} child
 * @property {string} db
 * @property {() => string} output everything it printed
 * @property {() => number} rss its resident memory, in MiB
 * @property {(signal?: NodeJS.Signals) => Promise<number | null>} stop sends `signal` (SIGTERM) and resolves with the exit code
 */

/**
 * Starts `server/sync-server.mjs` on a free loopback port and resolves once it listens.
 * @param {{ db?: string, env?: Record<string, string> }} [options]
 * @returns {Promise<ServerProcess>}
 */
export function startServerProcess({ db = join(tempFolder(), 'rooms.sqlite'), env = {} } = {}) {
  const child = spawn(process.execPath, [SERVER_SCRIPT], {
    env: { ...process.env, NETWERKAMBITIE_SECRET: secret, NETWERKAMBITIE_DB: db, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((done) => child.once('exit', (code) => done(code)));
  const kill = () => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL');
  cleanups.add(kill);
  return new Promise((resolve, reject) => {
    const onData = () => {
      const match = /listening on (ws:\/\/\S+)/.exec(output);
      if (!match) return;
      child.stdout.off('data', onData);
      resolve({
        url: match[1],
        child,
        db,
        output: () => output,
        rss: () => rssOf(/** @type {number} */ (child.pid)),
        async stop(signal = 'SIGTERM') {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          const code = await exited;
          cleanups.delete(kill);
          return /** @type {number | null} */ (code);
        },
      });
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening:\n${output}`)));
  });
}

/**
 * Runs the server until it exits by itself (or `timeout` passes) and resolves with its exit code and output.
 * @param {Record<string, string>} env
 * @param {number} [timeout]
 */
export function runServerToExit(env, timeout = 15_000) {
  const child = spawn(process.execPath, [SERVER_SCRIPT], {
    env: { ...process.env, NETWERKAMBITIE_SECRET: secret, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const kill = () => child.exitCode === null && child.kill('SIGKILL');
  cleanups.add(kill);
  const timer = setTimeout(kill, timeout);
  return new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      cleanups.delete(kill);
      resolve({ code, signal, stdout, stderr });
    }),
  );
}

/**
 * Resident memory of process `pid` in MiB.
 * @param {number} pid
 */
export function rssOf(pid) {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

/**
 * @typedef {object} Received
 * @property {string} name
 * @property {number} type
 * @property {number} [sub] the auth answer or sync step
 * @property {string} [reason] for a refusal or close
 * @property {Uint8Array} [payload] a sync message's data
 * @property {number} bytes
 */

/** A device on the raw wire: sends what it is told, records what it receives. */
export class Wire {
  /** @param {string} url */
  constructor(url) {
    this.socket = new WebSocket(url, { maxPayload: 64 * 1024 * 1024 });
    /** @type {Received[]} */
    this.received = [];
    this.receivedBytes = 0;
    /** @type {{ code: number, reason: string } | undefined} */
    this.closed = undefined;
    this.open = new Promise((done, fail) => {
      this.socket.once('open', done);
      this.socket.once('error', fail);
    });
    this.socket.on('error', () => {});
    this.socket.on('message', (/** @type {Buffer} */ data) => {
      this.receivedBytes += data.length;
      this.received.push(decode(data));
    });
    this.socket.once('close', (code, reason) => (this.closed = { code, reason: reason.toString() }));
    const close = () => this.socket.terminate();
    cleanups.add(close);
    this.forget = () => cleanups.delete(close);
  }

  /**
   * @param {Uint8Array} data
   * @returns {Promise<void>}
   */
  send(data) {
    return new Promise((done) => {
      if (this.socket.readyState !== WebSocket.OPEN) return done();
      this.socket.send(data, () => done());
    });
  }

  /**
   * Authenticates for document `name` and waits for the answer.
   * @param {string} name
   * @param {string} tokenText
   */
  async join(name, tokenText) {
    await this.open;
    await this.send(
      message(name, TYPE.auth, (e) => (encoding.writeVarUint(e, AUTH.token), encoding.writeVarString(e, tokenText))),
    );
    return waitFor(() => this.received.find((m) => m.name === name && m.type === TYPE.auth), `an answer for ${name}`);
  }

  /**
   * Joins `name` and syncs `doc` with it (sync step 1 both ways), then keeps `doc` up to date with what arrives.
   * @param {string} name
   * @param {string} tokenText
   * @param {Y.Doc} [doc]
   */
  async syncDoc(name, tokenText, doc = new Y.Doc()) {
    const answer = await this.join(name, tokenText);
    if (answer.sub !== AUTH.authenticated) throw new Error(`refused: ${answer.reason}`);
    // As the library's client does: claim the client id before writing under it.
    await this.send(
      message(name, TYPE.stateless, (e) => encoding.writeVarString(e, JSON.stringify({ own: doc.clientID }))),
    );
    this.socket.on('message', (/** @type {Buffer} */ data) => {
      const m = decode(data);
      if (m.name === name && m.type === TYPE.sync && m.payload && m.sub !== STEP.one)
        Y.applyUpdate(doc, m.payload, 'server');
      if (m.name === name && m.type === TYPE.sync && m.sub === STEP.one && m.payload) {
        void this.send(syncMessage(name, STEP.two, Y.encodeStateAsUpdate(doc, m.payload)));
      }
    });
    await this.send(
      message(
        name,
        TYPE.sync,
        (e) => (encoding.writeVarUint(e, STEP.one), encoding.writeVarUint8Array(e, Y.encodeStateVector(doc))),
      ),
    );
    await waitFor(
      () => this.received.some((m) => m.name === name && m.type === TYPE.sync && m.sub === STEP.two),
      `sync of ${name}`,
    );
    return doc;
  }

  /**
   * Sends every local change of `doc` to document `name`.
   * @param {string} name
   * @param {Y.Doc} doc
   */
  forward(name, doc) {
    doc.on('update', (/** @type {Uint8Array} */ update, /** @type {unknown} */ origin) => {
      if (origin !== 'server') void this.send(syncMessage(name, STEP.update, update));
    });
  }

  /**
   * The close of document `name` the server sent, if any.
   * @param {string} name
   */
  closeOf(name) {
    return this.received.find((m) => m.name === name && m.type === TYPE.close);
  }

  end() {
    this.socket.terminate();
    this.forget();
  }
}

/**
 * A message: document name, type, then what `write` adds.
 * @param {string} name
 * @param {number} type
 * @param {(encoder: encoding.Encoder) => void} [write]
 */
export function message(name, type, write = () => {}) {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, name);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/**
 * A sync message of `step` carrying `update`.
 * @param {string} name
 * @param {number} step
 * @param {Uint8Array} update
 */
export const syncMessage = (name, step, update) =>
  message(name, TYPE.sync, (e) => (encoding.writeVarUint(e, step), encoding.writeVarUint8Array(e, update)));

/**
 * @param {Buffer} data
 * @returns {Received}
 */
function decode(data) {
  const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.length));
  const name = decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  /** @type {Received} */
  const received = { name, type, bytes: data.length };
  try {
    if (type === TYPE.auth) {
      received.sub = decoding.readVarUint(decoder);
      received.reason = decoding.readVarString(decoder);
    } else if (type === TYPE.close || type === TYPE.stateless) {
      received.reason = decoding.readVarString(decoder);
    } else if (type === TYPE.sync) {
      received.sub = decoding.readVarUint(decoder);
      received.payload = decoding.readVarUint8Array(decoder);
    }
  } catch {
    // a message this helper does not read further
  }
  return received;
}

/**
 * An update that sets text `key` of the shared document's `na:meta` map to `size` characters.
 * @param {Y.Doc} doc
 * @param {string} key
 * @param {number} size
 * @param {string} [fill]
 */
export function writeText(doc, key, size, fill = 'x') {
  doc.getMap('na:meta').set(key, fill.repeat(size));
}

/**
 * Fills a card document with interests as a device writes them (text and
 * motivation of at most 4,000 characters each, as the schema allows), `size`
 * characters in all.
 * @param {Y.Doc} doc
 * @param {number} size
 * @param {string} [fill]
 */
export function writeCard(doc, size, fill = 'y') {
  doc.transact(() => {
    const interests = doc.getMap('na:interests');
    for (let i = 0, left = size; left > 0; i++) {
      const item = interests.set(`i-${fill}-${i}`, new Y.Map());
      item.set('order', `a${i}`);
      item.set('scope', 'organisation');
      item.set('kind', 'wish');
      for (const field of ['text', 'motivation']) {
        const length = Math.min(4000, left);
        left -= length;
        item.set(field, new Y.Text(fill.repeat(length)));
      }
    }
  });
}

/**
 * The characters of the interests' texts in a card document.
 * @param {Y.Doc} doc
 */
export const cardSize = (doc) =>
  [...doc.getMap('na:interests').values()].reduce(
    (sum, item) => sum + ['text', 'motivation'].reduce((n, field) => n + (item.get(field)?.length ?? 0), 0),
    0,
  );

/**
 * The median of `values`.
 * @param {number[]} values
 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
}
