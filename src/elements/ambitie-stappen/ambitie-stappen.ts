import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { agendaHeading, durationLabel, stepLabel } from '../../i18n/labels.js';
import { agendaFor, type Agenda } from '../../model/agenda.js';
import type { Derived } from '../../model/derived.js';
import type { WorkshopStore } from '../../model/store-api.js';
import type { Step, WorkshopFile } from '../../model/types.js';
import { NaElement } from '../base/na-element.js';
import type { Slice } from '../base/slice.js';
import { Announcer } from '../controllers/announcer.js';
import { presenceLine } from '../shared/presence.js';
import { styles } from './ambitie-stappen.styles.js';
import { iconLabel, StepTimer } from './step-timer.js';
import { MINUTE, realClock, type TimerClock } from './timebox.js';

const STEPS: readonly Step[] = [1, 2, 3, 4, 5];

/** "3 van 4 partners klaar", or what each step counts. */
function progressText(file: WorkshopFile, derived: Derived, step: Step): string {
  const { done, total } = derived.stepProgress(step);
  switch (step) {
    case 1:
    case 2:
      if (!total) return msg('Nog geen partners');
      return total === 1 ? msg(str`${done} van 1 partner klaar`) : msg(str`${done} van ${total} partners klaar`);
    case 3:
      return total ? msg(str`${done} van ${total} vragen beantwoord`) : msg('Nog geen vragen gesteld');
    case 4:
      if (!file.ambition.drafts.length) return msg('Nog geen concept');
      return total === 1
        ? msg(str`${done} van 1 partner heeft gereageerd`)
        : msg(str`${done} van ${total} partners hebben gereageerd`);
    case 5:
      return msg(str`${done} van ${total} onderdelen vastgelegd`);
  }
}

/** How far a step is, in short: "3/4" (the words are given to screen readers). */
function progressShort(derived: Derived, step: Step): string {
  const { done, total } = derived.stepProgress(step);
  return total ? `${done}/${total}` : '–';
}

/**
 * The five steps of the workshop as navigation: the current step, how far
 * each step is (how many partners are done), and the agenda computed from the
 * number of partners. The facilitator moves the workshop from step to step,
 * runs the timebox timer of the current step, and can undo and redo changes.
 * On a partner's device (`role="partner"` on `<netwerk-ambitie>`) the steps
 * and the timer are shown but only the facilitator can change them.
 *
 * The timer is the workshop's, shared by every device through the sync
 * server (the projector too): it counts down the current step's minutes from
 * the agenda and, past zero, counts the time over (`+01:23`, with the words
 * "over tijd"). Moving to another step pauses it, or starts the new step's
 * timer when the facilitator chose so. It is announced to screen readers
 * when started, paused, reset, at every whole minute and once when time is
 * up; never every second. Each device may switch on a short sound at the end.
 *
 * With `compact` the steps, agenda and timer fold into one bar, for the
 * guided workshop on a projected screen.
 *
 * @tag ambitie-stappen
 * @summary The five steps with progress, the agenda and the workshop's shared timebox timer.
 *
 * @csspart base - The panel around everything.
 * @csspart presence - Who else is connected, in words (only with a sync server).
 * @csspart steps - The navigation with the five steps.
 * @csspart step - One step in the list.
 * @csspart step-current - The current step (also has part `step`).
 * @csspart step-button - The button that moves the workshop to a step (facilitator).
 * @csspart step-progress - How far a step is, in words, with its minutes.
 * @csspart agenda - The time plan: preparation, workshop and follow-up.
 * @csspart timer - The timebox timer of the current step.
 * @csspart timer-time - The time left as `mm:ss`, or the time over as `+mm:ss`.
 * @csspart timer-button - The start/pause and reset buttons (facilitator).
 * @csspart timer-settings - The fold with the timer's settings: start with each step (facilitator), sound at the end.
 * @csspart history - The undo and redo buttons (facilitator).
 * @csspart note - The explanation on a partner's device that the facilitator moves the steps.
 *
 * @slot controls - More controls for the bar, after undo and redo (the guided workshop puts its view buttons there).
 */
export class AmbitieStappen extends NaElement {
  static override styles = styles;

  /** Folds the steps, the agenda and the timer into one compact bar (as the guided workshop shows them). */
  @property({ type: Boolean, reflect: true })
  compact = false;

  /**
   * The clock the timer runs on: the browser's by default. Replace it with
   * one that you advance yourself to drive the timer in tests or demos.
   * @internal
   */
  clock: TimerClock = realClock;

