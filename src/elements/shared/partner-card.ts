import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { aspirantLabel } from '../../i18n/labels.js';
import type { Derived } from '../../model/derived.js';
import type { Session } from '../../model/store-api.js';
import { LIMITS, type Partner, type WorkshopFile } from '../../model/types.js';
import type { PartnerChoice } from './partner-choice.js';
import { partnerMessage, readOnlyNote } from './partner-choice.js';
import { themeSuggestions } from './theme-input.js';

// The card of a partner's own work (interests, get and bring): whose card is
// shown, its title, the sections being edited, and the card as read or printed.
// Style it with `editorStyles`.

/** How an element shows a partner's card. */
export interface PartnerCards {
  /** The label of the choice of partner, e.g. "Belangenkaart van". */
  label: string;
  /** What the card is called in a message, e.g. "belangenkaart". */
  what: string;
  /** The partner's card to edit. */
  edit(partner: Partner): TemplateResult;
  /** The partner's card to read or print. */
  read(partner: Partner): TemplateResult;
}

/**
 * The card of the partner `choice` picks (see `PartnerChoice.view()`): to edit
 * on a device that may, else to read with a note why. Without a partner to
 * show, a message on screen, and every partner's card in print.
 */
export function partnerCards(
  choice: PartnerChoice,
  file: WorkshopFile,
  session: Session,
  attribute: string | undefined,
  cards: PartnerCards,
): TemplateResult {
  const view = choice.view(file, session, attribute);
  return html`
    ${choice.offered(file, session, attribute) ? choice.render(file, cards.label) : nothing}
    ${
      view.kind === 'partner'
        ? view.editable
          ? cards.edit(view.partner)
          : html`${readOnlyNote(file, session, view.partner)}${cards.read(view.partner)}`
        : html`<div class="screen-only">${partnerMessage(view, cards.what)}</div>
            <div class="print-only">${file.partners.map((p) => cards.read(p))}</div>`
    }
  `;
}

const NO_THEMES: readonly string[] = Object.freeze([]);

/**
 * The workshop's themes that a card's theme fields suggest (and whose spelling
 * a typed theme takes), known only while one of those fields has focus: typing
 * anywhere else on the card does not gather the themes of every item.
 */
export class ThemeSuggestions implements ReactiveController {
  #active = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  // On the shadow root: a move of focus inside it does not reach the host.
  hostConnected(): void {
    this.host.shadowRoot?.addEventListener('focusin', this.#followFocus);
    this.host.shadowRoot?.addEventListener('focusout', this.#followFocus);
  }

  hostDisconnected(): void {
    this.host.shadowRoot?.removeEventListener('focusin', this.#followFocus);
    this.host.shadowRoot?.removeEventListener('focusout', this.#followFocus);
  }

  readonly #followFocus = (): void => {
    const active = !!this.host.shadowRoot?.activeElement?.matches('[part="theme-input"]');
    if (active === this.#active) return;
    this.#active = active;
    this.host.requestUpdate();
  };

  /** The known themes while a theme field has focus, none otherwise. */
  known(derived: Derived): readonly string[] {
    return this.#active ? derived.themeNames : NO_THEMES;
  }
}

/** The heading of a partner's card, with "(aspirant)" for an aspiring partner. */
export const cardTitle = (text: string, partner: Partner): TemplateResult =>
  html`<h2 part="title">
    ${text} ${partner.aspirant ? html`<span class="aspirant">(${aspirantLabel()})</span>` : nothing}
  </h2>`;

/** A card to edit: its head, its sections on screen (with the theme suggestions, see `ThemeSuggestions`), and as read in print. */
export const editCard = (
  label: string,
  head: TemplateResult,
  known: readonly string[],
  sections: TemplateResult[],
  print: TemplateResult[],
): TemplateResult =>
  html`<section class="card" part="card" aria-label=${label}>
    <div class="card-head">${head}</div>
    <div class="screen-only">${themeSuggestions(known)} ${sections}</div>
    <div class="print-only">${print}</div>
  </section>`;

/** What a card says while its partner has as many interests and contributions as a workshop file holds. */
export const itemLimitMessage = (): string =>
  msg(
    str`Het maximum van ${LIMITS.itemsPerPartner} punten per partner is bereikt, voor belangen en halen en brengen samen. Verwijder eerst een punt om er een toe te voegen.`,
  );

/** One section of a card to edit. */
export interface EditSectionOptions<T extends { id: string }> {
  /** Its part names. */
  part: string;
  heading: TemplateResult | string;
  question: string;
  items: readonly T[];
  item(item: T, index: number): unknown;
  /** What it says while it has no items. */
  empty: string;
  /** The id of the add button, unique in the shadow root. */
  addId: string;
  addLabel: TemplateResult | string;
  add(): void;
  /** The partner has as many items as a workshop file holds (`derive().full()`): nothing can be added. */
  full?: boolean;
}

/**
 * A section to edit: heading, question, its items (or what to write), and a
 * button to add one; while the partner is full, the button is disabled and
 * says why.
 */
export function editSection<T extends { id: string }>(options: EditSectionOptions<T>): TemplateResult {
  const { items, full = false } = options;
  const limitId = `${options.addId}-limit`;
  return html`<section class="section" part=${options.part}>
    <h3>${options.heading}</h3>
    <p class="question">${options.question}</p>
    ${
      items.length
        ? html`<ol class="items">
            ${repeat(items, (item) => item.id, options.item)}
          </ol>`
        : html`<p class="empty" part="empty">${options.empty}</p>`
    }
    <button
      type="button"
      class="add"
      part="add"
      id=${options.addId}
      ?disabled=${full}
      aria-describedby=${full ? limitId : nothing}
      @click=${options.add}
    >
      ${options.addLabel}
    </button>
    ${full ? html`<p class="limit" id=${limitId}>${itemLimitMessage()}</p>` : nothing}
  </section>`;
}

/** A card to read or print: its title and sections. */
export const readCard = (title: TemplateResult, sections: TemplateResult[]): TemplateResult =>
  html`<section class="card read-card" part="read-card">
    <div class="card-head">${title}</div>
    ${sections}
  </section>`;

/**
 * A section to read: its heading, then each item's text followed by its
 * `details` (which may show only the item, its place and texts in the
 * element's language): an item renders again only when one of those changed.
 */
export function readSection<T extends { text: string }>(
  heading: string,
  items: readonly T[],
  details: (item: T, index: number) => unknown,
): TemplateResult {
  const untitled = msg('(nog zonder tekst)');
  return html`<section class="section">
    <h3>${heading}</h3>
    ${
      items.length
        ? html`<ul class="read-items">
            ${items.map((item, index) =>
              guard(
                [item, index, untitled],
                () =>
                  html`<li class="read-item" part="read-item">
                    <p class="read-text">${item.text.trim() || untitled}</p>
                    ${details(item, index)}
                  </li>`,
              ),
            )}
          </ul>`
        : html`<p class="empty">${msg('Niets ingevuld.')}</p>`
    }
  </section>`;
}
