/** The clock a timebox runs on: the real one, or one a test or demo drives. */
export interface TimerClock {
  /** Milliseconds since some fixed moment; never goes back. */
  now(): number;
  /** Calls `tick` every `ms` milliseconds until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
}

/** The browser's clock. */
export const realClock: TimerClock = {
  now: () => performance.now(),
  every: (ms, tick) => {
    const id = setInterval(tick, ms);
    return () => clearInterval(id);
  },
};

/** One step's timebox: the time left when it last stopped, and since when it runs. */
export interface Timebox {
  /** Milliseconds left at `startedAt`, or now when paused. */
  left: number;
  /** When it was started or resumed (clock time); absent while paused. */
  startedAt?: number;
  /** The whole minutes left at the last announcement. */
  mark: number;
}

export const MINUTE = 60_000;

/** Milliseconds left on `box` at clock time `now`. */
export const leftAt = (box: Timebox, now: number): number =>
  box.startedAt === undefined ? box.left : Math.max(0, box.left - (now - box.startedAt));

/** Whole minutes still to go (a started minute counts as one). */
export const minutesLeft = (ms: number): number => Math.ceil(ms / MINUTE);

/** `mm:ss`, rounded up to the second, so it shows 00:00 only when time is up. */
export function clockFace(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}
