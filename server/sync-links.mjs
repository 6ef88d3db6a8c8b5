#!/usr/bin/env node
// Prints the links for one multi-device workshop: one for the facilitator and
// one per partner, each carrying the workshop id, the sync server's address and
// a signed token that expires.
//
//   NETWERKAMBITIE_SECRET=... npm run sync-links -- --room wijk-oost-2026 \
//     --partners gemeente,zorgorg,welzijn --base https://intranet.example/netwerkambitie \
//     --sync wss://sync.example/ --hours 48
//
// The values go in the link's fragment (after #), so they are not sent to the
// web server of the page nor written in its logs. `--query` puts them in the
// query string instead, for hosts that drop fragments.

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULTS } from './sync-server.mjs';
import { MIN_SECRET_LENGTH, signToken } from './token.mjs';

const usage = `Usage: npm run sync-links -- --room ID --partners p1,p2 --base URL [--sync WS-URL] [--hours 48] [--query]

  --room      the workshop id (the workshop-id of <netwerk-ambitie>)
  --partners  the partner ids, comma separated (as in the workshop file)
  --base      the address of the page that holds <netwerk-ambitie>
  --sync      the sync server's address as devices reach it (default: NETWERKAMBITIE_PUBLIC_URL,
              else ws://HOST:PORT from the environment, else ws://${DEFAULTS.host}:${DEFAULTS.port})
  --hours     how long the links work (default 48)
  --query     put the values in the query string (?...) instead of the fragment (#...)
  --json      print JSON instead of lines

The secret comes from NETWERKAMBITIE_SECRET, the same one the server uses.`;

/**
 * Makes the links.
 * @param {{ secret: string, room: string, partners: string[], base: string, sync: string, hours: number, query?: boolean, now?: number }} options
 * @returns {{ facilitator: string, partners: Record<string, string>, expires: string }}
 */
export function makeLinks({ secret, room, partners, base, sync, hours, query = false, now = Date.now() }) {
  const exp = Math.floor(now / 1000 + hours * 3600);
  const link = (/** @type {string} */ token) => {
    const url = new URL(base);
    const params = new URLSearchParams({ workshop: room, sync, token });
    if (query) for (const [key, value] of params) url.searchParams.set(key, value);
    else url.hash = params.toString();
    return url.toString();
  };
  return {
    facilitator: link(signToken(secret, { room, role: 'facilitator', exp })),
    partners: Object.fromEntries(
      partners.map((partner) => [partner, link(signToken(secret, { room, role: 'partner', partner, exp }))]),
    ),
    expires: new Date(exp * 1000).toISOString(),
  };
}

function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        room: { type: 'string' },
        partners: { type: 'string', default: '' },
        base: { type: 'string' },
        sync: { type: 'string' },
        hours: { type: 'string', default: '48' },
        query: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n\n${usage}`);
    process.exit(1);
  }
  if (values.help) {
    console.log(usage);
    return;
  }
  const fail = (/** @type {string} */ message) => {
    console.error(`${message}\n\n${usage}`);
    process.exit(1);
  };
  const secret = process.env.NETWERKAMBITIE_SECRET ?? '';
  if (secret.length < MIN_SECRET_LENGTH)
    fail(`NETWERKAMBITIE_SECRET is missing or shorter than ${MIN_SECRET_LENGTH} characters (use the server's secret).`);
  if (!values.room) fail('--room is required.');
  if (!values.base) fail('--base is required.');
  try {
    new URL(values.base ?? '');
  } catch {
    fail(`--base must be a full address such as https://intranet.example/page, not "${values.base}".`);
  }
  const hours = Number(values.hours);
  if (!(hours > 0)) fail(`--hours must be a positive number, not "${values.hours}".`);
  const partners = (values.partners ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const sync =
    values.sync ??
    process.env.NETWERKAMBITIE_PUBLIC_URL ??
    `ws://${process.env.HOST || DEFAULTS.host}:${process.env.PORT || DEFAULTS.port}`;
  if (!/^wss?:\/\//.test(sync)) fail(`--sync must start with ws:// or wss://, not "${sync}".`);

  const links = makeLinks({
    secret,
    room: /** @type {string} */ (values.room),
    partners,
    base: /** @type {string} */ (values.base),
    sync,
    hours,
    query: values.query,
  });
  if (values.json) {
    console.log(JSON.stringify(links, null, 2));
    return;
  }
  console.log(`Workshop ${values.room}: links valid until ${links.expires}\n`);
  console.log(`facilitator\n  ${links.facilitator}\n`);
  for (const [partner, link] of Object.entries(links.partners)) console.log(`partner ${partner}\n  ${link}\n`);
  if (sync.startsWith('ws://') && !/^ws:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(sync))
    console.log(
      'Note: the sync address is not encrypted (ws://). Put a reverse proxy with TLS in front and use wss://.',
    );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
