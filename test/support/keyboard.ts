import { sendKeys } from '@web/test-runner-commands';
import { accessibleName, describeWanted, nameMatches } from './dom.js';

// Following the keyboard focus through shadow roots: where it is, moving it
// with Tab, and whether it can be seen.

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

/** What `tabTo` looks for in the focused element: an accessible name (whole, or by pattern), or a predicate. */
export type FocusWanted = string | RegExp | ((el: Element) => boolean);

/** Whether `el` is what `wanted` describes. */
function isWanted(el: Element, wanted: FocusWanted): boolean {
  if (typeof wanted === 'function') return wanted(el);
  return nameMatches(accessibleName(el), wanted);
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
  const label = what ?? (typeof wanted === 'function' ? 'the element looked for' : describeWanted(wanted));
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
