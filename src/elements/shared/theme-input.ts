import { msg, str } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import { LIMITS } from '../../model/types.js';

/** The id of the `<datalist>` of known themes; render it once per shadow root with `themeSuggestions()`. */
export const THEME_LIST_ID = 'na-known-themes';

const MAX_THEME_LENGTH = 80;

/** The suggestions a theme field offers: the workshop's themes as a `<datalist>`. */
export const themeSuggestions = (themes: readonly string[]): TemplateResult =>
  html`<datalist id=${THEME_LIST_ID}>${themes.map((theme) => html`<option value=${theme}></option>`)}</datalist>`;

/** What a theme field did, for the element to store and to announce. */
export type ThemeChange = { type: 'added' | 'removed' | 'present'; themes: string[] };

export interface ThemeFieldOptions {
  /** The id of the text field, unique in the shadow root. */
  id: string;
  /** What the themes belong to, for the field's label, e.g. "belang 2". */
  of: string;
  /** The item's themes now. */
  themes: readonly string[];
  /** Every theme in the workshop; a typed theme takes the spelling of a known one. */
  known: readonly string[];
  /** Called with the item's new list of themes, after a user added or removed one. */
  onChange(themes: string[], change: ThemeChange): void;
}

const key = (theme: string) => theme.toLocaleLowerCase('nl');
const tidy = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, MAX_THEME_LENGTH);

/**
 * A field for the free themes of an item: the themes as tags, each with a
 * button to remove it, and a text field with the workshop's themes as
 * suggestions. Enter or a comma adds what was typed; leaving the field adds it
 * too, so nothing typed is lost.
 */
export function themeField(options: ThemeFieldOptions): TemplateResult {
  const { id, of, themes } = options;
  const add = (input: HTMLInputElement, text: string, rest = '') => {
    input.value = rest;
    const typed = text.split(',').map(tidy).filter(Boolean);
    if (!typed.length) return;
    const next = [...themes];
    const added: string[] = [];
    const present: string[] = [];
    for (const raw of typed) {
      const theme = options.known.find((k) => key(k) === key(raw)) ?? raw;
      if (next.some((t) => key(t) === key(theme))) present.push(theme);
      else {
        next.push(theme);
        added.push(theme);
      }
    }
    if (added.length) options.onChange(next, { type: 'added', themes: added });
    else options.onChange(next, { type: 'present', themes: present });
  };
  const keydown = (event: KeyboardEvent) => {
    if (event.isComposing || (event.key !== 'Enter' && event.key !== ',')) return;
    const input = event.target as HTMLInputElement;
    if (event.key === 'Enter' && !input.value.trim()) return;
    event.preventDefault();
    add(input, input.value);
  };
  const input = (event: Event) => {
    const field = event.target as HTMLInputElement;
    const picked = !(event instanceof InputEvent) || event.inputType === 'insertReplacementText';
    if (field.value.includes(',')) {
      // Pasted or typed on a keyboard without key events: every complete part is a theme.
      const parts = field.value.split(',');
      const rest = parts.pop() ?? '';
      add(field, parts.join(','), rest.trimStart());
    } else if (picked && options.known.some((k) => k === field.value)) add(field, field.value);
  };
  const blur = (event: FocusEvent) => {
    const field = event.target as HTMLInputElement;
    if (field.value.trim()) add(field, field.value);
  };
  const remove = (event: Event, theme: string) => {
    (event.currentTarget as HTMLElement).closest('.themes')?.querySelector('input')?.focus();
    options.onChange(
      themes.filter((t) => t !== theme),
      { type: 'removed', themes: [theme] },
    );
  };
  return html`<div class="themes" part="themes">
    <label for=${id}>${msg('Thema’s')}<span class="visually-hidden"> (${of})</span></label>
    <p class="hint" id=${`${id}-hint`}>
      ${msg('Optioneel. Typ een thema en druk op Enter of een komma; bestaande thema’s worden voorgesteld.')}
    </p>
    ${
      themes.length
        ? html`<ul class="tags" part="tags" aria-label=${msg(str`Thema’s van ${of}`)}>
            ${themes.map(
              (theme) =>
                html`<li class="tag" part="tag">
                  <span>${theme}</span>
                  <button type="button" part="tag-remove" @click=${(event: Event) => remove(event, theme)}>
                    <span aria-hidden="true">×</span
                    ><span class="visually-hidden">${msg(str`Verwijder thema ‘${theme}’`)}</span>
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }
    <input
      id=${id}
      type="text"
      part="theme-input"
      list=${THEME_LIST_ID}
      autocomplete="off"
      maxlength=${LIMITS.textLength}
      aria-describedby=${`${id}-hint`}
      @keydown=${keydown}
      @input=${input}
      @blur=${blur}
    />
  </div>`;
}

/** The themes of an item as read-only tags. */
export const themeTags = (themes: readonly string[] | undefined, of: string): TemplateResult | typeof nothing =>
  themes?.length
    ? html`<ul class="tags" part="tags" aria-label=${msg(str`Thema’s van ${of}`)}>
        ${themes.map((theme) => html`<li class="tag" part="tag"><span>${theme}</span></li>`)}
      </ul>`
    : nothing;

/** What to tell a screen-reader user after a theme field changed. */
export function themeAnnouncement({ type, themes }: ThemeChange): string {
  const list = themes.map((t) => `‘${t}’`).join(', ');
  return type === 'added'
    ? msg(str`Thema ${list} toegevoegd.`)
    : type === 'removed'
      ? msg(str`Thema ${list} verwijderd.`)
      : msg(str`Thema ${list} staat er al.`);
}

/** Styles of the theme field and tags. */
export const themeStyles = css`
  .themes {
    display: grid;
    gap: 0.35rem;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tag {
    display: inline-flex;
    align-items: center;
    gap: 0.15rem;
    max-width: 100%;
    min-height: 2rem;
    padding-inline: 0.65rem 0.15rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    overflow-wrap: anywhere;
  }
  .tag:not(:has(button)) {
    padding-inline-end: 0.65rem;
  }
  .tag button {
    min-width: 2rem;
    min-height: 2rem;
    padding: 0;
    /* Transparent, but drawn in forced colours, where the button needs an edge of its own. */
    border: 1px solid transparent;
    border-radius: 999px;
    background: transparent;
    font-size: 1.15em;
    line-height: 1;
  }
  .tag button:hover {
    background: var(--_surface);
  }
`;
