import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { spokenDuration, stepLabel } from '../../i18n/labels.js';
import type { WorkshopStore } from '../../model/store-api.js';
import {
  autoStart,
  pauseTimer,
  resetTimer,
  startTimer,
  timerForStep,
  timerOf,
  type TimerState,
  type TimerView,
} from '../../model/timer.js';
import type { Step } from '../../model/types.js';
import { beep, readySound, setSound, soundOn } from './sound.js';
import { Ticks, tickingText } from './ticking-text.js';
import { clockFace, minutesLeft, type TimerClock } from './timebox.js';

/** How often a running timer refreshes its face. */
const TICK = 250;

/** A time in words, for screen readers: "12 minuten en 30 seconden". */
const spoken = (ms: number): string => spokenDuration(Math.ceil(Math.abs(ms) / 1000));

/** A button's text: `label`, or in a compact bar `icon` with `label` for screen readers. */
export const iconLabel = (icon: string, label: string, compact: boolean): TemplateResult =>
  compact
    ? html`<span class="icon" aria-hidden="true">${icon}</span><span class="visually-hidden">${label}</span>`
    : html`${label}`;

/** What the timer needs from the element that shows it. */
export interface TimerHost {
  readonly host: ReactiveControllerHost;
  store(): WorkshopStore | undefined;
  /** The step the workshop is at. */
  step(): Step | undefined;
  /** The minutes of `step` in the agenda, in ms. */
  duration(step: Step): number;
  clock(): TimerClock;
  /** Says `text` politely to screen readers (made in the element's language). */
  announce(text: () => string): void;
}

/**
 * The timebox timer of the current step, as every device of the workshop
 * shows it: the shared timer (`store.timer`) counting down, and past zero
 * counting the time over (`+01:23`). The facilitator starts, pauses and resets
 * it and chooses whether it starts with the step; every device may switch on a
 * sound at the end. Changes are said politely on every device (started,
 * paused, reset, each whole minute, and time up, once); a running timer
 * refreshes only its face.
 */
export class StepTimer implements ReactiveController {
  readonly #ticks = new Ticks();
  #stopTicking?: () => void;
  /** The shared timer as last seen, and for which step. */
  #seen?: { timer: TimerState | undefined; step: Step | undefined };
  /** Whole minutes left when last said. */
  #mark?: number;
  /** Time up was said (or found already up) for the current run. */
  #over = false;
  #sound = soundOn();

  constructor(private readonly timer: TimerHost) {
    timer.host.addController(this);
  }

  hostDisconnected(): void {
    this.#stopTicking?.();
    this.#stopTicking = undefined;
  }

  hostConnected(): void {
    this.follow();
  }

