import { adoptSheet } from '../../styles/adopt.js';

/** The name of the printed page the canvas asks for (`page: na-poster`). */
export const POSTER_PAGE = 'na-poster';

const installed = new WeakSet<Document>();

/**
 * Page rules only work in the document's own style sheets, not inside a
 * shadow root. This adds one small sheet to `document` that gives the
 * canvas's printed pages the A3 landscape format of a poster; other content
 * on the page keeps its own page size. Added once per document.
 */
export function installPosterPage(document: Document): void {
  if (installed.has(document) || !('adoptedStyleSheets' in document)) return;
  installed.add(document);
  const view = document.defaultView;
  if (!view) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(`@page ${POSTER_PAGE} { size: A3 landscape; margin: 12mm; }`);
  adoptSheet(document, sheet);
}
