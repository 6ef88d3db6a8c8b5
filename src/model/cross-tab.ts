import * as Y from 'yjs';
import { documentName } from './documents.js';
import type { Held } from './held.js';
import type { YWorkshopStore } from './store.js';

type Message =
  | { type: 'hello'; vector: Uint8Array }
  | { type: 'update'; update: Uint8Array; vector?: Uint8Array }
  | { type: 'held'; held: Held; server: Uint8Array };

/**
 * Keeps `doc` equal in every tab and window of this browser that opens the
 * same workshop: updates go over a BroadcastChannel, and a tab that joins
 * exchanges what is missing with the others. When a tab took its copy back to
 * what the sync server holds, the others are told (`onHeld`) before they could
 * hand the changes the server lost back to it. Returns a function that stops it.
 */
export function connectTabs(
  doc: Y.Doc,
  name: string,
  onHeld: (held: Held, server: Uint8Array) => void = () => {},
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(name);
  const origin = channel;
  const send = (message: Message) => channel.postMessage(message);

  const onUpdate = (update: Uint8Array, from: unknown) => {
    if (from !== origin) send({ type: 'update', update });
  };
  channel.onmessage = ({ data }: MessageEvent<Message>) => {
    if (data.type === 'hello') {
      send({ type: 'update', update: Y.encodeStateAsUpdate(doc, data.vector), vector: Y.encodeStateVector(doc) });
      return;
    }
    if (data.type === 'held') return onHeld(data.held, data.server);
    Y.applyUpdate(doc, data.update, origin);
    // A reply to our hello carries the other tab's state: send what it lacks.
    if (data.vector) send({ type: 'update', update: Y.encodeStateAsUpdate(doc, data.vector) });
  };
  doc.on('update', onUpdate);
  send({ type: 'hello', vector: Y.encodeStateVector(doc) });

  return () => {
    doc.off('update', onUpdate);
    channel.close();
  };
}

/** Keeps every document of the workshop kept as `name` (`keptName`) equal across this browser's tabs; returns a function that stops it. */
export function connectWorkshopTabs(
  store: YWorkshopStore,
  name: string,
  onHeld: (held: Held, server: Uint8Array, partnerId?: string) => void,
): () => void {
  return store.eachDocument((doc, partnerId) =>
    connectTabs(doc, documentName(name, partnerId), (held, server) => onHeld(held, server, partnerId)),
  );
}

/** Tells the other tabs of the workshop kept as `name` that this one took a document back to what the server holds (`server`). */
export function announceHeld(name: string, held: Held, server: Uint8Array, partnerId?: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(documentName(name, partnerId));
  channel.postMessage({ type: 'held', held, server } satisfies Message);
  channel.close();
}
