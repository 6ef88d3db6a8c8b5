// Resource limits of the sync server: what one device, or one room, may cost the
// server, whatever it sends. Hocuspocus 3.4 has none of these itself.
//
// Per socket (a device; one socket carries all documents of a room):
// - a socket whose token is refused is closed at once, right after the refusal
//   has been sent to it; nothing it sends afterwards is read;
// - until a document on it is admitted, a socket may send at most
//   `unauthenticatedBytes` and must be admitted within `authenticationMs`;
// - it has a budget of messages and bytes per second (a token bucket): past it,
//   the server stops reading from that socket until the budget has refilled, so a
//   flooding device slows only itself;
// - a socket that does not read what the server sends is dropped once its
//   outgoing buffer passes `outgoingBytes`, or, while all sockets together hold
//   more than `outgoingTotalBytes`, once its own passes `outgoingHeavyBytes`;
// per message (a Hocuspocus hook):
// - stateless broadcasts (which Hocuspocus would send to every device in the
//   room unchecked) are refused;
// - a change that would take a room (the shared document and its card
//   documents together) over `roomBytes` of Yjs state is refused with `room-full`;
// per room:
// - at most one store runs and at most one waits (Hocuspocus 3.4's debouncer
//   queues one store per change once `maxDebounce` has passed);
// - a change is encoded once for all devices of the room (Hocuspocus 3.4 makes a
//   copy per device: 40 devices that do not read held 40 copies of each change).

import { Document, OutgoingMessage } from '@hocuspocus/server';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as Y from 'yjs';
import { parseDocumentName } from '../dist/esm/model/documents.js';
import { AUTH_ANSWER, MESSAGE, Reader, SYNC_STEP } from './wire.mjs';

/** The limits; every one can be changed through `resourceLimits({ limits })`. */
export const LIMITS = Object.freeze({
  /** Largest single message (the `ws` `maxPayload`); a workshop file is at most 5 MB. */
  messageBytes: 8 * 1024 * 1024,
  /** Yjs state of one room, all its documents together (a full workshop of 50 partners fits with room to spare). */
  roomBytes: 8 * 1024 * 1024,
  /** What a socket may send before a document on it is admitted. */
  unauthenticatedBytes: 8 * 1024 * 1024,
  /** How long a socket may stay open without a document admitted. */
  authenticationMs: 10_000,
  /** How long a refused socket has to take its refusal before it is cut off. */
  refusedGraceMs: 1_000,
  /** Messages per second a socket may send on average, and at once (the first sync of 51 documents is about 200). */
  messagesPerSecond: 200,
  messageBurst: 2_000,
  /** Bytes per second a socket may send on average, and at once (a whole room, twice). */
  bytesPerSecond: 1024 * 1024,
  byteBurst: 16 * 1024 * 1024,
  /** A socket's outgoing buffer beyond which it is dropped (a whole room, twice: the first sync of a full room fits). */
  outgoingBytes: 16 * 1024 * 1024,
  /** All outgoing buffers together beyond which the sockets holding more than `outgoingHeavyBytes` are dropped. */
  outgoingTotalBytes: 192 * 1024 * 1024,
  outgoingHeavyBytes: 1024 * 1024,
});

/** Close codes and reasons sent to devices. */
export const LIMIT_REASONS = /** @type {const} */ ({
  unauthenticated: 'authentication-timeout',
  unauthenticatedTooLarge: 'authentication-too-large',
  slowReader: 'too-slow',
  roomFull: 'room-full',
  stateless: 'stateless-refused',
});

/** A refusal Hocuspocus turns into a close of the document connection with `reason` (no stack logged). */
class Refusal {
  /**
   * @param {string} reason
   * @param {number} [code]
   */
  constructor(reason, code = 4413) {
    this.reason = reason;
    this.code = code;
  }
}

/**
 * @typedef {object} ResourceLimits
 * @property {import('@hocuspocus/server').Extension} extension the per-message checks, first among the extensions
 * @property {(server: import('@hocuspocus/server').Server) => void} attach watches the server's sockets and stores
 * @property {() => { sockets: number, refusedClosed: number, throttled: number, dropped: number, roomFull: number, stateless: number, stores: number }} counts
 */

