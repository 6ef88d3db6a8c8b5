import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { aspirantLabel } from '../../i18n/labels.js';
import { DIRECTIONS, LIMITS, type Contribution, type Direction, type Partner } from '../../model/types.js';
import { NaElement } from '../base/na-element.js';
import { Announcer, domId, focusAfterUpdate, itemName, moveIndex } from '../shared/item-editing.js';
import { PartnerChoice, partnerMessage, partnerName, readOnlyNote } from '../shared/partner-choice.js';
import { themeAnnouncement, themeField, themeSuggestions, themeTags, usedThemes } from '../shared/theme-input.js';
import { styles } from './halen-brengen.styles.js';

/** The question that heads each list. */
const listQuestion = (direction: Direction): string =>
  ({ get: msg('Wat komen we halen?'), bring: msg('Wat komen we brengen?') })[direction];

/** What each list asks for. */
const listHint = (direction: Direction): string =>
  ({
    get: msg('Wat wil jouw organisatie uit de samenwerking halen: kennis, contacten, capaciteit, signalen?'),
    bring: msg('Wat brengt jouw organisatie in: mensen, tijd, geld, ruimte, expertise, een netwerk?'),
  })[direction];

/** What an empty list says: what to write, with an example. */
const listEmpty = (direction: Direction): string =>
  ({
    get: msg('Nog niets ingevuld. Bijvoorbeeld: ‘Eerder horen welke inwoners hulp nodig hebben’.'),
    bring: msg('Nog niets ingevuld. Bijvoorbeeld: ‘Een ruimte in de wijk voor een wekelijks spreekuur’.'),
  })[direction];

/** The word for one entry of a list, as in "Halen 2". */
const entryNoun = (direction: Direction): string => ({ get: msg('Halen'), bring: msg('Brengen') })[direction];

/**
 * What one partner comes to get from the collaboration and what it comes to
 * bring (step 2): two lists, each entry with optional themes. Everything is
 * kept as it is typed.
 *
 * Without `partner` it shows the partner this device belongs to, or else a
 * choice of partner. On a partner's device only that partner's lists can be
 * changed; other partners' lists are shown read-only. Printed, the lists show
 * as text without fields or buttons; while no partner is chosen, every
 * partner's lists print, each on its own page.
 *
 * @tag halen-brengen
 * @summary One partner's lists of what it comes to get and what it comes to bring.
 *
 * @csspart partner-choice - The label and select to choose a partner.
 * @csspart message - What is shown instead of the lists when there is no partner to show.
 * @csspart note - The note that this device may only read these lists.
 * @csspart card - The lists of one partner.
 * @csspart title - The heading.
 * @csspart list - One list (also `list-get`, `list-bring`).
 * @csspart empty - The guidance in an empty list.
 * @csspart item - One entry being edited.
 * @csspart text - The field for an entry's text.
 * @csspart themes - An entry's themes: tags and the field to add one.
 * @csspart tags - A list of theme tags.
 * @csspart tag - One theme tag.
 * @csspart tag-remove - The button that removes a theme.
 * @csspart theme-input - The field to add a theme.
 * @csspart item-actions - The buttons to move and remove an entry.
 * @csspart remove - The button that removes an entry.
 * @csspart add - The button that adds an entry to a list.
 * @csspart read-card - The lists shown read-only, or printed.
 * @csspart read-item - One entry shown read-only.
 */
export class HalenBrengen extends NaElement {
  static override styles = styles;

  /** The id of the partner whose lists these are. Without it: this device's partner, or a choice of partner. */
  @property({ reflect: true })
  partner?: string;

  #choice = new PartnerChoice(this);
  #status = new Announcer(this);

