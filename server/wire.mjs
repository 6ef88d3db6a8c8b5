// The parts of the Hocuspocus wire format the server looks into: message
// types, the Yjs sync steps inside a sync message, and a reader for the
// variable-length integers, byte arrays and strings of a message.

/** Hocuspocus message types. */
export const MESSAGE = /** @type {const} */ ({ sync: 0, auth: 2, syncReply: 4, stateless: 5, broadcastStateless: 6 });
/** The answers inside an authentication message from the server. */
export const AUTH_ANSWER = /** @type {const} */ ({ permissionDenied: 1, authenticated: 2 });
/** The Yjs sync steps inside a sync message. */
export const SYNC_STEP = /** @type {const} */ ({ one: 0, two: 1, update: 2 });

const decoder = new TextDecoder();

/** Reads a message front to back; throws a `RangeError` where it ends early or is malformed. */
export class Reader {
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
    return decoder.decode(this.bytes());
  }
}
