import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { documentName } from '../model/documents.js';
import type { Held } from '../model/held.js';
import type { Refusal } from '../model/rules.js';
import type { ConnectionState, Presence } from '../model/store-api.js';
import { readToken } from './token.js';

export { behindMessage, refusedChangeMessage, unreachableMessage } from './notices.js';

/** Calls its listener with each of the workshop's documents, now and later; returns a function that stops. */
export type EachDocument = (listener: (doc: Y.Doc, partnerId?: string) => (() => void) | void) => () => void;

export interface SyncOptions {
  /** The workshop's documents (the shared one and every card); the server's copies and these are kept equal. */
  documents: EachDocument;
  /** The sync server's WebSocket address (`wss://…`). */
  url: string;
  /** This device's access token for `room`. */
  token: string;
  /** The workshop id. */
  room: string;
  /**
   * Called when the connection changes. With `refused`, `reason` is the
   * server's code: `token-missing`, `token-invalid`, `token-expired`,
   * `token-other-room`, `unreadable`, `nesting`, or another text.
   */
  onState(state: ConnectionState, reason?: string): void;
  /** Called with the other devices connected to the room, whenever that changes. */
  onPresence(presence: Presence[]): void;
  /** Called when the server refused a change of this device; it has undone it here already. */
  onRefused(refused: Refusal[]): void;
  /**
   * Called when this device carries changes of other devices that the server
   * no longer holds (after a restart or a restored backup), for the shared
   * document or the card of `partnerId`: `held` says how far the server holds
   * those devices' client ids, `server` is the server's copy of it. That
   * document is no longer synced; the device takes itself back in step
   * (`heldState`) and connects again.
   */
  onBehind(held: Held, server: Uint8Array, partnerId?: string): void;
  /**
   * Calls `onRevealed` whenever the cards are (again) revealed, so a partner's
   * device can open the other cards then; returns a function that stops.
   */
  watchReveal(onRevealed: () => void): () => void;
  /** Called with how far the server's clock is ahead of this device's (ms), each time the device connects. */
  onClock?(offset: number): void;
  /** Called when an attempt to reach the server failed, with the number of failed attempts in a row. */
  onFailedAttempt?(failures: number): void;
}

export interface SyncConnection {
  /** Leaves the room and closes the connection; the documents stay as they are. */
  destroy(): void;
}

/** Reasons the server closes a device's connection for good (what it sent cannot be read, or its link was revoked). */
const FINAL_CLOSES = new Set(['unreadable', 'nesting', 'token-revoked']);
/** The server keeps another partner's card from this device until the facilitator reveals the cards. */
const NOT_REVEALED = 'not-revealed';
/** The server holds less of other devices' changes than this device carries. */
const RELAYED = 'relayed';

/**
 * Connects the workshop's documents to a room of the sync server
 * (Hocuspocus), all over one WebSocket. Changes flow both ways; while the
 * connection is lost they stay in the documents (and in the browser's
 * storage, when the workshop keeps one) and are sent when it is back. The
 * state shown is that of the shared document; the device tells the others
 * its role and partner, read from its token. A card the server does not open
 * to this device yet (another partner's, before the reveal) is opened once
 * the cards are revealed.
 */
