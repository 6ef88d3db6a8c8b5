// Redis, PostgreSQL and sync server processes on loopback in a temporary folder,
// for the tests of several sync servers. Everything started here is stopped by
// `stopAll()`, which also runs when the process exits or is interrupted.

import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), '../../server/sync-server.mjs');
const LOOPBACK = '127.0.0.1';

/** @type {(() => void)[]} what to stop, newest first; each runs synchronously and at most once */
const stoppers = [];
let folder = '';

/** Stops everything this module started and removes the temporary folder. Safe to call more than once. */
export function stopAll() {
  while (stoppers.length) {
    try {
      stoppers.pop()?.();
    } catch (error) {
      console.error(`while stopping: ${error instanceof Error ? error.message : error}`);
    }
  }
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = '';
}

process.once('exit', stopAll);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.once(signal, () => {
    stopAll();
    process.exit(130);
  });
}

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, LOOPBACK, () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

/** Where Debian puts PostgreSQL's programs (the newest version installed), or undefined. */
function postgresBin() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((version) => existsSync(join(root, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : undefined;
}

/** Says what is missing, with the command that installs it, or returns nothing. */
export function missingPrograms() {
  const missing = [];
  if (spawnSync('redis-server', ['--version']).status !== 0) missing.push('redis-server');
  if (!postgresBin()) missing.push('postgresql');
  if (!missing.length) return undefined;
  return `Missing: ${missing.join(', ')}. Install with: apt-get install -y --no-install-recommends ${missing.join(' ')}`;
}

/** The temporary folder (removed by `stopAll`), readable by the `postgres` user when running as root. */
export function workFolder() {
  if (!folder) {
    folder = mkdtempSync(join(tmpdir(), 'netwerkambitie-cluster-'));
    if (process.getuid?.() === 0) {
      const { uid, gid } = postgresUser();
      chownSync(folder, uid, gid);
    }
  }
  return folder;
}

function postgresUser() {
  const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error('There is no "postgres" user.');
  return { uid, gid };
}

/**
 * Runs a PostgreSQL program, as the `postgres` user when this process is root (PostgreSQL refuses root).
 * @param {string} program
 * @param {string[]} args
 */
function runPostgres(program, args) {
  const bin = /** @type {string} */ (postgresBin());
  const [command, commandArgs] =
    process.getuid?.() === 0
      ? ['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]]
      : [join(bin, program), args];
  return spawnSync(command, commandArgs, { encoding: 'utf8', timeout: 60_000 });
}

/**
 * Starts Redis on loopback, without saving anything, and resolves with its URL.
 * @returns {Promise<string>}
 */
export async function startRedis() {
  const dir = workFolder();
  const port = await freePort();
  const pidFile = join(dir, 'redis.pid');
  // prettier-ignore
  const args = ['--bind', LOOPBACK, '--port', String(port), '--save', '', '--appendonly', 'no',
    '--daemonize', 'yes', '--pidfile', pidFile, '--dir', dir, '--logfile', join(dir, 'redis.log')];
  const started = spawnSync('redis-server', args, { encoding: 'utf8', timeout: 30_000 });
  if (started.status !== 0) throw new Error(`redis-server did not start: ${started.stderr || started.stdout}`);
  stoppers.push(() => {
    const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) : NaN;
    spawnSync('redis-cli', ['-h', LOOPBACK, '-p', String(port), 'shutdown', 'nosave'], { timeout: 10_000 });
    if (Number.isInteger(pid) && alive(pid)) process.kill(pid, 'SIGKILL');
  });
  // Daemonized Redis answers once it has loaded; wait for that answer.
  for (const started = Date.now(); ;) {
    const ping = spawnSync('redis-cli', ['-h', LOOPBACK, '-p', String(port), 'ping'], { encoding: 'utf8' });
    if (ping.stdout.trim() === 'PONG') break;
    if (Date.now() - started > 15_000) throw new Error(`Redis did not answer on port ${port}`);
  }
  return `redis://${LOOPBACK}:${port}`;
}

/**
 * Starts a PostgreSQL cluster on loopback (trust authentication, no fsync) and
 * resolves with the URL of its `postgres` database.
 * @returns {Promise<string>}
 */
export async function startPostgres() {
  const dir = workFolder();
  const data = join(dir, 'pg');
  const port = await freePort();
  const init = runPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
  const options = `-p ${port} -k ${dir} -c listen_addresses=${LOOPBACK} -c fsync=off`;
  stoppers.push(() => {
    runPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
  });
  const start = runPostgres('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'postgres.log'), '-w', 'start']);
  if (start.status !== 0) {
    const logFile = join(dir, 'postgres.log');
    throw new Error(
      `PostgreSQL did not start: ${start.stderr}${existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''}`,
    );
  }
  return `postgres://postgres@${LOOPBACK}:${port}/postgres`;
}

/** @param {number} pid */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * @typedef {object} ServerProcess
 * @property {string} url
 * @property {number} port
 * @property {import('node:child_process').ChildProcess} child
 * @property {() => string} output what it printed so far
 * @property {Promise<number | null>} exited resolves with the exit code (or null when killed)
 */

/**
 * Starts `server/sync-server.mjs` as its own process with `env` and resolves once it listens.
 * @param {Record<string, string>} env
 * @returns {Promise<ServerProcess>}
 */
export function startServer(env) {
  const child = spawn(process.execPath, [SERVER_SCRIPT], {
    env: { ...process.env, PORT: '0', HOST: LOOPBACK, NETWERKAMBITIE_DB: join(workFolder(), 'unused.sqlite'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  stoppers.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      const found = /listening on (ws:\/\/\S+)/.exec(output);
      if (found) {
        const url = found[1];
        resolve({ url, port: Number(new URL(url).port), child, output: () => output, exited });
      }
    });
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.once('exit', (code, signal) => reject(new Error(`the server stopped (${code ?? signal}):\n${output}`)));
  });
}

/**
 * Stops a server as an operator would (SIGTERM: it stores its open rooms) and waits for it to end.
 * @param {ServerProcess} server
 */
export async function stopServer(server) {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  await server.exited;
}

/**
 * A load balancer on loopback for one device: each connection goes to the first of
 * `ports` that accepts it, so when that server is gone the device lands on the next.
 * @param {number[]} ports the servers, preferred first
 * @returns {Promise<{ url: string, close: () => void }>}
 */
export async function startBalancer(ports) {
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  const balancer = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    client.pause();
    const attempt = (/** @type {number} */ index) => {
      if (index >= ports.length) return client.destroy();
      const backend = connect(ports[index], LOOPBACK);
      sockets.add(backend);
      backend.on('close', () => sockets.delete(backend));
      // Refused: that server is not there, try the next one.
      backend.once('error', () => attempt(index + 1));
      backend.once('connect', () => {
        backend.removeAllListeners('error');
        backend.on('error', () => client.destroy());
        backend.on('close', () => client.destroy());
        client.on('close', () => backend.destroy());
        client.pipe(backend);
        backend.pipe(client);
        client.resume();
      });
    };
    attempt(0);
  });
  await new Promise((resolve) => balancer.listen(0, LOOPBACK, () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (balancer.address());
  const close = () => {
    balancer.close();
    for (const socket of sockets) socket.destroy();
  };
  stoppers.push(close);
  return { url: `ws://${LOOPBACK}:${port}`, close };
}
