import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { agendaHeading, durationLabel, spokenDuration, stepLabel } from '../../i18n/labels.js';
import { agendaFor, type Agenda } from '../../model/agenda.js';
import type { Derived } from '../../model/derived.js';
import type { WorkshopStore } from '../../model/store-api.js';
import type { Step, WorkshopFile } from '../../model/types.js';
import { NaElement, type Slice } from '../base/na-element.js';
import { presenceLine } from '../shared/presence.js';
import { styles } from './ambitie-stappen.styles.js';
import { Ticks, tickingText } from './ticking-text.js';
import { clockFace, leftAt, MINUTE, minutesLeft, realClock, type TimerClock, type Timebox } from './timebox.js';

const STEPS: readonly Step[] = [1, 2, 3, 4, 5];

/** How often a running timer refreshes its face. */
const TICK = 250;

/** "3 van 4 partners klaar", or what each step counts. */
function progressText(file: WorkshopFile, derived: Derived, step: Step): string {
  const { done, total } = derived.stepProgress(step);
  switch (step) {
    case 1:
    case 2:
      return total ? msg(str`${done} van ${total} partners klaar`) : msg('Nog geen partners');
    case 3:
      return total ? msg(str`${done} van ${total} vragen beantwoord`) : msg('Nog geen vragen gesteld');
    case 4:
      return file.ambition.drafts.length
        ? msg(str`${done} van ${total} partners hebben gereageerd`)
        : msg('Nog geen concept');
    case 5:
      return msg(str`${done} van ${total} onderdelen vastgelegd`);
  }
}

/** A time left in words, for screen readers: "12 minuten en 30 seconden". */
const spoken = (ms: number): string => spokenDuration(Math.ceil(ms / 1000));

/**
 * The five steps of the workshop as navigation: the current step, how far
 * each step is (how many partners are done), and the agenda computed from the
 * number of partners. The facilitator moves the workshop from step to step,
 * runs a timebox timer for the current step, and can undo and redo changes.
 * On a partner's device (`role="partner"` on `<netwerk-ambitie>`) the steps
 * are shown but only the facilitator can move them.
 *
 * The timer is kept on this device only: each step has its own, counting down
 * that step's minutes from the agenda. Moving to another step pauses it.
 * It is announced to screen readers when started, paused, reset, at every
 * whole minute and when time is up; never every second.
 *
 * It has no attributes: everything comes from the workshop.
 *
 * @tag ambitie-stappen
 * @summary The five steps with progress, the agenda and a timebox timer per step.
 *
 * @csspart base - The panel around everything.
 * @csspart presence - Who else is connected, in words (only with a sync server).
 * @csspart steps - The navigation with the five steps.
 * @csspart step - One step in the list.
 * @csspart step-current - The current step (also has part `step`).
 * @csspart step-button - The button that moves the workshop to a step (facilitator).
 * @csspart step-progress - How far a step is, in words, with its minutes.
 * @csspart agenda - The time plan: preparation, workshop and follow-up.
 * @csspart timer - The timebox timer of the current step (facilitator).
 * @csspart timer-time - The time left, as `mm:ss`.
 * @csspart timer-button - The start/pause and reset buttons.
 * @csspart history - The undo and redo buttons (facilitator).
 * @csspart note - The explanation on a partner's device that the facilitator moves the steps.
 */
export class AmbitieStappen extends NaElement {
  static override styles = styles;

  /**
   * The clock the timers run on: the browser's by default. Replace it with
   * one that you advance yourself to drive the timers in tests or demos.
   * @internal
   */
  clock: TimerClock = realClock;

  /** The timebox of each step that has been started (absent: untouched). */
  @state() private timers: Partial<Record<Step, Timebox>> = {};

  /** What the polite live region says last. */
  @state() private announcement = '';

