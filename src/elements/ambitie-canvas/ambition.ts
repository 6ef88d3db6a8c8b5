import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ambitionPartLabel } from '../../i18n/labels.js';
import { AMBITION_PARTS, type WorkshopFile } from '../../model/types.js';
import type { CanvasKit } from './canvas-kit.js';
import { DraftCard } from './draft-card.js';

/** The four parts of the ambition, and the draft statements with their consent rounds. */
export class AmbitionSection {
  readonly #draft: DraftCard;

  constructor(private readonly kit: CanvasKit) {
    this.#draft = new DraftCard(kit);
  }

  #addDraft(): void {
    const kit = this.kit;
    const id = kit.store?.addDraft('');
    if (!id) return;
    kit.focus(`#${kit.id(`draft ${id}`)}`);
    const n = kit.canvas.workshop()?.ambition.drafts.length ?? 1;
    kit.announce(() => msg(str`Concept ${n} toegevoegd. Schrijf de tekst.`));
  }

  render(file: WorkshopFile): TemplateResult {
    const edit = this.kit.facilitator;
    const { ambition } = file;
    return html`<section class="panel ambition" part="ambition" aria-labelledby="ambition-heading">
      <h3 id="ambition-heading">${msg('De ambitie formuleren')}</h3>
      <div class="parts">
        ${AMBITION_PARTS.map((part) =>
          this.kit.textField({
            key: `part ${part}`,
            label: ambitionPartLabel(part),
            value: ambition[part] ?? '',
            editable: edit,
            part: 'ambition-part',
            onInput: (value) => this.kit.store?.setAmbition(part, value),
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
                (d, index) => this.#draft.render(file, d, index + 1),
              )}
            </ol>`
          : html`<p class="empty">${msg('Nog geen concept.')}</p>`
      }
      ${
        edit
          ? html`<p class="actions new-draft">
              <button type="button" @click=${() => this.#addDraft()}>${msg('Nieuw concept')}</button>
            </p>`
          : nothing
      }
    </section>`;
  }
}
