import { HocuspocusProvider } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import type { ConnectionState, Presence } from '../model/store-api.js';
import { readToken } from './token.js';

export interface SyncOptions {
  /** The workshop's document; the server's copy and this one are kept equal. */
  doc: Y.Doc;
  /** The sync server's WebSocket address (`wss://…`). */
  url: string;
  /** This device's access token for `room`. */
  token: string;
  /** The workshop id. */
  room: string;
  /**
   * Called when the connection changes. With `refused`, `reason` is the
   * server's code: `token-missing`, `token-invalid`, `token-expired`,
   * `token-other-room`, `facilitator-only`, or another text.
   */
  onState(state: ConnectionState, reason?: string): void;
  /** Called with the other devices connected to the room, whenever that changes. */
  onPresence(presence: Presence[]): void;
}

export interface SyncConnection {
  /** Leaves the room and closes the connection; the document stays as it is. */
  destroy(): void;
}

/** Reasons the server closes a device's connection for good (the device broke a rule). */
const FINAL_CLOSES = new Set(['facilitator-only']);

/**
 * Connects `doc` to a room of the sync server (Hocuspocus). Changes flow both
 * ways; while the connection is lost they stay in `doc` (and in the browser's
 * storage, when the workshop keeps one) and are sent when it is back. The
 * device tells the others its role and partner, read from its token.
 */
export function connectSync({ doc, url, token, room, onState, onPresence }: SyncOptions): SyncConnection {
  let state: ConnectionState | undefined;
  let everConnected = false;
  let ended = false;

  const report = (next: ConnectionState, reason?: string) => {
    if (ended || state === 'refused' || next === state) return;
    state = next;
    onState(next, reason);
  };
  const waiting = () => report(everConnected ? 'reconnecting' : 'connecting');
  const refuse = (reason: string) => {
    report('refused', reason);
    provider.disconnect();
  };

  const provider: HocuspocusProvider = new HocuspocusProvider({
    url,
    name: room,
    document: doc,
    token,
    onStatus: ({ status }) => {
      // An open socket is not yet a connection: that waits for the first sync.
      if (status !== 'connected') waiting();
    },
    onSynced: ({ state: synced }) => {
      if (!synced) return;
      everConnected = true;
      report('connected');
    },
    onAuthenticationFailed: ({ reason }) => refuse(reason),
    onClose: ({ event }) => {
      const socket = provider.configuration.websocketProvider;
      // With the socket still open, the server closed only this room: it wants a fresh start.
      if (socket.status !== 'connected') return;
      if (FINAL_CLOSES.has(event.reason)) {
        refuse(event.reason);
        return;
      }
      waiting();
      socket.webSocket?.close();
    },
    onAwarenessChange: ({ states }) => {
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
    },
  });

  const claims = readToken(token);
  if (claims)
    provider.awareness?.setLocalState(
      claims.partner ? { role: claims.role, partner: claims.partner } : { role: claims.role },
    );
  waiting();

  return {
    destroy() {
      if (ended) return;
      ended = true;
      provider.destroy();
    },
  };
}
