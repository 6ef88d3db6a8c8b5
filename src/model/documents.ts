/**
 * How a workshop's documents are named, in the browser's storage and on a
 * sync server. A workshop is one shared document, named by the workshop id
 * (the room), and one document per partner card, named
 * `<room>/card/<partner id>`: a server can then hold a partner's device to its
 * own card and keep other cards from it until the reveal, per document.
 */

const CARD = '/card/';

/** The name of the document that holds the card of `partnerId`. */
export const cardDocumentName = (room: string, partnerId: string): string =>
  `${room}${CARD}${encodeURIComponent(partnerId)}`;

/** The name of one of the workshop's documents: the shared one (named `room`) without `partnerId`, else that partner's card. */
export const documentName = (room: string, partnerId?: string): string =>
  partnerId === undefined ? room : cardDocumentName(room, partnerId);

/** The room (workshop id) and, for a card, the partner of a document name. */
export function parseDocumentName(name: string): { room: string; partner?: string } {
  const at = name.lastIndexOf(CARD);
  if (at < 0) return { room: name };
  try {
    return { room: name.slice(0, at), partner: decodeURIComponent(name.slice(at + CARD.length)) };
  } catch {
    return { room: name };
  }
}
