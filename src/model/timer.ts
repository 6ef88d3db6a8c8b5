import { TIMER, type FlagField, type NumberField, type TimerState } from './schema.js';
import type { Step } from './types.js';

/**
 * The timebox timer that every device of a workshop shows: one timer, for
 * one step at a time, kept in the shared document (see `TIMER` in the
 * schema). These are its rules; the facilitator's device writes what they
 * give with `store.setTimer()`. Times are wall-clock milliseconds, so a
 * device that receives the timer later shows the same time left.
 */

export type { TimerState };

/** How the timer of one step stands at a moment. */
export interface TimerView {
  /** The step it is about. */
  step: Step;
  /** Its length in ms. */
  duration: number;
  /** Ms left; below zero the step runs over its time. */
  left: number;
  /** Started at some point (running, paused, or over time). */
  started: boolean;
  running: boolean;
}

/** Whether `value` is what `field` declares. */
export function fitsTimerField(field: NumberField | FlagField, value: unknown): boolean {
  if (field.type === 'flag') return typeof value === 'boolean';
  return typeof value === 'number' && Number.isFinite(value) && value >= field.min && value <= field.max;
}

/**
 * The timer read from the stored values (`get` reads one by its key), or
 * `undefined` when there is none or what is stored is not a timer: a value of
 * the wrong type or out of range makes no timer rather than a wrong one.
 */
export function readTimer(get: (key: string) => unknown): TimerState | undefined {
  const timer: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(TIMER) as [string, NumberField | FlagField][]) {
    const value = get(key);
    if (value === undefined && (field.type === 'flag' || field.optional)) continue;
    if (!fitsTimerField(field, value)) return undefined;
    timer[key] = value;
  }
  return Object.freeze({ auto: false, ...timer }) as TimerState;
}

/**
 * Ms left on `timer` at `now` (below zero: over time). A start a moment after
 * `now` (devices reckon the server's time to within a few milliseconds) has
 * not begun yet.
 */
export function timeLeft(timer: TimerState, now: number): number {
  const left = timer.left ?? timer.duration;
  return timer.startedAt === undefined ? left : left - Math.max(0, now - timer.startedAt);
}

/**
 * How the timer of `step` stands at `now`: the shared timer when it times
 * that step, else `duration` (the step's minutes in the agenda), not started.
 */
export function timerOf(timer: TimerState | undefined, step: Step, duration: number, now: number): TimerView {
  if (!timer || timer.step !== step) return { step, duration, left: duration, started: false, running: false };
  const started = timer.startedAt !== undefined || timer.left !== undefined;
  return {
    step,
    duration: timer.duration,
    left: timeLeft(timer, now),
    started,
    running: timer.startedAt !== undefined,
  };
}

/** The timer of `step` started (or resumed) at `now`; a timer of another step makes way. */
export function startTimer(timer: TimerState | undefined, step: Step, duration: number, now: number): TimerState {
  const view = timerOf(timer, step, duration, now);
  return { step, duration: view.duration, left: view.left, startedAt: now, auto: timer?.auto ?? false };
}

/** The timer paused at `now`, keeping the time left (or the time over). */
export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.startedAt === undefined) return timer;
  return { step: timer.step, duration: timer.duration, left: timeLeft(timer, now), auto: timer.auto };
}

/** The timer of `step` back at its whole `duration`, not started. */
export function resetTimer(timer: TimerState | undefined, step: Step, duration: number): TimerState {
  return { step, duration, auto: timer?.auto ?? false };
}

/** The timer with "starts with the step" switched on or off. */
export function autoStart(timer: TimerState | undefined, auto: boolean, step: Step, duration: number): TimerState {
  return { ...(timer ?? resetTimer(undefined, step, duration)), auto };
}

/**
 * What the timer becomes when the facilitator moves the workshop to `step`
 * (whose agenda time is `duration`) at `now`: with "starts with the step" on,
 * the new step's timer starts; otherwise a timer running for another step
 * pauses, to be resumed when the workshop comes back to it.
 */
export function timerForStep(
  timer: TimerState | undefined,
  step: Step,
  duration: number,
  now: number,
): TimerState | undefined {
  if (timer?.auto) return { step, duration, startedAt: now, auto: true };
  if (timer && timer.step !== step) return pauseTimer(timer, now);
  return timer;
}
