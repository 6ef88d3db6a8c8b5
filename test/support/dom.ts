import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { deepElements, deepQuery, deepQueryAll, type WorkshopFixture } from './fixtures.js';

// Looking at the elements as a user does: text on one line, controls by the
// name a screen reader gives them, typing into them, waiting for what comes
// later, print media, and the 320 CSS px check.

/** Text on one line: runs of white space as one space, trimmed. */
export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The text of `node` on one line. */
export const textOf = (node: Node | null | undefined): string => squash(node?.textContent);

/** The name a screen reader gives `el`: its `aria-label`, else its text without the parts hidden from assistive technology. */
export function nameOf(el: Element | null | undefined): string {
  if (!el) return '';
  const label = el.getAttribute('aria-label');
  if (label !== null) return squash(label);
  return spokenText(el);
}

/** The text of `el` on one line, without the parts hidden from assistive technology (`aria-hidden="true"`). */
export function spokenText(el: Element | null | undefined): string {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return textOf(copy);
}

/** The button named `name` (see `nameOf`) below `root`, through shadow roots. */
export function buttonNamed(root: Element | ShadowRoot, name: string): HTMLButtonElement {
  const buttons = deepElements(root).filter((el): el is HTMLButtonElement => el instanceof HTMLButtonElement);
  const found = buttons.find((b) => nameOf(b) === name);
  if (!found) throw new Error(`no button named "${name}"; there are: ${buttons.map(nameOf).join(' | ')}`);
  return found;
}

/** The control of the `n`th label (from 0) in `root` whose text is `label`. */
export function fieldLabelled<T extends HTMLElement = HTMLTextAreaElement>(root: ShadowRoot, label: string, n = 0): T {
  const found = Array.from(root.querySelectorAll('label')).filter((l) => textOf(l) === label)[n];
  const control = found && (found.control ?? root.getElementById(found.htmlFor));
  if (!control) throw new Error(`no field labelled "${label}" (#${n})`);
  return control as T;
}

/** Helpers that look inside `host`'s shadow root as a user would. */
export function within(host: Element) {
  const root = host.shadowRoot!;
  return {
    root,
    all: <T extends Element = HTMLElement>(selector: string) => Array.from(root.querySelectorAll<T>(selector)),
    text: () => textOf(root),
    button: (name: string) => buttonNamed(root, name),
    field: <T extends HTMLElement = HTMLTextAreaElement>(label: string, n = 0) => fieldLabelled<T>(root, label, n),
    focused: () => root.activeElement as HTMLElement | null,
    status: () => textOf(root.querySelector('[role="status"]')),
  };
}

/** Waits until `find` gives something (not `null`, `undefined` or `false`) and returns it; fails after `timeout` ms. */
export async function until<T>(find: () => T | null | undefined | false, what: string, timeout = 3000): Promise<T> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = find();
    if (value !== null && value !== undefined && value !== false) return value;
    if (performance.now() > end) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Ends media emulation. (Emulating 'screen' instead would also apply when printing to PDF.) */
export const resetMedia = () => emulateMedia({ media: null } as unknown as Parameters<typeof emulateMedia>[0]);

/** Whether `el` is laid out: displayed, and not inside something that is not. */
export const rendered = (el: Element): boolean =>
  getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null;

/** Runs `check` in a viewport 320 CSS px wide, as on a small phone, and then sets the viewport to `after`. */
export async function atPhoneWidth(
  check: () => Promise<void>,
  after: { width: number; height: number } = { width: 800, height: 600 },
): Promise<void> {
  await setViewport({ width: 320, height: 640 });
  try {
    await check();
  } finally {
    await setViewport(after);
  }
}

/**
 * Narrows the provider to 320 CSS px and checks that `element`'s
 * `[part="base"]` fits without scrolling sideways, with nothing inside it
 * sticking out.
 */
export async function expectFitsIn320({ provider, settle }: WorkshopFixture, element: Element): Promise<void> {
  provider.style.display = 'block';
  provider.style.width = '320px';
  await settle();
  const base = deepQuery(element, '[part="base"]')!;
  expect(base.getBoundingClientRect().width).to.be.at.most(320);
  expect(base.scrollWidth).to.be.at.most(base.clientWidth);
  for (const child of deepQueryAll(element, '*'))
    expect(child.getBoundingClientRect().right, child.outerHTML.slice(0, 60)).to.be.at.most(
      base.getBoundingClientRect().right + 0.5,
    );
}

/** The visible and screen-reader text of `el`, through shadow roots, with a space between blocks. */
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
 * The name a screen reader gives `el`, closer than `nameOf`: its non-empty
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

/** Whether `text` is `wanted`: the whole text for a string, a match for a pattern. */
export const nameMatches = (text: string, wanted: string | RegExp): boolean =>
  typeof wanted === 'string' ? text === wanted : wanted.test(text);

/** `wanted` as a failure message shows it. */
export const describeWanted = (wanted: string | RegExp): string =>
  typeof wanted === 'string' ? `"${wanted}"` : String(wanted);

/**
 * The button below `root` (through shadow roots) whose `accessibleName` is
 * `name` (the whole name for a string, a match for a pattern).
 */
export function buttonWithAccessibleName(root: Element, name: string | RegExp): HTMLButtonElement {
  const all = deepQueryAll<HTMLButtonElement>(root, 'button');
  const found = all.find((b) => nameMatches(accessibleName(b), name));
  if (!found)
    throw new Error(
      `no button ${describeWanted(name)} in <${root.localName}>; there are: ${all.map((b) => `"${accessibleName(b)}"`).join(', ')}`,
    );
  return found;
}

/**
 * The form control (input, textarea or select) below `root`, through shadow
 * roots, whose `accessibleName` is `label` (the whole name for a string, a
 * match for a pattern).
 */
export function fieldWithAccessibleName<T extends HTMLElement = HTMLTextAreaElement>(
  root: Element,
  label: string | RegExp,
): T {
  const all = deepQueryAll<HTMLElement>(root, 'input, textarea, select');
  const found = all.find((el) => nameMatches(accessibleName(el), label));
  if (!found)
    throw new Error(
      `no field ${describeWanted(label)} in <${root.localName}>; there are: ${all.map((el) => `"${accessibleName(el)}"`).join(', ')}`,
    );
  return found as T;
}

/** The element below `root` (through shadow roots) with the part `name` (the first, if there are more). */
export function part<T extends HTMLElement = HTMLElement>(root: Element, name: string): T {
  return must(deepQueryAll<T>(root, `[part~="${name}"]`)[0], `part "${name}" in <${root.localName}>`);
}

/** The one element below `root` (through shadow roots) that is a `tag`, e.g. the current step's element. */
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
