// The workshop service's web side against the real server in this process:
// where it listens, the page it serves, starting a workshop with the
// organiser secret, invitations made for a facilitator's token, joining by
// short code, and a revoked link refused.
//
//   npm run test:server

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, afterEach, test } from 'node:test';
import { startSyncServer } from '../../server/sync-server.mjs';
import { AUTH, Wire, cleanUp, secret, tempFolder, token } from './support.mjs';

const ORGANISER = 'organiser secret of at least a few words';

/** @type {import('../../server/sync-server.mjs').SyncServer[]} */
const servers = [];

async function start() {
  const sync = await startSyncServer({
    secret,
    dbPath: join(tempFolder(), 'rooms.sqlite'),
    port: 0,
    organiserSecret: ORGANISER,
  });
  servers.push(sync);
  return { ...sync, http: `http://127.0.0.1:${sync.port}` };
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((sync) => sync.stop()));
  cleanUp();
});
after(cleanUp);

/** @param {string} url @param {RequestInit & { json?: unknown, bearer?: string }} [init] */
async function call(url, { json, bearer, ...init } = {}) {
  const response = await fetch(url, {
    ...init,
    headers: {
      ...(json === undefined ? {} : { 'content-type': 'application/json' }),
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined, text };
}

test('listens only on the address it is given, and says where', async () => {
  const sync = await start();
  const bound = sync.server.httpServer.address();
  assert.equal(typeof bound === 'object' && bound?.address, '127.0.0.1');
  assert.equal(sync.url, `ws://127.0.0.1:${sync.port}`);
});

test('serves the workshop page under a strict policy, and the built files it loads', async () => {
  const sync = await start();
  const page = await fetch(`${sync.http}/`);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type') ?? '', /text\/html/);
  assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  const html = await page.text();
  assert.match(html, /<script type="module" src="\/service.js"><\/script>/);
  assert.doesNotMatch(html, /<script>|style=/, 'no inline script or style');
  const script = await fetch(`${sync.http}/netwerkambitie.js`);
  assert.equal(script.status, 200);
  assert.match(script.headers.get('content-type') ?? '', /text\/javascript/);
  assert.equal((await fetch(`${sync.http}/service.js`)).status, 200);
  assert.equal((await fetch(`${sync.http}/../package.json`)).status, 404);
  assert.equal((await fetch(`${sync.http}/chunks/..%2F..%2Fpackage.json`)).status, 404);
});

test('starts a workshop for the organiser only, with a facilitator link to the page', async () => {
  const sync = await start();
  const wrong = await call(`${sync.http}/api/start`, { method: 'POST', json: { secret: 'guess', workshop: 'w1' } });
  assert.deepEqual([wrong.status, wrong.body], [403, { error: 'wrong-secret' }]);
  const bad = await call(`${sync.http}/api/start`, { method: 'POST', json: { secret: ORGANISER, workshop: 'a/b' } });
  assert.deepEqual([bad.status, bad.body], [400, { error: 'bad-workshop-id' }]);
  const made = await call(`${sync.http}/api/start`, {
    method: 'POST',
    json: { secret: ORGANISER, workshop: 'wijk-oost' },
  });
  assert.equal(made.status, 200);
  const link = new URL(made.body.link);
  assert.equal(link.origin, sync.http);
  const params = new URLSearchParams(link.hash.slice(1));
  assert.equal(params.get('workshop'), 'wijk-oost');
  assert.equal(params.get('sync'), sync.url);
  const wire = new Wire(sync.url);
  const answer = await wire.join('wijk-oost', /** @type {string} */ (params.get('token')));
  assert.equal(answer.sub, AUTH.authenticated);
  wire.end();
});

test('makes, lists and revokes invitations for a facilitator; a partner joins by link or code; a revoked one is refused', async () => {
  const sync = await start();
  const room = 'r-invite';
  const facilitator = token(room);
  const forbidden = await call(`${sync.http}/api/rooms/${room}/invitations`, {
    method: 'POST',
    json: { partner: 'zorg', name: 'Zorg' },
    bearer: token(room, 'partner', 'zorg'),
  });
  assert.deepEqual([forbidden.status, forbidden.body], [403, { error: 'facilitator-only' }]);
  const none = await call(`${sync.http}/api/rooms/${room}/invitations`, { bearer: token('other-room') });
  assert.deepEqual([none.status, none.body], [401, { error: 'token-other-room' }]);

  const made = await call(`${sync.http}/api/rooms/${room}/invitations`, {
    method: 'POST',
    json: { partner: 'zorg', name: 'Wijkverpleging Oost' },
    bearer: facilitator,
  });
  assert.equal(made.status, 201);
  assert.equal(made.headers.get('access-control-allow-origin'), '*');
  assert.match(made.body.code, /^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  const listed = await call(`${sync.http}/api/rooms/${room}/invitations`, { bearer: facilitator });
  assert.deepEqual(
    listed.body.invitations.map((/** @type {any} */ i) => [i.partner, i.name, i.code, i.revoked]),
    [['zorg', 'Wijkverpleging Oost', made.body.code, false]],
  );

  // By its code, typed on a phone in lower case without the dash, the partner gets the same link.
  const typed = made.body.code.toLowerCase().replace('-', '');
  const joined = await call(`${sync.http}/api/join`, { method: 'POST', json: { code: typed } });
  assert.deepEqual([joined.status, joined.body], [200, { link: made.body.link }]);
  const partnerToken = /** @type {string} */ (new URLSearchParams(new URL(made.body.link).hash.slice(1)).get('token'));
  const partner = new Wire(sync.url);
  assert.equal((await partner.join(room, partnerToken)).sub, AUTH.authenticated);

  // A new link for the same partner revokes the first.
  const again = await call(`${sync.http}/api/rooms/${room}/invitations`, {
    method: 'POST',
    json: { partner: 'zorg', name: 'Wijkverpleging Oost' },
    bearer: facilitator,
  });
  const after = await call(`${sync.http}/api/rooms/${room}/invitations`, { bearer: facilitator });
  assert.deepEqual(
    after.body.invitations.map((/** @type {any} */ i) => [i.code, i.revoked]),
    [
      [made.body.code, true],
      [again.body.code, false],
    ],
  );
  const old = await call(`${sync.http}/api/join`, { method: 'POST', json: { code: made.body.code } });
  assert.deepEqual([old.status, old.body], [404, { error: 'unknown-code' }]);
  const refused = new Wire(sync.url);
  const answer = await refused.join(room, partnerToken);
  assert.deepEqual([answer.sub, answer.reason], [AUTH.permissionDenied, 'token-revoked']);

  const revoked = await call(`${sync.http}/api/rooms/${room}/invitations/${again.body.id}`, {
    method: 'DELETE',
    bearer: facilitator,
  });
  assert.equal(revoked.status, 204);
  const gone = await call(`${sync.http}/api/join`, { method: 'POST', json: { code: again.body.code } });
  assert.equal(gone.status, 404);
  partner.end();
  refused.end();
});

test('opens no document of its own to any device', async () => {
  const sync = await start();
  for (const name of ['~codes', 'r-invite/invitations']) {
    const wire = new Wire(sync.url);
    const answer = await wire.join(name, token(name));
    assert.deepEqual([answer.sub, answer.reason], [AUTH.permissionDenied, 'server-only']);
    wire.end();
  }
});
