import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { aspirantLabel, partnersLabel, stepLabel } from '../../i18n/labels.js';
import type { WorkshopStore } from '../../model/store-api.js';
import { LIMITS, type Partner, type WorkshopFile } from '../../model/types.js';
import type { Derived } from '../../model/derived.js';
import { NaElement } from '../base/na-element.js';
import type { Slice } from '../base/slice.js';
import { styles } from './partner-lijst.styles.js';

/** The name to show for a partner, also when it has none yet. */
const nameOf = (partner: Partner, index: number): string => partner.name.trim() || msg(str`Partner ${index + 1}`);

/**
 * The partners of the workshop, prepared by the facilitator: the workshop
 * title, then add, rename, reorder (with buttons), mark as prospective
 * (aspirant) and remove partners. Removing a partner that already filled in
 * its card asks first, and every removal can be undone. For each partner it
 * says in words how far it is with steps 1 and 2.
 *
 * Only the facilitator's device can change the list; a partner's device
 * (`role="partner"` on `<netwerk-ambitie>`) shows it read-only.
 *
 * @tag partner-lijst
 * @summary Prepare the workshop: its title and the (prospective) partners.
 *
 * @csspart base - The panel around everything.
 * @csspart heading - The heading "Partners".
 * @csspart title - The field for the workshop title (facilitator only).
 * @csspart empty - The guidance shown while there are no partners.
 * @csspart list - The list of partners.
 * @csspart partner - One partner in the list.
 * @csspart name - The name field of a partner (facilitator) or its name (partner device).
 * @csspart aspirant - The "aspirant-partner" checkbox, or the marker on a partner device.
 * @csspart progress - How far a partner is with steps 1 and 2, in words.
 * @csspart actions - The move and remove buttons of a partner.
 * @csspart confirm - The question asked before removing a partner whose card has content.
 * @csspart add - The "Partner toevoegen" button.
 * @csspart status - The message after a change (a partner removed, moved or restored).
 * @csspart undo - The button that brings a removed partner back.
 */
export class PartnerLijst extends NaElement {
  static override styles = styles;

  /** The partner whose removal waits for confirmation. */
  @state() private confirming?: string;

  /** What the status line says after the last change made here. */
  @state() private message = '';

  /** The partner just removed, while that removal is still the last change on this device. */
  @state() private removed?: { id: string; name: string };

