import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Derived } from '../../model/derived.js';
import type { WorkshopStore } from '../../model/store-api.js';
import { DIRECTIONS, type Contribution, type Direction, type Partner, type WorkshopFile } from '../../model/types.js';
import { NaElement } from '../base/na-element.js';
import type { Slice } from '../base/slice.js';
import { listHint, listQuestion } from '../shared/get-bring-questions.js';
import { ItemEditor, itemName, itemText } from '../shared/item-editing.js';
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
import { themeTags } from '../shared/theme-input.js';
import { styles } from './halen-brengen.styles.js';

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
  #suggestions = new ThemeSuggestions(this);
  #items = new ItemEditor(this, 'contribution', { store: () => this.store!, say: (fn) => this.say(fn) });

  /** Its partner's lists (or every partner's while none is chosen). */
  protected override select(file: WorkshopFile, derived: Derived, store: WorkshopStore): Slice {
    return [
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
        ${msg('Geen workshop gevonden. Zet halen en brengen binnen een netwerk-ambitie-element.')}
      </p>`;
    return html`${this.#items.renderStatus()}
    ${partnerCards(this.#choice, file, session, this.partner, {
      label: msg('Halen en brengen van'),
      what: msg('lijsten voor halen en brengen'),
      edit: (partner) => this.#editor(partner),
      read: (partner) => readCard(this.#title(partner), this.#readLists(partner)),
    })}`;
  }

  #contributions(partnerId: string, direction: Direction): readonly Contribution[] {
    return this.derived!.contributionsOf(partnerId, direction);
  }

  #title(partner: Partner): TemplateResult {
    return cardTitle(msg(str`Halen en brengen: ${partnerName(partner)}`), partner);
  }

  // ---- editing ----

  #editor(partner: Partner): TemplateResult {
    const known = this.#suggestions.known(this.derived!);
    const full = this.derived!.full(partner.id);
    return editCard(
      msg(str`Halen en brengen: ${partnerName(partner)}`),
      html`${this.#title(partner)}
        <p class="intro">
          ${msg('Wat komt jouw organisatie halen, en wat komt ze brengen? Alles wordt meteen bewaard.')}
        </p>`,
      known,
      DIRECTIONS.map((direction) => this.#list(partner, direction, known, full)),
      this.#readLists(partner),
    );
  }

  #list(partner: Partner, direction: Direction, known: readonly string[], full: boolean): TemplateResult {
    const items = this.#contributions(partner.id, direction);
    return editSection({
      part: `list list-${direction}`,
      heading: listQuestion(direction),
      question: listHint(direction),
      items,
      item: (item, index) => this.#item(item, index, items, known),
      empty: listEmpty(direction),
      addId: `add-${direction}`,
      addLabel: direction === 'get' ? msg('Halen toevoegen') : msg('Brengen toevoegen'),
      add: () => this.#add(partner.id, direction),
      full,
    });
  }

  #item(item: Contribution, index: number, list: readonly Contribution[], known: readonly string[]): TemplateResult {
    const id = this.#items.id(item.id);
    const n = index + 1;
    const noun = entryNoun(item.direction);
    const store = this.store!;
    const update = (patch: Partial<Pick<Contribution, 'text' | 'themes'>>) => {
      if (this.workshop!.contributions.some((c) => c.id === item.id)) store.updateContribution(item.id, patch);
    };
    return this.#items.render({
      item,
      index,
      group: list,
      siblings: list,
      legend: `${noun} ${n}`,
      name: itemName(noun.toLocaleLowerCase(), item.text, n),
      remove: () => store.removeContribution(item.id),
      focusAfterRemove: `add-${item.direction}`,
      fields: html`${itemText(`${id}-text`, 'text', msg('Omschrijving'), item.text, (text) => update({ text }))}
      ${this.#items.themes(item.id, `${noun.toLocaleLowerCase()} ${n}`, item.themes, known, (themes) =>
        update({ themes }),
      )}`,
    });
  }

  async #add(partnerId: string, direction: Direction): Promise<void> {
    const id = this.store!.addContribution(partnerId, { direction });
    if (id === undefined) return this.#items.announce(itemLimitMessage);
    await this.#items.added(id, () => msg(str`Nieuwe regel toegevoegd bij ‘${listQuestion(direction)}’.`));
  }

  // ---- reading and print ----

  #readLists(partner: Partner): TemplateResult[] {
    return DIRECTIONS.map((direction) => {
      const noun = entryNoun(direction).toLocaleLowerCase();
      return readSection(listQuestion(direction), this.#contributions(partner.id, direction), (item, index) =>
        themeTags(item.themes, `${noun} ${index + 1}`),
      );
    });
  }
}
