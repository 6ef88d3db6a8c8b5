import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { WorkshopStore } from '../../model/store-api.js';
import { LIMITS } from '../../model/types.js';
import { shortText } from './short-text.js';
import { themeAnnouncement, themeField } from './theme-input.js';

// What the partner's own lists (interests, get and bring) share: names for
// items in button labels, safe ids, the editor of one item with its buttons
// to move and remove it, and what those changes announce and focus.

/** How buttons name an item: `noun ‘its text’`, or `noun n` while it has no text. */
export const itemName = (noun: string, text: string, n: number): string =>
  shortText(text) ? `${noun} ‘${shortText(text)}’` : `${noun} ${n}`;

/** A valid, unique DOM id for an item id that may hold any character. */
const domId = (prefix: string, id: string): string =>
  `${prefix}-${id.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;

/**
 * Where an item goes when it moves one place up (`-1`) or down (`1`) within
 * `group` (its scope or list), as an index among `siblings` (the items the
 * store moves it among). `undefined` when it is already first or last.
 */
function moveIndex(
  siblings: readonly { id: string }[],
  group: readonly { id: string }[],
  id: string,
  delta: -1 | 1,
): number | undefined {
  const target = group[group.findIndex((item) => item.id === id) + delta];
  return target ? siblings.findIndex((item) => item.id === target.id) : undefined;
}

/** Focuses the element with `id` in `host`'s shadow root once `host` has rendered. */
async function focusAfterUpdate(host: ReactiveControllerHost & HTMLElement, ...ids: string[]): Promise<void> {
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
class Announcer {
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

/** A labelled text field of an item that stores what is typed as it is typed. */
export const itemText = (
  id: string,
  part: string,
  label: string,
  value: string,
  onInput: (value: string) => void,
): TemplateResult =>
  html`<label for=${id}>${label}</label>
    <textarea
      id=${id}
      part=${part}
      rows="2"
      maxlength=${LIMITS.textLength}
      .value=${live(value)}
      @input=${(event: Event) => onInput((event.target as HTMLTextAreaElement).value)}
    ></textarea>`;

/** What an item editor needs of its element, which keeps these protected. */
export interface ItemHost {
  /** The element's workshop store. */
  store(): WorkshopStore;
  /** Runs `fn` in the element's language (its `say()`). */
  say<T>(fn: () => T): T;
}

/** One item being edited, with its fields and its buttons to move and remove it. */
export interface ItemEditorOptions<T extends { id: string }> {
  item: T;
  /** Its place in `group`, from 0. */
  index: number;
  /** The items it moves among on screen (its scope or list). */
  group: readonly T[];
  /** The items the store moves it among. */
  siblings: readonly T[];
  legend: string;
  /** How the buttons name the item (see `itemName()`). */
  name: string;
  fields: TemplateResult;
  /** Removes the item from the store. */
  remove(): void;
  /** The id of what gets focus once the item is removed. */
  focusAfterRemove: string;
}

/**
 * The editing of one kind of item in a partner's lists: the ids of an item's
 * fields and buttons (`prefix` and the item's id, then `-text`, `-up`,
 * `-down`, `-themes`), its editor, and what a change announces and focuses.
 */
export class ItemEditor {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #prefix: string;
  readonly #access: ItemHost;
  readonly #status: Announcer;

  constructor(host: ReactiveControllerHost & HTMLElement, prefix: string, access: ItemHost) {
    this.#host = host;
    this.#prefix = prefix;
    this.#access = access;
    this.#status = new Announcer(host);
  }

  /** The id of the editor of the item with `itemId`. */
  id(itemId: string): string {
    return domId(this.#prefix, itemId);
  }

  /** Tells screen-reader users `text`, made in the host's language. */
  announce(text: () => string): void {
    this.#status.announce(this.#access.say(text));
  }

  /** The live region for the announcements; render it once. */
  renderStatus(): TemplateResult {
    return this.#status.render();
  }

  /** The themes field of the item with `itemId`; `save` stores its new themes, and the change is announced. */
  themes(
    itemId: string,
    of: string,
    themes: readonly string[] | undefined,
    known: readonly string[],
    save: (themes: string[] | undefined) => void,
  ): TemplateResult {
    return themeField({
      id: `${this.id(itemId)}-themes`,
      of,
      themes: themes ?? [],
      known,
      onChange: (next, change) => {
        save(next.length ? next : undefined);
        this.announce(() => themeAnnouncement(change));
      },
    });
  }

  /** The editor of one item: its fields, and buttons to move it up and down within its group and to remove it. */
  render<T extends { id: string }>(options: ItemEditorOptions<T>): TemplateResult {
    const { item, index, group, name } = options;
    const id = this.id(item.id);
    return html`<li class="item" part="item">
      <fieldset>
        <legend>${options.legend}</legend>
        ${options.fields}
        <div class="item-actions" part="item-actions">
          ${
            group.length > 1
              ? html`<button
                    type="button"
                    id=${`${id}-up`}
                    ?disabled=${index === 0}
                    @click=${() => this.#move(options, -1)}
                  >
                    ${msg('Omhoog')}<span class="visually-hidden">: ${name}</span>
                  </button>
                  <button
                    type="button"
                    id=${`${id}-down`}
                    ?disabled=${index === group.length - 1}
                    @click=${() => this.#move(options, 1)}
                  >
                    ${msg('Omlaag')}<span class="visually-hidden">: ${name}</span>
                  </button>`
              : nothing
          }
          <button type="button" part="remove" @click=${() => this.#remove(options)}>
            ${msg('Verwijder')}<span class="visually-hidden"> ${name}</span>
          </button>
        </div>
      </fieldset>
    </li>`;
  }

  /** After adding the item with `itemId`: says `text` and puts the cursor in the item's text field. */
  async added(itemId: string, text: () => string): Promise<void> {
    this.announce(text);
    await focusAfterUpdate(this.#host, `${this.id(itemId)}-text`);
  }

  async #remove({ name, remove, focusAfterRemove }: ItemEditorOptions<{ id: string }>): Promise<void> {
    remove();
    this.announce(() => msg(str`${name} verwijderd.`));
    await focusAfterUpdate(this.#host, focusAfterRemove);
  }

  async #move({ item, group, siblings }: ItemEditorOptions<{ id: string }>, delta: -1 | 1): Promise<void> {
    const to = moveIndex(siblings, group, item.id, delta);
    if (to === undefined) return;
    this.#access.store().moveItem(item.id, to);
    const at = group.findIndex((i) => i.id === item.id) + delta + 1;
    this.announce(() => msg(str`Verplaatst naar plaats ${at}.`));
    const id = this.id(item.id);
    await focusAfterUpdate(this.#host, `${id}-${delta < 0 ? 'up' : 'down'}`, `${id}-${delta < 0 ? 'down' : 'up'}`);
  }
}
