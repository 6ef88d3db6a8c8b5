import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { LIMITS, type Item, type Tension } from '../../model/types.js';
import { itemName, type OverviewHost, type View } from './overview-view.js';

/** The tensions marked so far: between which items, what pulls, and (for the facilitator) resolving and removing them. */
export class TensionList {
  constructor(private readonly ov: OverviewHost) {}

  render(tensions: readonly Tension[], view: View): TemplateResult | typeof nothing {
    if (!tensions.length) return nothing;
    return html`<section part="tensions" class="tensions" aria-labelledby="tensions-heading">
      <h3 id="tensions-heading">${msg('Spanningen')}</h3>
      <ul class="tension-list">
        ${repeat(
          tensions,
          (t) => t.id,
          (t, index) => this.#tension(t, index + 1, view),
        )}
      </ul>
    </section>`;
  }

  #tension(tension: Tension, number: number, view: View): TemplateResult {
    const items = tension.itemIds.map((id) => view.items.get(id)).filter((item): item is Item => !!item);
    const field = `tension-text-${tension.id}`;
    return html`<li
      part="tension"
      class="tension ${tension.resolved ? 'resolved' : ''}"
      data-tension=${tension.id}
      tabindex="-1"
      aria-labelledby=${`tension-name-${tension.id}`}
    >
      <p class="tension-head">
        <span class="tension-marker ${tension.resolved ? 'resolved' : ''}" id=${`tension-name-${tension.id}`}
          ><span aria-hidden="true">⚡</span>${msg(str`Spanning ${number}`)}</span
        >
        <span class="label">${tension.resolved ? msg('Opgelost') : msg('Open')}</span>
      </p>
      <p class="label" id=${`tension-between-${tension.id}`}>${msg('Tussen:')}</p>
      <ul class="tension-items" aria-labelledby=${`tension-between-${tension.id}`}>
        ${items.map((item) => html`<li>${itemName(item, view)}</li>`)}
      </ul>
      ${
        view.facilitator
          ? html`<label for=${field}
                >${msg('Wat werkt hier tegen elkaar in?')}<span class="visually-hidden">
                  (${msg(str`spanning ${number}`)})</span
                ></label
              >
              <textarea
                id=${field}
                rows="2"
                maxlength=${LIMITS.textLength}
                .value=${tension.text}
                @input=${(e: InputEvent) =>
                  this.ov.store()?.updateTension(tension.id, { text: (e.target as HTMLTextAreaElement).value })}
              ></textarea>
              <p class="print-only">${tension.text}</p>
              <div class="tension-controls">
                <label class="check">
                  <input
                    type="checkbox"
                    .checked=${tension.resolved}
                    @change=${(e: Event) => this.#resolve(tension, number, (e.target as HTMLInputElement).checked)}
                  />
                  ${msg('Opgelost')}<span class="visually-hidden"> (${msg(str`spanning ${number}`)})</span>
                </label>
                <button type="button" @click=${() => this.#removeTension(tension, number)}>
                  ${msg('Verwijder')}<span class="visually-hidden"> ${msg(str`spanning ${number}`)}</span>
                </button>
              </div>`
          : html`<p>${tension.text.trim() || msg('(nog niet beschreven)')}</p>`
      }
    </li>`;
  }

  #resolve(tension: Tension, number: number, resolved: boolean): void {
    this.ov.store()?.updateTension(tension.id, { resolved });
    this.ov.announce(() =>
      resolved ? msg(str`Spanning ${number} is opgelost.`) : msg(str`Spanning ${number} staat weer open.`),
    );
  }

  #removeTension(tension: Tension, number: number): void {
    this.ov.store()?.removeTension(tension.id);
    this.ov.announce(() => msg(str`Spanning ${number} verwijderd.`));
    this.ov.focus('[part="mark-button"]');
  }
}
