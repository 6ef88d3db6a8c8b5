import type { ReactiveController, ReactiveElement } from 'lit';
import { adoptSheet, dropSheet } from '../../styles/adopt.js';
import { startPrinting } from '../shared/more.js';

/** The name of the printed page the canvas asks for (`page: na-poster`). */
export const POSTER_PAGE = 'na-poster';

/** The poster's paper and margin, in millimetres: A3 landscape. */
const PAPER = { width: 420, height: 297, margin: 12 };
const MM = 96 / 25.4;
/** What fits on the page, in CSS pixels; a little is kept free for rounding. */
const FITS = { width: (PAPER.width - 2 * PAPER.margin) * MM, height: (PAPER.height - 2 * PAPER.margin) * MM * 0.98 };
/** The poster is not scaled down further than this: below it, the text would be too small to read. */
const SMALLEST = 0.45;

const installed = new WeakSet<Document>();

/**
 * Page rules only work in the document's own style sheets, not inside a
 * shadow root. This adds one small sheet to `document` that gives the
 * canvas's printed pages the A3 landscape format of a poster; other content
 * on the page keeps its own page size. Added once per document.
 */
function installPage(document: Document): void {
  if (installed.has(document) || !('adoptedStyleSheets' in document)) return;
  installed.add(document);
  const view = document.defaultView;
  if (!view) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(`@page ${POSTER_PAGE} { size: A3 landscape; margin: ${PAPER.margin}mm; }`);
  adoptSheet(document, sheet);
}

/** Marks an element whose print rules apply on screen while the poster is measured. */
const MEASURE = 'data-na-poster-measure';

/** The selectors of a rule, split at the commas that are not inside brackets. */
function selectors(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(' || text[i] === '[') depth++;
    else if (text[i] === ')' || text[i] === ']') depth--;
    else if (text[i] === ',' && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return [...out, text.slice(start)].map((s) => s.trim());
}

/** `selector` (of a shadow root's style) limited to a host that has `MEASURE`. */
function whileMeasured(selector: string): string {
  if (selector.startsWith(':host(')) return `:host([${MEASURE}]${selector.slice(':host('.length)}`;
  if (selector.startsWith(':host')) return `:host([${MEASURE}])${selector.slice(':host'.length)}`;
  return `:host([${MEASURE}]) ${selector}`;
}

const copies = new WeakMap<ShadowRoot, CSSStyleSheet>();

/** A sheet with the print rules of `root`'s styles, that apply on screen while its host has `MEASURE`. */
function printRulesOnScreen(root: ShadowRoot, extra: string): CSSStyleSheet {
  let sheet = copies.get(root);
  if (sheet) return sheet;
  const rules: string[] = [extra];
  const visit = (list: CSSRuleList, print: boolean) => {
    for (const rule of Array.from(list)) {
      if (rule instanceof CSSMediaRule) {
        const media = rule.media.mediaText;
        if (/\bprint\b/.test(media) && !/\bnot\b|\bscreen\b/.test(media)) visit(rule.cssRules, true);
      } else if (print && rule instanceof CSSStyleRule)
        rules.push(`${selectors(rule.selectorText).map(whileMeasured).join(', ')} { ${rule.style.cssText} }`);
    }
  };
  for (const styles of [...root.adoptedStyleSheets, ...Array.from(root.styleSheets)]) visit(styles.cssRules, false);
  sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  copies.set(root, sheet);
  return sheet;
}

/** The shadow roots of `host` and of every element inside it. */
function shadowRoots(host: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const walk = (root: ShadowRoot) => {
    roots.push(root);
    for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) walk(el.shadowRoot);
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  return roots;
}

/**
 * The canvas's printed poster: its A3 landscape page, and one page only. Just
 * before printing (`beforeprint`, which the print button and the browser's
 * own menu both fire) it lays the canvas out as it will print, at the page's
 * width, and sets `--_poster-zoom` so that the poster fits the page's height
 * (not below `SMALLEST`); after printing the canvas is as it was.
 */
export class PosterPage implements ReactiveController {
  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    installPage(this.host.ownerDocument);
    window.addEventListener('beforeprint', this.#fit);
    window.addEventListener('afterprint', this.#unfit);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#fit);
    window.removeEventListener('afterprint', this.#unfit);
  }

  readonly #fit = () => {
    const host = this.host;
    if (!host.getClientRects().length) return;
    // The canvas and its lists render as printed (every section, every entry) first.
    startPrinting();
    const roots = shadowRoots(host);
    // What has a render pending (the network picture draws a frame late) is drawn first.
    for (const root of roots)
      (root.host as Partial<Pick<ReactiveElement, 'isUpdatePending'>> & { performUpdate?(): void }).performUpdate?.();
    const page = `:host([${MEASURE}]) { display: block !important; width: ${FITS.width}px !important; max-width: none !important; margin: 0 !important; padding: 0 !important; }`;
    const sheets = roots.map((root) => printRulesOnScreen(root, root === host.shadowRoot ? page : ''));
    roots.forEach((root, i) => {
      adoptSheet(root, sheets[i]);
      root.host.setAttribute(MEASURE, '');
    });
    try {
      let zoom = 1;
      host.style.setProperty('--_poster-zoom', '1');
      for (let tries = 0; tries < 4; tries++) {
        const height = host.getBoundingClientRect().height;
        if (height <= FITS.height || zoom <= SMALLEST) break;
        zoom = Math.max(SMALLEST, (zoom * FITS.height) / height);
        host.style.setProperty('--_poster-zoom', zoom.toFixed(3));
      }
    } finally {
      roots.forEach((root, i) => {
        dropSheet(root, sheets[i]);
        root.host.removeAttribute(MEASURE);
      });
    }
  };

  readonly #unfit = () => this.host.style.removeProperty('--_poster-zoom');
}
