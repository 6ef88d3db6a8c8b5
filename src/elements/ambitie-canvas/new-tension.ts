import { msg } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { LIMITS, type WorkshopFile } from '../../model/types.js';
import { TensionPicks } from '../controllers/tension-picks.js';
import { kindMarker } from '../shared/kind-marker.js';
import { partnerName } from '../shared/partner-choice.js';
import type { CanvasKit } from './canvas-kit.js';

/**
 * Marking a new tension between interests, for the facilitator: a fold whose
 * form is built only when it is opened, with each partner's interests to pick.
 */
export class NewTension {
  /** Whether the fold is open: its content is built only then. */
  #open = false;
  readonly #picks: TensionPicks;

  constructor(
    private readonly kit: CanvasKit,
    host: ReactiveControllerHost,
  ) {
    this.#picks = new TensionPicks(host, (fn) => kit.canvas.say(fn));
  }

  #toggle(event: Event): void {
    this.#open = (event.target as HTMLDetailsElement).open;
    this.kit.update();
  }

  #save(): void {
    const kit = this.kit;
    const store = kit.store;
    const file = kit.canvas.workshop();
    if (!store || !file) return;
    const tension = this.#picks.take(file.interests.filter((i) => this.#picks.has(i.id)).map((i) => i.id));
    if (!tension) return kit.focus('#new-tension-picks');
    store.addTension(tension.itemIds, tension.text);
    kit.focus('#tensions-heading');
    kit.announce(() => msg('Spanning opgeslagen.'));
  }

  render(file: WorkshopFile): TemplateResult {
    return html`<details class="new-tension" part="new-tension" @toggle=${(e: Event) => this.#toggle(e)}>
      <summary>${msg('Nieuwe spanning markeren')}</summary>
      ${this.#open ? this.#form(file) : nothing}
    </details>`;
  }

  #form(file: WorkshopFile): TemplateResult {
    const picks = this.#picks;
    const derived = this.kit.canvas.derived()!;
    const partners = file.partners
      .map((partner) => ({ partner, interests: derived.interestsOf(partner.id) }))
      .filter(({ interests }) => interests.length);
    return html`<fieldset
        id="new-tension-picks"
        tabindex="-1"
        aria-describedby=${picks.error ? 'new-tension-error' : nothing}
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
                      .checked=${live(picks.has(i.id))}
                      @change=${(e: Event) => picks.pick(i.id, (e.target as HTMLInputElement).checked)}
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
      ${picks.error ? html`<p id="new-tension-error" class="error">${picks.error}</p>` : nothing}
      <label class="field">
        <span class="field-label">${msg('Wat werkt hier tegen elkaar in?')}</span>
        <textarea
          rows="2"
          maxlength=${LIMITS.textLength}
          .value=${live(picks.text)}
          @input=${(e: InputEvent) => picks.write((e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </label>
      <p class="actions">
        <button class="primary" type="button" @click=${() => this.#save()}>${msg('Spanning opslaan')}</button>
      </p>`;
  }
}