  protected override render(): TemplateResult {
    const file = this.workshop;
    const session = this.store?.session;
    if (!file || !session)
      return html`<p class="message" part="message">
        ${msg('Geen workshop gevonden. Zet halen en brengen binnen een netwerk-ambitie-element.')}
      </p>`;
    const view = this.#choice.view(file, session, this.partner);
    return html`
      ${this.#status.render()}
      ${
        this.#choice.offered(file, session, this.partner)
          ? this.#choice.render(file, msg('Halen en brengen van'))
          : nothing
      }
      ${
        view.kind === 'partner'
          ? view.editable
            ? this.#editor(view.partner)
            : html`${readOnlyNote(file, session, view.partner)}${this.#readCard(view.partner)}`
          : html`<div class="screen-only">${partnerMessage(view, msg('lijsten voor halen en brengen'))}</div>
              <div class="print-only">${file.partners.map((p) => this.#readCard(p))}</div>`
      }
    `;
  }

  #contributions(partnerId: string, direction: Direction): Contribution[] {
    return this.workshop!.contributions.filter((c) => c.partnerId === partnerId && c.direction === direction);
  }

  #title(partner: Partner): TemplateResult {
    return html`<h2 part="title">
      ${msg(str`Halen en brengen: ${partnerName(partner)}`)}
      ${partner.aspirant ? html`<span class="aspirant">(${aspirantLabel()})</span>` : nothing}
    </h2>`;
  }

  // ---- editing ----

  #editor(partner: Partner): TemplateResult {
    const known = usedThemes(this.workshop!);
    return html`<section class="card" part="card" aria-label=${msg(str`Halen en brengen: ${partnerName(partner)}`)}>
      <div class="card-head">
        ${this.#title(partner)}
        <p class="intro">
          ${msg('Wat komt jouw organisatie halen, en wat komt ze brengen? Alles wordt meteen bewaard.')}
        </p>
      </div>
      <div class="screen-only">
        ${themeSuggestions(known)} ${DIRECTIONS.map((direction) => this.#list(partner, direction, known))}
      </div>
      <div class="print-only">${this.#readLists(partner)}</div>
    </section>`;
  }

  #list(partner: Partner, direction: Direction, known: string[]): TemplateResult {
    const items = this.#contributions(partner.id, direction);
    return html`<section class="section" part="list list-${direction}">
      <h3>${listQuestion(direction)}</h3>
      <p class="question">${listHint(direction)}</p>
      ${
        items.length
          ? html`<ol class="items">
              ${repeat(
                items,
                (item) => item.id,
                (item, index) => this.#item(item, index, items, known),
              )}
            </ol>`
          : html`<p class="empty" part="empty">${listEmpty(direction)}</p>`
      }
      <button
        type="button"
        class="add"
        part="add"
        id=${`add-${direction}`}
        @click=${() => this.#add(partner.id, direction)}
      >
        ${direction === 'get' ? msg('Halen toevoegen') : msg('Brengen toevoegen')}
      </button>
    </section>`;
  }

  #item(item: Contribution, index: number, list: Contribution[], known: string[]): TemplateResult {
    const id = domId('contribution', item.id);
    const n = index + 1;
    const noun = entryNoun(item.direction);
    const name = itemName(noun.toLocaleLowerCase(), item.text, n);
    const store = this.store!;
    const update = (patch: Partial<Pick<Contribution, 'text' | 'themes'>>) => {
      if (this.workshop!.contributions.some((c) => c.id === item.id)) store.updateContribution(item.id, patch);
    };
    return html`<li class="item" part="item">
      <fieldset>
        <legend>${noun} ${n}</legend>
        <label for=${`${id}-text`}>${msg('Omschrijving')}</label>
        <textarea
          id=${`${id}-text`}
          part="text"
          rows="2"
          maxlength=${LIMITS.textLength}
          .value=${live(item.text)}
          @input=${(event: Event) => update({ text: (event.target as HTMLTextAreaElement).value })}
        ></textarea>
        ${themeField({
          id: `${id}-themes`,
          of: `${noun.toLocaleLowerCase()} ${n}`,
          themes: item.themes ?? [],
          known,
          onChange: (themes, change) => {
            update({ themes: themes.length ? themes : undefined });
            this.#status.announce(this.say(() => themeAnnouncement(change)));
          },
        })}
        <div class="item-actions" part="item-actions">
          ${
            list.length > 1
              ? html`<button
                    type="button"
                    id=${`${id}-up`}
                    ?disabled=${index === 0}
                    @click=${() => this.#move(item, list, -1)}
                  >
                    ${msg('Omhoog')}<span class="visually-hidden">: ${name}</span>
                  </button>
                  <button
                    type="button"
                    id=${`${id}-down`}
                    ?disabled=${index === list.length - 1}
                    @click=${() => this.#move(item, list, 1)}
                  >
                    ${msg('Omlaag')}<span class="visually-hidden">: ${name}</span>
                  </button>`
              : nothing
          }
          <button type="button" part="remove" @click=${() => this.#remove(item, name)}>
            ${msg('Verwijder')}<span class="visually-hidden"> ${name}</span>
          </button>
        </div>
      </fieldset>
    </li>`;
  }

  async #add(partnerId: string, direction: Direction): Promise<void> {
    const id = this.store!.addContribution(partnerId, { direction });
    this.#status.announce(this.say(() => msg(str`Nieuwe regel toegevoegd bij ‘${listQuestion(direction)}’.`)));
    await focusAfterUpdate(this, `${domId('contribution', id)}-text`);
  }

  async #remove(item: Contribution, name: string): Promise<void> {
    this.store!.removeContribution(item.id);
    this.#status.announce(this.say(() => msg(str`${name} verwijderd.`)));
    await focusAfterUpdate(this, `add-${item.direction}`);
  }

  async #move(item: Contribution, list: Contribution[], delta: -1 | 1): Promise<void> {
    const to = moveIndex(list, list, item.id, delta);
    if (to === undefined) return;
    this.store!.moveItem(item.id, to);
    this.#status.announce(this.say(() => msg(str`Verplaatst naar plaats ${to + 1}.`)));
    const id = domId('contribution', item.id);
    await focusAfterUpdate(this, `${id}-${delta < 0 ? 'up' : 'down'}`, `${id}-${delta < 0 ? 'down' : 'up'}`);
  }

  // ---- reading and print ----

  #readCard(partner: Partner): TemplateResult {
    return html`<section class="card read-card" part="read-card">
      <div class="card-head">${this.#title(partner)}</div>
      ${this.#readLists(partner)}
    </section>`;
  }

  #readLists(partner: Partner): TemplateResult[] {
    return DIRECTIONS.map((direction) => {
      const items = this.#contributions(partner.id, direction);
      const noun = entryNoun(direction).toLocaleLowerCase();
      return html`<section class="section">
        <h3>${listQuestion(direction)}</h3>
        ${
          items.length
            ? html`<ul class="read-items">
                ${items.map(
                  (item, index) =>
                    html`<li class="read-item" part="read-item">
                      <p class="read-text">${item.text.trim() || msg('(nog zonder tekst)')}</p>
                      ${themeTags(item.themes, `${noun} ${index + 1}`)}
                    </li>`,
                )}
              </ul>`
            : html`<p class="empty">${msg('Niets ingevuld.')}</p>`
        }
      </section>`;
    });
  }
}