  #unsubscribe?: () => void;
  #subscribedTo?: WorkshopStore;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = this.#subscribedTo = undefined;
  }

  /** The title and partners, with how many items each has and how far each is. */
  protected override select(file: WorkshopFile, derived: Derived, store: WorkshopStore): Slice {
    return [
      file.title,
      file.partners,
      store.session,
      ...file.partners.flatMap((p) => {
        const { interests, contributions } = derived.progress(p.id);
        return [derived.interestsOf(p.id).length + derived.contributionsOf(p.id).length, interests, contributions];
      }),
    ];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.store !== this.#subscribedTo) this.#watch();
  }

  /**
   * "Ongedaan maken" undoes the last change on this device, so the offer
   * stands only until something else is changed here.
   */
  #watch(): void {
    this.#unsubscribe?.();
    this.#subscribedTo = this.store;
    this.#unsubscribe = this.store?.subscribe((_, source) => {
      if (source !== 'user' || !this.removed) return;
      this.removed = undefined;
      this.message = '';
    });
  }

  get #editable(): boolean {
    return this.store?.session.role === 'facilitator';
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #row = (id: string) => `li[data-partner="${CSS.escape(id)}"]`;

  #add(): void {
    const id = this.store!.addPartner();
    if (id === undefined) return;
    this.message = '';
    this.#focus(`${this.#row(id)} input.name`);
  }

  #move(id: string, by: -1 | 1): void {
    const partners = this.workshop!.partners;
    const from = partners.findIndex((p) => p.id === id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= partners.length) return;
    this.store!.movePartner(id, to);
    const name = this.say(() => nameOf(partners[from], to));
    this.message = this.say(() => msg(str`'${name}' staat nu op plaats ${to + 1} van ${partners.length}.`));
    // Keep focus on the button that was used; at the top or bottom of the
    // list it is disabled, so the other direction takes the focus.
    const atEdge = to === 0 || to === partners.length - 1;
    const direction = by === -1 ? (atEdge ? 'down' : 'up') : atEdge ? 'up' : 'down';
    this.#focus(`${this.#row(id)} button[data-move="${direction}"]`);
  }

  #askRemove(partner: Partner, index: number): void {
    if (this.#itemsOf(partner.id) === 0) {
      this.#remove(partner, index);
      return;
    }
    this.confirming = partner.id;
    this.#focus('#confirm-question');
  }

  #cancelRemove(id: string): void {
    this.confirming = undefined;
    this.#focus(`${this.#row(id)} button[data-action="remove"]`);
  }

  #remove(partner: Partner, index: number): void {
    const name = this.say(() => nameOf(partner, index));
    this.confirming = undefined;
    this.store!.removePartner(partner.id);
    this.removed = { id: partner.id, name };
    this.message = this.say(() => msg(str`Partner verwijderd: '${name}'.`));
    this.#focus('button[part="undo"]');
  }

  #undoRemove(): void {
    const removed = this.removed;
    if (!removed) return;
    this.removed = undefined;
    this.store!.undo();
    const back = this.workshop!.partners.some((p) => p.id === removed.id);
    this.message = back ? this.say(() => msg(str`'${removed.name}' staat weer in de lijst.`)) : '';
    if (back) this.#focus(`${this.#row(removed.id)} input.name`);
  }

  protected override render(): TemplateResult {
    const file = this.workshop;
    if (!file)
      return html`<p part="base" class="base panel">
        ${msg('De partnerlijst werkt alleen binnen een <netwerk-ambitie>-element.')}
      </p>`;
    const editable = this.#editable;
    const { partners } = file;
    const aspirants = partners.filter((p) => p.aspirant).length;
    return html`
      <section part="base" class="base panel" aria-labelledby="heading">
        <h2 id="heading" part="heading">${msg('Partners')}</h2>
        ${editable ? this.#titleField(file.title) : this.#title(file.title)}
        ${
          partners.length
            ? html`<p class="muted">
                ${partnersLabel(partners.length)}${aspirants ? msg(str`, waarvan ${aspirants} aspirant`) : nothing}
              </p>`
            : this.#empty(editable)
        }
        ${
          partners.length
            ? html`<ol part="list" class="list">
                ${repeat(
                  partners,
                  (p) => p.id,
                  (p, i) => (editable ? this.#editRow(file, p, i) : this.#readRow(p, i)),
                )}
              </ol>`
            : nothing
        }
        ${editable ? this.#toolbar(partners.length) : html`<p class="muted">${msg('Alleen de facilitator kan partners toevoegen of wijzigen.')}</p>`}
        <div class="notice">
          <p part="status" class="status" role="status">${this.message}</p>
          ${
            this.removed && editable
              ? html`<button part="undo" type="button" @click=${this.#undoRemove}>${msg('Ongedaan maken')}</button>`
              : nothing
          }
        </div>
      </section>
    `;
  }

  #titleField(title: string): TemplateResult {
    return html`<label class="field">
      <span class="field-label">${msg('Titel van de workshop')}</span>
      <input
        part="title"
        type="text"
        maxlength=${LIMITS.textLength}
        .value=${live(title)}
        @input=${(e: Event) => this.store!.setTitle((e.target as HTMLInputElement).value)}
      />
    </label>`;
  }

  #title(title: string): TemplateResult | typeof nothing {
    return title.trim() ? html`<p>${msg('Workshop:')} <strong>${title}</strong></p>` : nothing;
  }

  #empty(editable: boolean): TemplateResult {
    if (!editable)
      return html`<p part="empty" class="empty">${msg('De facilitator heeft nog geen partners toegevoegd.')}</p>`;
    return html`<div part="empty" class="empty">
      <p><strong>${msg('Nog geen partners.')}</strong> ${msg('Voeg iedere organisatie toe die aan tafel komt.')}</p>
      <ul>
        <li>
          ${msg(
            'Met drie tot acht partners werkt de workshop het best. Hoe meer partners, hoe langer hij duurt: een half uur bij twee partners, oplopend tot twee uur bij elf of meer.',
          )}
        </li>
        <li>
          ${msg(
            'Aspirant-partners zijn ook welkom: organisaties die nog overwegen om mee te doen. Vink bij hen ‘aspirant-partner’ aan.',
          )}
        </li>
        <li>${msg('Namen en volgorde kun je later nog aanpassen.')}</li>
      </ul>
    </div>`;
  }

  /** How many interests and contributions a partner has on its card. */
  #itemsOf(id: string): number {
    return this.derived!.interestsOf(id).length + this.derived!.contributionsOf(id).length;
  }

  #progress(partner: Partner, name: string): TemplateResult {
    const progress = this.derived!.progress(partner.id);
    const line = (step: 1 | 2, done: boolean) =>
      html`<li>
        <span class="mark ${done ? 'mark-done' : ''}" aria-hidden="true">${done ? '✓' : '○'}</span>
        <span>${msg(str`Stap ${step}, ${stepLabel(step)}:`)} ${done ? msg('klaar') : msg('nog niet klaar')}</span>
      </li>`;
    return html`<ul part="progress" class="progress" aria-label=${msg(str`Voortgang van '${name}'`)}>
      ${line(1, progress.interests)} ${line(2, progress.contributions)}
    </ul>`;
  }

  #editRow(file: WorkshopFile, partner: Partner, index: number): TemplateResult {
    const name = nameOf(partner, index);
    const last = index === file.partners.length - 1;
    return html`<li part="partner" class="partner" data-partner=${partner.id}>
      <div class="partner-main">
        <span class="number" aria-hidden="true">${index + 1}.</span>
        <label class="field">
          <span class="field-label"
            >${msg('Naam')}<span class="visually-hidden"> ${msg(str`van partner ${index + 1}`)}</span></span
          >
          <input
            part="name"
            class="name"
            type="text"
            maxlength=${LIMITS.textLength}
            .value=${live(partner.name)}
            @input=${(e: Event) =>
              this.store!.updatePartner(partner.id, { name: (e.target as HTMLInputElement).value })}
          />
        </label>
        <label class="check">
          <input
            part="aspirant"
            type="checkbox"
            .checked=${live(partner.aspirant)}
            @change=${(e: Event) =>
              this.store!.updatePartner(partner.id, { aspirant: (e.target as HTMLInputElement).checked })}
          />
          <span>${aspirantLabel()}<span class="visually-hidden"> (${name})</span></span>
        </label>
      </div>
      ${this.#progress(partner, name)}
      <div part="actions" class="actions">
        <button
          type="button"
          data-move="up"
          aria-label=${msg(str`Verplaats '${name}' omhoog`)}
          ?disabled=${index === 0}
          @click=${() => this.#move(partner.id, -1)}
        >
          ${msg('Omhoog')}
        </button>
        <button
          type="button"
          data-move="down"
          aria-label=${msg(str`Verplaats '${name}' omlaag`)}
          ?disabled=${last}
          @click=${() => this.#move(partner.id, 1)}
        >
          ${msg('Omlaag')}
        </button>
        <button
          type="button"
          data-action="remove"
          aria-label=${msg(str`Verwijder partner '${name}'`)}
          @click=${() => this.#askRemove(partner, index)}
        >
          ${msg('Verwijder')}
        </button>
      </div>
      ${this.confirming === partner.id ? this.#confirm(partner, index, name) : nothing}
    </li>`;
  }

  #confirm(partner: Partner, index: number, name: string): TemplateResult {
    const count = this.#itemsOf(partner.id);
    return html`<div
      part="confirm"
      class="confirm"
      role="group"
      aria-labelledby="confirm-question"
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape') this.#cancelRemove(partner.id);
      }}
    >
      <p id="confirm-question" tabindex="-1">
        ${
          count === 1
            ? msg(str`'${name}' heeft al 1 punt ingevuld bij belangen of halen en brengen.`)
            : msg(str`'${name}' heeft al ${count} punten ingevuld bij belangen en halen en brengen.`)
        }
        ${msg('Die worden ook verwijderd. Wil je deze partner verwijderen?')}
      </p>
      <div class="actions">
        <button type="button" class="primary" @click=${() => this.#remove(partner, index)}>
          ${msg(str`Ja, verwijder '${name}'`)}
        </button>
        <button type="button" @click=${() => this.#cancelRemove(partner.id)}>${msg('Nee, behouden')}</button>
      </div>
    </div>`;
  }

  #readRow(partner: Partner, index: number): TemplateResult {
    const name = nameOf(partner, index);
    const own = this.store?.session.partner === partner.id;
    return html`<li part="partner" class="partner" data-partner=${partner.id}>
      <p>
        <span part="name" class="name">${name}</span>
        ${partner.aspirant ? html`<span part="aspirant" class="badge">${aspirantLabel()}</span>` : nothing}
        ${own ? html`<span class="muted">${msg('(dit apparaat)')}</span>` : nothing}
      </p>
      ${this.#progress(partner, name)}
    </li>`;
  }

  #toolbar(count: number): TemplateResult {
    const full = count >= LIMITS.partners;
    return html`<div class="toolbar">
      <button part="add" class="primary" type="button" ?disabled=${full} @click=${this.#add}>
        ${msg('Partner toevoegen')}
      </button>
      ${full ? html`<p>${msg(str`Het maximum van ${LIMITS.partners} partners is bereikt.`)}</p>` : nothing}
    </div>`;
  }
}
