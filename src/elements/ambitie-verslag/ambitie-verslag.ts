import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { csvSeparator, toCsv } from '../../export/csv.js';
import { download, fileName } from '../../export/download.js';
import { toMarkdown } from '../../export/markdown.js';
import type { Derived } from '../../model/derived.js';
import type { WorkshopStore } from '../../model/store-api.js';
import type { WorkshopFile } from '../../model/types.js';
import { NaElement } from '../base/na-element.js';
import type { Slice } from '../base/slice.js';
import { FocusAfterRender } from '../controllers/focus-after-render.js';
import { SectionTabs } from '../controllers/section-tabs.js';
import { printAlone } from '../shared/print-alone.js';
import { styles } from './ambitie-verslag.styles.js';
import { FileImport } from './file-import.js';
import { FollowUpSection, type RecordHost } from './follow-up.js';
import { handoffSection } from './handoff.js';
import {
  contributionsSection,
  interestsSection,
  matchesSection,
  partnersSection,
  statementSection,
  themesSection,
} from './record-cards.js';
import { ambitionSection, questionsSection, tensionsSection } from './record-exchange.js';
import { networkSection } from './record-network.js';
import { formatDate, userText } from './record-parts.js';

/**
 * Step 5, the record of the workshop: everything the partners said and
 * agreed, readable on screen and on paper, with the shared ambition up
 * front. The facilitator adds the follow-up (actions with an owner and a due
 * date, and notes), exports the workshop as a JSON workshop file, the record
 * as Markdown and the interests and contributions as CSV, prints the record
 * on A4, and opens a workshop file. The record ends with the hand-off to the
 * next instrument, the partnerschapskaart.
 *
 * The print button prints the record alone: while printing, everything else
 * in the page is left out. Printing from the browser's own menu prints the
 * page as it is, with the record's controls left out.
 *
 * @tag ambitie-verslag
 * @summary The record of the workshop: read, print, export, open a file, and plan the follow-up.
 *
 * @csspart missing - The message shown outside a `<netwerk-ambitie>`.
 * @csspart record - The whole record.
 * @csspart header - The title and date of the workshop.
 * @csspart title - The title of the workshop.
 * @csspart tools - Export, print and open buttons (not printed).
 * @csspart export-json - The button that downloads the workshop file (JSON).
 * @csspart export-markdown - The button that downloads the record as Markdown.
 * @csspart export-csv - The button that downloads the interests and contributions as CSV.
 * @csspart print - The button that prints the record.
 * @csspart import - Opening a workshop file: the file chooser, its confirmation and messages.
 * @csspart statement - The shared ambition (the final statement).
 * @csspart partners - The list of partners.
 * @csspart interests - Every partner's interests, by scope.
 * @csspart interest - One interest.
 * @csspart kind - The wish or demand marker of an interest.
 * @csspart kind-wish - The marker of a wish.
 * @csspart kind-demand - The marker of a demand.
 * @csspart contributions - What every partner comes to get and to bring.
 * @csspart matches - The get/bring matches the partners confirmed: who brings what another comes to get.
 * @csspart match - One confirmed match.
 * @csspart adopted-open - The tensions that were still open when the shared ambition was adopted.
 * @csspart questions - The questions asked in the exchange, with their answers.
 * @csspart tensions - The tensions between items, open or resolved.
 * @csspart themes - The themes and the partners that share them.
 * @csspart network - The network picture: the partners around the ambition, linked by confirmed matches and shared themes.
 * @csspart ambition - The four parts of the ambition and the drafts.
 * @csspart draft - One draft statement with each partner's response.
 * @csspart follow-up - Actions and notes for after the workshop.
 * @csspart action - One action in the editor.
 * @csspart add-action - The button that adds an action.
 * @csspart notes - The notes field.
 * @csspart handoff - The hand-off to the partnerschapskaart.
 * @csspart section-nav - The tabs of the sections and the keys that move between them (with `sections`).
 * @csspart section-tabs - The row of tabs, one per section.
 * @csspart section-tab - One section's tab (the one shown also has `section-tab-current`).
 * @csspart section-tab-current - The tab of the section shown.
 */
export class AmbitieVerslag extends NaElement {
  static override styles = styles;

  /**
   * Shows one section at a time, with tabs to move between them (as the guided
   * workshop does on a projected screen): the record, the follow-up actions,
   * saving and sharing, and the hand-off. Alt+Page Down and Alt+Page Up move on
   * and back; the section is remembered on the device. Printed, the whole record shows.
   */
  @property({ type: Boolean, reflect: true })
  sections = false;

