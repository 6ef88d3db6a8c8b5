import { composedAncestors } from '../../composed.js';
import { adoptSheet, dropSheet } from '../../styles/adopt.js';

/** Marks the page while one element is being printed on its own. */
export const PRINT_ONLY = 'data-na-print-only';
/** Marks the element being printed and every ancestor of it, through shadow roots. */
export const PRINT_KEEP = 'data-na-print-keep';

/** What the element being printed and its ancestors keep: no layout that could cut it off. */
const PLAIN = `
  display: block !important;
  position: static !important;
  float: none !important;
  width: auto !important;
  min-width: 0 !important;
  max-width: none !important;
  height: auto !important;
  max-height: none !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  overflow: visible !important;
  transform: none !important;
`;

/** A stylesheet made on first use, not when the module is imported. */
function lazySheet(rules: string): () => CSSStyleSheet {
  let made: CSSStyleSheet | undefined;
  return () => {
    if (!made) {
      made = new CSSStyleSheet();
      made.replaceSync(rules);
    }
    return made;
  };
}

/**
 * Page rules for printing one element alone on A4: everything else in the
 * host page is left out, and the ancestors of the element lose the layout
 * (columns, fixed heights, scrolling) that could cut its content off.
 */
const pageSheet = lazySheet(
  `@page { size: A4; margin: 15mm; }
    @media print {
      html[${PRINT_ONLY}] body *:not([${PRINT_KEEP}]) { display: none !important; }
      html[${PRINT_ONLY}], html[${PRINT_ONLY}] [${PRINT_KEEP}] { ${PLAIN} }
    }`,
);

/**
 * The same inside a shadow root that holds the element (the guided workshop
 * of `<netwerk-ambitie>`): what is not on the way to the element is left out.
 */
const shadowSheet = lazySheet(
  `@media print {
      *:not([${PRINT_KEEP}]) { display: none !important; }
      [${PRINT_KEEP}] { ${PLAIN} }
    }`,
);

/**
 * Prepares the page so that printing shows `element` alone, on A4, and
 * returns the function that puts the page back as it was.
 */
function isolate(element: Element): () => void {
  const chain = composedAncestors(element);
  const marked = chain.filter((node) => !node.hasAttribute(PRINT_KEEP));
  for (const node of marked) node.setAttribute(PRINT_KEEP, '');
  document.documentElement.setAttribute(PRINT_ONLY, '');
  const roots = [
    ...new Set(chain.map((node) => node.getRootNode()).filter((root) => root instanceof ShadowRoot)),
  ] as ShadowRoot[];
  // Before every other sheet of the page: where an element asks for a named page of its
  // own (the canvas's A3 poster), Chromium takes the size from the sheet adopted last.
  document.adoptedStyleSheets = [pageSheet(), ...document.adoptedStyleSheets.filter((s) => s !== pageSheet())];
  for (const root of roots) adoptSheet(root, shadowSheet());
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    for (const node of marked) node.removeAttribute(PRINT_KEEP);
    document.documentElement.removeAttribute(PRINT_ONLY);
    dropSheet(document, pageSheet());
    for (const root of roots) dropSheet(root, shadowSheet());
  };
}

let restorePage: (() => void) | undefined;

/**
 * Prints `element` alone on A4: the host page around it is left out. The page
 * is put back once printing is over: after `afterprint`, and not before
 * `window.print()` has returned (in browsers where it blocks, the dialog is
 * still open until then).
 */
export function printAlone(element: Element): void {
  restorePage?.();
  const restore = isolate(element);
  let returned = false;
  let printed = false;
  const finish = () => {
    if (returned && printed) restorePage?.();
  };
  const afterPrint = () => {
    printed = true;
    finish();
  };
  restorePage = () => {
    restore();
    window.removeEventListener('afterprint', afterPrint);
    restorePage = undefined;
  };
  window.addEventListener('afterprint', afterPrint);
  try {
    window.print();
  } finally {
    returned = true;
    finish();
  }
}