  readonly #announcer = new Announcer(this);
  readonly #timer = new StepTimer({
    host: this,
    store: () => this.store,
    step: () => this.workshop?.step,
    duration: (step) => this.#agenda().steps[step - 1].minutes * MINUTE,
    clock: () => this.clock,
    announce: (text) => {
      this.#say.set('timer', text);
      this.requestUpdate();
    },
  });
  /** What to announce with this update: the step, and the timer's latest news (a later minute replaces an earlier one). */
  #say = new Map<'step' | 'timer', () => string>();
  #step?: Step;

  /** The step, the partners, how far each step is, the session, the history and the shared timer. */
  protected override select(file: WorkshopFile, derived: Derived, store: WorkshopStore): Slice {
    return [
      file.step,
      file.partners,
      file.ambition.drafts.length > 0,
      store.session,
      store.canUndo,
      store.canRedo,
      store.timer,
      ...STEPS.flatMap((step) => Object.values(derived.stepProgress(step))),
    ];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const step = this.workshop?.step;
    if (step !== undefined && step !== this.#step) {
      const first = this.#step === undefined;
      this.#step = step;
      if (!first) this.#say.set('step', () => msg(str`De workshop is nu bij stap ${step}: ${stepLabel(step)}.`));
    }
    this.#timer.follow();
    this.#flush();
  }

  /** Says what this update brought, in one message. */
  #flush(): void {
    const said = [...this.#say.values()];
    this.#say.clear();
    if (said.length) this.#announcer.announce(said.map((text) => this.say(text)).join(' '));
  }

  #agenda(): Agenda {
    return agendaFor(this.workshop?.partners.length ?? 0);
  }

  #go(step: Step): void {
    const store = this.store;
    if (!store || this.workshop?.step === step) return;
    store.batch(() => {
      store.setStep(step);
      store.setTimer(this.#timer.forStep(step));
    });
  }

  protected override render(): TemplateResult {
    const file = this.workshop;
    if (!file)
      return html`<p part="base" class="base panel">
        ${msg('De stappen werken alleen binnen een <netwerk-ambitie>-element.')}
      </p>`;
    const facilitator = this.store!.session.role === 'facilitator';
    const agenda = this.#agenda();
    return html`
      <div part="base" class="base panel">
        <nav part="steps" aria-labelledby="steps-heading">
          <h2 id="steps-heading" class=${this.compact ? 'visually-hidden' : ''}>${msg('Stappen van de workshop')}</h2>
          <ol class="steps">
            ${STEPS.map((step) => this.#stepItem(file, step, agenda, facilitator))}
          </ol>
          ${
            this.compact
              ? html`<p class="now-line" aria-hidden="true">
                  <strong>${msg(str`Stap ${file.step}`)}: ${stepLabel(file.step)}</strong>
                  <span>${durationLabel(agenda.steps[file.step - 1].minutes)}</span>
                  <span>${progressShort(this.derived!, file.step)}</span>
                </p>`
              : nothing
          }
        </nav>
        ${
          facilitator
            ? nothing
            : html`<p part="note" class="note">
                ${msg('De facilitator bepaalt welke stap aan de beurt is; hier zie je waar de workshop is.')}
              </p>`
        }
        <div class="extras">
          ${this.#agendaView(file.partners.length, agenda)} ${this.#timer.render(facilitator, this.compact)}
          ${facilitator ? this.#history() : nothing}
          <slot name="controls"></slot>
        </div>
        ${presenceLine(file, this.store!.session)}
        <p class="visually-hidden" role="status">${this.#announcer.text}</p>
      </div>
    `;
  }

  #stepItem(file: WorkshopFile, step: Step, agenda: Agenda, facilitator: boolean): TemplateResult {
    const current = file.step === step;
    const name = this.compact
      ? html`<span class="visually-hidden">${msg(str`Stap ${step}`)}</span>
          <span class="badge" aria-hidden="true">${step}</span> <span class="label">${stepLabel(step)}</span>`
      : html`<span class="number">${msg(str`Stap ${step}`)}</span> <span class="label">${stepLabel(step)}</span>`;
    return html`<li part=${current ? 'step step-current' : 'step'} class="step ${current ? 'current' : ''}">
      ${
        facilitator
          ? html`<button
              part="step-button"
              type="button"
              aria-current=${ifDefined(current ? 'step' : undefined)}
              @click=${() => this.#go(step)}
            >
              ${name}
            </button>`
          : html`<span class="name" aria-current=${ifDefined(current ? 'step' : undefined)}>${name}</span>`
      }
      ${current ? html`<span class="now" aria-hidden="true">${msg('Nu bezig')}</span>` : nothing}
      <span part="step-progress" class="meta">
        <span>${durationLabel(agenda.steps[step - 1].minutes)}</span>
        <span class=${this.compact ? 'visually-hidden' : ''}>${progressText(file, this.derived!, step)}</span>
        ${this.compact ? html`<span aria-hidden="true">${progressShort(this.derived!, step)}</span>` : nothing}
      </span>
    </li>`;
  }

  #agendaView(partners: number, agenda: Agenda): TemplateResult {
    const plan = html`<ul>
      <li>${msg('Voorbereiding:')} ${durationLabel(agenda.preparation)}</li>
      <li>${msg('Workshop:')} ${durationLabel(agenda.execution)}</li>
      <li>${msg('Nazorg:')} ${durationLabel(agenda.followUp)}</li>
    </ul>`;
    return this.compact
      ? html`<details part="agenda" class="agenda">
          <summary>${agendaHeading(partners)}</summary>
          <div class="popover">${plan}</div>
        </details>`
      : html`<section part="agenda" class="agenda" aria-labelledby="agenda-heading">
          <h3 id="agenda-heading">${agendaHeading(partners)}</h3>
          ${plan}
        </section>`;
  }

  #history(): TemplateResult {
    const store = this.store!;
    const act = async (undo: boolean) => {
      if (undo) store.undo();
      else store.redo();
      await this.updateComplete;
      // A button that just became disabled loses focus; hand it to the other one.
      const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('[part="history"] button');
      const [used, other] = undo ? [buttons[0], buttons[1]] : [buttons[1], buttons[0]];
      if (used?.disabled && !other?.disabled) other?.focus();
    };
    return html`<div part="history" class="history" role="group" aria-label=${msg('Wijzigingen')}>
      <button
        type="button"
        aria-label=${msg('Laatste wijziging ongedaan maken')}
        aria-keyshortcuts="Control+Z Meta+Z"
        ?disabled=${!store.canUndo}
        @click=${() => act(true)}
      >
        ${iconLabel('↶', msg('Ongedaan maken'), this.compact)}
      </button>
      <button
        type="button"
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        ?disabled=${!store.canRedo}
        @click=${() => act(false)}
      >
        ${iconLabel('↷', msg('Opnieuw doen'), this.compact)}
      </button>
    </div>`;
  }
}
