import * as Y from 'yjs';
import type { YWorkshopStore } from '../../src/model/store.js';

/**
 * Sends each of two devices what the other has, for every document of the
 * workshop (the shared one and each card), as the sync server or the tab
 * channel would.
 */
export function exchange(a: YWorkshopStore, b: YWorkshopStore): void {
  for (let round = 0; round < 2; round++)
    for (const [from, to] of [
      [a, b],
      [b, a],
    ]) {
      Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)), 'network');
      for (const { id } of from.snapshot.partners) {
        const card = to.cardDocument(id);
        Y.applyUpdate(card, Y.encodeStateAsUpdate(from.cardDocument(id), Y.encodeStateVector(card)), 'network');
      }
    }
}
