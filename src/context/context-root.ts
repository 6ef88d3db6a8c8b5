import { ContextRoot } from '@lit/context';

const attached = Symbol.for('netwerkambitie.context-root');

/**
 * Lets an element find its `<netwerk-ambitie>` even when the element is
 * defined or upgraded before the provider: pending requests are replayed when
 * the provider appears. Attached once per page.
 */
export function attachContextRoot(): void {
  const root = document.documentElement as HTMLElement & { [attached]?: true };
  if (root[attached]) return;
  root[attached] = true;
  new ContextRoot().attach(root);
}
