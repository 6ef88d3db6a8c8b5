// The rule the server enforces for partner devices, whatever their screen
// allows: only a facilitator moves the workshop to another step or reveals the
// cards (the `step` and `revealed` keys of the shared document's `na:meta` map).
//
// A partner's document update is first applied to a shadow copy of the room.
// If `step` or `revealed` would change there, or the update leans on changes
// the server has not seen (which could change them later), the update is
// refused by throwing: Hocuspocus then neither applies nor broadcasts it, and
// closes that device's connection to the room with the reason.

import * as Y from 'yjs';

/** Reasons a partner device's connection to a room is closed. */
export const VIOLATIONS = /** @type {const} */ ({
  facilitatorOnly: 'facilitator-only',
  outOfOrder: 'out-of-order',
});

const GUARDED_KEYS = ['step', 'revealed'];

// Hocuspocus message types and the Yjs sync steps inside a sync message.
const SYNC = 0;
const SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * A refusal that Hocuspocus turns into a close of the connection with `reason`
 * (a plain object rather than an Error, so the server logs one line, not a stack).
 */
class Violation {
  /** @param {string} reason */
  constructor(reason) {
    this.reason = reason;
    this.code = 4403;
  }

  toString() {
    return `partner update refused: ${this.reason}`;
  }
}

/**
 * The guard as a Hocuspocus extension. It relies on `context.role`, set by the
 * authentication hook.
 * @returns {import('@hocuspocus/server').Extension}
 */
export function partnerGuard() {
  /** @type {WeakMap<Y.Doc, { shadow: Y.Doc, follow: (update: Uint8Array) => void }>} */
  const shadows = new WeakMap();
  /** Connections already refused, with the reason: later messages from them are refused too. */
  const refused = new WeakMap();

  /** @param {Y.Doc} document */
  const shadowOf = (document) => {
    let entry = shadows.get(document);
    if (!entry) {
      const shadow = new Y.Doc();
      Y.applyUpdate(shadow, Y.encodeStateAsUpdate(document));
      const follow = (/** @type {Uint8Array} */ update) => Y.applyUpdate(shadow, update);
      document.on('update', follow);
      entry = { shadow, follow };
      shadows.set(document, entry);
    }
    return entry.shadow;
  };

  /** @param {Y.Doc} document */
  const dropShadow = (document) => {
    const entry = shadows.get(document);
    if (!entry) return;
    document.off('update', entry.follow);
    entry.shadow.destroy();
    shadows.delete(document);
  };

  /**
   * @param {Y.Doc} document
   * @param {Uint8Array} update
   */
  const checkUpdate = (document, update) => {
    const shadow = shadowOf(document);
    const meta = shadow.getMap('na:meta');
    const before = GUARDED_KEYS.map((key) => meta.get(key));
    const pendingBefore = hasPending(shadow);
    try {
      Y.applyUpdate(shadow, update, 'partner-check');
    } catch {
      dropShadow(document);
      throw new Violation(VIOLATIONS.outOfOrder);
    }
    const changed = GUARDED_KEYS.some((key, i) => meta.get(key) !== before[i]);
    if (changed || (!pendingBefore && hasPending(shadow))) {
      dropShadow(document);
      throw new Violation(changed ? VIOLATIONS.facilitatorOnly : VIOLATIONS.outOfOrder);
    }
  };

  return {
    extensionName: 'netwerkambitie-partner-guard',

    async beforeHandleMessage({ connection, context, document, update }) {
      if (context?.role !== 'partner') return;
      if (refused.has(connection)) throw new Violation(refused.get(connection));
      try {
        const reader = new Reader(update);
        reader.string(); // the room
        const type = reader.uint();
        if (type === SYNC || type === SYNC_REPLY) {
          const step = reader.uint();
          if (step === SYNC_STEP_2 || step === SYNC_UPDATE) checkUpdate(document, reader.bytes());
        }
      } catch (error) {
        const violation = error instanceof Violation ? error : new Violation(VIOLATIONS.outOfOrder);
        refused.set(connection, violation.reason);
        throw violation;
      }
    },

    async beforeUnloadDocument({ document }) {
      dropShadow(document);
    },
  };
}

/** @param {Y.Doc} doc */
const hasPending = (doc) => doc.store.pendingStructs !== null || doc.store.pendingDs !== null;

/** Reads the variable-length integers, byte arrays and strings of the Yjs wire format. */
class Reader {
  /** @param {Uint8Array} bytes */
  constructor(bytes) {
    this.data = bytes;
    this.pos = 0;
  }

  uint() {
    let value = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= this.data.length) throw new RangeError('message ends early');
      const byte = this.data[this.pos++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
      if (shift > 53) throw new RangeError('integer too large');
    }
  }

  bytes() {
    const length = this.uint();
    if (this.pos + length > this.data.length) throw new RangeError('message ends early');
    const out = this.data.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }

  string() {
    return new TextDecoder().decode(this.bytes());
  }
}