/**
 * @param {{ log?: (line: string) => void, limits?: Partial<typeof LIMITS> }} [options]
 * @returns {ResourceLimits}
 */
export function resourceLimits({ log = () => {}, limits: overrides = {} } = {}) {
  const limits = { ...LIMITS, ...overrides };
  const counts = { sockets: 0, refusedClosed: 0, throttled: 0, dropped: 0, roomFull: 0, stateless: 0, stores: 0 };
  /** Sockets whose outgoing buffer was seen above `outgoingHeavyBytes`. */
  const heavy = new Set();
  const rooms = roomSizes(limits.roomBytes);
  /** @type {NodeJS.Timeout | undefined} */
  let releaseTimer;

  /**
   * @param {import('ws').WebSocket} socket
   * @param {string} why
   */
  const drop = (socket, why) => {
    if (socket.readyState > 1) return;
    counts.dropped++;
    heavy.delete(socket);
    log(`dropped a device that does not read (${why})`);
    socket.terminate();
    // What was waiting for it is garbage now; an idle server would keep it until its next collection.
    clearTimeout(releaseTimer);
    releaseTimer = setTimeout(collectGarbage, 1_000);
    releaseTimer.unref();
  };

  /** @param {import('ws').WebSocket} socket */
  const watch = (socket) => {
    counts.sockets++;
    /** Documents admitted on this socket (names as sent); messages for others count as unauthenticated. */
    const admitted = new Set();
    let refused = false;
    let unauthenticated = 0;
    const messages = bucket(limits.messagesPerSecond, limits.messageBurst);
    const bytes = bucket(limits.bytesPerSecond, limits.byteBurst);
    /** @type {NodeJS.Timeout | undefined} */
    let resumeTimer;
    /** @type {NodeJS.Timeout | undefined} */
    let cutTimer;
    const counted = new WeakSet();

    const authTimer = setTimeout(() => {
      if (admitted.size) return;
      socket.close(4408, LIMIT_REASONS.unauthenticated);
      cutTimer ??= setTimeout(() => socket.terminate(), limits.refusedGraceMs);
    }, limits.authenticationMs);

    const refuse = () => {
      if (refused) return;
      refused = true;
      counts.refusedClosed++;
      // The refusal itself is already in the outgoing buffer: close behind it, then cut off.
      socket.close(4401, 'permission-denied');
      cutTimer = setTimeout(() => socket.terminate(), limits.refusedGraceMs);
    };

    const emit = socket.emit;
    socket.emit = function (/** @type {string | symbol} */ event, /** @type {unknown[]} */ ...args) {
      if (event === 'message') {
        if (refused || socket.readyState !== 1) return false;
        const data = /** @type {Buffer} */ (args[0]);
        // Hocuspocus hands messages queued during authentication to itself again: count them once.
        if (!counted.has(data)) {
          counted.add(data);
          if (!admitted.has(documentNameOf(data))) {
            unauthenticated += data.length;
            if (unauthenticated > limits.unauthenticatedBytes) {
              socket.close(4413, LIMIT_REASONS.unauthenticatedTooLarge);
              cutTimer ??= setTimeout(() => socket.terminate(), limits.refusedGraceMs);
              return false;
            }
          }
          const wait = Math.max(messages.take(1), bytes.take(data.length));
          if (wait > 0 && !socket.isPaused) {
            counts.throttled++;
            socket.pause();
            clearTimeout(resumeTimer);
            resumeTimer = setTimeout(function resume() {
              const more = Math.max(messages.debt(), bytes.debt());
              if (more > 0) resumeTimer = setTimeout(resume, more);
              else if (socket.readyState === 1) socket.resume();
            }, wait);
          }
        }
      }
      return emit.call(this, event, ...args);
    };

    const send = socket.send;
    socket.send = function (/** @type {any} */ data, /** @type {any[]} */ ...rest) {
      const answer = authenticationAnswer(data);
      if (answer?.kind === AUTH_ANSWER.permissionDenied) {
        send.call(this, data, ...rest);
        refuse();
        return;
      }
      if (answer?.kind === AUTH_ANSWER.authenticated) {
        admitted.add(answer.name);
        clearTimeout(authTimer);
      }
      send.call(this, data, ...rest);
      const buffered = socket.bufferedAmount;
      if (buffered > limits.outgoingBytes) {
        drop(socket, `${mib(buffered)} waiting to be sent`);
      } else if (buffered > limits.outgoingHeavyBytes) {
        heavy.add(socket);
        let total = 0;
        for (const other of heavy) {
          const amount = other.readyState === 1 ? other.bufferedAmount : 0;
          if (amount <= limits.outgoingHeavyBytes) heavy.delete(other);
          total += amount;
        }
        if (total > limits.outgoingTotalBytes) drop(socket, `${mib(total)} waiting to be sent to all devices`);
      }
    };

    socket.once('close', () => {
      clearTimeout(authTimer);
      clearTimeout(resumeTimer);
      clearTimeout(cutTimer);
      heavy.delete(socket);
    });
  };

  /** @type {import('@hocuspocus/server').Extension} */
  const extension = {
    extensionName: 'netwerkambitie-limits',
    // Before the guard, so that a change too large for its room is not first tried on a shadow copy.
    priority: 1000,

    async beforeHandleMessage({ update, document, documentName }) {
      const message = readMessage(update);
      if (!message) return;
      if (message.type === MESSAGE.broadcastStateless) {
        counts.stateless++;
        throw new Refusal(LIMIT_REASONS.stateless, 4400);
      }
      if ((message.type === MESSAGE.sync || message.type === MESSAGE.syncReply) && message.step !== SYNC_STEP.one) {
        if (!rooms.fits(documentName, document, message.size)) {
          counts.roomFull++;
          log(`refused a change to room "${parseDocumentName(documentName).room}": over ${mib(limits.roomBytes)}`);
          throw new Refusal(LIMIT_REASONS.roomFull);
        }
      }
    },

    async afterLoadDocument({ documentName, document }) {
      rooms.loaded(documentName, document);
    },

    async onChange({ documentName, update }) {
      rooms.grew(documentName, update.length);
    },

    async afterStoreDocument() {
      counts.stores++;
    },

    async afterUnloadDocument({ documentName }) {
      rooms.unloaded(documentName);
    },
  };

  return {
    extension,
    attach(server) {
      // Before Hocuspocus's own listener, so that the socket is watched before it reads anything.
      server.webSocketServer.prependListener('connection', watch);
      server.hocuspocus.debouncer = singleStoreDebouncer(log);
      shareBroadcasts();
    },
    counts: () => ({ ...counts }),
  };
}

