import type { Role } from '../model/store-api.js';

/** What a sync token says about the device that holds it. */
export interface TokenClaims {
  /** The workshop id the token opens. */
  room: string;
  role: Role;
  /** The partner id, for a partner's token. */
  partner?: string;
  /** When the token stops working, in seconds since 1970. */
  exp: number;
}

/**
 * Reads the claims of a sync token (`base64url(JSON).signature`) without
 * checking its signature: only the server can do that. Returns `undefined`
 * for anything that is not a well-formed token.
 */
export function readToken(token: string | null | undefined): TokenClaims | undefined {
  const body = token?.split('.')[0];
  if (!body) return undefined;
  try {
    const base64 = body.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const { room, role, partner, exp } = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    if (typeof room !== 'string' || !room || typeof exp !== 'number') return undefined;
    if (role === 'facilitator') return { room, role, exp };
    if (role === 'partner' && typeof partner === 'string' && partner) return { room, role, partner, exp };
  } catch {
    // not base64 or not JSON
  }
  return undefined;
}
