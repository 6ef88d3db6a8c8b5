import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { toCsv } from '../../export/csv.js';
import { download, fileName } from '../../export/download.js';
import { handoffColumns, handoffIntro } from '../../export/handoff.js';
import { toMarkdown } from '../../export/markdown.js';
import { describeProblem } from '../../i18n/file-problems.js';
import {
  ambitionPartLabel,
  aspirantLabel,
  consentLabel,
  directionLabel,
  kindLabel,
  partnersLabel,
  scopeLabel,
} from '../../i18n/labels.js';
import type { Language } from '../../i18n/locale.js';
import {
  AMBITION_PARTS,
  DIRECTIONS,
  LIMITS,
  SCOPES,
  isInterest,
  type Action,
  type Draft,
  type Interest,
  type Item,
  type Partner,
  type Tension,
  type WorkshopFile,
} from '../../model/types.js';
import { parseWorkshopFile } from '../../model/validate.js';
import type { Derived } from '../../model/derived.js';
import { ofPartner } from '../../model/schema.js';
import { NaElement } from '../base/na-element.js';
import { kindMarker } from '../shared/kind-marker.js';
import { styles } from './ambitie-verslag.styles.js';
import { printAlone } from '../shared/print-alone.js';

/** A workshop file that was read and checked, waiting for the user to confirm replacing the workshop. */
interface PendingImport {
  file: WorkshopFile;
}

const DATE_LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** User text, always as text, keeping its line breaks. */
const userText = (value: string): TemplateResult => html`<span class="user">${value}</span>`;

/** Whether replacing `file` would throw away anything someone made. */
function hasContent(file: WorkshopFile): boolean {
  const { ambition, followUp } = file;
  return (
    file.title.trim() !== '' ||
    [file.partners, file.interests, file.contributions, file.questions, file.tensions, ambition.drafts].some(
      (list) => list.length > 0,
    ) ||
    followUp.actions.length > 0 ||
    [...AMBITION_PARTS, 'statement' as const].some((part) => ambition[part]?.trim()) ||
    Boolean(followUp.notes?.trim())
  );
}

/** Every theme named in the workshop, with the partners whose items carry it; most shared first, then by name. */
function themesOf(file: WorkshopFile, derived: Derived): { theme: string; partners: Partner[] }[] {
  return derived.themes
    .map(({ name, partnerIds }) => ({ theme: name, partners: file.partners.filter((p) => partnerIds.includes(p.id)) }))
    .sort((a, b) => b.partners.length - a.partners.length || a.theme.localeCompare(b.theme));
}

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
 * @csspart questions - The questions asked in the exchange, with their answers.
 * @csspart tensions - The tensions between items, open or resolved.
 * @csspart themes - The themes and the partners that share them.
 * @csspart ambition - The four parts of the ambition and the drafts.
 * @csspart draft - One draft statement with each partner's response.
 * @csspart follow-up - Actions and notes for after the workshop.
 * @csspart action - One action in the editor.
 * @csspart add-action - The button that adds an action.
 * @csspart notes - The notes field.
 * @csspart handoff - The hand-off to the partnerschapskaart.
 */
export class AmbitieVerslag extends NaElement {
  static override styles = styles;

  /** The message shown when opening a file failed. */
  @state() private importError = '';
  /** Said after opening a file, or after deciding not to. */
  @state() private importStatus = '';
  /** A checked file waiting for the user to confirm replacing the workshop. */
  @state() private pending?: PendingImport;
  /** Said after an action was removed. */
  @state() private followUpStatus = '';

  /** Counts the files chosen, so that only the latest one is acted on. */
  #attempt = 0;

