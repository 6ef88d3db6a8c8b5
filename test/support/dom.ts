import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { deepElements, deepQuery, deepQueryAll, type WorkshopFixture } from './fixtures.js';

// Looking at the elements as a user does: text on one line, controls by the
// name a screen reader gives them, waiting for what comes later, print media,
// and the 320 CSS px check.

/** Text on one line: runs of white space as one space, trimmed. */
export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The text of `node` on one line. */
export const textOf = (node: Node | null | undefined): string => squash(node?.textContent);

/** The name a screen reader gives `el`: its `aria-label`, else its text without the parts hidden from assistive technology. */
export function nameOf(el: Element | null | undefined): string {
  if (!el) return '';
  const label = el.getAttribute('aria-label');
  if (label !== null) return squash(label);
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
