import { sendKeys } from '@web/test-runner-commands';
import { deepQueryAll } from '../support/fixtures.js';

// What the end-to-end tests share: finding controls the way a user names
// them (by their text or label), typing into them, reading what is shown,
// following the keyboard focus through shadow roots, and capturing downloads.

/** Text on one line, with runs of white space as one space. */
export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The visible and screen-reader text of `el`, through its shadow root (if any). */
export function shownText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof HTMLElement && (node.hidden || node.tagName === 'STYLE' || node.tagName === 'SCRIPT')) return;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of Array.from(node.childNodes)) walk(child);
    if (
      node instanceof HTMLElement &&
      /^(P|LI|H\d|DIV|SECTION|ARTICLE|HEADER|UL|OL|LABEL|LEGEND|FIELDSET|BUTTON)$/.test(node.tagName)
    )
      parts.push(' ');
  };
  walk(el);
  return squash(parts.join(''));
}

/** The text of `el` without what is hidden from assistive technology (`aria-hidden="true"`). */
function spokenText(el: Element | null | undefined): string {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return squash(copy.textContent);
}

/** `value`, or a failure saying that `what` was not found. */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`not found: ${what}`);
  return value;
}

/** Text of the element(s) that an `aria-labelledby` list names, in `el`'s root. */
function labelledBy(el: Element): string | undefined {
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return undefined;
  const root = el.getRootNode() as Document | ShadowRoot;
  return squash(
    ids
      .split(/\s+/)
      .map((id) => spokenText(root.getElementById(id)))
      .join(' '),
  );
}

/**
 * The name a screen reader gives `el`, close enough for tests: its
 * `aria-label`, the text its `aria-labelledby` names, its `<label>`s, a
 * `<legend>` for a fieldset, or else its own text.
 */
export function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return squash(label);
  const by = labelledBy(el);
  if (by) return by;
  const labels = (el as HTMLInputElement).labels;
  if (labels?.length) return squash([...labels].map(spokenText).join(' '));
  if (el instanceof HTMLFieldSetElement) return spokenText(el.querySelector('legend'));
  return spokenText(el);
}

const matches = (text: string, wanted: string | RegExp) =>
  typeof wanted === 'string' ? text === wanted : wanted.test(text);

const describe = (wanted: string | RegExp) => (typeof wanted === 'string' ? `"${wanted}"` : String(wanted));

/** The button below `root` (through shadow roots) whose accessible name is `name`. */
export function button(root: Element, name: string | RegExp): HTMLButtonElement {
  const all = deepQueryAll<HTMLButtonElement>(root, 'button');
  const found = all.find((b) => matches(accessibleName(b), name));
  if (!found)
    throw new Error(
      `no button ${describe(name)} in <${root.localName}>; there are: ${all.map((b) => `"${accessibleName(b)}"`).join(', ')}`,
    );
  return found;
}

/** The form control below `root` whose label (accessible name) is `label`. */
export function field<T extends HTMLElement = HTMLTextAreaElement>(root: Element, label: string | RegExp): T {
  const all = deepQueryAll<HTMLElement>(root, 'input, textarea, select');
  const found = all.find((el) => matches(accessibleName(el), label));
  if (!found)
    throw new Error(
      `no field ${describe(label)} in <${root.localName}>; there are: ${all.map((el) => `"${accessibleName(el)}"`).join(', ')}`,
    );
  return found as T;
}

/** Every form control below `root` whose label is `label`. */
export function fields<T extends HTMLElement = HTMLTextAreaElement>(root: Element, label: string | RegExp): T[] {
  return deepQueryAll<T>(root, 'input, textarea, select').filter((el) => matches(accessibleName(el), label));
}

/** The element below `root` (through shadow roots) with the part `name` (the first, if there are more). */
export function part<T extends HTMLElement = HTMLElement>(root: Element, name: string): T {
  return must(deepQueryAll<T>(root, `[part~="${name}"]`)[0], `part "${name}" in <${root.localName}>`);
}

