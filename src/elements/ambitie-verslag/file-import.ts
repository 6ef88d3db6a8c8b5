import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { describeProblem } from '../../i18n/file-problems.js';
import { AMBITION_PARTS, LIMITS, type WorkshopFile } from '../../model/types.js';
import { parseWorkshopFile } from '../../model/validate.js';
import { Announcer } from '../controllers/announcer.js';
import type { RecordHost } from './follow-up.js';
import { userText } from './record-parts.js';

/** A workshop file that was read and checked, waiting for the user to confirm replacing the workshop. */
interface PendingImport {
  file: WorkshopFile;
}

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

/**
 * Opening a workshop file on the facilitator's screen: it is read and
 * checked, replacing a workshop with content waits for a confirmation, and
 * what happened is said (a refusal as an alert, changing nothing).
 */
export class FileImport {
  /** The message shown when opening a file failed. */
  #error = '';
  /** A checked file waiting for the user to confirm replacing the workshop. */
  #pending?: PendingImport;
  /** Counts the files chosen, so that only the latest one is acted on. */
  #attempt = 0;
  /** Said after opening a file, or after deciding not to. */
  readonly #status: Announcer;

  constructor(private readonly rec: RecordHost) {
    this.#status = new Announcer(rec.host);
  }

  async #fileChosen(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const chosen = input.files?.[0];
    const attempt = ++this.#attempt;
    this.#error = '';
    this.#status.announce('');
    this.rec.host.requestUpdate();
    this.#pending = undefined;
    if (!chosen) return;
    try {
      if (chosen.size > LIMITS.fileBytes) {
        this.#refuse(this.rec.say(() => describeProblem({ code: 'too-large', max: LIMITS.fileBytes })));
        return;
      }
      let text: string;
      try {
        text = await chosen.text();
      } catch {
        this.#refuse(this.rec.say(() => msg('Het bestand kon niet worden gelezen.')));
        return;
      }
      if (attempt !== this.#attempt) return;
      let file: WorkshopFile;
      try {
        file = this.rec.say(() => parseWorkshopFile(text, describeProblem));
      } catch (error) {
        this.#refuse(error instanceof Error ? error.message : String(error));
        return;
      }
      const current = this.rec.workshop();
      if (current && hasContent(current)) {
        this.#pending = { file };
        this.rec.focus('#confirm-question');
      } else this.#import({ file });
    } finally {
      input.value = '';
    }
  }

  #refuse(message: string): void {
    this.#error = message;
    this.rec.host.requestUpdate();
  }

  /** Replaces the workshop as the user's own change: one undoable step, and `na-change` tells the host. */
  #import({ file }: PendingImport): void {
    this.#pending = undefined;
    this.rec.store()!.replace(file);
    const count = file.partners.length;
    const title = file.title || this.rec.say(() => msg('Netwerkambitie'));
    this.#status.announce(
      this.rec.say(() =>
        count === 1
          ? msg(str`Workshop “${title}” geopend, met 1 partner.`)
          : msg(str`Workshop “${title}” geopend, met ${count} partners.`),
      ),
    );
  }

  #confirmImport(): void {
    if (this.#pending) this.#import(this.#pending);
    this.rec.focus('#import-file');
  }

  #cancelImport(): void {
    this.#pending = undefined;
    this.#status.announce(this.rec.say(() => msg('Het bestand is niet geopend; de workshop is niet veranderd.')));
    this.rec.focus('#import-file');
  }

  /** The file chooser and its confirmation (`editable`: the facilitator's), and what happened. */
  render(current: string, editable: boolean): TemplateResult {
    const next = this.#pending && (this.#pending.file.title || msg('Netwerkambitie'));
    const count = this.#pending?.file.partners.length ?? 0;
    return html`${
        editable
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
                @change=${(e: Event) => void this.#fileChosen(e)}
              />
              ${
                this.#pending
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
                        <button type="button" class="primary" @click=${() => this.#confirmImport()}>
                          ${msg('Workshop vervangen')}
                        </button>
                        <button type="button" @click=${() => this.#cancelImport()}>${msg('Niet openen')}</button>
                      </div>
                    </div>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${this.#status.region(undefined, 'status')}
      <div role="alert" class=${this.#error ? 'import-error' : 'import-error-none'}>
        ${
          this.#error
            ? html`<p>${msg('Het bestand is niet geopend; er is niets veranderd.')} ${userText(this.#error)}</p>`
            : nothing
        }
      </div> `;
  }
}
