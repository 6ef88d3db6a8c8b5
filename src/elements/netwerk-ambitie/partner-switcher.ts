import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { aspirantLabel } from '../../i18n/labels.js';
import type { Derived } from '../../model/derived.js';
import type { Partner, WorkshopFile } from '../../model/types.js';
import { partnerName } from '../shared/partner-choice.js';
import { recall, remember } from '../shared/device-memory.js';

/**
 * The partner whose card the facilitator's screen shows in steps 1 and 2,
 * chosen once and kept across the steps (and on this device, per workshop):
 * a labelled choice with the previous and next partner beside it, each
 * partner marked when its part of the step is done.
 */
export class PartnerSwitcher {
  #chosen?: string;
  #workshop?: string;

  constructor(
    private readonly workshopId: () => string,
    /** Renders again; resolves when done. */
    private readonly changed: () => Promise<unknown>,
  ) {}

  /** The partner shown: the one chosen on this device, else the first. */
  partner(file: WorkshopFile): Partner | undefined {
    if (this.#workshop !== this.workshopId()) {
      this.#workshop = this.workshopId();
      this.#chosen = recall(`${this.#workshop}:partner`);
    }
    return file.partners.find((p) => p.id === this.#chosen) ?? file.partners[0];
  }

  #choose(id: string | undefined): Promise<unknown> {
    this.#chosen = id;
    remember(`${this.workshopId()}:partner`, id);
    return this.changed();
  }

  render(file: WorkshopFile, derived: Derived, step: 1 | 2): TemplateResult | typeof nothing {
    const shown = this.partner(file);
    if (!shown) return nothing;
    const partners = file.partners;
    const index = partners.indexOf(shown);
    const done = (p: Partner) => {
      const progress = derived.progress(p.id);
      return step === 1 ? progress.interests : progress.contributions;
    };
    const go = async (event: Event, to: number) => {
      const button = event.currentTarget as HTMLButtonElement;
      await this.#choose(partners[to]?.id);
      // At the first or last partner the button is disabled and would lose the focus: the choice keeps it.
      if (button.disabled) button.parentElement?.querySelector('select')?.focus();
    };
    return html`<div class="switcher" part="partner-switcher">
      <label for="partner-switcher">${msg('Partner op het scherm')}</label>
      <button
        type="button"
        aria-label=${msg('Vorige partner')}
        ?disabled=${index <= 0}
        @click=${(e: Event) => go(e, index - 1)}
      >
        <span aria-hidden="true">←</span>
      </button>
      <select id="partner-switcher" @change=${(e: Event) => void this.#choose((e.target as HTMLSelectElement).value)}>
        ${partners.map(
          (p) =>
            html`<option value=${p.id} .selected=${p === shown}>
              ${partnerName(p)}${p.aspirant ? ` (${aspirantLabel()})` : ''}${done(p) ? ` – ${msg('klaar')}` : ''}
            </option>`,
        )}
      </select>
      <button
        type="button"
        aria-label=${msg('Volgende partner')}
        ?disabled=${index >= partners.length - 1}
        @click=${(e: Event) => go(e, index + 1)}
      >
        <span aria-hidden="true">→</span>
      </button>
      <span class="position">${msg(str`${index + 1} van ${partners.length}`)}</span>
    </div>`;
  }
}