/**
 * The size of each room's Yjs state, all its documents together: measured when a
 * document is loaded and stored, estimated in between by adding the changes (which
 * overcounts deletions, so a room near the limit is measured again before a refusal).
 * @param {number} limit
 */
function roomSizes(limit) {
  /** @type {Map<string, { size: number, document?: import('yjs').Doc }>} by document name */
  const documents = new Map();
  /** @type {Map<string, Set<string>>} document names by room */
  const byRoom = new Map();
  /** Rooms changed since they were last measured (only those are measured again before a refusal). */
  const changed = new Set();

  /** @param {string} name */
  const roomOf = (name) => {
    try {
      return parseDocumentName(name).room;
    } catch {
      return name;
    }
  };
  /** @param {string} name */
  const entry = (name) => {
    let found = documents.get(name);
    if (!found) {
      found = { size: 0 };
      documents.set(name, found);
      const room = roomOf(name);
      if (!byRoom.has(room)) byRoom.set(room, new Set());
      byRoom.get(room)?.add(name);
    }
    return found;
  };
  /** @param {string} room */
  const total = (room) => {
    let sum = 0;
    for (const name of byRoom.get(room) ?? []) sum += documents.get(name)?.size ?? 0;
    return sum;
  };
  /** @param {import('yjs').Doc} document */
  const encodedSize = (document) => Y.encodeStateAsUpdate(document).length;

  return {
    /**
     * @param {string} name
     * @param {import('yjs').Doc} document
     */
    loaded(name, document) {
      Object.assign(entry(name), { size: encodedSize(document), document });
    },
    /**
     * @param {string} name
     * @param {number} bytes
     */
    grew(name, bytes) {
      entry(name).size += bytes;
      changed.add(roomOf(name));
    },
    /** @param {string} name a document no longer in memory keeps its last size: it still counts for its room */
    unloaded(name) {
      const found = documents.get(name);
      if (found) found.document = undefined;
    },
    /**
     * Whether `bytes` more fit in the room of `name`.
     * @param {string} name
     * @param {import('yjs').Doc} document
     * @param {number} bytes
     */
    fits(name, document, bytes) {
      const room = roomOf(name);
      if (!documents.has(name)) Object.assign(entry(name), { size: encodedSize(document), document });
      if (total(room) + bytes <= limit) return true;
      if (!changed.has(room)) return false;
      // Measure exactly before refusing: deletions may have made the estimate too high.
      changed.delete(room);
      for (const other of byRoom.get(room) ?? []) {
        const found = documents.get(other);
        if (found?.document) found.size = encodedSize(found.document);
      }
      return total(room) + bytes <= limit;
    },
  };
}

