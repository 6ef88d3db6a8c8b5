#!/usr/bin/env node
// How fast an edit on one device reaches the others: 30 devices (1 facilitator,
// 29 partners) in one room of a real sync server, started as its own process
// on loopback with a temporary SQLite file. Each round one device changes a
// question's text (the server checks it against its rules); the time until
// every other device has it is recorded. Prints median and p95 per kind of
// edit. Stops after ROUNDS rounds or TIME_LIMIT_MS, whichever comes first.
//
//   node server/bench-sync.mjs [--clients 30] [--rounds 60]

import { HocuspocusProvider } from '@hocuspocus/provider';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { signToken } from './token.mjs';

const { values } = parseArgs({
  options: { clients: { type: 'string', default: '30' }, rounds: { type: 'string', default: '60' } },
});
const CLIENTS = Number(values.clients);
const ROUNDS = Number(values.rounds);
const TIME_LIMIT_MS = 60_000;
const ROUND_TIMEOUT_MS = 5_000;
const ROOM = 'bench';

const here = dirname(fileURLToPath(import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'netwerkambitie-bench-'));
const secret = randomBytes(32).toString('base64url');
const deadline = Date.now() + TIME_LIMIT_MS;
const limit = setTimeout(() => {
  console.error(`Stopped: the benchmark took longer than ${TIME_LIMIT_MS / 1000} s.`);
  cleanUp();
  process.exit(1);
}, TIME_LIMIT_MS + 10_000);

/** @type {import('node:child_process').ChildProcess | undefined} */
let child;
/** @type {HocuspocusProvider[]} */
const providers = [];

function cleanUp() {
  for (const provider of providers) provider.destroy();
  child?.kill('SIGTERM');
  rmSync(folder, { recursive: true, force: true });
}

/** Starts the server process and resolves with its address. */
function startServer() {
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, [join(here, 'sync-server.mjs')], {
      env: {
        ...process.env,
        NETWERKAMBITIE_SECRET: secret,
        NETWERKAMBITIE_DB: join(folder, 'bench.sqlite'),
        PORT: '0',
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      const found = /listening on (ws:\/\/\S+)/.exec(output);
      if (found) resolve(found[1]);
    });
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`the server stopped (${code}):\n${output}`)));
  });
}

/** Resolves when `check` holds, or rejects after `ms`. */
function until(check, ms, what) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      if (check()) return resolve(undefined);
      if (Date.now() - started > ms) return reject(new Error(`gave up waiting until ${what}`));
      setTimeout(poll, 5);
    };
    poll();
  });
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function main() {
  const url = await startServer();
  const exp = Date.now() / 1000 + 3600;
  /** @type {{ doc: Y.Doc, synced: boolean, role: string }[]} */
  const devices = [];
  for (let i = 0; i < CLIENTS; i++) {
    const role = i === 0 ? 'facilitator' : 'partner';
    const token = signToken(
      secret,
      role === 'partner' ? { room: ROOM, role, partner: `p${i}`, exp } : { room: ROOM, role, exp },
    );
    const doc = new Y.Doc();
    const device = { doc, synced: false, role };
    providers.push(
      new HocuspocusProvider({
        url,
        name: ROOM,
        document: doc,
        token,
        WebSocketPolyfill: WebSocket,
        onSynced: () => (device.synced = true),
      }),
    );
    devices.push(device);
  }
  await until(() => devices.every((d) => d.synced), 10_000, 'every device is connected');

  // The facilitator makes one interest card per partner, as in a workshop.
  // The facilitator asks one question per partner in the shared document, as in the exchange;
  // questions and answers are what every device may change, so the server's rules pass them on.
  const facilitator = devices[0];
  const questionOf = (/** @type {number} */ i) => `q${i}`;
  facilitator.doc.transact(() => {
    const questions = facilitator.doc.getMap('na:questions');
    for (let i = 1; i < CLIENTS; i++) {
      const question = questions.set(questionOf(i), new Y.Map());
      question.set('order', `a${i}`);
      question.set('itemId', `i${i}`);
      question.set('text', new Y.Text(''));
    }
  });
  await until(
    () => devices.every((d) => d.doc.getMap('na:questions').size === CLIENTS - 1),
    10_000,
    'the questions arrived',
  );
  /** @param {Y.Doc} doc @param {number} card */
  const textOf = (doc, card) => doc.getMap('na:questions').get(questionOf(card))?.get('text');

  /** @type {Record<string, number[]>} */
  const samples = { 'partner edit': [], 'facilitator edit': [] };
  let rounds = 0;
  for (let round = 0; round < ROUNDS && Date.now() < deadline - ROUND_TIMEOUT_MS; round++) {
    const writer = round % 10 === 0 ? 0 : 1 + (round % (CLIENTS - 1));
    const card = 1 + (round % (CLIENTS - 1));
    const text = `round ${round}: ${'x'.repeat(40)}`;
    const arrived = new Map();
    const listeners = devices.map((device, index) => {
      const listener = () => {
        if (arrived.has(index)) return;
        if (textOf(device.doc, card)?.toString() === text) arrived.set(index, performance.now());
      };
      device.doc.on('update', listener);
      return listener;
    });
    const started = performance.now();
    const typed = textOf(devices[writer].doc, card);
    devices[writer].doc.transact(() => {
      typed.delete(0, typed.length);
      typed.insert(0, text);
    });
    await until(() => arrived.size === CLIENTS, ROUND_TIMEOUT_MS, `round ${round} reached every device`);
    devices.forEach((device, index) => device.doc.off('update', listeners[index]));
    const kind = writer === 0 ? 'facilitator edit' : 'partner edit';
    for (const [index, at] of arrived) if (index !== writer) samples[kind].push(at - started);
    rounds++;
  }

  const rows = Object.entries(samples)
    .filter(([, times]) => times.length)
    .map(([kind, times]) => {
      const sorted = [...times].sort((a, b) => a - b);
      return {
        kind,
        samples: sorted.length,
        median: quantile(sorted, 0.5),
        p95: quantile(sorted, 0.95),
        max: sorted.at(-1),
      };
    });
  const all = Object.values(samples)
    .flat()
    .sort((a, b) => a - b);
  rows.push({
    kind: 'all edits',
    samples: all.length,
    median: quantile(all, 0.5),
    p95: quantile(all, 0.95),
    max: all.at(-1),
  });

  console.log(
    `\nSync latency: ${CLIENTS} devices in one room on loopback, ${rounds} edits, edit → arrival on each other device\n`,
  );
  console.log('| edit | samples | median ms | p95 ms | max ms |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const row of rows)
    console.log(
      `| ${row.kind} | ${row.samples} | ${row.median.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.max.toFixed(1)} |`,
    );
  console.log(`\nNode ${process.version}; server and clients on one machine, server in its own process.`);
}

main()
  .then(() => {
    cleanUp();
    clearTimeout(limit);
    process.exit(0);
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    cleanUp();
    process.exit(1);
  });