  /** Now, on the sync server's clock when the workshop is synced (as every device counts the timer), else on this device's. */
  #now(): number {
    return this.timer.clock().now() + (this.timer.store()?.session.clockOffset ?? 0);
  }

  /** How the current step's timer stands now. */
  view(): TimerView | undefined {
    const step = this.timer.step();
    return step === undefined
      ? undefined
      : timerOf(this.timer.store()?.timer, step, this.timer.duration(step), this.#now());
  }

  /**
   * Takes in the shared timer after a change (call before rendering): says
   * what changed for the current step, and ticks while it runs.
   */
  follow(): void {
    const timer = this.timer.store()?.timer;
    const step = this.timer.step();
    const seen = this.#seen;
    this.#seen = { timer, step };
    const view = this.view();
    if (!seen || seen.timer !== timer || seen.step !== step) {
      this.#mark = view?.running && view.left > 0 ? minutesLeft(view.left) : undefined;
      this.#over = !!view && view.started && view.left <= 0;
      // A change of the timer, not of the step alone (the workshop moving on pauses a timer without a word).
      if (seen && seen.timer !== timer && view) this.#say(seen.timer, view);
    }
    const running = !!view?.running;
    if (running && !this.#stopTicking) this.#stopTicking = this.timer.clock().every(TICK, () => this.#tick());
    if (!running && this.#stopTicking) {
      this.#stopTicking();
      this.#stopTicking = undefined;
    }
  }

  /** Says what became of the current step's timer since `before`. */
  #say(before: TimerState | undefined, now: TimerView): void {
    const was = timerOf(before, now.step, now.duration, this.#now());
    const left = (view: TimerView) =>
      view.left < 0 ? msg(str`${spoken(view.left)} over tijd`) : msg(str`nog ${spoken(view.left)}`);
    if (now.running && !was.running)
      this.timer.announce(() =>
        was.started
          ? msg(str`Timer loopt weer, ${left(now)}.`)
          : msg(str`Timer gestart: ${spoken(now.left)} voor stap ${now.step}.`),
      );
    else if (!now.started && was.started)
      this.timer.announce(() => msg(str`Timer teruggezet op ${spoken(now.duration)}.`));
    else if (!now.running && was.running) this.timer.announce(() => msg(str`Timer gepauzeerd, ${left(now)}.`));
  }

  #tick(): void {
    const view = this.view();
    if (!view?.running) return;
    if (view.left > 0) {
      const minutes = minutesLeft(view.left);
      if (this.#mark !== undefined && minutes < this.#mark)
        this.timer.announce(() => (minutes === 1 ? msg('Nog 1 minuut.') : msg(str`Nog ${minutes} minuten.`)));
      this.#mark = minutes;
    } else if (!this.#over) {
      this.#over = true;
      this.timer.announce(() =>
        msg(str`De tijd voor stap ${view.step}, ${stepLabel(view.step)}, is om. De timer telt de extra tijd.`),
      );
      if (this.#sound) beep();
      this.timer.host.requestUpdate();
    }
    this.#ticks.tick();
  }

  // ---- the facilitator's controls ----

  #set(change: (timer: TimerState | undefined, view: TimerView, now: number) => TimerState | undefined): void {
    const store = this.timer.store();
    const view = this.view();
    if (!store || !view) return;
    store.setTimer(change(store.timer, view, this.#now()));
  }

  #startOrPause(): void {
    if (this.#sound) readySound();
    this.#set((timer, view, now) =>
      view.running && timer ? pauseTimer(timer, now) : startTimer(timer, view.step, view.duration, now),
    );
  }

  #reset(): void {
    this.#set((timer, view) => resetTimer(timer, view.step, view.duration));
  }

  #auto(event: Event): void {
    const auto = (event.target as HTMLInputElement).checked;
    this.#set((timer, view) => autoStart(timer, auto, view.step, view.duration));
  }

  #toggleSound(event: Event): void {
    this.#sound = (event.target as HTMLInputElement).checked;
    setSound(this.#sound);
    this.timer.host.requestUpdate();
  }

  /**
   * What the shared timer becomes when the facilitator moves the workshop to
   * `step`: it pauses, or starts the new step's timer when so set.
   */
  forStep(step: Step): TimerState | undefined {
    const store = this.timer.store();
    return timerForStep(store?.timer, step, this.timer.duration(step), this.#now());
  }

  // ---- rendering ----

  render(facilitator: boolean, compact: boolean): TemplateResult | typeof nothing {
    const view = this.view();
    if (!view) return nothing;
    const over = view.started && view.left <= 0;
    const startLabel = view.running ? msg('Pauzeer') : view.started ? msg('Hervat') : msg('Start');
    const state = over
      ? html`<span class="over-text">${msg('over tijd')}</span>`
      : view.running
        ? nothing
        : html`<span class="state">${view.started ? msg('gepauzeerd') : msg('niet gestart')}</span>`;
    return html`<section part="timer" class="timer ${over ? 'over' : ''}" aria-labelledby="timer-heading">
      <h3 id="timer-heading" class=${compact ? 'visually-hidden' : ''}>
        ${msg(str`Timer stap ${view.step}: ${stepLabel(view.step)}`)}
      </h3>
      <p class="face">
        <span class="visually-hidden">${over ? msg('Over tijd:') : msg('Resterende tijd:')}</span>
        <span part="timer-time" class="time">${tickingText(this.#ticks, () => this.#face())}</span>
        ${state}
      </p>
      <div class="buttons">
        ${
          facilitator
            ? html`<button part="timer-button" class="primary" type="button" @click=${() => this.#startOrPause()}>
                  ${startLabel}
                </button>
                <button part="timer-button" type="button" ?disabled=${!view.started} @click=${() => this.#reset()}>
                  ${iconLabel('↺', msg('Terugzetten'), compact)}
                </button>`
            : nothing
        }
        <details part="timer-settings" class="settings">
          <summary>${iconLabel('⚙', msg('Timerinstellingen'), compact)}</summary>
          <div class="popover">
            ${
              facilitator
                ? html`<label>
                    <input
                      type="checkbox"
                      .checked=${!!this.timer.store()?.timer?.auto}
                      @change=${(e: Event) => this.#auto(e)}
                    />
                    ${msg('Start bij elke stap')}
                  </label>`
                : nothing
            }
            <label>
              <input type="checkbox" .checked=${this.#sound} @change=${(e: Event) => this.#toggleSound(e)} />
              ${msg('Geluid als de tijd om is (op dit apparaat)')}
            </label>
          </div>
        </details>
      </div>
    </section>`;
  }

  #face(): string {
    const view = this.view();
    return view ? clockFace(view.left) : '';
  }
}
