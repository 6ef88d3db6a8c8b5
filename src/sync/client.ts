import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { cardDocumentName } from '../model/documents.js';
import type { ConnectionState, Presence } from '../model/store-api.js';
import { readToken } from './token.js';

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
   * `token-other-room`, `facilitator-only`, or another text.
   */
  onState(state: ConnectionState, reason?: string): void;
  /** Called with the other devices connected to the room, whenever that changes. */
  onPresence(presence: Presence[]): void;
  /** Called when an attempt to reach the server failed, with the number of failed attempts in a row. */
  onFailedAttempt?(failures: number): void;
}

export interface SyncConnection {
  /** Leaves the room and closes the connection; the document stays as it is. */
  destroy(): void;
}

/** Reasons the server closes a device's connection for good (the device broke a rule). */
const FINAL_CLOSES = new Set(['facilitator-only']);

/**
 * Connects the workshop's documents to a room of the sync server
 * (Hocuspocus), all over one WebSocket. Changes flow both ways; while the
 * connection is lost they stay in the documents (and in the browser's
 * storage, when the workshop keeps one) and are sent when it is back. The
 * state shown is that of the shared document; the device tells the others
 * its role and partner, read from its token.
 */
export function connectSync({
  documents,
  url,
  token,
  room,
  onState,
  onPresence,
  onFailedAttempt,
}: SyncOptions): SyncConnection {
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
  const providers: HocuspocusProvider[] = [];
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
  const stop = documents((doc, partnerId) => {
    const main = partnerId === undefined;
    const provider: HocuspocusProvider = new HocuspocusProvider({
      websocketProvider: socket,
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
      onAuthenticationFailed: ({ reason }) => refuse(reason),
      onClose: ({ event }) => {
        // With the socket still open, the server closed only this document: it wants a fresh start.
        if (socket.status !== 'connected') return;
        if (FINAL_CLOSES.has(event.reason)) {
          refuse(event.reason);
          return;
        }
        waiting();
        socket.webSocket?.close();
      },
      ...(main
        ? {
            onAwarenessChange: ({ states }: { states: { clientId: number; [key: string]: unknown }[] }) => {
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
          }
        : {}),
    });
    provider.attach();
    providers.push(provider);
    if (main && claims)
      provider.awareness?.setLocalState(
        claims.partner ? { role: claims.role, partner: claims.partner } : { role: claims.role },
      );
    return () => {
      provider.destroy();
      providers.splice(providers.indexOf(provider), 1);
    };
  });
  waiting();

  return {
    destroy() {
      if (ended) return;
      ended = true;
      stop();
      for (const provider of [...providers]) provider.destroy();
      socket.destroy();
    },
  };
}