/** The one element below `root` that is in the tag `tag`, e.g. the current step's element. */
export function only<T extends HTMLElement = HTMLElement>(root: Element, tag: string): T {
  const all = deepQueryAll<T>(root, tag);
  if (all.length !== 1) throw new Error(`expected one <${tag}>, found ${all.length}`);
  return all[0];
}

/** Puts the cursor at the end of `control` and types `text` on the keyboard. */
export async function typeInto(control: HTMLElement, text: string): Promise<void> {
  control.focus();
  if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
    const end = control.value.length;
    if (control.type !== 'date') control.setSelectionRange(end, end);
  }
  await sendKeys({ type: text });
}

/** The element that has the keyboard focus, followed into shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** How a focused element is described in a failure message. */
export function describeElement(el: Element | null): string {
  if (!el) return 'nothing';
  if (el === document.body) return '<body> (the focus left the workshop)';
  const part = el.getAttribute('part');
  const name = accessibleName(el).slice(0, 80);
  const type = el.getAttribute('type');
  return `<${el.localName}${type ? ` type=${type}` : ''}${part ? ` part="${part}"` : ''}> "${name}"`;
}

/** What `tabTo` looks for in the focused element. */
export type FocusWanted = string | RegExp | ((el: Element) => boolean);

/** Whether `el` is what `wanted` describes: by accessible name (exact text or pattern), or a predicate. */
export function isWanted(el: Element, wanted: FocusWanted): boolean {
  if (typeof wanted === 'function') return wanted(el);
  return matches(accessibleName(el), wanted);
}

/**
 * Presses Tab (or Shift+Tab with `back`) until the focused element, followed
 * through shadow roots, is what `wanted` describes. Fails, listing the
 * elements it passed, when it is not found within `max` presses.
 */
export async function tabTo(
  wanted: FocusWanted,
  { max = 200, back = false, what }: { max?: number; back?: boolean; what?: string } = {},
): Promise<HTMLElement> {
  const passed: string[] = [];
  const current = deepActiveElement();
  if (current && current !== document.body && isWanted(current, wanted)) return current as HTMLElement;
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: back ? 'Shift+Tab' : 'Tab' });
    const el = deepActiveElement();
    if (el && isWanted(el, wanted)) return el as HTMLElement;
    passed.push(describeElement(el));
  }
  const label = what ?? (typeof wanted === 'function' ? 'the element looked for' : describe(wanted));
  throw new Error(
    `${label} was not reached with ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}; passed: ${passed.slice(-40).join(' → ')}`,
  );
}

/** Whether the focused `el` shows where the focus is: an outline or a box shadow. */
export function focusIndicator(el: Element): { visible: boolean; style: string } {
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && style.outlineWidth !== '0px';
  const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
  return {
    visible: outline || shadow,
    style: `outline: ${style.outlineStyle} ${style.outlineWidth}; box-shadow: ${style.boxShadow}`,
  };
}

/** A file the page offered for download. */
export interface Download {
  type: string;
  text: string;
}

/**
 * Keeps every Blob that the page turns into an object URL (which is how the
 * exports offer a file), so its text can be read. `restore()` puts the
 * browser's own function back.
 */
export function captureDownloads(): { blobs: Blob[]; take(): Promise<Download>; restore(): void } {
  const original = URL.createObjectURL;
  const blobs: Blob[] = [];
  URL.createObjectURL = (object: Blob | MediaSource) => {
    if (object instanceof Blob) blobs.push(object);
    return original.call(URL, object);
  };
  return {
    blobs,
    /** The next download not taken yet. */
    async take() {
      const blob = blobs.shift();
      if (!blob) throw new Error('nothing was offered for download');
      return { type: blob.type, text: await blob.text() };
    },
    restore() {
      URL.createObjectURL = original;
    },
  };
}

/** The rows of a CSV text (RFC 4180: quoted cells may hold separators, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