  readonly #focuser = new FocusAfterRender(this);
  readonly #host: RecordHost = {
    ...this.lend(),
    focus: (selector) => this.#focuser.focus(selector),
  };
  readonly #import = new FileImport(this.#host);
  readonly #followUp = new FollowUpSection(this.#host);
  readonly #tabs = new SectionTabs(this, {
    key: '5',
    store: () => this.store,
    label: () => this.say(() => msg('Onderdelen van stap 5')),
    sections: () =>
      this.say(() => [
        { id: 'record', label: msg('Verslag') },
        { id: 'actions', label: msg('Acties') },
        { id: 'share', label: msg('Bewaren en delen') },
        { id: 'handoff', label: msg('Overdracht') },
      ]),
    active: () => this.sections,
  });

  /** Everything the record shows: the whole workshop but its step and reveal, the themes and confirmed matches, and who this device is. */
  protected override select(file: WorkshopFile, derived: Derived, store: WorkshopStore): Slice {
    return [
      file.title,
      file.updatedAt,
      file.partners,
      file.interests,
      file.contributions,
      file.questions,
      file.tensions,
      file.ambition,
      file.followUp,
      derived.themes,
      derived.confirmedMatches,
      store.session.role,
      this.sections && this.#tabs.current,
    ];
  }

  get #editable(): boolean {
    return this.store?.session.role === 'facilitator';
  }

  #exportJson(): void {
    const file = this.workshop!;
    download(fileName(file.title, 'json'), JSON.stringify(file, null, 2), 'application/json');
  }

  #exportMarkdown(): void {
    const file = this.workshop!;
    download(
      fileName(file.title, 'md'),
      this.say(() => toMarkdown(file)),
      'text/markdown;charset=utf-8',
    );
  }

  #exportCsv(): void {
    const file = this.workshop!;
    // The byte order mark tells spreadsheet programs the file is UTF-8, so accents survive; the
    // separator is the one a spreadsheet in the record's language expects.
    const csv = this.say(() => toCsv(file, csvSeparator(this.language)));
    download(fileName(file.title, 'csv'), '\uFEFF' + csv, 'text/csv;charset=utf-8');
  }

  protected override render(): TemplateResult {
    const file = this.workshop;
    if (!file)
      return html`<p part="missing" class="missing">
        ${msg('Dit verslag hoort binnen een netwerk-ambitie-element te staan: daar komt de workshop vandaan.')}
      </p>`;
    const derived = this.derived!;
    const updated = formatDate(file.updatedAt, true, this.language);
    return html`
      <article part="record" class="record" aria-labelledby="record-title">
        <header part="header" class="header">
          <p class="kicker">${msg('Verslag van de netwerkambitie')}</p>
          <h2 id="record-title" part="title">${file.title ? userText(file.title) : msg('Netwerkambitie')}</h2>
          ${
            updated
              ? html`<p class="date">
                  ${msg('Bijgewerkt op')} <time datetime=${file.updatedAt ?? ''}>${updated}</time>
                </p>`
              : nothing
          }
        </header>
        ${this.sections ? this.#sectioned(file, derived) : this.#whole(file, derived)}
      </article>
    `;
  }

  /** What the partners said and agreed, from the shared ambition to the ambition's drafts. */
  #record(file: WorkshopFile, derived: Derived): TemplateResult {
    return html`${statementSection(file)} ${partnersSection(file)} ${interestsSection(file, derived)}
    ${contributionsSection(file, derived)} ${matchesSection(file, derived)} ${questionsSection(file, derived)}
    ${tensionsSection(file, derived)} ${themesSection(file, derived)} ${networkSection()} ${ambitionSection(file)}`;
  }

  #whole(file: WorkshopFile, derived: Derived): TemplateResult {
    return html`${this.#tools(file)} ${this.#record(file, derived)} ${this.#followUp.render(file)}
    ${handoffSection(file)}`;
  }

  #sectioned(file: WorkshopFile, derived: Derived): TemplateResult {
    const tabs = this.#tabs;
    return html`${tabs.tabs()} ${tabs.panel('record', this.#record(file, derived))}
    ${tabs.panel('actions', this.#followUp.render(file))} ${tabs.panel('share', this.#tools(file))}
    ${tabs.panel('handoff', handoffSection(file))}`;
  }

  #tools(file: WorkshopFile): TemplateResult {
    const current = file.title || msg('Netwerkambitie');
    return html`
      <section part="tools" class="tools panel screen-only" aria-labelledby="tools-heading">
        <h3 id="tools-heading">${msg('Bewaren, delen en afdrukken')}</h3>
        <div class="buttons">
          <button part="export-json" type="button" @click=${this.#exportJson}>
            ${msg('Workshopbestand downloaden (JSON)')}
          </button>
          <button part="export-markdown" type="button" @click=${this.#exportMarkdown}>
            ${msg('Verslag downloaden (Markdown)')}
          </button>
          <button part="export-csv" type="button" @click=${this.#exportCsv}>
            ${msg('Belangen en bijdragen downloaden (CSV)')}
          </button>
          <button part="print" type="button" @click=${() => printAlone(this)}>${msg('Verslag afdrukken')}</button>
        </div>
        ${this.#import.render(current, this.#editable)}
      </section>
    `;
  }
}