/**
 * A token bucket: `take` spends and returns how long (ms) until the bucket is no longer in debt.
 * @param {number} perSecond
 * @param {number} burst
 */
function bucket(perSecond, burst) {
  let level = burst;
  let at = Date.now();
  const refill = () => {
    const now = Date.now();
    level = Math.min(burst, level + ((now - at) * perSecond) / 1000);
    at = now;
  };
  const debt = () => {
    refill();
    return level >= 0 ? 0 : Math.ceil((-level * 1000) / perSecond);
  };
  return {
    /** @param {number} amount */
    take(amount) {
      refill();
      level -= amount;
      return debt();
    },
    debt,
  };
}

/**
 * The authentication answer (`AUTH_ANSWER.permissionDenied` or `AUTH_ANSWER.authenticated`) in a message the server sends, if it is one.
 * @param {unknown} data
 * @returns {{ kind: number, name: string } | undefined}
 */
function authenticationAnswer(data) {
  if (!(data instanceof Uint8Array)) return undefined;
  try {
    const reader = new Reader(data);
    const name = reader.string();
    if (reader.uint() !== MESSAGE.auth) return undefined;
    return { kind: reader.uint(), name };
  } catch {
    return undefined;
  }
}

/**
 * The document name a message is for ('' when it cannot be read).
 * @param {Uint8Array} data
 */
function documentNameOf(data) {
  try {
    return new Reader(data).string();
  } catch {
    return '';
  }
}

/**
 * The type of a message from a device, and for sync messages the step and the size of the change.
 * @param {Uint8Array} data
 * @returns {{ type: number, step?: number, size: number } | undefined}
 */
function readMessage(data) {
  try {
    const reader = new Reader(data);
    reader.bytes(); // the document
    const type = reader.uint();
    if (type !== MESSAGE.sync && type !== MESSAGE.syncReply) return { type, size: 0 };
    const step = reader.uint();
    return { type, step, size: data.length - reader.pos };
  } catch {
    return undefined;
  }
}

/**
 * A replacement for Hocuspocus's debouncer (same methods) that keeps at most one
 * store running and one waiting per room. Hocuspocus 3.4's own, once `maxDebounce`
 * has passed, starts a store for every change, each waiting for the one before:
 * under a stream of changes, one write per change, and minutes to stop.
 * A store that fails is logged; it never becomes an unhandled rejection.
 * @param {(line: string) => void} log
 */
