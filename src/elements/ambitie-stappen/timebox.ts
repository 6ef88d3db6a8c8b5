/** The clock the timer runs on: the real one, or one a test or demo drives. */
export interface TimerClock {
  /** Wall-clock milliseconds since 1970, as every device of the workshop counts them. */
  now(): number;
  /** Calls `tick` every `ms` milliseconds until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
}

/** The browser's clock. */
export const realClock: TimerClock = {
  now: () => Date.now(),
  every: (ms, tick) => {
    const id = setInterval(tick, ms);
    return () => clearInterval(id);
  },
};

export const MINUTE = 60_000;

/** Whole minutes still to go (a started minute counts as one). */
export const minutesLeft = (ms: number): number => Math.ceil(ms / MINUTE);

/** Whole seconds over time, for `left` below zero. */
const secondsOver = (left: number): number => Math.floor(-left / 1000);

const pad = (n: number) => String(n).padStart(2, '0');
const face = (seconds: number) => `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;

/**
 * The time left as `mm:ss`, rounded up to the second, so it shows 00:00 only
 * when time is up; over time, the time over with a plus: `+01:23`.
 */
export function clockFace(left: number): string {
  if (left > 0) return face(Math.ceil(left / 1000));
  const over = secondsOver(left);
  return over ? `+${face(over)}` : face(0);
}
