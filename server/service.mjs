// The workshop service's web side: on the same origin as the sync server it
// serves the workshop page (`GET /`), the built files it loads, and a small
// JSON API for starting a workshop, partner invitations and joining by code.
// The page itself (`dist/service.js`) opens the workshop a link names, or shows
// the start page.

import { timingSafeEqual } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { extname, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeCode, serviceLink } from './invitations.mjs';
import { signToken, verifyToken } from './token.mjs';

/** Where the built files are. */
export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** A workshop id the service makes links for. */
export const WORKSHOP_ID = /^[A-Za-z0-9._-]{1,80}$/;

/** How long a facilitator's link from the start page works. */
const FACILITATOR_HOURS = 24 * 7;

/** The page's policy; `frameAncestors` are the sites that may show it in an iframe (besides itself). */
const policy = (/** @type {string} */ frameAncestors) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self' ws: wss:",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors 'self' ${frameAncestors}`.trim(),
  ].join('; ');

const PAGE = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>Netwerkambitie</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/service.js"></script>
  </head>
  <body>
    <main id="netwerkambitie"></main>
  </body>
</html>
`;

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json; charset=utf-8' };

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'Authorization, Content-Type',
  'access-control-allow-methods': 'GET, POST, DELETE',
};

/** At most this many code attempts per address per minute. */
const JOIN_ATTEMPTS = 20;

/**
 * The request handler, for Hocuspocus's `onRequest` hook.
 * @param {{
 *   secret: string,
 *   organiserSecret?: string,
 *   frameAncestors?: string,
 *   invitations: (instance: import('@hocuspocus/server').Hocuspocus) => ReturnType<typeof import('./invitations.mjs').invitationBook>,
 *   log: (line: string) => void,
 * }} options
 */
export function serviceHandler({ secret, organiserSecret, frameAncestors = '', invitations: invitationsOf, log }) {
  const csp = policy(frameAncestors);
  /** @type {Map<string, { count: number, since: number }>} */
  const attempts = new Map();

  /**
   * @param {import('node:http').ServerResponse} response
   * @param {number} status
   * @param {unknown} [body]
   */
  const json = (response, status, body) => {
    response.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      // The invitations are asked for from pages on other origins too (an intranet that embeds the
      // workshop); the facilitator's token goes in a header, never a cookie, so any origin may ask.
      ...CORS,
    });
    response.end(body === undefined ? '' : JSON.stringify(body));
  };

  /**
   * The service's own origin as the device sees it (behind a proxy: its forwarded host and protocol).
   * @param {import('node:http').IncomingMessage} request
   */
  const originOf = (request) => {
    const forwarded = String(request.headers['x-forwarded-proto'] ?? '')
      .split(',')[0]
      .trim();
    const protocol = forwarded === 'https' ? 'https' : 'http';
    return `${protocol}://${request.headers['x-forwarded-host'] ?? request.headers.host}`;
  };

  /**
   * The JSON body of a request (at most 16 KB), or `undefined`.
   * @param {import('node:http').IncomingMessage} request
   */
  const body = (request) =>
    new Promise((done) => {
      let text = '';
      request.setEncoding('utf8');
      request.on('data', (chunk) => {
        text += chunk;
        if (text.length > 16 * 1024) {
          request.destroy();
          done(undefined);
        }
      });
      request.on('end', () => {
        try {
          const value = JSON.parse(text);
          done(value && typeof value === 'object' && !Array.isArray(value) ? value : undefined);
        } catch {
          done(undefined);
        }
      });
      request.on('error', () => done(undefined));
    });

  /**
   * The facilitator's token of `room` from the request, or the reason it is refused.
   * @param {import('node:http').IncomingMessage} request
   * @param {string} room
   */
  const facilitator = (request, room) => {
    const header = String(request.headers.authorization ?? '');
    const token = header.startsWith('Bearer ') ? header.slice(7) : undefined;
    const result = verifyToken(secret, token, room);
    if (!result.ok) return { error: result.reason };
    if (result.payload.role !== 'facilitator') return { error: 'facilitator-only' };
    return {};
  };

  /** @param {string} a @param {string} b */
  const same = (a, b) => {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length === y.length && timingSafeEqual(x, y);
  };

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   * @param {ReturnType<typeof import('./invitations.mjs').invitationBook>} invitations
   * @returns {Promise<boolean>} whether it answered
   */
  const handle = async (request, response, invitations) => {
    const url = new URL(request.url ?? '/', 'http://service');
    const path = url.pathname;
    const method = request.method ?? 'GET';

    if ((method === 'GET' || method === 'HEAD') && (path === '/' || path === '/index.html')) {
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': csp,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
      });
      response.end(method === 'HEAD' ? undefined : PAGE);
      return true;
    }

    if ((method === 'GET' || method === 'HEAD') && /^\/(chunks\/)?[\w.-]+\.(js|map)$/.test(path)) {
      const file = resolve(DIST, normalize(`.${path}`));
      if (!file.startsWith(DIST)) return false;
      try {
        const { size } = statSync(file);
        response.writeHead(200, {
          'content-type': TYPES[/** @type {'.js' | '.map'} */ (extname(file))],
          'content-length': size,
          'x-content-type-options': 'nosniff',
          'cache-control': path.startsWith('/chunks/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        });
        if (method === 'HEAD') response.end();
        else createReadStream(file).pipe(response);
      } catch {
        json(response, 404, { error: 'not-found' });
      }
      return true;
    }

    if (method === 'POST' && path === '/api/start') {
      const given = await body(request);
      if (!organiserSecret) return (json(response, 404, { error: 'no-organiser-secret' }), true);
      if (!given || typeof given.secret !== 'string' || !same(given.secret, organiserSecret)) {
        log('refused a start of a workshop: wrong organiser secret');
        return (json(response, 403, { error: 'wrong-secret' }), true);
      }
      const workshop = given.workshop;
      if (typeof workshop !== 'string' || !WORKSHOP_ID.test(workshop))
        return (json(response, 400, { error: 'bad-workshop-id' }), true);
      const exp = Math.floor(Date.now() / 1000 + FACILITATOR_HOURS * 3600);
      const token = signToken(secret, { room: workshop, role: 'facilitator', exp });
      return (json(response, 200, { link: serviceLink(originOf(request), workshop, token) }), true);
    }

    if (method === 'POST' && path === '/api/join') {
      const address = request.socket.remoteAddress ?? '';
      const now = Date.now();
      const seen = attempts.get(address);
      const current = seen && now - seen.since < 60_000 ? seen : { count: 0, since: now };
      current.count++;
      attempts.set(address, current);
      if (current.count > JOIN_ATTEMPTS) return (json(response, 429, { error: 'too-many-attempts' }), true);
      const given = await body(request);
      const code = normalizeCode(given?.code);
      const link = code && (await invitations.join(code, originOf(request)));
      return (link ? json(response, 200, { link }) : json(response, 404, { error: 'unknown-code' }), true);
    }

    const match = /^\/api\/rooms\/([^/]+)\/invitations(?:\/([^/]+))?$/.exec(path);
    if (match && method === 'OPTIONS') {
      response.writeHead(204, { ...CORS, 'access-control-max-age': '600' });
      response.end();
      return true;
    }
    if (match) {
      let room;
      let id;
      try {
        room = decodeURIComponent(match[1]);
        id = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
      } catch {
        return (json(response, 400, { error: 'bad-request' }), true);
      }
      const { error } = facilitator(request, room);
      if (error) return (json(response, error === 'facilitator-only' ? 403 : 401, { error }), true);
      const origin = originOf(request);
      if (method === 'GET' && id === undefined)
        return (json(response, 200, { invitations: await invitations.list(room, origin) }), true);
      if (method === 'POST' && id === undefined) {
        const given = await body(request);
        const partner = given?.partner;
        const name = given?.name ?? '';
        if (
          typeof partner !== 'string' ||
          !partner ||
          partner.length > 200 ||
          typeof name !== 'string' ||
          name.length > 4000
        )
          return (json(response, 400, { error: 'bad-request' }), true);
        const made = await invitations.create(room, { partner, name }, origin);
        log(`made an invitation in room "${room}" for partner "${partner}"`);
        return (json(response, 201, made), true);
      }
      if (method === 'DELETE' && id !== undefined) {
        const done = await invitations.revoke(room, id);
        if (done) log(`revoked an invitation in room "${room}"`);
        return (done ? json(response, 204) : json(response, 404, { error: 'not-found' }), true);
      }
      return (json(response, 405, { error: 'method-not-allowed' }), true);
    }
    return false;
  };

  return async ({ request, response, instance }) => {
    let answered = false;
    try {
      answered = await handle(request, response, invitationsOf(instance));
    } catch (error) {
      log(`request ${request.method} ${request.url} failed: ${error instanceof Error ? error.message : error}`);
      if (!response.headersSent) json(response, 500, { error: 'server-error' });
      answered = true;
    }
    if (!answered) json(response, 404, { error: 'not-found' });
    // Hocuspocus answers every request itself unless a hook rejects without a reason.
    throw null;
  };
}