  // ---- exports ----

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
    // The byte order mark tells spreadsheet programs the file is UTF-8, so accents survive.
    download(fileName(file.title, 'csv'), '\uFEFF' + this.say(() => toCsv(file)), 'text/csv;charset=utf-8');
  }

  // ---- opening a workshop file ----

  get #fileInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector('#import-file');
  }

  async #fileChosen(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const chosen = input.files?.[0];
    const attempt = ++this.#attempt;
    this.importError = '';
    this.importStatus = '';
    this.pending = undefined;
    if (!chosen) return;
    try {
      if (chosen.size > LIMITS.fileBytes) {
        this.#refuse(this.say(() => describeProblem({ code: 'too-large', max: LIMITS.fileBytes })));
        return;
      }
      let text: string;
      try {
        text = await chosen.text();
      } catch {
        this.#refuse(this.say(() => msg('Het bestand kon niet worden gelezen.')));
        return;
      }
      if (attempt !== this.#attempt) return;
      let file: WorkshopFile;
      try {
        file = this.say(() => parseWorkshopFile(text, describeProblem));
      } catch (error) {
        this.#refuse(error instanceof Error ? error.message : String(error));
        return;
      }
      if (this.workshop && hasContent(this.workshop)) {
        this.pending = { file };
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#confirm-question')?.focus();
      } else this.#import({ file });
    } finally {
      input.value = '';
    }
  }

  #refuse(message: string): void {
    this.importError = message;
  }

  /** Replaces the workshop as the user's own change: one undoable step, and `na-change` tells the host. */
  #import({ file }: PendingImport): void {
    this.pending = undefined;
    this.store!.replace(file);
    const count = file.partners.length;
    const title = file.title || this.say(() => msg('Netwerkambitie'));
    this.importStatus = this.say(() =>
      count === 1
        ? msg(str`Workshop “${title}” geopend, met 1 partner.`)
        : msg(str`Workshop “${title}” geopend, met ${count} partners.`),
    );
  }

  async #confirmImport(): Promise<void> {
    if (this.pending) this.#import(this.pending);
    await this.updateComplete;
    this.#fileInput?.focus();
  }

  async #cancelImport(): Promise<void> {
    this.pending = undefined;
    this.importStatus = this.say(() => msg('Het bestand is niet geopend; de workshop is niet veranderd.'));
    await this.updateComplete;
    this.#fileInput?.focus();
  }

  // ---- follow-up ----

  get #editable(): boolean {
    return this.store?.session.role === 'facilitator';
  }

  async #addAction(): Promise<void> {
    const id = this.store!.addAction({ text: '' });
    this.followUpStatus = '';
    await this.updateComplete;
    (this.renderRoot as ShadowRoot).getElementById(`action-text-${id}`)?.focus();
  }

  async #removeAction(action: Action, index: number): Promise<void> {
    this.store!.removeAction(action.id);
    this.followUpStatus = this.say(() =>
      action.text ? msg(str`Actie “${action.text}” verwijderd.`) : msg(str`Actie ${index + 1} verwijderd.`),
    );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="add-action"]')?.focus();
  }

  // ---- rendering ----

  /** A date (`YYYY-MM-DD`) or moment (ISO) in words; a date it cannot read is shown as written, a moment not at all. */
  #date(value: string | undefined, withTime: boolean): string | undefined {
    if (!value) return undefined;
    const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00` : value);
    if (Number.isNaN(date.getTime())) return withTime ? undefined : value;
    return new Intl.DateTimeFormat(DATE_LOCALE[this.language], {
      dateStyle: 'long',
      ...(withTime ? { timeStyle: 'short' } : {}),
    }).format(date);
  }

  protected override render(): TemplateResult {
    const file = this.workshop;
    if (!file)
      return html`<p part="missing" class="missing">
        ${msg('Dit verslag hoort binnen een netwerk-ambitie-element te staan: daar komt de workshop vandaan.')}
      </p>`;
    const updated = this.#date(file.updatedAt, true);
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
        ${this.#tools(file)} ${this.#statement(file)} ${this.#partners(file)} ${this.#interests(file)}
        ${this.#contributions(file)} ${this.#questions(file)} ${this.#tensions(file)} ${this.#themes(file)}
        ${this.#ambition(file)} ${this.#followUp(file)} ${this.#handoff(file)}
      </article>
    `;
  }

  #tools(file: WorkshopFile): TemplateResult {
    const current = file.title || msg('Netwerkambitie');
    const next = this.pending && (this.pending.file.title || msg('Netwerkambitie'));
    const count = this.pending?.file.partners.length ?? 0;
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
        ${
          this.#editable
            ? html`<div part="import" class="import">
                <label for="import-file">${msg('Workshopbestand openen')}</label>
                <p id="import-hint" class="hint">
                  ${msg(
                    'Een .json-bestand dat met de Netwerkambitie is bewaard (maximaal 5 MB). Het vervangt de workshop op dit scherm.',
                  )}
                </p>
                <input
                  id="import-file"
                  type="file"
                  accept=".json,application/json"
                  aria-describedby="import-hint"
                  @change=${this.#fileChosen}
                />
                ${
                  this.pending
                    ? html`<div class="confirm" role="group" aria-labelledby="confirm-question">
                        <p id="confirm-question" tabindex="-1">
                          ${
                            count === 1
                              ? msg(
                                  str`Het bestand vervangt de workshop “${current}” op dit scherm door “${next}”, met 1 partner. Alles wat nu in de workshop staat, wordt vervangen. Doorgaan?`,
                                )
                              : msg(
                                  str`Het bestand vervangt de workshop “${current}” op dit scherm door “${next}”, met ${count} partners. Alles wat nu in de workshop staat, wordt vervangen. Doorgaan?`,
                                )
                          }
                        </p>
                        <div class="buttons">
                          <button type="button" class="primary" @click=${this.#confirmImport}>
                            ${msg('Workshop vervangen')}
                          </button>
                          <button type="button" @click=${this.#cancelImport}>${msg('Niet openen')}</button>
                        </div>
                      </div>`
                    : nothing
                }
              </div>`
            : nothing
        }
        <p role="status" class="status">${this.importStatus || nothing}</p>
        <div role="alert" class=${this.importError ? 'import-error' : 'import-error-none'}>
          ${
            this.importError
              ? html`<p>${msg('Het bestand is niet geopend; er is niets veranderd.')} ${userText(this.importError)}</p>`
              : nothing
          }
        </div>
      </section>
    `;
  }

  #statement(file: WorkshopFile): TemplateResult {
    const { statement, drafts } = file.ambition;
    const latest = drafts.at(-1);
    return html`
      <section part="statement" class="statement">
        <h3>${msg('Gedeelde ambitie')}</h3>
        ${
          statement?.trim()
            ? html`<blockquote><p>${userText(statement)}</p></blockquote>`
            : html`<p class="empty">${msg('De gedeelde ambitie is nog niet vastgesteld.')}</p>
                ${
                  latest
                    ? html`<p><span class="detail-label">${msg('Laatste concept')}:</span> ${userText(latest.text)}</p>`
                    : nothing
                }`
        }
      </section>
    `;
  }

  #partnerName(partner: Partner): TemplateResult {
    return html`${userText(partner.name)}${
      partner.aspirant ? html` <span class="aspirant">(${aspirantLabel()})</span>` : nothing
    }`;
  }

  #empty(text = msg('Nog niets ingevuld.')): TemplateResult {
    return html`<p class="empty">${text}</p>`;
  }

  #partners(file: WorkshopFile): TemplateResult {
    return html`
      <section part="partners" class="section">
        <h3>${msg('Partners')}</h3>
        ${
          file.partners.length
            ? html`<ul>
                ${file.partners.map((p) => html`<li>${this.#partnerName(p)}</li>`)}
              </ul>`
            : this.#empty(msg('Nog geen partners.'))
        }
      </section>
    `;
  }

  #themeLine(themes: readonly string[] | undefined): TemplateResult | typeof nothing {
    return themes?.length
      ? html`<p class="detail"><span class="detail-label">${msg('Thema’s')}:</span> ${userText(themes.join(', '))}</p>`
      : nothing;
  }

  #interest(interest: Interest): TemplateResult {
    return html`<li class="item" part="interest">
      <p>${kindMarker(interest.kind)} ${userText(interest.text)}</p>
      ${
        interest.motivation
          ? html`<p><span class="detail-label">${msg('Waarom')}:</span> ${userText(interest.motivation)}</p>`
          : nothing
      }
      ${this.#themeLine(interest.themes)}
    </li>`;
  }

  #interests(file: WorkshopFile): TemplateResult {
    return html`
      <section part="interests" class="section page">
        <h3>${msg('Belangen')}</h3>
        ${file.partners.length ? nothing : this.#empty(msg('Nog geen partners.'))}
        ${file.partners.map((partner) => {
          const own = this.derived!.interestsOf(partner.id);
          return html`
            <h4>${this.#partnerName(partner)}</h4>
            ${
              own.length
                ? SCOPES.map((scope) => {
                    const inScope = own.filter((i) => i.scope === scope);
                    return inScope.length
                      ? html`<h5>${scopeLabel(scope)}</h5>
                          <ul class="list-plain">
                            ${inScope.map((i) => this.#interest(i))}
                          </ul>`
                      : nothing;
                  })
                : this.#empty()
            }
          `;
        })}
      </section>
    `;
  }

  #contributions(file: WorkshopFile): TemplateResult {
    return html`
      <section part="contributions" class="section">
        <h3>${msg('Halen en brengen')}</h3>
        ${file.partners.length ? nothing : this.#empty(msg('Nog geen partners.'))}
        ${file.partners.map(
          (partner) => html`
            <h4>${this.#partnerName(partner)}</h4>
            ${DIRECTIONS.map((direction) => {
              const own = this.derived!.contributionsOf(partner.id, direction);
              return html`<h5>${directionLabel(direction)}</h5>
                ${
                  own.length
                    ? html`<ul class="list-plain">
                        ${own.map(
                          (c) =>
                            html`<li class="item">
                              <p>${userText(c.text)}</p>
                              ${this.#themeLine(c.themes)}
                            </li>`,
                        )}
                      </ul>`
                    : this.#empty()
                }`;
            })}
          `,
        )}
      </section>
    `;
  }

  /** Names an interest or contribution: its text, its partner and what kind of item it is. */
  #itemRef(file: WorkshopFile, id: string): TemplateResult {
    const item: Item | undefined = this.derived!.items.get(id);
    if (!item) return html`<span class="empty">${msg('(verwijderd)')}</span>`;
    const partner = file.partners.find((p) => p.id === item.partnerId);
    const what = isInterest(item) ? kindLabel(item.kind) : directionLabel(item.direction);
    return html`<span class="ref">“${userText(item.text)}”</span>
      (${partner ? html`${userText(partner.name)}, ` : nothing}${what.toLocaleLowerCase()})`;
  }

  #questions(file: WorkshopFile): TemplateResult {
    return html`
      <section part="questions" class="section">
        <h3>${msg('Vragen en antwoorden')}</h3>
        ${
          file.questions.length
            ? html`<ul class="list-plain">
                ${file.questions.map(
                  (q) =>
                    html`<li class="item">
                      <p class="detail">${msg('Over')} ${this.#itemRef(file, q.itemId)}</p>
                      <p><span class="detail-label">${msg('Vraag')}:</span> ${userText(q.text)}</p>
                      <p>
                        <span class="detail-label">${msg('Antwoord')}:</span>
                        ${q.answer?.trim() ? userText(q.answer) : html`<span class="empty">${msg('nog geen antwoord')}</span>`}
                      </p>
                    </li>`,
                )}
              </ul>`
            : this.#empty(msg('Er zijn geen vragen gesteld.'))
        }
      </section>
    `;
  }

  #tension(file: WorkshopFile, tension: Tension): TemplateResult {
    const status = tension.resolved ? 'resolved' : 'open';
    return html`<li class="item">
      <p>
        <span class="state state-${status}"
          ><span class="state-shape" aria-hidden="true"></span>${tension.resolved ? msg('Opgelost') : msg('Open')}</span
        >
      </p>
      <p class="detail">
        ${tension.itemIds.map(
          (id, index) => html`${index ? html` ${msg('tegenover')} ` : nothing}${this.#itemRef(file, id)}`,
        )}
      </p>
      ${tension.text ? html`<p>${userText(tension.text)}</p>` : nothing}
    </li>`;
  }

  #tensions(file: WorkshopFile): TemplateResult {
    const open = file.tensions.filter((t) => !t.resolved).length;
    return html`
      <section part="tensions" class="section">
        <h3>${msg('Spanningen')}</h3>
        ${
          file.tensions.length
            ? html`<p>${msg(str`${open} open, ${file.tensions.length - open} opgelost.`)}</p>
                <ul class="list-plain">
                  ${file.tensions.map((t) => this.#tension(file, t))}
                </ul>`
            : this.#empty(msg('Er zijn geen spanningen gemarkeerd.'))
        }
      </section>
    `;
  }

  #themes(file: WorkshopFile): TemplateResult {
    const themes = themesOf(file, this.derived!);
    return html`
      <section part="themes" class="section">
        <h3>${msg('Thema’s')}</h3>
        ${
          themes.length
            ? html`<ul>
                ${themes.map(
                  ({ theme, partners }) =>
                    html`<li>
                      <strong>${userText(theme)}</strong>:
                      ${partners.map((p, index) => html`${index ? ', ' : nothing}${userText(p.name)}`)}
                      (${partnersLabel(partners.length)})
                    </li>`,
                )}
              </ul>`
            : this.#empty(msg("Er zijn nog geen thema's benoemd."))
        }
      </section>
    `;
  }

  #draft(file: WorkshopFile, draft: Draft): TemplateResult {
    return html`<li class="draft" part="draft">
      <p class="draft-text">${userText(draft.text)}</p>
      <ul class="consents">
        ${file.partners.map((partner) => {
          const consent = ofPartner(draft.consent, partner.id);
          const reason = ofPartner(draft.reasons, partner.id);
          return html`<li>
            ${userText(partner.name)}:
            <span class="consent">${consent ? consentLabel(consent) : msg('nog niet gereageerd')}</span>${
              reason ? html` — <span class="detail-label">${msg('reden')}:</span> ${userText(reason)}` : nothing
            }
          </li>`;
        })}
      </ul>
    </li>`;
  }

  #ambition(file: WorkshopFile): TemplateResult {
    const { ambition } = file;
    return html`
      <section part="ambition" class="section page">
        <h3>${msg('De ambitie in vier delen')}</h3>
        ${AMBITION_PARTS.map(
          (part) =>
            html`<div class="part">
              <h4>${ambitionPartLabel(part)}</h4>
              ${ambition[part]?.trim() ? html`<p>${userText(ambition[part])}</p>` : this.#empty()}
            </div>`,
        )}
        <h4>${msg('Concepten en instemming')}</h4>
        ${
          ambition.drafts.length
            ? html`<ol>
                ${ambition.drafts.map((d) => this.#draft(file, d))}
              </ol>`
            : this.#empty(msg('Er zijn geen concepten.'))
        }
      </section>
    `;
  }

  #ownerName(file: WorkshopFile, owner: string | undefined): string {
    return file.partners.find((p) => p.id === owner)?.name ?? msg('nog niemand');
  }

  /** The actions as text: on paper, and on the screen of a partner. */
  #actionList(file: WorkshopFile): TemplateResult {
    const { actions } = file.followUp;
    return actions.length
      ? html`<ol>
          ${actions.map(
            (a) =>
              html`<li class="item">
                <p>
                  ${a.text.trim() ? userText(a.text) : html`<span class="empty">${msg('(nog zonder omschrijving)')}</span>`}
                </p>
                <p class="detail">
                  <span class="detail-label">${msg('Wie')}:</span> ${userText(this.#ownerName(file, a.owner))};
                  <span class="detail-label">${msg('Uiterlijk')}:</span> ${
                    this.#date(a.due, false) ?? msg('geen datum')
                  }
                </p>
              </li>`,
          )}
        </ol>`
      : this.#empty(msg('Nog geen acties.'));
  }

  #actionEditor(file: WorkshopFile): TemplateResult {
    const store = this.store!;
    return html`
      <ol class="actions-editor screen-only" aria-labelledby="actions-heading">
        ${repeat(
          file.followUp.actions,
          (a) => a.id,
          (a, index) =>
            html`<li class="action" part="action">
              <fieldset>
                <legend>${msg(str`Actie ${index + 1}`)}</legend>
                <div class="field field-text">
                  <label for="action-text-${a.id}">${msg('Wat gaan we doen?')}</label>
                  <input
                    id="action-text-${a.id}"
                    type="text"
                    maxlength=${LIMITS.textLength}
                    .value=${live(a.text)}
                    @input=${(e: Event) => store.updateAction(a.id, { text: (e.target as HTMLInputElement).value })}
                  />
                </div>
                <div class="field">
                  <label for="action-owner-${a.id}">${msg('Wie pakt het op?')}</label>
                  <select
                    id="action-owner-${a.id}"
                    @input=${(e: Event) =>
                      store.updateAction(a.id, { owner: (e.target as HTMLSelectElement).value || undefined })}
                  >
                    <option value="" ?selected=${!a.owner}>${msg('Nog niemand')}</option>
                    ${file.partners.map(
                      (p) => html`<option value=${p.id} ?selected=${a.owner === p.id}>${p.name}</option>`,
                    )}
                  </select>
                </div>
                <div class="field">
                  <label for="action-due-${a.id}">${msg('Uiterlijk klaar op')}</label>
                  <input
                    id="action-due-${a.id}"
                    type="date"
                    .value=${live(a.due ?? '')}
                    @input=${(e: Event) =>
                      store.updateAction(a.id, { due: (e.target as HTMLInputElement).value || undefined })}
                  />
                </div>
                <div class="field">
                  <button type="button" @click=${() => this.#removeAction(a, index)}>
                    ${msg('Verwijder')}<span class="visually-hidden">
                      ${a.text.trim() ? msg(str`actie “${a.text}”`) : msg(str`actie ${index + 1}`)}</span
                    >
                  </button>
                </div>
              </fieldset>
            </li>`,
        )}
      </ol>
      <button part="add-action" class="screen-only" type="button" @click=${this.#addAction}>
        ${msg('Actie toevoegen')}
      </button>
    `;
  }

  #followUp(file: WorkshopFile): TemplateResult {
    const notes = file.followUp.notes ?? '';
    const editable = this.#editable;
    const notesText = notes.trim() ? html`<p>${userText(notes)}</p>` : this.#empty(msg('Geen notities.'));
    return html`
      <section part="follow-up" class="section page">
        <h3>${msg('Vervolg')}</h3>
        <h4 id="actions-heading">${msg('Acties')}</h4>
        ${
          editable
            ? html`${this.#actionEditor(file)}
                <div class="print-only">${this.#actionList(file)}</div>`
            : this.#actionList(file)
        }
        <h4 id="notes-heading">${msg('Notities voor het vervolg')}</h4>
        ${
          editable
            ? html`<textarea
                  part="notes"
                  class="notes-field screen-only"
                  aria-labelledby="notes-heading"
                  rows="5"
                  maxlength=${LIMITS.textLength}
                  .value=${live(notes)}
                  @input=${(e: Event) => this.store!.setNotes((e.target as HTMLTextAreaElement).value)}
                ></textarea>
                <div class="print-only">${notesText}</div>`
            : notesText
        }
        <p role="status" class="visually-hidden screen-only">${this.followUpStatus || nothing}</p>
      </section>
    `;
  }

  #handoff(file: WorkshopFile): TemplateResult {
    const { statement, drafts } = file.ambition;
    const latest = drafts.at(-1);
    const { actions } = file.followUp;
    return html`
      <section part="handoff" class="section">
        <h3>${msg('Overdracht naar de partnerschapskaart')}</h3>
        <p>${handoffIntro()}</p>
        <h4>${msg('Wat meegaat')}</h4>
        <ul class="carry">
          <li>
            <span class="detail-label">${msg('De gedeelde ambitie')}:</span>
            ${
              statement?.trim()
                ? userText(statement)
                : latest
                  ? html`${userText(latest.text)} <span class="empty">(${msg('concept')})</span>`
                  : html`<span class="empty">${msg('nog niet vastgesteld')}</span>`
            }
          </li>
          <li>
            <span class="detail-label">${msg('De partners')}:</span>
            ${
              file.partners.length
                ? file.partners.map((p, index) => html`${index ? ', ' : nothing}${this.#partnerName(p)}`)
                : html`<span class="empty">${msg('nog geen')}</span>`
            }
          </li>
          <li>
            <span class="detail-label">${msg('De acties')}:</span>
            ${
              actions.length
                ? html`<ul>
                    ${actions.map(
                      (a) =>
                        html`<li>
                          ${userText(a.text)}${a.owner ? html` (${userText(this.#ownerName(file, a.owner))})` : nothing}
                        </li>`,
                    )}
                  </ul>`
                : html`<span class="empty">${msg('nog geen')}</span>`
            }
          </li>
        </ul>
        <h4>${msg('De vijf kolommen van de partnerschapskaart')}</h4>
        <ol class="columns">
          ${handoffColumns().map((c) => html`<li><strong>${c.name}</strong>: ${c.question}</li>`)}
        </ol>
      </section>
    `;
  }
}
