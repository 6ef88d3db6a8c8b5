import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { kindHint, kindLabel, scopeLabel } from '../../i18n/labels.js';
import type { Derived } from '../../model/derived.js';
import type { WorkshopStore } from '../../model/store-api.js';
import {
  KINDS,
  SCOPES,
  type Interest,
  type Kind,
  type Partner,
  type Scope,
  type WorkshopFile,
} from '../../model/types.js';
import { NaElement } from '../base/na-element.js';
import type { Slice } from '../base/slice.js';
import { ItemEditor, itemName, itemText } from '../shared/item-editing.js';
import { kindMarker } from '../shared/kind-marker.js';
import {
  cardTitle,
  editCard,
  editSection,
  ThemeSuggestions,
  itemLimitMessage,
  partnerCards,
  readCard,
  readSection,
} from '../shared/partner-card.js';
import { PartnerChoice, partnerName } from '../shared/partner-choice.js';
import { printAlone } from '../shared/print-alone.js';
import { adoptSheet, dropSheet } from '../../styles/adopt.js';
import { themeTags } from '../shared/theme-input.js';
import { a4Page, styles } from './belangen-kaart.styles.js';
import { blankGetBring } from './blank-get-bring.js';

/** How many interests a blank paper card has room for, per scope. */
const BLANK_ENTRIES: Record<Scope, number> = { organisation: 2, personal: 1, shared: 2 };

/** The question each scope asks. */
const scopeQuestion = (scope: Scope): string =>
  ({
    organisation: msg('Wat wil jouw organisatie met deze samenwerking bereiken of veiligstellen?'),
    personal: msg('Heb je als vertegenwoordiger ook een eigen belang? Dat mag je hier kwijt, maar het hoeft niet.'),
    shared: msg('Wat moet de samenwerking als geheel opleveren, voor alle partners samen?'),
  })[scope];

/** What an empty scope says: what to write, with an example. */
const scopeEmpty = (scope: Scope): string =>
  ({
    organisation: msg(
      'Nog geen eigen belang. Schrijf in één zin op wat jouw organisatie wil bereiken, bijvoorbeeld: ‘Minder wachttijd voor inwoners die hulp zoeken’.',
    ),
    personal: msg(
      'Geen persoonlijk belang ingevuld. Dat is prima; wie wil, schrijft hier bijvoorbeeld: ‘Ik wil mijn netwerk in de wijk uitbreiden’.',
    ),
    shared: msg(
      'Nog geen overkoepelend belang. Schrijf op waar de samenwerking als geheel mee gediend is, bijvoorbeeld: ‘Inwoners vinden sneller de juiste hulp in hun eigen wijk’.',
    ),
  })[scope];

/** A scope's heading, saying that the personal interest is optional. */
const scopeHeading = (scope: Scope): TemplateResult =>
  html`${scopeLabel(scope)}
  ${scope === 'personal' ? html`<span class="optional">(${msg('optioneel')})</span>` : nothing}`;

/** Elements that show blank paper cards; while there is one, the page prints on A4. */
const blankCards = new Set<BelangenKaart>();

function usePaperSize(card: BelangenKaart, on: boolean): void {
  if (on) blankCards.add(card);
  else blankCards.delete(card);
  const sheet = a4Page.styleSheet;
  if (!sheet) return;
  if (blankCards.size) adoptSheet(document, sheet);
  else dropSheet(document, sheet);
}

