// The rules the server enforces for every device, whatever its screen allows
// (the rules themselves are the model's: `dist/esm/model/rules.js`).
//
// Every document update from a device is first applied to a shadow copy of
// the document. There the change is checked against the device's role and
// partner and against the schema:
// - allowed: nothing more happens; Hocuspocus applies it and passes it on;
// - refused (a partner changing the title, another card, a value of the wrong
//   type, a workshop past its limits): the change is undone on the shadow, and
//   the change together with its undoing goes into the document as one update.
//   Every device, the sender too, receives both, so the sender returns to the
//   server's state and stays in step; the sender is told what was refused (a
//   stateless message `{"refused": [...]}`);
// - unreadable, leaning on changes the server has not seen, or nesting types
//   deeper than the schema allows: that device's connection to the document is
//   closed with the reason, and nothing is applied;
// - written under a Yjs client id that belongs to another device: closed, and
//   nothing applied. A device claims its client id (a stateless `{"own": id}`)
//   before it writes; the first claim binds that id to the device's role and
//   partner in the document itself (`na:authors`), so the binding is stored
//   with what was written and holds after a restart and on every server.
//   A device closed for this is told how far the server holds those ids
//   (`{"refused": ["relayed"], "held": {...}}`) and takes itself back in step.
//
// A partner's device is admitted to its own card and, once the facilitator has
// revealed the cards, to the other cards; never to the invitations.

import { createHmac } from 'node:crypto';
import * as Y from 'yjs';
import { parseDocumentName } from '../dist/esm/model/documents.js';
import { AUTHORS_ROOT, identityOf, refusals, typeRoots } from '../dist/esm/model/rules.js';
import { MESSAGE, Reader, SYNC_STEP } from './wire.mjs';

/** Reasons a device's connection to a document is closed or refused. */
export const VIOLATIONS = /** @type {const} */ ({
  unreadable: 'unreadable',
  outOfOrder: 'out-of-order',
  nesting: 'nesting',
  relayed: 'relayed',
  notRevealed: 'not-revealed',
  serverOnly: 'server-only',
});

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
    return `update refused: ${this.reason}`;
  }
}

/**
 * Whether the cards of `room` are revealed, read from its shared document
 * (opened for a moment when no device has it open).
 * @param {import('@hocuspocus/server').Hocuspocus} instance
 * @param {string} room
 */
export async function revealed(instance, room) {
  const open = instance.documents.get(room);
  if (open) return open.getMap('na:meta').get('revealed') === true;
  const direct = await instance.openDirectConnection(room, { role: 'facilitator' });
  try {
    return direct.document?.getMap('na:meta').get('revealed') === true;
  } finally {
    await direct.disconnect();
  }
}

/**
 * Whether a device with `who` may open `documentName`; throws the reason when not.
 * @param {import('@hocuspocus/server').Hocuspocus} instance
 * @param {string} documentName
 * @param {{ role: string, partner?: string }} who
 */
export async function admit(instance, documentName, who) {
  // The server's own documents (invitations, short codes) are opened by the server alone.
  if (documentName.startsWith('~') || documentName.endsWith('/invitations')) throw { reason: VIOLATIONS.serverOnly };
  if (who.role !== 'partner') return;
  const { room, partner } = parseDocumentName(documentName);
  if (partner === undefined || partner === who.partner) return;
  if (!(await revealed(instance, room))) throw { reason: VIOLATIONS.notRevealed };
}

/**
 * The guard as a Hocuspocus extension. It relies on `context.role` and
 * `context.partner`, set by the authentication hook. `secret` seals the
 * bindings of client ids it writes (the servers of one service share it).
 * @param {{ secret: string, log?: (line: string) => void }} options
 * @returns {import('@hocuspocus/server').Extension}
 */
