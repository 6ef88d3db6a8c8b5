import { msg, str } from '@lit/localize';
import { refusalReason } from '../sync/messages.js';

/** A partner's invitation, as the workshop service keeps it. */
export interface Invitation {
  id: string;
  /** The partner id the link is for. */
  partner: string;
  /** The partner's name when the invitation was made. */
  name: string;
  /** The short code to type on the service's start page, `ABCD-EFGH`. */
  code: string;
  /** The partner's link: the service's page with the workshop, the sync address and the partner's token. */
  link: string;
  /** When it was made (ISO 8601). */
  created: string;
  /** A revoked invitation's link and code no longer work. */
  revoked: boolean;
}

/**
 * What went wrong in a call to the workshop service: the service's error code
 * (`token-expired`, `unknown-code`, …), `network` when it could not be
 * reached, or `unexpected` for an answer it does not describe.
 */
export class ServiceError extends Error {
  constructor(
    readonly code: string,
    readonly status?: number,
  ) {
    super(`netwerkambitie: the workshop service answered ${status ?? 'nothing'} (${code})`);
  }
}

/** Where the workshop service of a sync address answers HTTP: `wss://host/x` → `https://host`. */
export function serviceOrigin(sync: string): string | undefined {
  try {
    const url = new URL(sync);
    const protocol = { 'ws:': 'http:', 'wss:': 'https:', 'http:': 'http:', 'https:': 'https:' }[url.protocol];
    return protocol && `${protocol}//${url.host}`;
  } catch {
    return undefined;
  }
}

/**
 * Calls the workshop service and reads its JSON answer; a refusal becomes a
 * `ServiceError` with the service's error code.
 */
async function call<T>(url: string, method: string, { token, body }: { token?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ServiceError('network');
  }
  const data = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) {
    const code = (data as { error?: unknown } | undefined)?.error;
    throw new ServiceError(typeof code === 'string' ? code : 'unexpected', response.status);
  }
  return data as T;
}

/** The invitations of one workshop, for the facilitator that holds `token`. */
export interface InvitationsApi {
  list(): Promise<Invitation[]>;
  /** A new invitation for a partner; the service revokes the partner's earlier one. */
  create(partner: string, name: string): Promise<Invitation>;
  revoke(id: string): Promise<void>;
}

export function invitationsApi(origin: string, room: string, token: string): InvitationsApi {
  const base = `${origin}/api/rooms/${encodeURIComponent(room)}/invitations`;
  return {
    list: async () => (await call<{ invitations: Invitation[] }>(base, 'GET', { token })).invitations,
    create: (partner, name) => call<Invitation>(base, 'POST', { token, body: { partner, name } }),
    revoke: async (id) => void (await call(`${base}/${encodeURIComponent(id)}`, 'DELETE', { token })),
  };
}

/** The link a partner's short code stands for (on the service's own origin). */
export const joinByCode = async (code: string): Promise<string> =>
  (await call<{ link: string }>('/api/join', 'POST', { body: { code } })).link;

/** The facilitator's link of a new (or existing) workshop, for an organiser who knows the service's secret. */
export const startWorkshop = async (secret: string, workshop: string): Promise<string> =>
  (await call<{ link: string }>('/api/start', 'POST', { body: { secret, workshop } })).link;

/** What went wrong, in words, for the user; call while rendering (or inside `inLanguage`). */
export function serviceErrorMessage(error: unknown): string {
  const code = error instanceof ServiceError ? error.code : 'unexpected';
  switch (code) {
    case 'token-missing':
    case 'token-invalid':
    case 'token-expired':
    case 'token-other-room':
    case 'facilitator-only':
      return msg(str`De workshopserver weigert dit: ${refusalReason(code)}. Er is niets veranderd.`);
    case 'bad-request':
      return msg('De workshopserver begreep dit verzoek niet. Er is niets veranderd.');
    case 'unknown-code':
      return msg('Deze code kent de server niet. Controleer de code, of vraag de begeleider om een nieuwe.');
    case 'too-many-attempts':
      return msg('Te veel pogingen. Wacht een paar minuten en probeer het dan opnieuw.');
    case 'wrong-secret':
      return msg('Het organisatorwachtwoord klopt niet.');
    case 'bad-workshop-id':
      return msg(
        'Deze workshopnaam kan niet: gebruik 1 tot 80 letters, cijfers, punten, liggende streepjes of koppeltekens, zonder spaties.',
      );
    case 'no-organiser-secret':
      return msg(
        'Op deze server kun je hier geen workshop starten: er is geen organisatorwachtwoord ingesteld. Maak de links met npm run sync-links op de server.',
      );
    case 'network':
      return msg('De workshopserver is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.');
    default:
      return msg('De workshopserver gaf een onverwacht antwoord. Er is niets veranderd; probeer het opnieuw.');
  }
}
