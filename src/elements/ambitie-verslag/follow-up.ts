import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { LIMITS, type Action, type WorkshopFile } from '../../model/types.js';
import type { SectionHost } from '../base/na-element.js';
import { Announcer } from '../controllers/announcer.js';
import { empty, formatDate, ownerName, userText } from './record-parts.js';

/** What the record lends its sections: its workshop, language and focus. */
export interface RecordHost extends SectionHost {
  focus(selector: string): void;
}

/**
 * The follow-up: actions with an owner and a due date, and notes. The
 * facilitator edits them on screen; on paper, and on a partner's screen,
 * they are text.
 */
export class FollowUpSection {
  readonly #status: Announcer;

  constructor(private readonly rec: RecordHost) {
    this.#status = new Announcer(rec.host);
  }

  #add(): void {
    const id = this.rec.store()!.addAction({ text: '' });
    this.#status.announce('');
    this.rec.focus(`[id="action-text-${CSS.escape(id)}"]`);
  }

  #remove(action: Action, index: number): void {
    this.rec.store()!.removeAction(action.id);
    this.#status.announce(
      this.rec.say(() =>
        action.text ? msg(str`Actie “${action.text}” verwijderd.`) : msg(str`Actie ${index + 1} verwijderd.`),
      ),
    );
    this.rec.focus('[part="add-action"]');
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
                  <span class="detail-label">${msg('Wie')}:</span> ${userText(ownerName(file, a.owner))};
                  <span class="detail-label">${msg('Uiterlijk')}:</span> ${
                    formatDate(a.due, false, this.rec.language()) ?? msg('geen datum')
                  }
                </p>
              </li>`,
          )}
        </ol>`
      : empty(msg('Nog geen acties.'));
  }

  #actionEditor(file: WorkshopFile): TemplateResult {
    const store = this.rec.store()!;
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
                  <button type="button" @click=${() => void this.#remove(a, index)}>
                    ${msg('Verwijder')}<span class="visually-hidden">
                      ${a.text.trim() ? msg(str`actie “${a.text}”`) : msg(str`actie ${index + 1}`)}</span
                    >
                  </button>
                </div>
              </fieldset>
            </li>`,
        )}
      </ol>
      <button part="add-action" class="screen-only" type="button" @click=${() => this.#add()}>
        ${msg('Actie toevoegen')}
      </button>
    `;
  }

  render(file: WorkshopFile): TemplateResult {
    const notes = file.followUp.notes ?? '';
    const editable = this.rec.store()?.session.role === 'facilitator';
    const notesText = notes.trim() ? html`<p>${userText(notes)}</p>` : empty(msg('Geen notities.'));
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
                  @input=${(e: Event) => this.rec.store()!.setNotes((e.target as HTMLTextAreaElement).value)}
                ></textarea>
                <div class="print-only">${notesText}</div>`
            : notesText
        }
        ${this.#status.region(undefined, 'visually-hidden screen-only')}
      </section>
    `;
  }
}
