import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Derived } from '../../model/derived.js';
import type { WorkshopFile } from '../../model/types.js';
import type { CanvasKit } from './canvas-kit.js';
import { NewTension } from './new-tension.js';

/** What to discuss before writing the ambition: the demands, the open tensions and the resolved ones. */
export class AttentionSection {
  readonly #newTension: NewTension;

  constructor(
    private readonly kit: CanvasKit,
    host: ReactiveControllerHost,
  ) {
    this.#newTension = new NewTension(kit, host);
  }

  #setResolved(id: string, resolved: boolean): void {
    this.kit.store?.updateTension(id, { resolved });
    this.kit.focus(resolved ? '#tensions-heading' : '#resolved-heading');
    this.kit.announce(() => (resolved ? msg('Spanning gemarkeerd als opgelost.') : msg('Spanning staat weer open.')));
  }

  render(file: WorkshopFile, analysis: Derived): TemplateResult {
    const demands = file.interests.filter((i) => i.kind === 'demand');
    const open = file.tensions.filter((t) => !t.resolved);
    const resolved = file.tensions.filter((t) => t.resolved);
    const edit = this.kit.facilitator;
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
                    <p>${this.kit.item(d)}</p>
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
                            ${this.kit.items(`tension ${t.id}`, tensionName(t.text), t.itemIds, analysis)}`
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
      ${edit ? this.#newTension.render(file) : nothing}
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
}
