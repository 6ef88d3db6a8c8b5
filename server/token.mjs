// Access tokens for the sync server: `base64url(JSON payload).base64url(HMAC-SHA256)`.
// The payload binds a token to one room (workshop id), one role, for partners one
// partner id, and an expiry (`exp`, seconds since 1970). Only the server, which
// holds the secret, can make or check one; the browser only reads the payload.

import { createHmac, timingSafeEqual } from 'node:crypto';

/** @typedef {'facilitator' | 'partner'} Role */
/**
 * @typedef {{ room: string, role: Role, partner?: string, inv?: string, exp: number }} TokenPayload
 * `inv` names the invitation a partner's link was made for (links the server makes), so it can be revoked.
 */

/** Why a token was refused; the client receives this code and explains it in its own language. */
export const REFUSALS = /** @type {const} */ ({
  missing: 'token-missing',
  invalid: 'token-invalid',
  expired: 'token-expired',
  otherRoom: 'token-other-room',
  revoked: 'token-revoked',
});

/** The shortest secret the server accepts (in characters). */
export const MIN_SECRET_LENGTH = 32;

const ROLES = ['facilitator', 'partner'];

/**
 * @param {string} secret
 * @param {string} body
 */
const sign = (secret, body) => createHmac('sha256', secret).update(body).digest('base64url');

/**
 * Makes a token for `payload`, signed with `secret`.
 * @param {string} secret
 * @param {TokenPayload} payload
 * @returns {string}
 */
export function signToken(secret, payload) {
  const clean = { room: payload.room, role: payload.role, exp: Math.floor(payload.exp) };
  if (payload.role === 'partner') Object.assign(clean, { partner: payload.partner });
  if (payload.inv !== undefined) Object.assign(clean, { inv: payload.inv });
  if (!isPayload(clean)) throw new Error('A token needs a room, a role, a partner id for a partner, and an expiry.');
  const body = Buffer.from(JSON.stringify(clean), 'utf8').toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

/**
 * Checks `token` against `secret`, its expiry and the room it is used for.
 * @param {string} secret
 * @param {string | null | undefined} token
 * @param {string} room
 * @param {number} [now] milliseconds since 1970
 * @returns {{ ok: true, payload: TokenPayload } | { ok: false, reason: string }}
 */
export function verifyToken(secret, token, room, now = Date.now()) {
  if (!token) return { ok: false, reason: REFUSALS.missing };
  const [body, signature, ...rest] = token.split('.');
  if (!body || !signature || rest.length) return { ok: false, reason: REFUSALS.invalid };
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: REFUSALS.invalid };
  }
  let payload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: REFUSALS.invalid };
  }
  if (!isPayload(payload)) return { ok: false, reason: REFUSALS.invalid };
  if (payload.exp * 1000 <= now) return { ok: false, reason: REFUSALS.expired };
  if (payload.room !== room) return { ok: false, reason: REFUSALS.otherRoom };
  return { ok: true, payload };
}

/**
 * @param {unknown} value
 * @returns {value is TokenPayload}
 */
function isPayload(value) {
  if (typeof value !== 'object' || value === null) return false;
  const { room, role, partner, inv, exp } = /** @type {Record<string, unknown>} */ (value);
  return (
    (inv === undefined || (typeof inv === 'string' && inv.length > 0)) &&
    typeof room === 'string' &&
    room.length > 0 &&
    typeof role === 'string' &&
    ROLES.includes(role) &&
    (role === 'facilitator' ? partner === undefined : typeof partner === 'string' && partner.length > 0) &&
    typeof exp === 'number' &&
    Number.isFinite(exp)
  );
}
