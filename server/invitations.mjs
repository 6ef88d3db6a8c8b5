// Partner invitations: a link per partner that the server makes for a
// facilitator, with a short code to type on a phone, and that the facilitator
// can revoke. They are kept like the workshops themselves (in the server's
// storage, through Hocuspocus documents that no device may open):
//   `<room>/invitations`  the room's invitations, by id
//   `~codes`              every short code, with its room and invitation

import { randomBytes, randomUUID } from 'node:crypto';
import { signToken } from './token.mjs';

/** The characters of a short code: no 0/O or 1/I to mix up. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** How long an invitation's link works. */
const INVITATION_DAYS = 30;

/** The name of the document that keeps a room's invitations. */
export const invitationsDocumentName = (/** @type {string} */ room) => `${room}/invitations`;
/** The document of every short code; never a room, as workshop ids have no `~`. */
export const CODES_DOCUMENT = '~codes';

/** A short code as people read and type it: `ABCD-EFGH`. */
function newCode() {
  const bytes = randomBytes(8);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** A typed code as stored: upper case, with its dash, or `undefined` when it cannot be one. */
export function normalizeCode(/** @type {unknown} */ typed) {
  if (typeof typed !== 'string') return undefined;
  const chars = typed.toUpperCase().replace(/[\s-]/g, '');
  if (chars.length !== 8 || [...chars].some((c) => !CODE_ALPHABET.includes(c))) return undefined;
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/**
 * @typedef {{ id: string, partner: string, name: string, code: string, created: string, exp: number, revoked: boolean }} Invitation
 */

/**
 * The invitations of a server.
 * @param {import('@hocuspocus/server').Hocuspocus} instance
 * @param {string} secret signs the links' tokens
 */
export function invitationBook(instance, secret) {
  /**
   * Runs `work` on a document the server keeps and no device opens.
   * @template T
   * @param {string} name
   * @param {(doc: import('yjs').Doc) => T} work
   * @returns {Promise<T>}
   */
  const withDocument = async (name, work) => {
    const direct = await instance.openDirectConnection(name, { role: 'server' });
    try {
      /** @type {T} */
      let result;
      await direct.transact((doc) => {
        result = work(doc);
      });
      // @ts-expect-error assigned in the transaction
      return result;
    } finally {
      await direct.disconnect();
    }
  };

  /** @param {import('yjs').Doc} doc */
  const entries = (doc) => doc.getMap('invitations');

  /**
   * The link of an invitation: the service's page with the workshop, the sync address and the token.
   * @param {string} origin the service's http(s) origin
   * @param {string} room
   * @param {Invitation} invitation
   */
  const linkOf = (origin, room, invitation) => {
    const token = signToken(secret, {
      room,
      role: 'partner',
      partner: invitation.partner,
      inv: invitation.id,
      exp: invitation.exp,
    });
    return serviceLink(origin, room, token);
  };

  return {
    /**
     * Every invitation of `room`, newest last, with its link.
     * @param {string} room
     * @param {string} origin
     */
    async list(room, origin) {
      const found = await withDocument(
        invitationsDocumentName(room),
        (doc) => /** @type {Invitation[]} */ ([...entries(doc).values()]),
      );
      return found
        .sort((a, b) => a.created.localeCompare(b.created))
        .map((invitation) => ({ ...invitation, link: linkOf(origin, room, invitation) }));
    },

    /**
     * A new invitation for `partner`; the partner's earlier invitations are revoked.
     * @param {string} room
     * @param {{ partner: string, name: string }} who
     * @param {string} origin
     */
    async create(room, { partner, name }, origin) {
      const code = newCode();
      /** @type {Invitation} */
      const invitation = {
        id: randomUUID(),
        partner,
        name,
        code,
        created: new Date().toISOString(),
        exp: Math.floor(Date.now() / 1000 + INVITATION_DAYS * 24 * 3600),
        revoked: false,
      };
      await withDocument(invitationsDocumentName(room), (doc) => {
        const all = entries(doc);
        for (const [id, earlier] of all)
          if (earlier.partner === partner && !earlier.revoked) all.set(id, { ...earlier, revoked: true });
        all.set(invitation.id, invitation);
      });
      await withDocument(CODES_DOCUMENT, (doc) => doc.getMap('codes').set(code, { room, invitation: invitation.id }));
      return { ...invitation, link: linkOf(origin, room, invitation) };
    },

    /**
     * Revokes an invitation: its link and code stop working. `false` when there is none.
     * @param {string} room
     * @param {string} id
     */
    async revoke(room, id) {
      const invitation = await withDocument(invitationsDocumentName(room), (doc) => {
        const all = entries(doc);
        const found = all.get(id);
        if (found) all.set(id, { ...found, revoked: true });
        return found;
      });
      if (!invitation) return false;
      await withDocument(CODES_DOCUMENT, (doc) => doc.getMap('codes').delete(invitation.code));
      // A device that joined with it leaves the workshop now.
      for (const [name, document] of instance.documents)
        if (name === room || name.startsWith(`${room}/`))
          for (const connection of document.getConnections())
            if (connection.context?.inv === id) connection.close({ code: 4401, reason: 'token-revoked' });
      return true;
    },

    /**
     * The link a short code stands for, or `undefined` when there is no such (active) code.
     * @param {string} code as stored (`normalizeCode`)
     * @param {string} origin
     */
    async join(code, origin) {
      const entry = await withDocument(CODES_DOCUMENT, (doc) => doc.getMap('codes').get(code));
      if (!entry) return undefined;
      const invitation = await withDocument(invitationsDocumentName(entry.room), (doc) =>
        entries(doc).get(entry.invitation),
      );
      if (!invitation || invitation.revoked) return undefined;
      return linkOf(origin, entry.room, invitation);
    },

    /**
     * Whether the invitation `id` of `room` was revoked (or never made here).
     * @param {string} room
     * @param {string} id
     */
    async revoked(room, id) {
      const invitation = await withDocument(invitationsDocumentName(room), (doc) => entries(doc).get(id));
      return !invitation || invitation.revoked;
    },
  };
}

/**
 * The link that opens `room` on the service's page, as the holder of `token`.
 * @param {string} origin the service's http(s) origin
 * @param {string} room
 * @param {string} token
 */
export function serviceLink(origin, room, token) {
  const sync = origin.replace(/^http/, 'ws');
  return `${origin}/#${new URLSearchParams({ workshop: room, sync, token })}`;
}