export function guard({ secret, log = () => {} }) {
  /**
   * The binding of `client` to `identity` in document `name`, sealed so that a
   * device can pass it on (after a restart) but not make one.
   * @param {string} name
   * @param {string} client
   * @param {string} identity
   */
  const seal = (name, client, identity) =>
    `${identity} ${createHmac('sha256', secret).update(`${name}\n${client}\n${identity}`).digest('base64url').slice(0, 22)}`;
  /**
   * The identity `client` is bound to in `document`, if a server sealed it.
   * @param {Y.Doc & { name: string }} document
   * @param {string} client
   * @param {unknown} binding
   */
  const identityIn = (document, client, binding) => {
    if (typeof binding !== 'string') return undefined;
    const identity = binding.slice(0, binding.lastIndexOf(' '));
    return binding === seal(document.name, client, identity) ? identity : undefined;
  };

  /** @type {WeakMap<Y.Doc, { shadow: Y.Doc, follow: (update: Uint8Array) => void }>} */
  const shadows = new WeakMap();

  /** @param {Y.Doc & { name: string }} document */
  const shadowOf = (document) => {
    let entry = shadows.get(document);
    if (!entry) {
      const shadow = new Y.Doc();
      typeRoots(shadow, parseDocumentName(document.name).partner !== undefined);
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
   * Checks one update from `connection` on the shadow; applies a refused one
   * together with its undoing, and says what was refused.
   * @param {any} connection
   * @param {Y.Doc & { name: string }} document
   * @param {Uint8Array} update
   */
  const check = (connection, document, update) => {
    const shadow = shadowOf(document);
    const card = parseDocumentName(document.name).partner;
    const who = whoOf(connection);
    const origin = {};
    const undo = new Y.UndoManager(shadow, { trackedOrigins: new Set([origin]), captureTimeout: 0 });
    /** @type {Set<string>} */
    let refused = new Set();
    /** @type {number[]} the client ids the update added structs under */
    let writers = [];
    /** @param {Y.Transaction} transaction */
    const inspect = (transaction) => {
      if (transaction.origin !== origin) return;
      refused = refusals(transaction, who, card, (client, binding) => !!identityIn(document, client, binding));
      for (const [client, clock] of transaction.afterState)
        if (clock > (transaction.beforeState.get(client) ?? 0)) writers.push(client);
    };
    const pendingBefore = hasPending(shadow);
    shadow.on('afterTransaction', inspect);
    try {
      Y.applyUpdate(shadow, update, origin);
    } catch {
      dropShadow(document);
      throw new Violation(VIOLATIONS.unreadable);
    } finally {
      shadow.off('afterTransaction', inspect);
    }
    try {
      if (!pendingBefore && hasPending(shadow)) {
        dropShadow(document);
        throw new Violation(VIOLATIONS.outOfOrder);
      }
      if (refused.has('nesting')) {
        dropShadow(document);
        throw new Violation(VIOLATIONS.nesting);
      }
      const authors = document.getMap(AUTHORS_ROOT);
      const identity = identityOf(who);
      const foreign = writers.filter((client) => {
        const owner = identityIn(document, String(client), authors.get(String(client)));
        return owner !== undefined && owner !== identity;
      });
      if (foreign.length) {
        // Written under another device's client id: a device relaying what the
        // server no longer has (after a restart or a restored backup), or one
        // taking another's clock. Nothing of it is applied (it would take the
        // other device's place); the device is told how far the server holds
        // those client ids, so it can take itself back in step.
        dropShadow(document);
        const held = Object.fromEntries(foreign.map((client) => [client, Y.getState(document.store, client)]));
        log(`closed a ${who.role} device in "${document.name}": it wrote under client ids of another device`);
        connection.sendStateless(JSON.stringify({ refused: [VIOLATIONS.relayed], held }));
        throw new Violation(VIOLATIONS.relayed);
      }
      if (refused.size === 0) return;
      undo.undo();
      const both = Y.encodeStateAsUpdate(shadow, Y.encodeStateVector(document));
      Y.applyUpdate(document, both, connection);
      const what = [...refused];
      log(`refused a change by a ${who.role} device in "${document.name}": ${what.join(', ')}`);
      connection.sendStateless(JSON.stringify({ refused: what }));
    } finally {
      undo.destroy();
    }
  };

  /**
   * A device says which client id it writes under (`{"own": id}`), before it
   * sends anything written under it: a client id nobody has claimed becomes
   * that device's role and partner's, for good. Its claim of a client id that
   * is already another's changes nothing.
   * @param {any} connection
   * @param {Y.Doc & { name: string }} document
   * @param {string} payload
   */
  const claim = (connection, document, payload) => {
    let own;
    try {
      ({ own } = JSON.parse(payload));
    } catch {
      return;
    }
    if (!Number.isSafeInteger(own) || own < 0 || own >= 2 ** 32) return;
    const authors = document.getMap(AUTHORS_ROOT);
    const client = String(own);
    if (identityIn(document, client, authors.get(client))) return;
    document.transact(
      () => authors.set(client, seal(document.name, client, identityOf(whoOf(connection)))),
      guardOrigin,
    );
  };

  return {
    extensionName: 'netwerkambitie-guard',

    async beforeHandleMessage({ connection, document, update }) {
      const reader = new Reader(update);
      let body;
      try {
        reader.string(); // the document
        const type = reader.uint();
        if (type === MESSAGE.stateless) return claim(connection, document, reader.string());
        if (type !== MESSAGE.sync && type !== MESSAGE.syncReply) return;
        const step = reader.uint();
        if (step !== SYNC_STEP.two && step !== SYNC_STEP.update) return;
        body = reader.bytes();
      } catch {
        throw new Violation(VIOLATIONS.unreadable);
      }
      check(connection, document, body);
    },

    async onChange({ documentName, document, instance }) {
      // Cards taken back (the reveal undone): partners' devices leave the other cards.
      if (parseDocumentName(documentName).partner !== undefined) return;
      if (document.getMap('na:meta').get('revealed') === true) return;
      for (const [name, open] of instance.documents) {
        const { room, partner } = parseDocumentName(name);
        if (room !== documentName || partner === undefined) continue;
        for (const connection of open.getConnections())
          if (connection.context?.role === 'partner' && connection.context.partner !== partner)
            connection.close({ code: 4403, reason: VIOLATIONS.notRevealed });
      }
    },

    async beforeUnloadDocument({ document }) {
      dropShadow(document);
    },
  };
}

/**
 * The role and partner a connection was authenticated as.
 * @param {any} connection
 */
const whoOf = (connection) => ({ role: connection.context?.role ?? 'partner', partner: connection.context?.partner });

/** The origin of the server's own writes (whose client id is whose). */
const guardOrigin = { guard: true };

/** @param {Y.Doc} doc */
const hasPending = (doc) => doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