/**
 * The interest card of one partner (step 1): the partner's own interest as an
 * organisation, optionally a personal interest of its representative, and the
 * overarching interest of the collaboration. Every interest is a wish
 * (negotiable) or a demand (not negotiable) and says why it matters; themes
 * are optional free tags. Everything is kept as it is typed.
 *
 * Without `partner` the card shows the partner this device belongs to, or
 * else a choice of partner. On a partner's device only that partner's card
 * can be changed; other cards are shown read-only.
 *
 * Printed, the card shows as text without fields or buttons; while no partner
 * is chosen, every partner's card prints, each on its own page. With `blank`
 * it shows empty A4 paper cards to print, one per partner (or only the one
 * partner it names, or this device's partner), with room for the interests
 * and for what the partner comes to get and to bring; while it does the page
 * prints on A4 with 15 mm margins.
 *
 * @tag belangen-kaart
 * @summary One partner's interest card: own, personal and overarching interests, each a wish or a demand, with why.
 *
 * @csspart partner-choice - The label and select to choose a partner.
 * @csspart message - What is shown instead of a card when there is none to show.
 * @csspart note - The note that this device may only read this card.
 * @csspart card - The card of one partner.
 * @csspart title - The card's heading.
 * @csspart tip - The reminder what a wish and a demand are.
 * @csspart scope - One scope (also `scope-organisation`, `scope-personal`, `scope-shared`).
 * @csspart empty - The guidance in a scope without interests.
 * @csspart item - One interest being edited.
 * @csspart text - The field for an interest's text.
 * @csspart kind-choice - The wish-or-demand radio group of an interest.
 * @csspart kind-missing - The message that an interest is not complete until wish or demand is chosen.
 * @csspart motivation - The field for why an interest matters.
 * @csspart themes - An interest's themes: tags and the field to add one.
 * @csspart tags - A list of theme tags.
 * @csspart tag - One theme tag.
 * @csspart tag-remove - The button that removes a theme.
 * @csspart theme-input - The field to add a theme.
 * @csspart item-actions - The buttons to move and remove an interest.
 * @csspart remove - The button that removes an interest.
 * @csspart add - The button that adds an interest to a scope.
 * @csspart read-card - A card shown read-only, or printed.
 * @csspart read-item - One interest shown read-only.
 * @csspart kind - The wish or demand marker (also `kind-wish`, `kind-demand`).
 * @csspart blank - The blank paper cards.
 * @csspart print - The button that prints the card(s) alone, without the host page.
 * @csspart sheet - One blank paper card (one A4 page).
 */
export class BelangenKaart extends NaElement {
  static override styles = styles;

  /** The id of the partner whose card this is. Without it: this device's partner, or a choice of partner. */
  @property({ reflect: true })
  partner?: string;

  /** Show blank A4 paper cards to print and fill in by hand: this partner's, or one for every partner. */
  @property({ type: Boolean, reflect: true })
  blank = false;

  #choice = new PartnerChoice(this);
  #suggestions = new ThemeSuggestions(this);
  #items = new ItemEditor(this, 'interest', { store: () => this.store!, say: (fn) => this.say(fn) });

