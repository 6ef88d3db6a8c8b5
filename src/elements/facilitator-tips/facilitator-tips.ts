import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { agendaHeading, durationLabel, stepLabel } from '../../i18n/labels.js';
import { agendaFor } from '../../model/agenda.js';
import type { WorkshopStore } from '../../model/store-api.js';
import type { Step, WorkshopFile } from '../../model/types.js';
import { NaElement } from '../base/na-element.js';
import type { Slice } from '../base/slice.js';
import { styles } from './facilitator-tips.styles.js';
import { guidance, preparation, wishOrDemandTip } from './guidance.js';

const isStep = (value: unknown): value is Step => [1, 2, 3, 4, 5].includes(value as number);

const list = (texts: string[]) =>
  html`<ul>
    ${texts.map((text) => html`<li>${text}</li>`)}
  </ul>`;

/**
 * Guidance for leading the workshop: the preparation (with step 1: inviting
 * every prospective partner, printing the cards, the room), what happens in
 * the current step (or the step named in `step`), the attitude asked of the
 * participants and of the facilitator in that step, the tip to tell a wish
 * from a demand (step 1), and the time plan for the number of partners. The guidance can be folded
 * away with its heading button.
 *
 * It is meant for the facilitator: on a partner's device
 * (`role="partner"` on `<netwerk-ambitie>`) it shows nothing, unless
 * `for-partners` is set; partners then see the step, the attitude asked of
 * participants, the tip and the time plan.
 *
 * @tag facilitator-tips
 * @summary Guidance per step: what to do, the attitudes asked, the wish/demand tip and the time plan.
 *
 * @csspart base - The panel around everything.
 * @csspart heading - The heading, holding the fold button.
 * @csspart toggle - The button that folds the guidance open and closed.
 * @csspart body - The guidance itself.
 * @csspart preparation - Before the workshop: who to invite, what to print, the room (step 1, facilitator only).
 * @csspart todo - What happens in this step.
 * @csspart participants - The attitude asked of the participants.
 * @csspart facilitator - The attitude asked of the facilitator (facilitator only).
 * @csspart tip - The wish or demand tip (step 1).
 * @csspart agenda - The time plan.
 * @csspart warning - The message shown when `step` names no step.
 */
export class FacilitatorTips extends NaElement {
  static override styles = styles;

  /** The step (1–5) to show guidance for; without it, the workshop's current step. */
  @property({ type: Number })
  step?: number;

  /** Also show the guidance on a partner's device. */
  @property({ type: Boolean, attribute: 'for-partners' })
  forPartners = false;

  /** Whether the guidance is unfolded. */
  @state() private open = true;

  #internals = this.attachInternals();

  /** Whether this device may see the guidance. */
  get #shown(): boolean {
    return !this.store || this.store.session.role === 'facilitator' || this.forPartners;
  }

  /** The step, the number of partners (for the time plan) and who uses this device. */
  protected override select(file: WorkshopFile, _derived: unknown, store: WorkshopStore): Slice {
    return [file.step, file.partners.length, store.session.role];
  }

  /** Takes no room at all while there is nothing to show (`:state(concealed)`). */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    try {
      if (this.#shown) this.#internals.states.delete('concealed');
      else this.#internals.states.add('concealed');
    } catch {
      // Browsers without custom states keep an empty element instead.
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const file = this.workshop;
    if (!file)
      return html`<p part="base" class="base panel">
        ${msg('De tips werken alleen binnen een <netwerk-ambitie>-element.')}
      </p>`;
    if (!this.#shown) return nothing;
    const facilitator = this.store!.session.role === 'facilitator';

    const asked = this.getAttribute('step') ?? String(this.step);
    const bad = this.step != null && !isStep(this.step);
    const step = isStep(this.step) ? this.step : file.step;
    const { todo, participants, facilitator: attitude } = guidance[step]();
    return html`<section part="base" class="base panel" aria-labelledby="tips-heading">
      <h2 id="tips-heading" part="heading">
        <button
          part="toggle"
          type="button"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="tips-body"
          @click=${() => (this.open = !this.open)}
        >
          <span class="marker" aria-hidden="true"></span>
          <span>
            ${facilitator ? msg(str`Tips bij stap ${step}`) : msg(str`Uitleg bij stap ${step}`)}: ${stepLabel(step)}
          </span>
        </button>
      </h2>
      <div id="tips-body" part="body" class="body" ?hidden=${!this.open}>
        ${
          bad
            ? html`<p part="warning" class="warning">
                ${msg(str`Er is geen stap “${asked}”; hieronder staan de tips bij de huidige stap.`)}
              </p>`
            : nothing
        }
        ${
          step === 1 && facilitator
            ? html`<section part="preparation">
                <h3>${msg('Vooraf: de voorbereiding')}</h3>
                ${list(preparation())}
              </section>`
            : nothing
        }
        <section part="todo">
          <h3>${msg('Wat er in deze stap gebeurt')}</h3>
          ${list(todo)}
        </section>
        ${
          step === 1
            ? html`<section part="tip" class="tip">
                <h3>${msg('Tip: wens of eis?')}</h3>
                ${list(wishOrDemandTip())}
              </section>`
            : nothing
        }
        <section part="participants">
          <h3>${msg('Gevraagd van de deelnemers')}</h3>
          ${list(participants)}
        </section>
        ${
          facilitator
            ? html`<section part="facilitator">
                <h3>${msg('Gevraagd van jou als facilitator')}</h3>
                ${list(attitude)}
              </section>`
            : nothing
        }
        ${this.#agenda(file.partners.length, step)}
      </div>
    </section>`;
  }

  #agenda(partners: number, current: Step): TemplateResult {
    const agenda = agendaFor(partners);
    return html`<section part="agenda" class="agenda">
      <h3>${agendaHeading(partners)}</h3>
      <ul>
        <li>${msg('Instrument eigen maken (eenmalig):')} ${durationLabel(agenda.familiarise)}</li>
        <li>${msg('Voorbereiding:')} ${durationLabel(agenda.preparation)}</li>
        <li>
          ${msg('Workshop:')} ${durationLabel(agenda.execution)}
          <ol class="steps">
            ${agenda.steps.map(
              ({ step, minutes }) =>
                html`<li class=${step === current ? 'current' : ''}>
                  ${msg(str`Stap ${step}, ${stepLabel(step)}:`)}
                  ${durationLabel(minutes)}${step === current ? html` <strong>${msg('(deze stap)')}</strong>` : nothing}
                </li>`,
            )}
          </ol>
        </li>
        <li>${msg('Nazorg:')} ${durationLabel(agenda.followUp)}</li>
      </ul>
    </section>`;
  }
}
