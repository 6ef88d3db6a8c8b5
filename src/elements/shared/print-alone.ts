/** Marks the page while one element is being printed on its own. */
export const PRINT_ONLY = 'data-na-print-only';
/** Marks the element being printed and every ancestor of it in the page. */
export const PRINT_KEEP = 'data-na-print-keep';

let sheet: CSSStyleSheet | undefined;

/**
 * Page rules for printing one element alone on A4: everything else in the
 * host page is left out, and the ancestors of the element lose the layout
 * (columns, fixed heights, scrolling) that could cut its content off.
 */
function printSheet(): CSSStyleSheet {
  if (sheet) return sheet;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    @page { size: A4; margin: 15mm; }
    @media print {
      html[${PRINT_ONLY}] body *:not([${PRINT_KEEP}]) { display: none !important; }
      html[${PRINT_ONLY}],
      html[${PRINT_ONLY}] [${PRINT_KEEP}] {
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
      }
    }
  `);
  return sheet;
}

/** The element and its ancestors that belong to the page itself (not to a shadow root). */
function pageAncestors(element: Element): Element[] {
  const chain: Element[] = [];
  let node: Element | null = element;
  while (node) {
    if (node.getRootNode() === document) chain.push(node);
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return chain;
}

/**
 * Prepares the page so that printing shows `element` alone, on A4, and
 * returns the function that puts the page back as it was.
 */
function isolate(element: Element): () => void {
  const page = printSheet();
  const marked = pageAncestors(element).filter((node) => !node.hasAttribute(PRINT_KEEP));
  for (const node of marked) node.setAttribute(PRINT_KEEP, '');
  document.documentElement.setAttribute(PRINT_ONLY, '');
  if (!document.adoptedStyleSheets.includes(page)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    for (const node of marked) node.removeAttribute(PRINT_KEEP);
    document.documentElement.removeAttribute(PRINT_ONLY);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== page);
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
