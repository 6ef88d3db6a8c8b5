import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { WorkshopFile } from '../../model/types.js';
import type { CanvasKit } from './canvas-kit.js';

/** The final shared ambition, and its editor for the facilitator once there is one (or it is being written). */
export class StatementSection {
  #editing = false;

  constructor(private readonly kit: CanvasKit) {}

  #toggle(): void {
    this.#editing = !this.#editing;
    this.kit.update();
  }

  render(file: WorkshopFile): TemplateResult {
    const kit = this.kit;
    const statement = file.ambition.statement ?? '';
    const editable = kit.facilitator && (statement.trim() !== '' || this.#editing);
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
                aria-expanded=${this.#editing ? 'true' : 'false'}
                aria-controls="statement-editor"
                @click=${() => this.#toggle()}
              >
                ${this.#editing ? msg('Klaar met bewerken') : msg('Ambitie bewerken')}
              </button>
              <div id="statement-editor" class="statement-editor" ?hidden=${!this.#editing}>
                ${kit.textField({
                  key: 'statement',
                  label: msg('Tekst van de gedeelde ambitie'),
                  value: statement,
                  editable: true,
                  rows: 4,
                  onInput: (value) => kit.store?.setAmbition('statement', value),
                })}
              </div>
            </div>`
          : nothing
      }
    </section>`;
  }
}
