import type { ReactiveController, ReactiveElement } from 'lit';
import { adoptSheet } from '../../styles/adopt.js';
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

/** A media query list as it reads when printing: `print` holds, `screen` does not. */
function asPrinted(media: string): string {
  return media
    .split(',')
    .map((query) => {
      const q = query.trim();
      if (/^not\s+screen\b/.test(q)) return 'all';
      if (/^not\s+print\b/.test(q)) return 'not all';
      if (/\bprint\b/.test(q)) return q.replace(/\bprint\b/, 'all');
      if (/\bscreen\b/.test(q)) return 'not all';
      return q;
    })
    .join(', ');
}

/**
 * Lets `sheets` apply as they will when printing: their media rules for
 * print hold, those for screen do not. Returns the function that puts them
 * back. (An element's style sheets are shared by every element of its kind;
 * they are changed and put back while nothing is drawn.) Sheets of another
 * origin, which cannot be read, are left as they are.
 */
function stylesAsPrinted(sheets: Iterable<CSSStyleSheet>): () => void {
  const changed: [MediaList, string][] = [];
  const visit = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSMediaRule) {
        const media = rule.media.mediaText;
        const printed = asPrinted(media);
        if (printed !== media) {
          changed.push([rule.media, media]);
          rule.media.mediaText = printed;
        }
      }
      if (rule instanceof CSSGroupingRule) visit(rule.cssRules);
    }
  };
  for (const sheet of sheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    visit(rules);
  }
  return () => {
    for (const [media, text] of changed.reverse()) media.mediaText = text;
  };
}

/** The style sheets of a document or shadow root. */
const sheetsOf = (root: Document | ShadowRoot): CSSStyleSheet[] => [
  ...Array.from(root.styleSheets),
  ...root.adoptedStyleSheets,
];

/** The shadow roots that hold `node`, from the nearest out. */
function rootsAround(node: Node): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) roots.push(root);
  return roots;
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
 * own menu both fire) it lays the canvas out as it will print (its styles for
 * print, at the page's width), and sets `--_poster-zoom` so that the poster
 * fits the page's height (not below `SMALLEST`); after printing the canvas is
 * as it was.
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
    const document = host.ownerDocument;
    const inside = shadowRoots(host);
    // What has a render pending (the network picture draws a frame late) is drawn first.
    for (const root of inside) (root.host as unknown as { performUpdate?: () => void }).performUpdate?.();
    // The page as it prints: its styles for print, as wide as the poster's page.
    const page = document.documentElement.style;
    const width = [page.getPropertyValue('width'), page.getPropertyPriority('width')];
    page.setProperty('width', `${FITS.width}px`, 'important');
    const restore = stylesAsPrinted(
      new Set([document, ...rootsAround(host), ...inside].flatMap((root) => sheetsOf(root))),
    );
    try {
      let zoom = 1;
      host.style.setProperty('--_poster-zoom', '1');
      // What prints around the poster on its page (printed from the browser's menu: the rest of the page) takes room too.
      const around = document.documentElement.getBoundingClientRect().height - host.getBoundingClientRect().height;
      const room = around < FITS.height / 2 ? FITS.height - around : FITS.height;
      for (let tries = 0; tries < 4; tries++) {
        const height = host.getBoundingClientRect().height;
        if (height <= room || zoom <= SMALLEST) break;
        zoom = Math.max(SMALLEST, (zoom * room) / height);
        host.style.setProperty('--_poster-zoom', zoom.toFixed(3));
      }
    } finally {
      restore();
      if (width[0]) page.setProperty('width', width[0], width[1]);
      else page.removeProperty('width');
    }
  };

  readonly #unfit = () => this.host.style.removeProperty('--_poster-zoom');
}