  override connectedCallback(): void {
    super.connectedCallback();
    usePaperSize(this, this.blank);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    usePaperSize(this, false);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('blank')) usePaperSize(this, this.blank && this.isConnected);
  }

  /** Its partner's card (or every card while none is chosen); blank cards only the partners and the title. */
  protected override select(file: WorkshopFile, derived: Derived, store: WorkshopStore): Slice {
    if (this.blank) return [file.partners, file.title, store.session];
    return [
      file.title,
      this.#suggestions.known(derived),
      ...this.#choice.slice(file, store.session, this.partner, (id) => [
        derived.interestsOf(id),
        derived.contributionsOf(id),
      ]),
    ];
  }

  protected override render(): TemplateResult {
    const file = this.workshop;
    const session = this.store?.session;
    if (!file || !session)
      return html`<p class="message" part="message">
        ${msg('Geen workshop gevonden. Zet de belangenkaart binnen een netwerk-ambitie-element.')}
      </p>`;
    // Blank cards have their print button above them: there may be many pages of them.
    if (this.blank) return this.#blankCards();
    return html`${this.#items.renderStatus()}
    ${partnerCards(this.#choice, file, session, this.partner, {
      label: msg('Belangenkaart van'),
      what: msg('belangenkaart'),
      edit: (partner) => this.#editor(partner),
      read: (partner) => readCard(this.#title(partner), this.#readScopes(partner)),
    })}${this.#printButton()}`;
  }

  /** Prints the card(s) alone, without the host page around them. */
  #printButton(): TemplateResult {
    return html`<p class="screen-only">
      <button part="print" type="button" @click=${() => printAlone(this)}>
        ${this.blank ? msg('Lege kaarten afdrukken') : msg('Belangenkaart afdrukken')}
      </button>
    </p>`;
  }

  #interests(partnerId: string): readonly Interest[] {
    return this.derived!.interestsOf(partnerId);
  }

  #title(partner: Partner): TemplateResult {
    return cardTitle(msg(str`Belangenkaart van ${partnerName(partner)}`), partner);
  }

  // ---- editing ----

  #editor(partner: Partner): TemplateResult {
    const interests = this.#interests(partner.id);
    const known = this.#suggestions.known(this.derived!);
    const full = this.derived!.full(partner.id);
    // An item renders again only when it, its place among the others, the known themes or the language changed.
    const order = interests.map((i) => i.id).join(' ');
    return editCard(
      msg(str`Belangenkaart van ${partnerName(partner)}`),
      html`${this.#title(partner)}
        <p class="intro">
          ${msg(
            'Benoem het eigen belang van je organisatie en het overkoepelende belang van de samenwerking. Alles wordt meteen bewaard.',
          )}
        </p>
        <p class="tip" part="tip">
          ${msg(
            'Geef bij elk belang aan of het een wens is of een eis. Over een wens valt te onderhandelen, over een eis niet.',
          )}
        </p>`,
      known,
      SCOPES.map((scope) => this.#scope(partner, scope, interests, known, full, order)),
      this.#readScopes(partner),
    );
  }

  #scope(
    partner: Partner,
    scope: Scope,
    interests: readonly Interest[],
    known: readonly string[],
    full: boolean,
    order: string,
  ): TemplateResult {
    const items = interests.filter((i) => i.scope === scope);
    const said = msg('Wat is het belang?');
    return editSection({
      part: `scope scope-${scope}`,
      heading: scopeHeading(scope),
      question: scopeQuestion(scope),
      items,
      item: (item, index) =>
        guard([item, index, order, known, said], () => this.#item(item, index, items, interests, known)),
      empty: scopeEmpty(scope),
      addId: `add-${scope}`,
      addLabel: html`${msg('Belang toevoegen')}<span class="visually-hidden">: ${scopeLabel(scope)}</span>`,
      add: () => this.#add(partner.id, scope),
      full,
    });
  }

  #item(
    item: Interest,
    index: number,
    group: Interest[],
    siblings: readonly Interest[],
    known: readonly string[],
  ): TemplateResult {
    const id = this.#items.id(item.id);
    const n = index + 1;
    const store = this.store!;
    const update = (patch: Partial<Pick<Interest, 'text' | 'kind' | 'motivation' | 'themes'>>) => {
      if (this.workshop!.interests.some((i) => i.id === item.id)) store.updateInterest(item.id, patch);
    };
    return this.#items.render({
      item,
      index,
      group,
      siblings,
      legend: msg(str`Belang ${n}`),
      name: itemName(msg('belang'), item.text, n),
      remove: () => store.removeInterest(item.id),
      focusAfterRemove: `add-${item.scope}`,
      fields: html`${itemText(`${id}-text`, 'text', msg('Wat is het belang?'), item.text, (text) => update({ text }))}
        <fieldset class="kind-choice" part="kind-choice" aria-describedby=${item.kind ? nothing : `${id}-kind-missing`}>
          <legend>${msg('Wens of eis?')}</legend>
          ${KINDS.map(
            (kind: Kind) =>
              html`<label class="kind-option">
                <input
                  type="radio"
                  name=${`${id}-kind`}
                  value=${kind}
                  .checked=${item.kind === kind}
                  @change=${() => update({ kind })}
                />${kindMarker(kind)}<span class="kind-hint" aria-hidden="true">(${kindHint(kind)})</span>
              </label>`,
          )}
          ${
            item.kind
              ? nothing
              : html`<p id=${`${id}-kind-missing`} class="kind-missing" part="kind-missing">
                  ${msg('Kies of dit een wens of een eis is: tot dan is het belang niet compleet.')}
                </p>`
          }
        </fieldset>
        ${itemText(`${id}-why`, 'motivation', msg('Waarom is dit belangrijk?'), item.motivation ?? '', (motivation) =>
          update({ motivation }),
        )}
        ${this.#items.themes(item.id, msg(str`belang ${n}`), item.themes, known, (themes) => update({ themes }))}`,
    });
  }

  async #add(partnerId: string, scope: Scope): Promise<void> {
    const id = this.store!.addInterest(partnerId, { scope });
    if (id === undefined) return this.#items.announce(itemLimitMessage);
    await this.#items.added(id, () => msg(str`Nieuw belang toegevoegd bij ${scopeLabel(scope)}.`));
  }

  // ---- reading and print ----

  #readScopes(partner: Partner): TemplateResult[] {
    const interests = this.#interests(partner.id);
    return SCOPES.map((scope) =>
      readSection(
        scopeLabel(scope),
        interests.filter((i) => i.scope === scope),
        (item, index) =>
          html`<p>${kindMarker(item.kind)}</p>
            ${
              item.motivation?.trim()
                ? html`<p>
                    <span class="read-label">${msg('Waarom:')}</span>
                    <span class="read-why">${item.motivation}</span>
                  </p>`
                : nothing
            }
            ${themeTags(item.themes, msg(str`belang ${index + 1}`))}`,
      ),
    );
  }

  // ---- blank paper cards ----

  #blankCards(): TemplateResult {
    const file = this.workshop!;
    const session = this.store!.session;
    const named = this.partner ?? session.partner;
    const partners: Array<Partner | undefined> = named
      ? [file.partners.find((p) => p.id === named)]
      : file.partners.length
        ? file.partners
        : [undefined];
    return html`<div class="blank" part="blank">
      <p class="intro screen-only">
        ${msg('Lege belangenkaarten om af te drukken en met de hand in te vullen: elke kaart komt op een eigen A4.')}
      </p>
      ${this.#printButton()} ${partners.map((partner) => this.#sheet(partner))}
    </div>`;
  }

  #sheet(partner: Partner | undefined): TemplateResult {
    const file = this.workshop!;
    const lines = (count: number) =>
      html`${Array.from({ length: count }, () => html`<span class="line" aria-hidden="true"></span>`)}`;
    return html`<article class="sheet" part="sheet">
      <header class="sheet-head">
        <p class="sheet-workshop">${file.title.trim() || msg('Netwerkambitie')}</p>
        <h2>${msg('Belangenkaart')}</h2>
        <p class="sheet-partner">
          <span class="read-label">${msg('Partner:')}</span>
          ${
            partner
              ? html`<span class="fill">${partnerName(partner)}</span>`
              : html`<span class="fill line" aria-hidden="true"></span>`
          }
        </p>
        <p class="sheet-tip">
          ${msg(
            'Kruis bij elk belang aan of het een wens is (onderhandelbaar) of een eis (niet onderhandelbaar), en schrijf op waarom het belangrijk is.',
          )}
        </p>
      </header>
      ${SCOPES.map(
        (scope) =>
          html`<section class="sheet-scope">
            <h3>${scopeHeading(scope)}</h3>
            <p class="sheet-question">${scopeQuestion(scope)}</p>
            ${Array.from(
              { length: BLANK_ENTRIES[scope] },
              () =>
                html`<div class="entry">
                  ${lines(2)}
                  <p class="ticks">
                    ${KINDS.map(
                      (kind) =>
                        html`<span class="tick"
                          ><span class="box" aria-hidden="true"></span>${kindLabel(kind)}
                          <span class="tick-hint">(${kindHint(kind)})</span></span
                        >`,
                    )}
                  </p>
                  <p class="why">
                    <span>${msg('Waarom is dit belangrijk?')}</span><span class="line" aria-hidden="true"></span>
                  </p>
                </div>`,
            )}
          </section>`,
      )}
      ${blankGetBring()}
    </article>`;
  }
}