export function connectSync(options: SyncOptions): SyncConnection {
  const {
    documents,
    url,
    token,
    room,
    onState,
    onPresence,
    onRefused,
    onBehind,
    watchReveal,
    onFailedAttempt,
    onClock,
  } = options;
  let state: ConnectionState | undefined;
  let everConnected = false;
  let ended = false;

  const report = (next: ConnectionState, reason?: string) => {
    if (ended || state === 'refused' || next === state) return;
    state = next;
    onState(next, reason);
  };
  const waiting = () => report(everConnected ? 'reconnecting' : 'connecting');
  const socket = new HocuspocusProviderWebsocket({ url });
  const refuse = (reason: string) => {
    report('refused', reason);
    socket.disconnect();
  };
  socket.on('status', ({ status }: { status: string }) => {
    // An open socket is not yet a connection: that waits for the first sync.
    if (status !== 'connected') waiting();
  });
  // An attempt failed when its socket closed before the server said anything.
  let failures = 0;
  let answered = false;
  socket.on('connect', () => {
    answered = true;
    failures = 0;
  });
  socket.on('disconnect', () => {
    if (!answered && !ended && state !== 'refused') onFailedAttempt?.(++failures);
    answered = false;
  });

  const claims = readToken(token);
  /** Cards waiting for the reveal, with what opens them. */
  const held = new Map<Y.Doc, (over?: HocuspocusProviderWebsocket) => void>();

  /**
   * Cards opened after the reveal go over a socket of their own: the server
   * does not answer again, on one socket, for a document it refused there.
   */
  const sockets = [socket];

  /** Opens one document of the workshop; returns what closes it. */
  const open = (doc: Y.Doc, partnerId?: string): (() => void) => {
    const main = partnerId === undefined;
    let provider: HocuspocusProvider | undefined;
    /** How far the server holds the other devices' changes this document carries, when it said so. */
    let behind: Held | undefined;
    const hold = () => {
      provider?.destroy();
      provider = undefined;
      held.set(doc, start);
    };
    const start = (over = socket) => {
      held.delete(doc);
      provider = new HocuspocusProvider({
        websocketProvider: over,
        name: documentName(room, partnerId),
        document: doc,
        token,
        // Presence travels with the shared document only.
        ...(main ? {} : { awareness: null }),
        onSynced: ({ state: synced }) => {
          if (!synced || !main) return;
          everConnected = true;
          report('connected');
        },
        onAuthenticated: () => {
          // The server binds this client id to this device before anything written under it arrives.
          provider?.sendStateless(JSON.stringify({ own: doc.clientID }));
          // And tells the time, for the shared timer.
          if (main) provider?.sendStateless(JSON.stringify({ time: Date.now() }));
        },
        onAuthenticationFailed: ({ reason }) => (reason === NOT_REVEALED ? hold() : refuse(reason)),
        onClose: ({ event }) => {
          // With the socket still open, the server closed only this document.
          if (over.status !== 'connected') return;
          if (event.reason === NOT_REVEALED) return hold();
          // Taken back in step by `onBehind` (told just before), with the server's copy.
          if (event.reason === RELAYED && behind) {
            const held = behind;
            provider?.destroy();
            return void serverCopy(provider!.configuration.name).then((server) => {
              if (!ended) onBehind(held, server, partnerId);
            });
          }
          if (FINAL_CLOSES.has(event.reason)) return refuse(event.reason);
          // Otherwise it wants a fresh start.
          if (main) waiting();
          over.webSocket?.close();
        },
        onStateless: ({ payload }) => {
          const time = parseTime(payload);
          if (time) return onClock?.(clockOffset(time));
          const told = parseRefusal(payload);
          if (told?.held) behind = told.held;
          else if (told) onRefused(told.refused);
        },
        ...(main ? { onAwarenessChange: presenceOf(doc) } : {}),
      });
      provider.attach();
      if (main && claims)
        provider.awareness?.setLocalState(
          claims.partner ? { role: claims.role, partner: claims.partner } : { role: claims.role },
        );
    };
    start();
    return () => {
      held.delete(doc);
      provider?.destroy();
    };
  };

  const presenceOf =
    (doc: Y.Doc) =>
    ({ states }: { states: { clientId: number; [key: string]: unknown }[] }) => {
      if (ended) return;
      onPresence(
        states
          .filter(({ clientId }) => clientId !== doc.clientID)
          .flatMap(({ role, partner }): Presence[] =>
            role === 'facilitator'
              ? [{ role }]
              : role === 'partner' && typeof partner === 'string'
                ? [{ role, partner }]
                : [],
          ),
      );
    };

  /** The server's copy of document `name`, read over a socket of its own. */
  const serverCopy = (name: string) =>
    new Promise<Uint8Array>((resolve) => {
      const over = new HocuspocusProviderWebsocket({ url });
      sockets.push(over);
      const copy = new Y.Doc();
      const reader = new HocuspocusProvider({
        websocketProvider: over,
        name,
        document: copy,
        token,
        awareness: null,
        onSynced: ({ state: synced }) => {
          if (!synced) return;
          resolve(Y.encodeStateAsUpdate(copy));
          reader.destroy();
          over.destroy();
          copy.destroy();
        },
      });
      reader.attach();
    });

  const stopDocuments = documents(open);
  const stopWatching = watchReveal(() => {
    if (!held.size) return;
    const revealed = new HocuspocusProviderWebsocket({ url });
    sockets.push(revealed);
    for (const start of [...held.values()]) start(revealed);
  });
  waiting();

  return {
    destroy() {
      if (ended) return;
      ended = true;
      stopWatching();
      stopDocuments();
      for (const each of sockets) each.destroy();
    },
  };
}

/**
 * What the server says it refused of this device's change (`{"refused": [...]}`),
 * and, when the device carries changes the server no longer holds, how far it holds them.
 */
function parseRefusal(payload: string): { refused: Refusal[]; held?: Held } | undefined {
  try {
    const { refused, held } = JSON.parse(payload) as { refused?: unknown; held?: unknown };
    if (!Array.isArray(refused) || !refused.every((r) => typeof r === 'string')) return undefined;
    const clocks =
      held && typeof held === 'object' && Object.values(held).every((clock) => Number.isSafeInteger(clock))
        ? (held as Held)
        : undefined;
    return { refused: refused as Refusal[], ...(clocks ? { held: clocks } : {}) };
  } catch {
    return undefined;
  }
}

/**
 * How far the server's clock is ahead of this device's, by its answer to
 * asking the time: read halfway between asking and hearing it. Within a
 * second it is taken as none: devices whose clocks agree (set over the
 * internet) then count exactly alike, rather than each off by its own
 * network's delay.
 */
function clockOffset({ time, server }: { time: number; server: number }): number {
  const offset = Math.round(server - (time + Date.now()) / 2);
  return Math.abs(offset) < 1000 ? 0 : offset;
}

/** The server's answer to this device asking the time (`{"time": asked, "server": ms}`). */
function parseTime(payload: string): { time: number; server: number } | undefined {
  try {
    const { time, server } = JSON.parse(payload) as { time?: unknown; server?: unknown };
    return Number.isFinite(time) && Number.isFinite(server)
      ? { time: time as number, server: server as number }
      : undefined;
  } catch {
    return undefined;
  }
}