  #stopTicking?: () => void;
  /** Moves the running timer's face on, without rendering the steps again. */
  #ticks = new Ticks();
  #step?: Step;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#tickIfRunning();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopTicking?.();
    this.#stopTicking = undefined;
  }

  /** The step, the partners, how far each step is, the session and the history. */
  protected override select(file: WorkshopFile, derived: Derived, store: WorkshopStore): Slice {
    return [
      file.step,
      file.partners,
      file.ambition.drafts.length > 0,
      store.session,
      store.canUndo,
      store.canRedo,
      ...STEPS.flatMap((step) => Object.values(derived.stepProgress(step))),
    ];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const step = this.workshop?.step;
    if (step === undefined || step === this.#step) return;
    const previous = this.#step;
    this.#step = step;
    if (previous === undefined) return;
    // Another step: its own timer takes over; the one left behind waits.
    const box = this.timers[previous];
    if (box?.startedAt !== undefined)
      this.#set(previous, { ...box, left: leftAt(box, this.clock.now()), startedAt: undefined });
    this.#announce(() => msg(str`De workshop is nu bij stap ${step}: ${stepLabel(step)}.`));
  }

  #agenda(): Agenda {
    return agendaFor(this.workshop?.partners.length ?? 0);
  }

  #duration(step: Step): number {
    return this.#agenda().steps[step - 1].minutes * MINUTE;
  }

  #left(step: Step): number {
    const box = this.timers[step];
    return box ? leftAt(box, this.clock.now()) : this.#duration(step);
  }

  #set(step: Step, box: Timebox | undefined): void {
    const timers = { ...this.timers };
    if (box) timers[step] = box;
    else delete timers[step];
    this.timers = timers;
    this.#tickIfRunning();
  }

  #announce(text: () => string): void {
    this.announcement = this.say(text);
  }

  #go(step: Step): void {
    if (this.workshop?.step !== step) this.store?.setStep(step);
  }

  #startOrPause(step: Step): void {
    const box = this.timers[step];
    const left = this.#left(step);
    if (box?.startedAt !== undefined) {
      this.#set(step, { ...box, left, startedAt: undefined });
      this.#announce(() => msg(str`Timer gepauzeerd, nog ${spoken(left)}.`));
    } else if (left > 0) {
      this.#set(step, { left, startedAt: this.clock.now(), mark: minutesLeft(left) });
      this.#announce(() =>
        box
          ? msg(str`Timer loopt weer, nog ${spoken(left)}.`)
          : msg(str`Timer gestart: ${spoken(left)} voor stap ${step}.`),
      );
    }
  }

  #reset(step: Step): void {
    this.#set(step, undefined);
    this.#announce(() => msg(str`Timer teruggezet op ${spoken(this.#duration(step))}.`));
  }

  #tickIfRunning(): void {
    const running = Object.values(this.timers).some((box) => box.startedAt !== undefined);
    if (running && !this.#stopTicking) this.#stopTicking = this.clock.every(TICK, () => this.#tick());
    if (!running && this.#stopTicking) {
      this.#stopTicking();
      this.#stopTicking = undefined;
    }
  }

  #tick(): void {
    const now = this.clock.now();
    for (const step of STEPS) {
      const box = this.timers[step];
      if (box?.startedAt === undefined) continue;
      const left = leftAt(box, now);
      if (left <= 0) {
        this.#set(step, { left: 0, mark: 0 });
        this.#announce(() => msg(str`De tijd voor stap ${step}, ${stepLabel(step)}, is om.`));
      } else if (minutesLeft(left) < box.mark) {
        const minutes = minutesLeft(left);
        this.#set(step, { ...box, mark: minutes });
        this.#announce(() => (minutes === 1 ? msg('Nog 1 minuut.') : msg(str`Nog ${minutes} minuten.`)));
      }
    }
    this.#ticks.tick();
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
          <h2 id="steps-heading">${msg('Stappen van de workshop')}</h2>
          <ol class="steps">
            ${STEPS.map((step) => this.#stepItem(file, step, agenda, facilitator))}
          </ol>
        </nav>
        ${
          facilitator
            ? nothing
            : html`<p part="note" class="note">
                ${msg('De facilitator bepaalt welke stap aan de beurt is; hier zie je waar de workshop is.')}
              </p>`
        }
        <div class="extras">
          ${this.#agendaView(file.partners.length, agenda)} ${facilitator ? this.#timer(file.step) : nothing}
          ${facilitator ? this.#history() : nothing}
        </div>
        ${presenceLine(file, this.store!.session)}
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </div>
    `;
  }

  #stepItem(file: WorkshopFile, step: Step, agenda: Agenda, facilitator: boolean): TemplateResult {
    const current = file.step === step;
    const name = html`<span class="number">${msg(str`Stap ${step}`)}</span>
      <span class="label">${stepLabel(step)}</span>`;
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
        <span>${progressText(file, this.derived!, step)}</span>
      </span>
    </li>`;
  }

  #agendaView(partners: number, agenda: Agenda): TemplateResult {
    return html`<section part="agenda" class="agenda" aria-labelledby="agenda-heading">
      <h3 id="agenda-heading">${agendaHeading(partners)}</h3>
      <ul>
        <li>${msg('Voorbereiding:')} ${durationLabel(agenda.preparation)}</li>
        <li>${msg('Workshop:')} ${durationLabel(agenda.execution)}</li>
        <li>${msg('Nazorg:')} ${durationLabel(agenda.followUp)}</li>
      </ul>
    </section>`;
  }

  #timer(step: Step): TemplateResult {
    const box = this.timers[step];
    const left = this.#left(step);
    const running = box?.startedAt !== undefined;
    const over = left <= 0;
    const startLabel = running ? msg('Pauzeer') : box && !over ? msg('Hervat') : msg('Start');
    return html`<section part="timer" class="timer ${over ? 'over' : ''}" aria-labelledby="timer-heading">
      <h3 id="timer-heading">${msg(str`Timer stap ${step}: ${stepLabel(step)}`)}</h3>
      <p class="face">
        <span class="visually-hidden">${msg('Resterende tijd:')}</span>
        <span part="timer-time" class="time">${tickingText(this.#ticks, () => clockFace(this.#left(step)))}</span>
        ${
          over
            ? html`<span class="over-text">${msg('De tijd is om')}</span>`
            : running
              ? nothing
              : html`<span class="state">${box ? msg('gepauzeerd') : msg('niet gestart')}</span>`
        }
      </p>
      <div class="buttons">
        <button
          part="timer-button"
          class="primary"
          type="button"
          ?disabled=${over}
          @click=${() => this.#startOrPause(step)}
        >
          ${startLabel}
        </button>
        <button part="timer-button" type="button" ?disabled=${!box} @click=${() => this.#reset(step)}>
          ${msg('Terugzetten')}
        </button>
      </div>
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
        ?disabled=${!store.canUndo}
        @click=${() => act(true)}
      >
        ${msg('Ongedaan maken')}
      </button>
      <button type="button" ?disabled=${!store.canRedo} @click=${() => act(false)}>${msg('Opnieuw doen')}</button>
    </div>`;
  }
}
