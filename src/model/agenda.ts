import type { Step } from './types.js';

/** Minutes for one part of the workshop. */
export interface AgendaItem {
  step: Step;
  minutes: number;
}

export interface Agenda {
  /** Getting to know the instrument (once per facilitator). */
  familiarise: number;
  preparation: number;
  /** The workshop itself, split over the five steps. */
  steps: AgendaItem[];
  execution: number;
  followUp: number;
}

/** Share of the workshop's time per step; the exchange and the ambition take most. */
const SHARE: Record<Step, number> = { 1: 0.2, 2: 0.15, 3: 0.3, 4: 0.3, 5: 0.05 };

/** Steps are planned in blocks of five minutes, at least one block each. */
const BLOCK = 5;

/**
 * The time plan for a number of partners: half an hour for two partners or
 * fewer, ten minutes more per extra partner, at most two hours; plus half an
 * hour each for preparation and follow-up.
 */
export function agendaFor(partners: number): Agenda {
  const execution = Math.min(120, Math.max(30, 30 + 10 * (partners - 2)));
  // Split the blocks by share, at least one per step; the blocks left over go
  // to the largest remainders, so the steps add up to the execution exactly.
  const order = [1, 2, 3, 4, 5] as const;
  const exact = order.map((step) => (execution / BLOCK) * SHARE[step]);
  const blocks = exact.map((share) => Math.max(1, Math.floor(share)));
  let left = execution / BLOCK - blocks.reduce((sum, n) => sum + n, 0);
  for (const i of order.map((_, i) => i).sort((a, b) => exact[b] - blocks[b] - (exact[a] - blocks[a]))) {
    if (left <= 0) break;
    blocks[i]++;
    left--;
  }
  return {
    familiarise: 30,
    preparation: 30,
    steps: order.map((step, i) => ({ step, minutes: blocks[i] * BLOCK })),
    execution,
    followUp: 30,
  };
}
