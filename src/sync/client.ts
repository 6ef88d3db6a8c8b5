import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { cardDocumentName } from '../model/documents.js';
import type { Refusal } from '../model/rules.js';
import type { ConnectionState, Presence } from '../model/store-api.js';
import { readToken } from './token.js';

export { refusedChangeMessage, unreachableMessage } from './notices.js';

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
   * Calls `onRevealed` whenever the cards are (again) revealed, so a partner's
   * device can open the other cards then; returns a function that stops.
   */
  watchReveal(onRevealed: () => void): () => void;
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
  const { documents, url, token, room, onState, onPresence, onRefused, watchReveal, onFailedAttempt } = options;
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
    const hold = () => {
      provider?.destroy();
      provider = undefined;
      held.set(doc, start);
    };
    const start = (over = socket) => {
      held.delete(doc);
      provider = new HocuspocusProvider({
        websocketProvider: over,
        name: main ? room : cardDocumentName(room, partnerId),
        document: doc,
        token,
        // Presence travels with the shared document only.
        ...(main ? {} : { awareness: null }),
        onSynced: ({ state: synced }) => {
          if (!synced || !main) return;
          everConnected = true;
          report('connected');
        },
        onAuthenticationFailed: ({ reason }) => (reason === NOT_REVEALED ? hold() : refuse(reason)),
        onClose: ({ event }) => {
          // With the socket still open, the server closed only this document.
          if (over.status !== 'connected') return;
          if (event.reason === NOT_REVEALED) return hold();
          if (FINAL_CLOSES.has(event.reason)) return refuse(event.reason);
          // Otherwise it wants a fresh start.
          if (main) waiting();
          over.webSocket?.close();
        },
        onStateless: ({ payload }) => {
          const refused = parseRefusal(payload);
          if (refused) onRefused(refused);
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

/** What the server says it refused of this device's change (`{"refused": [...]}`), if that is what `payload` is. */
function parseRefusal(payload: string): Refusal[] | undefined {
  try {
    const { refused } = JSON.parse(payload) as { refused?: unknown };
    return Array.isArray(refused) && refused.every((r) => typeof r === 'string') ? (refused as Refusal[]) : undefined;
  } catch {
    return undefined;
  }
}
