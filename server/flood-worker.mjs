// A device that floods one document of a sync server with tiny changes, in its
// own thread (so the thread measuring other rooms is not slowed by making them).
// Used by `npm run bench:server` and the server tests.
//
//   new Worker('server/flood-worker.mjs', { workerData: { url, name, token, perSecond, seconds } })
//   → posts { sent } when done (or when told 'stop').

import * as encoding from 'lib0/encoding';
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';
import * as Y from 'yjs';

const { url, name, token, perSecond, seconds } = workerData;

/**
 * @param {number} type
 * @param {(encoder: encoding.Encoder) => void} write
 */
const message = (type, write) => {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, name);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
};

const socket = new WebSocket(url);
socket.on('error', () => {});
await new Promise((done, fail) => (socket.once('open', done), socket.once('error', fail)));
// Authenticate (type 2, token 0), then send changes (sync 0, update 2) whatever the answer.
socket.send(message(2, (e) => (encoding.writeVarUint(e, 0), encoding.writeVarString(e, token))));
await new Promise((done) => socket.once('message', done));

const doc = new Y.Doc();
const text = doc.getText('flood');
/** @type {Uint8Array | undefined} */
let last;
doc.on('update', (/** @type {Uint8Array} */ update) => (last = update));
let sent = 0;
const started = Date.now();
let stopped = false;
parentPort?.on('message', (command) => command === 'stop' && (stopped = true));

while (!stopped && Date.now() - started < seconds * 1000 && socket.readyState === WebSocket.OPEN) {
  const due = Math.floor(((Date.now() - started) * perSecond) / 1000) - sent;
  for (let i = 0; i < due; i++) {
    text.insert(text.length, 'f');
    const update = /** @type {Uint8Array} */ (last);
    socket.send(message(0, (e) => (encoding.writeVarUint(e, 2), encoding.writeVarUint8Array(e, update))));
    sent++;
  }
  await new Promise((done) => setTimeout(done, 5));
}
socket.terminate();
parentPort?.postMessage({ sent, seconds: (Date.now() - started) / 1000 });