export function singleStoreDebouncer(log) {
  /** @type {Map<string, { timeout: NodeJS.Timeout, start: number, func: () => Promise<unknown> }>} */
  const timers = new Map();
  /** @type {Map<string, Promise<unknown>>} */
  const running = new Map();
  /** @type {Map<string, { promise: Promise<unknown>, func: () => unknown }>} */
  const waiting = new Map();

  /**
   * @param {string} id
   * @param {() => unknown} func
   */
  const execute = (id, func) => {
    const execution = Promise.resolve()
      .then(func)
      .catch((error) => log(`store failed (${id}): ${error?.message ?? error?.reason ?? error}`))
      .finally(() => {
        if (running.get(id) === execution) running.delete(id);
      });
    running.set(id, execution);
    return execution;
  };

  /**
   * Runs `func` now, or once after the running store when one runs (the latest `func` wins).
   * @param {string} id
   * @param {() => unknown} func
   */
  const run = (id, func) => {
    timers.delete(id);
    const queued = waiting.get(id);
    if (queued) {
      queued.func = func;
      return queued.promise;
    }
    const current = running.get(id);
    if (!current) return execute(id, func);
    /** @type {{ promise: Promise<unknown>, func: () => unknown }} */
    const next = { func, promise: Promise.resolve() };
    next.promise = current.then(() => {
      waiting.delete(id);
      return execute(id, next.func);
    });
    waiting.set(id, next);
    return next.promise;
  };

  return {
    /**
     * @param {string} id
     * @param {() => unknown} func
     * @param {number} wait
     * @param {number} maxWait
     */
    debounce(id, func, wait, maxWait) {
      const old = timers.get(id);
      const start = old?.start ?? Date.now();
      if (old) clearTimeout(old.timeout);
      if (wait === 0 || Date.now() - start >= maxWait) return run(id, func);
      const later = () => run(id, func);
      timers.set(id, { start, timeout: setTimeout(later, wait), func: later });
      return Promise.resolve();
    },
    /** @param {string} id */
    executeNow(id) {
      const old = timers.get(id);
      if (!old) return undefined;
      clearTimeout(old.timeout);
      return old.func();
    },
    /** @param {string} id */
    isDebounced: (id) => timers.has(id),
    /** @param {string} id */
    isCurrentlyExecuting: (id) => running.has(id) || waiting.has(id),
  };
}

/** @type {(() => void) | undefined} */
let gc;
/** Runs a full garbage collection (returning the buffers of dropped devices to the system). */
function collectGarbage() {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc');
  }
  gc?.();
}

const SHARED = Symbol('netwerkambitie: one copy per broadcast');

/**
 * Makes every document send each change to its devices as one shared message,
 * rather than one copy per device (Hocuspocus 3.4.4's `Document.handleUpdate`, the
 * pinned version, otherwise unchanged). Applies to documents created afterwards.
 */
function shareBroadcasts() {
  const prototype = /** @type {any} */ (Document.prototype);
  if (prototype[SHARED]) return;
  prototype[SHARED] = true;
  /**
   * @this {any}
   * @param {Uint8Array} update
   * @param {unknown} connection
   */
  prototype.handleUpdate = function (update, connection) {
    this.callbacks.onUpdate(this, connection, update);
    const message = new OutgoingMessage(this.name).createSyncMessage().writeUpdate(update).toUint8Array();
    for (const each of this.getConnections()) each.send(message);
    return this;
  };
}

/**
 * Stops the server within `deadlineMs`: resolves with the names of the rooms still
 * open (not stored) when the deadline passed, or an empty list.
 * @param {{ stop: () => Promise<void>, server: import('@hocuspocus/server').Server }} sync
 * @param {number} deadlineMs
 * @returns {Promise<string[]>}
 */
export async function stopWithin(sync, deadlineMs) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const late = new Promise((done) => (timer = setTimeout(() => done('late'), deadlineMs)));
  const outcome = await Promise.race([sync.stop().then(() => 'stopped'), late]);
  clearTimeout(timer);
  return outcome === 'stopped' ? [] : [...sync.server.hocuspocus.documents.keys()];
}

/** @param {number} bytes */
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
