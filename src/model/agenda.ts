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

const roundTo5 = (minutes: number) => Math.max(5, Math.round(minutes / 5) * 5);

/**
 * The time plan for a number of partners: half an hour for two partners or
 * fewer, ten minutes more per extra partner, at most two hours; plus half an
 * hour each for preparation and follow-up.
 */
export function agendaFor(partners: number): Agenda {
  const execution = Math.min(120, Math.max(30, 30 + 10 * (partners - 2)));
  const steps = ([1, 2, 3, 4, 5] as const).map((step) => ({ step, minutes: roundTo5(execution * SHARE[step]) }));
  return {
    familiarise: 30,
    preparation: 30,
    steps,
    execution: steps.reduce((sum, s) => sum + s.minutes, 0),
    followUp: 30,
  };
}
