import type { TimerClock } from '../../src/elements/ambitie-stappen/timebox.js';

/**
 * A clock that only moves when the test says so, ticking like the real one
 * every 250 ms. It starts at `start` (wall-clock ms); give one clock to every
 * device of a test, as devices share the time of day.
 */
export function fakeClock(start = 0): TimerClock & { advance(ms: number): void; readonly ticking: boolean } {
  let time = start;
  const ticks = new Set<() => void>();
  return {
    now: () => time,
    every(_ms, tick) {
      ticks.add(tick);
      return () => ticks.delete(tick);
    },
    advance(ms) {
      for (let passed = 0; passed < ms; passed += 250) {
        time += Math.min(250, ms - passed);
        ticks.forEach((tick) => tick());
      }
    },
    get ticking() {
      return ticks.size > 0;
    },
  };
}
