import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { ambitionPartLabel, consentLabel, directionLabel, stepLabel } from '../../i18n/labels.js';
import type { ConsentStatus } from '../../model/consent.js';
import type { Derived } from '../../model/derived.js';
import { ofPartner } from '../../model/schema.js';
import { addTheme, replaceTheme, themeKey, type TaggedTheme, type ThemeSuggestion } from '../../model/themes.js';
import {
  AMBITION_PARTS,
  CONSENTS,
  LIMITS,
  isInterest,
  type Consent,
  type Draft,
  type Item,
  type Partner,
  type WorkshopFile,
} from '../../model/types.js';
import type { WorkshopStore } from '../../model/store-api.js';
import { NaElement, type Slice } from '../base/na-element.js';
import { kindMarker } from '../shared/kind-marker.js';
import { partnerName } from '../shared/partner-choice.js';
import { styles } from './ambitie-canvas.styles.js';
import { printAlone } from '../shared/print-alone.js';
import { toggled } from '../shared/toggled.js';
import { getBringMatrix } from './get-bring-matrix.js';
import { firstOf, SHOWN } from './more.js';
import { installPosterPage } from './poster-page.js';

/**
 * The digital flip-over of step 4, where the partners find their common
 * ground and write their shared ambition: the themes they share (given by
 * people, or suggested from the texts and confirmed by people), what one
 * partner comes to get that another brings, the demands and open tensions to
 * discuss first, the four parts of the ambition, draft statements with a
 * consent round per partner (agree, can live with, object), and the final
 * statement. Everything works with the keyboard; nothing needs dragging.
 *
 * The facilitator's device edits everything. A partner's device (`role="partner"`
 * on the provider) responds to drafts for its own partner only and reads the rest.
 * Prints as an A3 landscape poster.
 *
 * @tag ambitie-canvas
 * @summary Step 4: common ground, get and bring, attention points, and the shared ambition with a consent round.
 *
 * @csspart header - The title of the canvas.
 * @csspart print - The button that prints the poster alone, without the host page.
 * @csspart status - The (visually hidden) live region that announces changes.
 * @csspart statement - The final shared ambition.
 * @csspart statement-text - The text of the final shared ambition.
 * @csspart common-ground - The themes the partners share, and the suggested themes.
 * @csspart theme - One theme, with its partners and items.
 * @csspart suggestion - One suggested theme, with confirm and dismiss.
 * @csspart matrix - What partners come to get, and who brings something matching.
 * @csspart get - One thing a partner comes to get, with its matches.
 * @csspart unmatched - The list of gets that nobody brings.
 * @csspart attention - Demands and open tensions.
 * @csspart demand - One demand.
 * @csspart new-tension - The fold to mark a new tension between interests (facilitator only).
 * @csspart tension - One tension.
 * @csspart ambition - The four parts of the ambition and the drafts.
 * @csspart ambition-part - One of the four parts of the ambition.
 * @csspart field - A labelled text: the text of a draft, or of the final statement while it is edited.
 * @csspart draft - One draft statement with its consent round.
 * @csspart consent-round - The responses of all partners to one draft.
 * @csspart response - One partner's response to a draft.
 * @csspart consent-summary - Who has not responded and who objects.
 * @csspart adopt - Adopting a draft as the shared ambition, or why that cannot be done yet.
 * @csspart kind - The wish/demand marker (also `kind-wish`, `kind-demand`).
 */
export class AmbitieCanvas extends NaElement {
  static override styles = styles;

  /** Shows the canvas as a poster for a projector: large type, the sections side by side. */
  @property({ type: Boolean, reflect: true })
  poster = false;

  /** Suggested themes dismissed on this device during this session, by key. */
  @state() private dismissed: ReadonlySet<string> = new Set();
  /** How many gets the matrix shows. */
  @state() private shownGets: number = SHOWN.cards;
  /** How many matches a get shows, where more were asked for. */
  @state() private shownMatches: ReadonlyMap<string, number> = new Map();
  /** How many suggested themes are shown. */
  @state() private shownSuggestions: number = SHOWN.cards;
  /** How many items a theme or suggestion shows, where more were asked for. */
  @state() private shownItems: ReadonlyMap<string, number> = new Map();
  /** Whether the fold to mark a new tension is open: its content is built only then. */
  @state() private newTensionOpen = false;
  /** The key of the theme whose rename and merge controls are open. */
  @state() private editing?: string;
  @state() private editingStatement = false;
  @state() private announcement = '';
  /** The interests picked for a new tension. */
  @state() private tensionPicks: ReadonlySet<string> = new Set();
  /** What pulls against what, for the new tension. */
  @state() private tensionText = '';
  /** A problem with the new tension. */
  @state() private tensionError = '';

  #ids = new Map<string, string>();
  /** A selector to focus after the next render. */
  #focus?: string;

