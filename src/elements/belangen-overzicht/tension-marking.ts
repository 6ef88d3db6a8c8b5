import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { LIMITS, type Item } from '../../model/types.js';
import { TensionPicks } from '../controllers/tension-picks.js';
import { itemName, type OverviewHost, type View } from './overview-view.js';

/**
 * Marking a new tension, for the facilitator: a checkbox on every item while
 * marking, and a panel to describe and save what was picked.
 */
export class TensionMarking {
  #marking = false;
  readonly #picks: TensionPicks;

  constructor(private readonly ov: OverviewHost) {
    this.#picks = new TensionPicks(ov.host, (fn) => ov.say(fn));
  }

  /** Whether items are being picked. */
  get marking(): boolean {
    return this.#marking;
  }

  /** Whether item `id` is picked. */
  has(id: string): boolean {
    return this.#picks.has(id);
  }

  toggle(): void {
    if (this.#marking) return this.stop();
    this.#marking = true;
    this.ov.announce(() =>
      msg('Spanning markeren: kies met de vakjes bij de onderdelen twee of meer dingen die tegen elkaar in werken.'),
    );
  }

  /** Stops marking and forgets the picks. */
  stop(): void {
    if (!this.#marking) return;
    this.#marking = false;
    this.#picks.clear();
    this.ov.host.requestUpdate();
  }

  #cancel(): void {
    this.stop();
    this.ov.focus('[part="mark-button"]');
  }

  #save(chosen: Item[]): void {
    const tension = this.#picks.take(chosen.map((item) => item.id));
    if (!tension) return;
    const id = this.ov.store()!.addTension(tension.itemIds, tension.text);
    this.stop();
    this.ov.announce(() => msg('Spanning opgeslagen.'));
    this.ov.focus(`[data-tension="${CSS.escape(id)}"]`);
  }

  /** The checkbox that picks `item`, named after `name`. */
  pick(item: Item, name: string): TemplateResult {
    return html`<label part="pick" class="pick">
      <input
        type="checkbox"
        data-pick=${item.id}
        .checked=${this.#picks.has(item.id)}
        @change=${(e: Event) => this.#picks.pick(item.id, (e.target as HTMLInputElement).checked)}
      />
      ${msg('Kies voor spanning')}<span class="visually-hidden">: ${name}</span>
    </label>`;
  }

  /** Describing and saving the new tension. */
  panel(view: View): TemplateResult {
    const picks = this.#picks;
    const chosen = [...picks.picked].map((id) => view.items.get(id)).filter((item): item is Item => !!item);
    return html`<section part="tension-panel" class="tension-panel" aria-labelledby="tension-panel-heading">
      <h3 id="tension-panel-heading">${msg('Nieuwe spanning')}</h3>
      <p aria-live="polite">
        ${
          chosen.length
            ? msg(str`${chosen.length} gekozen:`)
            : msg('Nog niets gekozen. Kies twee of meer onderdelen met de vakjes.')
        }
      </p>
      ${
        chosen.length
          ? html`<ul class="chosen">
              ${chosen.map((item) => html`<li>${itemName(item, view)}</li>`)}
            </ul>`
          : nothing
      }
      <label for="tension-text">${msg('Wat werkt hier tegen elkaar in?')}</label>
      <textarea
        id="tension-text"
        rows="2"
        maxlength=${LIMITS.textLength}
        aria-describedby=${picks.error ? 'tension-error' : nothing}
        .value=${picks.text}
        @input=${(e: InputEvent) => picks.write((e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${picks.error ? html`<p id="tension-error" class="error">${picks.error}</p>` : nothing}
      <div class="actions">
        <button class="primary" type="button" @click=${() => this.#save(chosen)}>${msg('Spanning opslaan')}</button>
        <button type="button" @click=${() => this.#cancel()}>${msg('Annuleren')}</button>
      </div>
    </section>`;
  }
}
