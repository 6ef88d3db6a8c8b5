import { css, html, type ReactiveControllerHost, type TemplateResult } from 'lit';

// What the partner's own lists (interests, get and bring) share: names for
// items in button labels, safe ids, moving within a list, announcing changes,
// and the layout of an item editor and of the read-only and printed view.

/** `text` on one line, shortened to `max` characters. */
export function shortText(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** How buttons name an item: `noun ‘its text’`, or `noun n` while it has no text. */
export const itemName = (noun: string, text: string, n: number): string =>
  shortText(text) ? `${noun} ‘${shortText(text)}’` : `${noun} ${n}`;

/** A valid, unique DOM id for an item id that may hold any character. */
export const domId = (prefix: string, id: string): string =>
  `${prefix}-${id.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;

/**
 * Where an item goes when it moves one place up (`-1`) or down (`1`) within
 * `group` (its scope or list), as an index among `siblings` (the items the
 * store moves it among). `undefined` when it is already first or last.
 */
export function moveIndex(
  siblings: readonly { id: string }[],
  group: readonly { id: string }[],
  id: string,
  delta: -1 | 1,
): number | undefined {
  const target = group[group.findIndex((item) => item.id === id) + delta];
  return target ? siblings.findIndex((item) => item.id === target.id) : undefined;
}

/** Focuses the element with `id` in `host`'s shadow root once `host` has rendered. */
export async function focusAfterUpdate(host: ReactiveControllerHost & HTMLElement, ...ids: string[]): Promise<void> {
  await host.updateComplete;
  for (const id of ids) {
    const target = host.shadowRoot?.getElementById(id) as HTMLElement | null;
    if (target && !(target as HTMLButtonElement).disabled) {
      target.focus();
      return;
    }
  }
}

/** A polite live region that tells screen-reader users what a click or key did. */
export class Announcer {
  readonly #host: ReactiveControllerHost;
  #text = '';
  #odd = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  announce(text: string): void {
    // Alternate a trailing no-break space so the same message twice is still announced.
    this.#odd = !this.#odd;
    this.#text = this.#odd ? text : `${text}\u00a0`;
    this.#host.requestUpdate();
  }

  render(): TemplateResult {
    return html`<p class="visually-hidden" role="status" aria-live="polite">${this.#text}</p>`;
  }
}

/** The layout of a partner's card: sections, item editors, the read-only view, and print. */
export const editorStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  h2,
  h3 {
    margin: 0;
    font-family: var(--_heading-font);
    line-height: 1.25;
  }
  h2 {
    font-size: 1.4rem;
  }
  h3 {
    font-size: 1.15rem;
  }
  p {
    margin: 0;
  }
  .partner-choice {
    display: grid;
    gap: 0.25rem;
    max-width: 30rem;
    margin-block-end: var(--_space);
  }
  .partner-choice label,
  .item label,
  .item legend {
    font-weight: 600;
  }
  .card {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  .card-head {
    display: grid;
    gap: 0.35rem;
  }
  .aspirant {
    font-size: 0.9rem;
    font-weight: normal;
    color: var(--_muted);
  }
  .intro,
  .question,
  .hint {
    color: var(--_muted);
  }
  .hint {
    font-size: 0.9rem;
  }
  .message,
  .note,
  .empty,
  .tip {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .empty {
    border-style: dashed;
  }
  .note,
  .tip {
    border-inline-start-width: 0.35rem;
  }
  .section {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
    min-width: 0;
  }
  .optional {
    font-weight: normal;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .items {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    min-width: 0;
  }
  .item > fieldset {
    display: grid;
    gap: 0.4rem;
    min-width: 0;
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .item > fieldset > legend {
    padding-inline: 0.35rem;
  }
  .item label:not(:first-of-type),
  .item .kind-choice,
  .item .themes {
    margin-block-start: 0.4rem;
  }
  textarea {
    field-sizing: content;
    min-height: 2.75rem;
    max-height: 20rem;
  }
  .kind-choice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .kind-choice legend {
    margin-block-end: 0.25rem;
    padding: 0;
  }
  .kind-option {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
    font-weight: normal !important;
  }
  .kind-option:has(input:checked) {
    border-width: 2px;
    border-color: currentColor;
  }
  .kind-option input {
    width: 1.15rem;
    height: 1.15rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .kind-option .kind {
    font-size: 1em;
  }
  .kind-option .kind-hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .item-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-block-start: 0.5rem;
  }
  .add {
    justify-self: start;
  }
  .read-items {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .read-item {
    display: grid;
    gap: 0.3rem;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .read-text {
    font-weight: 600;
  }
  .read-text,
  .read-why {
    white-space: pre-line;
  }
  .read-label {
    font-weight: 600;
  }
  .print-only {
    display: none;
  }
  @media print {
    :host {
      color: #000;
    }
    .screen-only,
    .partner-choice,
    .note,
    .hint,
    button,
    select,
    [role='status'] {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .intro {
      display: none;
    }
    .section {
      break-inside: auto;
    }
    h2,
    h3 {
      break-after: avoid;
    }
    .read-item {
      break-inside: avoid;
    }
    .read-card {
      display: grid;
      gap: var(--_space);
    }
    .read-card:not(:last-child) {
      break-after: page;
    }
  }
`;