  /** Everything but the questions and the follow-up. */
  protected override select(file: WorkshopFile, _derived: Derived, store: WorkshopStore): Slice {
    return [file.title, file.partners, file.interests, file.contributions, file.tensions, file.ambition, store.session];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    installPosterPage(this.ownerDocument);
  }

  protected override updated(): void {
    if (!this.#focus) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.#focus);
    this.#focus = undefined;
    target?.focus();
    if (target instanceof HTMLInputElement) target.select();
  }

  // ---- helpers ----

  /** A stable, valid element id for any key (partner and theme names may hold any character). */
  #id(key: string): string {
    let id = this.#ids.get(key);
    if (!id) this.#ids.set(key, (id = `f${this.#ids.size + 1}`));
    return id;
  }

  get #facilitator(): boolean {
    return !!this.may?.lead;
  }

  /** Whether this device may respond to drafts on behalf of `partnerId`. */
  #mayRespondFor(partnerId: string): boolean {
    return !!this.may?.respondFor(partnerId);
  }

  #name(partnerId: string): string {
    return partnerName(this.derived?.partner(partnerId));
  }

  #list(values: string[]): string {
    return new Intl.ListFormat(this.language, { type: 'conjunction' }).format(values);
  }

  #announce(text: string): void {
    this.announcement = text;
  }

  /** Changes the themes of one interest or contribution. */
  #setThemes(item: Item, themes: string[]): void {
    if (isInterest(item)) this.store?.updateInterest(item.id, { themes });
    else this.store?.updateContribution(item.id, { themes });
  }

  // ---- actions ----

  #confirm(suggestion: ThemeSuggestion): void {
    const { items } = this.derived!;
    let added = 0;
    this.store?.batch(() => {
      for (const id of suggestion.itemIds) {
        const item = items.get(id);
        const next = item && addTheme(item.themes, suggestion.name);
        if (item && next) {
          this.#setThemes(item, next);
          added++;
        }
      }
    });
    this.#focus = '#suggestions-heading';
    this.#announce(
      this.say(() =>
        added === 1
          ? msg(str`Thema ‘${suggestion.name}’ bevestigd bij 1 punt.`)
          : msg(str`Thema ‘${suggestion.name}’ bevestigd bij ${added} punten.`),
      ),
    );
  }

  #dismiss(suggestion: ThemeSuggestion): void {
    this.dismissed = new Set([...this.dismissed, suggestion.key]);
    this.#focus = '#suggestions-heading';
    this.#announce(this.say(() => msg(str`Voorstel ‘${suggestion.name}’ genegeerd.`)));
  }

  #restoreDismissed(): void {
    this.dismissed = new Set();
    this.#focus = '#suggestions-heading';
    this.#announce(this.say(() => msg('De genegeerde voorstellen staan weer in de lijst.')));
  }

  /** Renames theme `from` to `to` in every item; merges when `to` is an existing theme. */
  #replaceTheme(from: string, to: string): void {
    const { items } = this.derived!;
    this.store?.batch(() => {
      for (const item of items.values()) {
        const next = replaceTheme(item.themes, from, to);
        if (next) this.#setThemes(item, next);
      }
    });
  }

  #toggleEdit(theme: TaggedTheme): void {
    if (this.editing === theme.key) return this.#closeEdit(theme.key);
    this.editing = theme.key;
    this.#focus = `#${this.#id(`rename ${theme.key}`)}`;
  }

  /** Closes the rename and merge controls and puts focus on the edit button of theme `key`. */
  #closeEdit(key: string): void {
    this.editing = undefined;
    this.#focus = `[data-edit="${CSS.escape(key)}"]`;
  }

  #submitRename(event: SubmitEvent, theme: TaggedTheme, all: readonly TaggedTheme[]): void {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('name') as HTMLInputElement;
    const name = input.value.trim();
    if (!themeKey(name)) {
      this.#announce(this.say(() => msg('Geef het thema een naam.')));
      input.focus();
      return;
    }
    if (name === theme.name) return this.#closeEdit(theme.key);
    const other = all.find((t) => t.key === themeKey(name) && t.key !== theme.key);
    this.#replaceTheme(theme.name, other?.name ?? name);
    this.#closeEdit(themeKey(name));
    this.#announce(
      this.say(() =>
        other
          ? msg(str`Thema ‘${theme.name}’ is samengevoegd met ‘${other.name}’.`)
          : msg(str`Thema ‘${theme.name}’ heet nu ‘${name}’.`),
      ),
    );
  }

  #editKey(event: KeyboardEvent, theme: TaggedTheme): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.#closeEdit(theme.key);
  }

  #merge(theme: TaggedTheme, all: readonly TaggedTheme[]): void {
    const select = this.renderRoot.querySelector<HTMLSelectElement>(`#${this.#id(`merge ${theme.key}`)}`);
    const target = all.find((t) => t.key === select?.value);
    if (!target) {
      this.#announce(this.say(() => msg(str`Kies eerst het thema waarmee ‘${theme.name}’ samengaat.`)));
      select?.focus();
      return;
    }
    this.#replaceTheme(theme.name, target.name);
    this.#closeEdit(target.key);
    this.#announce(this.say(() => msg(str`Thema ‘${theme.name}’ is samengevoegd met ‘${target.name}’.`)));
  }

  #setResolved(id: string, resolved: boolean): void {
    this.store?.updateTension(id, { resolved });
    this.#focus = resolved ? '#tensions-heading' : '#resolved-heading';
    this.#announce(
      this.say(() => (resolved ? msg('Spanning gemarkeerd als opgelost.') : msg('Spanning staat weer open.'))),
    );
  }

  #pickForTension(id: string, picked: boolean): void {
    this.tensionPicks = toggled(this.tensionPicks, id, picked);
    this.tensionError = '';
  }

  #saveTension(): void {
    const store = this.store;
    const file = this.workshop;
    if (!store || !file) return;
    const ids = file.interests.filter((i) => this.tensionPicks.has(i.id)).map((i) => i.id);
    if (ids.length < 2) {
      this.tensionError = this.say(() => msg('Kies minstens twee onderdelen die tegen elkaar in werken.'));
      this.#focus = '#new-tension-picks';
      return;
    }
    store.addTension(ids, this.tensionText.trim());
    this.tensionPicks = new Set();
    this.tensionText = '';
    this.#focus = '#tensions-heading';
    this.#announce(this.say(() => msg('Spanning opgeslagen.')));
  }

  #addDraft(): void {
    const id = this.store?.addDraft('');
    if (!id) return;
    this.#focus = `#${this.#id(`draft ${id}`)}`;
    const n = this.workshop?.ambition.drafts.length ?? 1;
    this.#announce(this.say(() => msg(str`Concept ${n} toegevoegd. Schrijf de tekst.`)));
  }

  #removeDraft(draft: Draft, n: number): void {
    this.store?.removeDraft(draft.id);
    this.#focus = '#drafts-heading';
    this.#announce(this.say(() => msg(str`Concept ${n} verwijderd.`)));
  }

  #respond(draft: Draft, partner: Partner, consent: Consent): void {
    this.store?.setConsent(
      draft.id,
      partner.id,
      consent,
      consent === 'object' ? ofPartner(draft.reasons, partner.id) : undefined,
    );
    if (consent === 'object')
      this.#announce(this.say(() => msg(str`Schrijf op waarom ${this.#name(partner.id)} bezwaar maakt.`)));
  }

  #adopt(draft: Draft, n: number): void {
    this.store?.setAmbition('statement', draft.text);
    this.#focus = '#statement-heading';
    this.#announce(this.say(() => msg(str`Concept ${n} is vastgesteld als de gedeelde ambitie.`)));
  }

  // ---- rendering ----

  protected override render(): TemplateResult {
    const file = this.workshop;
    if (!file)
      return html`<p class="outside">
        ${msg('De flip-over werkt alleen binnen een <netwerk-ambitie>-element: daar komt de workshop vandaan.')}
      </p>`;
    const analysis = this.derived!;
    return html`
      <article class="canvas" aria-labelledby="canvas-heading">
        <header class="header" part="header">
          <p class="eyebrow">${msg(str`Stap 4 · ${stepLabel(4)}`)}</p>
          <h2 id="canvas-heading">${file.title.trim() || msg('Flip-over')}</h2>
          <button part="print" type="button" @click=${() => printAlone(this)}>${msg('Poster afdrukken')}</button>
          ${
            file.partners.length
              ? nothing
              : html`<p class="empty">${msg('Er zijn nog geen partners. Voeg eerst partners toe in stap 1.')}</p>`
          }
        </header>
        <p class="visually-hidden" role="status" part="status">${this.announcement}</p>
        ${this.#statement(file)}
        <div class="board">
          ${this.#commonGround(analysis)} ${this.#matrix(file, analysis)} ${this.#attention(file, analysis)}
        </div>
        ${this.#ambition(file)}
      </article>
    `;
  }

  /** One interest or contribution: whose, what kind, and its text. */
  #item(item: Item | undefined): TemplateResult {
    if (!item) return html`<span class="item-text">${msg('(verwijderd punt)')}</span>`;
    return html`<strong class="who">${this.#name(item.partnerId)}:</strong>
      ${isInterest(item) ? kindMarker(item.kind) : html`<span class="direction">(${directionLabel(item.direction)})</span>`}
      <span class="item-text">${item.text.trim() || msg('(zonder tekst)')}</span>`;
  }

  /** The items behind theme or suggestion `key`: the first few, more on request. */
  #items(key: string, name: string, ids: string[], analysis: Derived): TemplateResult {
    const count = this.shownItems.get(key) ?? SHOWN.items;
    const items = firstOf(
      ids,
      count,
      () => (this.shownItems = new Map([...this.shownItems, [key, count + SHOWN.cards]])),
      msg(str`punten bij ‘${name}’`),
    );
    return html`<ul class="items">
        ${items.shown.map((id) => html`<li>${this.#item(analysis.items.get(id))}</li>`)}
      </ul>
      ${items.more}`;
  }

  /**
   * A text that autosaves: a labelled textarea on a device that may edit it
   * (with a plain copy for print), plain text otherwise.
   */
  #textField(options: {
    key: string;
    label: string;
    value: string;
    editable: boolean;
    rows?: number;
    part?: string;
    onInput: (value: string) => void;
  }): TemplateResult {
    const { key, label, value, editable, rows = 3, part = 'field', onInput } = options;
    const id = this.#id(key);
    if (!editable)
      return html`<div class="field" part=${part}>
        <p class="field-label">${label}</p>
        <p class="field-text">${value.trim() || msg('(nog leeg)')}</p>
      </div>`;
    return html`<div class="field" part=${part}>
      <label for=${id}>${label}</label>
      <textarea
        id=${id}
        rows=${rows}
        maxlength=${LIMITS.textLength}
        .value=${live(value)}
        @input=${(event: InputEvent) => onInput((event.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p class="print-text">${value.trim() || msg('(nog leeg)')}</p>
    </div>`;
  }

  // ---- the statement ----

  #statement(file: WorkshopFile): TemplateResult {
    const statement = file.ambition.statement ?? '';
    const editable = this.#facilitator && (statement.trim() !== '' || this.editingStatement);
    return html`<section class="panel statement" part="statement" aria-labelledby="statement-heading">
      <h3 id="statement-heading" tabindex="-1">${msg('Onze gedeelde ambitie')}</h3>
      ${
        statement.trim()
          ? html`<p class="statement-text" part="statement-text">${statement}</p>`
          : html`<p class="empty">
              ${msg(
                'Nog niet vastgesteld. Een concept wordt de gedeelde ambitie zodra alle partners het ermee eens zijn of ermee kunnen leven.',
              )}
            </p>`
      }
      ${
        editable
          ? html`<div class="statement-edit">
              <button
                type="button"
                aria-expanded=${this.editingStatement ? 'true' : 'false'}
                aria-controls="statement-editor"
                @click=${() => (this.editingStatement = !this.editingStatement)}
              >
                ${this.editingStatement ? msg('Klaar met bewerken') : msg('Ambitie bewerken')}
              </button>
              <div id="statement-editor" class="statement-editor" ?hidden=${!this.editingStatement}>
                ${this.#textField({
                  key: 'statement',
                  label: msg('Tekst van de gedeelde ambitie'),
                  value: statement,
                  editable: true,
                  rows: 4,
                  onInput: (value) => this.store?.setAmbition('statement', value),
                })}
              </div>
            </div>`
          : nothing
      }
    </section>`;
  }

  // ---- common ground ----

  #commonGround(analysis: Derived): TemplateResult {
    const shared = analysis.themes.filter((t) => t.partnerIds.length > 1);
    const single = analysis.themes.filter((t) => t.partnerIds.length < 2);
    const open = analysis.suggestions.filter((s) => !this.dismissed.has(s.key));
    const dismissed = analysis.suggestions.length - open.length;
    const suggestions = firstOf(
      open,
      this.shownSuggestions,
      () => (this.shownSuggestions += SHOWN.cards),
      msg('voorgestelde thema’s'),
    );
    const edit = this.#facilitator;
    return html`<section class="panel common-ground" part="common-ground" aria-labelledby="common-ground-heading">
      <h3 id="common-ground-heading">${msg('Gemeenschappelijke grond')}</h3>
      <p class="intro">
        ${msg('Thema’s die bij meer partners terugkomen: wie ze delen, en welke punten erachter zitten.')}
      </p>
      <h4>${msg('Gedeelde thema’s')}</h4>
      ${
        shared.length
          ? html`<ul class="cards">
              ${repeat(
                shared,
                (t) => t.key,
                (t) => this.#theme(t, analysis, edit),
              )}
            </ul>`
          : html`<p class="empty">
              ${msg('Nog geen thema dat meer partners delen. Bevestig een voorstel of geef punten een thema.')}
            </p>`
      }
      ${
        single.length
          ? html`<h4>${msg('Thema’s van één partner')}</h4>
              <ul class="own-themes">
                ${repeat(
                  single,
                  (t) => t.key,
                  (t) => this.#ownTheme(t, analysis, edit),
                )}
              </ul>`
          : nothing
      }
      <div class="suggestions">
        <h4 id="suggestions-heading" tabindex="-1">${msg('Voorgestelde thema’s')}</h4>
        <p class="intro">
          ${msg('Gevonden in wat de partners schreven. Een voorstel telt pas mee als jullie het bevestigen.')}
        </p>
        ${
          open.length
            ? html`<ul class="cards">
                  ${repeat(
                    suggestions.shown,
                    (s) => s.key,
                    (s) => this.#suggestion(s, analysis, edit),
                  )}
                </ul>
                ${suggestions.more}`
            : html`<p class="empty">
                ${msg('Geen voorstellen: er komen geen nieuwe woorden bij twee of meer partners terug.')}
              </p>`
        }
        ${
          dismissed && edit
            ? html`<p class="actions">
                <button type="button" @click=${this.#restoreDismissed}>
                  ${msg(str`Genegeerde voorstellen terugzetten (${dismissed})`)}
                </button>
              </p>`
            : nothing
        }
      </div>
    </section>`;
  }

  /** Who shares a theme, in the workshop's order of partners. */
  #sharers(partnerIds: string[]): string {
    const order = this.workshop?.partners.map((p) => p.id) ?? [];
    const sorted = [...partnerIds].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const names = this.#list(sorted.map((id) => this.#name(id)));
    return partnerIds.length > 1 ? msg(str`Gedeeld door ${names}`) : msg(str`Alleen bij ${names}`);
  }

  /** A theme that more partners share: a card with the items behind it. */
  #theme(theme: TaggedTheme, analysis: Derived, edit: boolean): TemplateResult {
    return html`<li class="card theme" part="theme">
      <h5>${theme.name}</h5>
      <p class="sharers">${this.#sharers(theme.partnerIds)}</p>
      ${this.#items(`theme ${theme.key}`, theme.name, theme.itemIds, analysis)}
      ${edit ? this.#themeEdit(theme, analysis.themes) : nothing}
    </li>`;
  }

  /** A theme of one partner: one line. */
  #ownTheme(theme: TaggedTheme, analysis: Derived, edit: boolean): TemplateResult {
    return html`<li class="own-theme" part="theme">
      <p><strong>${theme.name}</strong> <span class="sharers">${this.#sharers(theme.partnerIds)}</span></p>
      ${edit ? this.#themeEdit(theme, analysis.themes) : nothing}
    </li>`;
  }

  /** A button that opens renaming and merging for `theme`. */
  #themeEdit(theme: TaggedTheme, all: readonly TaggedTheme[]): TemplateResult {
    const open = this.editing === theme.key;
    const panelId = this.#id(`edit ${theme.key}`);
    return html`<div class="theme-edit">
      <button
        type="button"
        class="small"
        data-edit=${theme.key}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${panelId}
        aria-label=${msg(str`Wijzigen: thema ‘${theme.name}’`)}
        @click=${() => this.#toggleEdit(theme)}
      >
        ${msg('Wijzigen')}
      </button>
      <div
        id=${panelId}
        class="theme-panel"
        ?hidden=${!open}
        @keydown=${(event: KeyboardEvent) => this.#editKey(event, theme)}
      >
        ${open ? this.#themePanel(theme, all) : nothing}
      </div>
    </div>`;
  }

  #themePanel(theme: TaggedTheme, all: readonly TaggedTheme[]): TemplateResult {
    const others = all.filter((t) => t.key !== theme.key);
    const renameId = this.#id(`rename ${theme.key}`);
    const mergeId = this.#id(`merge ${theme.key}`);
    return html`<form class="rename" @submit=${(event: SubmitEvent) => this.#submitRename(event, theme, all)}>
        <label for=${renameId}>${msg(str`Nieuwe naam voor thema ‘${theme.name}’`)}</label>
        <input id=${renameId} name="name" autocomplete="off" maxlength="80" .value=${theme.name} />
        <button type="submit" class="primary">${msg('Naam opslaan')}</button>
      </form>
      ${
        others.length
          ? html`<div class="merge">
              <label for=${mergeId}>${msg(str`Voeg ‘${theme.name}’ samen met`)}</label>
              <select id=${mergeId}>
                <option value="">${msg('Kies een thema')}</option>
                ${others.map((t) => html`<option value=${t.key}>${t.name}</option>`)}
              </select>
              <button
                type="button"
                aria-label=${msg(str`Samenvoegen: thema ‘${theme.name}’`)}
                @click=${() => this.#merge(theme, all)}
              >
                ${msg('Samenvoegen')}
              </button>
            </div>`
          : nothing
      }
      <p class="hint">${msg('Een nieuwe naam of samenvoegen geldt voor alle punten met dit thema. Esc sluit.')}</p>`;
  }

  #suggestion(suggestion: ThemeSuggestion, analysis: Derived, edit: boolean): TemplateResult {
    return html`<li class="card suggestion" part="suggestion">
      <h5>${suggestion.name} <span class="badge">${msg('voorstel')}</span></h5>
      <p class="sharers">${this.#sharers(suggestion.partnerIds)}</p>
      ${
        suggestion.existing
          ? html`<p class="hint">
              ${msg('Sluit aan bij een bestaand thema; bevestigen geeft de andere punten dat thema ook.')}
            </p>`
          : nothing
      }
      ${this.#items(`suggestion ${suggestion.key}`, suggestion.name, suggestion.itemIds, analysis)}
      ${
        edit
          ? html`<p class="actions">
              <button
                type="button"
                class="primary"
                aria-label=${msg(str`Bevestigen: thema ‘${suggestion.name}’`)}
                @click=${() => this.#confirm(suggestion)}
              >
                ${msg('Bevestigen')}
              </button>
              <button
                type="button"
                aria-label=${msg(str`Negeren: thema ‘${suggestion.name}’`)}
                @click=${() => this.#dismiss(suggestion)}
              >
                ${msg('Negeren')}
              </button>
            </p>`
          : nothing
      }
    </li>`;
  }

  // ---- get and bring ----

  #matrix(file: WorkshopFile, analysis: Derived): TemplateResult {
    return getBringMatrix({
      matches: analysis.matches,
      anyContributions: file.contributions.length > 0,
      name: (id) => this.#name(id),
      list: (values) => this.#list(values),
      shownGets: this.shownGets,
      moreGets: () => (this.shownGets += SHOWN.cards),
      shownMatches: this.shownMatches,
      moreMatches: (getId, shown) => (this.shownMatches = new Map([...this.shownMatches, [getId, shown]])),
    });
  }

  // ---- attention points ----

  #attention(file: WorkshopFile, analysis: Derived): TemplateResult {
    const demands = file.interests.filter((i) => i.kind === 'demand');
    const open = file.tensions.filter((t) => !t.resolved);
    const resolved = file.tensions.filter((t) => t.resolved);
    const edit = this.#facilitator;
    const tensionName = (text: string) => text.trim() || msg('zonder omschrijving');
    return html`<section class="panel attention" part="attention" aria-labelledby="attention-heading">
      <h3 id="attention-heading">${msg('Aandachtspunten')}</h3>
      <p class="intro">${msg('Bespreek deze punten voordat jullie de ambitie opschrijven.')}</p>
      <h4>${msg('Eisen (niet onderhandelbaar)')}</h4>
      ${
        demands.length
          ? html`<ul class="cards">
              ${repeat(
                demands,
                (d) => d.id,
                (d) =>
                  html`<li class="card demand" part="demand">
                    <p>${this.#item(d)}</p>
                    ${d.motivation?.trim() ? html`<p class="why">${msg(str`Waarom: ${d.motivation}`)}</p>` : nothing}
                  </li>`,
              )}
            </ul>`
          : html`<p class="empty">${msg('Geen eisen genoemd.')}</p>`
      }
      <h4 id="tensions-heading" tabindex="-1">${msg('Open spanningen')}</h4>
      ${
        open.length
          ? html`<ul class="cards">
              ${repeat(
                open,
                (t) => t.id,
                (t) =>
                  html`<li class="card tension" part="tension">
                    <p class="tension-text">${t.text.trim() || msg('Spanning zonder omschrijving')}</p>
                    ${
                      t.itemIds.length
                        ? html`<p class="sub">${msg('Tussen:')}</p>
                            ${this.#items(`tension ${t.id}`, tensionName(t.text), t.itemIds, analysis)}`
                        : nothing
                    }
                    ${
                      edit
                        ? html`<p class="actions">
                            <button
                              type="button"
                              aria-label=${msg(str`Markeer als opgelost: spanning ‘${tensionName(t.text)}’`)}
                              @click=${() => this.#setResolved(t.id, true)}
                            >
                              ${msg('Markeer als opgelost')}
                            </button>
                          </p>`
                        : nothing
                    }
                  </li>`,
              )}
            </ul>`
          : html`<p class="empty">${msg('Geen open spanningen.')}</p>`
      }
      ${edit ? this.#newTension(file) : nothing}
      ${
        resolved.length
          ? html`<h4 id="resolved-heading" tabindex="-1">${msg('Opgeloste spanningen')}</h4>
              <ul class="items">
                ${repeat(
                  resolved,
                  (t) => t.id,
                  (t) =>
                    html`<li>
                      <span class="item-text">${t.text.trim() || msg('Spanning zonder omschrijving')}</span>
                      ${
                        edit
                          ? html`<button
                              type="button"
                              class="inline"
                              aria-label=${msg(str`Weer openen: spanning ‘${tensionName(t.text)}’`)}
                              @click=${() => this.#setResolved(t.id, false)}
                            >
                              ${msg('Weer openen')}
                            </button>`
                          : nothing
                      }
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </section>`;
  }

  /** Marking a new tension between interests, folded away until the facilitator needs it. */
  #newTension(file: WorkshopFile): TemplateResult {
    return html`<details
      class="new-tension"
      part="new-tension"
      @toggle=${(e: Event) => (this.newTensionOpen = (e.target as HTMLDetailsElement).open)}
    >
      <summary>${msg('Nieuwe spanning markeren')}</summary>
      ${this.newTensionOpen ? this.#newTensionForm(file) : nothing}
    </details>`;
  }

  #newTensionForm(file: WorkshopFile): TemplateResult {
    const partners = file.partners
      .map((partner) => ({ partner, interests: this.derived!.interestsOf(partner.id) }))
      .filter(({ interests }) => interests.length);
    return html`<fieldset
        id="new-tension-picks"
        tabindex="-1"
        aria-describedby=${this.tensionError ? 'new-tension-error' : nothing}
      >
        <legend>${msg('Kies twee of meer belangen die tegen elkaar in werken.')}</legend>
        ${partners.map(
          ({ partner, interests }) =>
            html`<fieldset class="picks">
              <legend>${partnerName(partner)}</legend>
              ${repeat(
                interests,
                (i) => i.id,
                (i) =>
                  html`<label class="pick">
                    <input
                      type="checkbox"
                      .checked=${live(this.tensionPicks.has(i.id))}
                      @change=${(e: Event) => this.#pickForTension(i.id, (e.target as HTMLInputElement).checked)}
                    />
                    <span
                      >${kindMarker(i.kind)}
                      <span class="item-text">${i.text.trim() || msg('(zonder tekst)')}</span></span
                    >
                  </label>`,
              )}
            </fieldset>`,
        )}
      </fieldset>
      ${this.tensionError ? html`<p id="new-tension-error" class="error">${this.tensionError}</p>` : nothing}
      <label class="field">
        <span class="field-label">${msg('Wat werkt hier tegen elkaar in?')}</span>
        <textarea
          rows="2"
          maxlength=${LIMITS.textLength}
          .value=${live(this.tensionText)}
          @input=${(e: InputEvent) => (this.tensionText = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </label>
      <p class="actions">
        <button class="primary" type="button" @click=${this.#saveTension}>${msg('Spanning opslaan')}</button>
      </p>`;
  }

  // ---- the ambition ----

  #ambition(file: WorkshopFile): TemplateResult {
    const edit = this.#facilitator;
    const { ambition } = file;
    return html`<section class="panel ambition" part="ambition" aria-labelledby="ambition-heading">
      <h3 id="ambition-heading">${msg('De ambitie formuleren')}</h3>
      <div class="parts">
        ${AMBITION_PARTS.map((part) =>
          this.#textField({
            key: `part ${part}`,
            label: ambitionPartLabel(part),
            value: ambition[part] ?? '',
            editable: edit,
            part: 'ambition-part',
            onInput: (value) => this.store?.setAmbition(part, value),
          }),
        )}
      </div>
      <h4 id="drafts-heading" tabindex="-1">${msg('Concepten en instemming')}</h4>
      <p class="intro">
        ${msg(
          'Iedere partner reageert op een concept: eens, kan ermee leven, of bezwaar (met de reden). Een concept kan de gedeelde ambitie worden als niemand bezwaar heeft en iedereen heeft gereageerd.',
        )}
      </p>
      ${
        ambition.drafts.length
          ? html`<ol class="cards drafts">
              ${repeat(
                ambition.drafts,
                (d) => d.id,
                (d, index) => this.#draft(file, d, index + 1),
              )}
            </ol>`
          : html`<p class="empty">${msg('Nog geen concept.')}</p>`
      }
      ${
        edit
          ? html`<p class="actions new-draft">
              <button type="button" @click=${this.#addDraft}>${msg('Nieuw concept')}</button>
            </p>`
          : nothing
      }
    </section>`;
  }

  #draft(file: WorkshopFile, draft: Draft, n: number): TemplateResult {
    const edit = this.#facilitator;
    const status = this.derived!.consent(draft);
    const statement = file.ambition.statement?.trim();
    const adopted = !!statement && statement === draft.text.trim();
    return html`<li class="card draft" part="draft">
      <h5>${msg(str`Concept ${n}`)} ${adopted ? html`<span class="badge">${msg('vastgesteld')}</span>` : nothing}</h5>
      ${this.#textField({
        key: `draft ${draft.id}`,
        label: msg(str`Tekst van concept ${n}`),
        value: draft.text,
        editable: edit,
        onInput: (value) => this.store?.updateDraft(draft.id, { text: value }),
      })}
      <fieldset class="round" part="consent-round">
        <legend>${msg(str`Reacties op concept ${n}`)}</legend>
        <ul class="responses">
          ${repeat(
            file.partners,
            (p) => p.id,
            (p) => html`<li>${this.#response(draft, p)}</li>`,
          )}
        </ul>
      </fieldset>
      <ul class="print-text responses-print">
        ${file.partners.map((p) => html`<li><strong>${this.#name(p.id)}:</strong> ${this.#said(draft, p.id)}</li>`)}
      </ul>
      ${this.#consentSummary(status)} ${this.#adoption(draft, n, status, adopted)}
      ${
        edit
          ? html`<p class="actions">
              <button
                type="button"
                aria-label=${msg(str`Verwijderen: concept ${n}`)}
                @click=${() => this.#removeDraft(draft, n)}
              >
                ${msg('Verwijderen')}
              </button>
            </p>`
          : nothing
      }
    </li>`;
  }

  /** A partner's response to `draft` in words, with the reason of an objection. */
  #said(draft: Draft, partnerId: string): TemplateResult {
    const consent = ofPartner(draft.consent, partnerId);
    const reason = ofPartner(draft.reasons, partnerId)?.trim();
    return html`${consent ? consentLabel(consent) : msg('nog geen reactie')}${
      consent === 'object' ? html` — ${msg(str`reden: ${reason || msg('nog niet gegeven')}`)}` : nothing
    }`;
  }

  #response(draft: Draft, partner: Partner): TemplateResult {
    const name = this.#name(partner.id);
    const consent = ofPartner(draft.consent, partner.id);
    const reason = ofPartner(draft.reasons, partner.id) ?? '';
    if (!this.#mayRespondFor(partner.id))
      return html`<p class="response-text" part="response">
        <strong>${name}:</strong> ${this.#said(draft, partner.id)}
      </p>`;
    const group = this.#id(`consent ${draft.id} ${partner.id}`);
    const reasonId = this.#id(`reason ${draft.id} ${partner.id}`);
    const missingReason = consent === 'object' && !reason.trim();
    return html`<fieldset class="response" part="response">
      <legend>${name}</legend>
      <div class="choices">
        ${CONSENTS.map(
          (choice) =>
            html`<label class="choice">
              <input
                type="radio"
                name=${group}
                value=${choice}
                .checked=${live(consent === choice)}
                @change=${() => this.#respond(draft, partner, choice)}
              />
              ${consentLabel(choice)}
            </label>`,
        )}
      </div>
      ${
        consent === 'object'
          ? html`<div class="field reason">
              <label for=${reasonId}>${msg(str`Waarom maakt ${name} bezwaar?`)}</label>
              <textarea
                id=${reasonId}
                rows="2"
                required
                maxlength=${LIMITS.textLength}
                aria-invalid=${missingReason ? 'true' : 'false'}
                aria-describedby=${`${reasonId}-hint`}
                .value=${live(reason)}
                @input=${(event: InputEvent) =>
                  this.store?.setConsent(draft.id, partner.id, 'object', (event.target as HTMLTextAreaElement).value)}
              ></textarea>
              <p id=${`${reasonId}-hint`} class="hint ${missingReason ? 'problem' : ''}">
                ${
                  missingReason
                    ? msg('Een bezwaar heeft een reden nodig: dan weten jullie wat er in het concept moet veranderen.')
                    : msg('De reden helpt om het concept aan te passen.')
                }
              </p>
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  #consentSummary(status: ConsentStatus): TemplateResult {
    const names = (ids: string[]) => this.#list(ids.map((id) => this.#name(id)));
    return html`<div class="consent-summary" part="consent-summary">
      <p class=${status.missing.length ? 'missing' : ''}>
        ${
          status.missing.length
            ? msg(str`Nog geen reactie van: ${names(status.missing)}.`)
            : msg('Alle partners hebben gereageerd.')
        }
      </p>
      ${status.objecting.length ? html`<p class="objecting">${msg(str`Bezwaar van: ${names(status.objecting)}.`)}</p>` : nothing}
    </div>`;
  }

  #adoption(draft: Draft, n: number, status: ConsentStatus, adopted: boolean): TemplateResult {
    if (adopted)
      return html`<p class="adopt" part="adopt">${msg('Dit concept is vastgesteld als de gedeelde ambitie.')}</p>`;
    const blockers: string[] = [];
    const names = (ids: string[]) => this.#list(ids.map((id) => this.#name(id)));
    if (!draft.text.trim()) blockers.push(msg('het concept heeft nog geen tekst'));
    if (!this.workshop?.partners.length) blockers.push(msg('er zijn nog geen partners'));
    if (status.missing.length) blockers.push(msg(str`nog geen reactie van ${names(status.missing)}`));
    if (status.objecting.length) blockers.push(msg(str`bezwaar van ${names(status.objecting)}`));
    const why = status.adoptable
      ? msg('Iedereen is het eens of kan ermee leven: dit concept kan de gedeelde ambitie worden.')
      : msg(str`Vaststellen kan nog niet: ${blockers.join('; ')}.`);
    const whyId = this.#id(`why ${draft.id}`);
    return html`<div class="adopt" part="adopt">
      ${
        this.#facilitator
          ? html`<button
              type="button"
              class="primary"
              ?disabled=${!status.adoptable}
              aria-describedby=${whyId}
              @click=${() => this.#adopt(draft, n)}
            >
              ${msg(str`Concept ${n} vaststellen als gedeelde ambitie`)}
            </button>`
          : nothing
      }
      <p id=${whyId} class="why">${why}</p>
    </div>`;
  }
}
