import { msg, str } from '@lit/localize';
import type { AmbitionPart, Consent, Direction, Kind, Scope, Step } from '../model/types.js';

// Names of the workshop's fixed vocabulary, shared by the elements and the
// exports so that a word means the same everywhere. Call them while rendering
// (or inside `inLanguage`) to get the element's language.

export const scopeLabel = (scope: Scope): string =>
  ({
    organisation: msg('Eigen belang (organisatie)'),
    personal: msg('Persoonlijk belang'),
    shared: msg('Overkoepelend belang'),
  })[scope];

export const kindLabel = (kind: Kind): string => ({ wish: msg('Wens'), demand: msg('Eis') })[kind];

export const kindHint = (kind: Kind): string =>
  ({ wish: msg('onderhandelbaar'), demand: msg('niet onderhandelbaar') })[kind];

export const directionLabel = (direction: Direction): string =>
  ({ get: msg('Komt halen'), bring: msg('Komt brengen') })[direction];

export const consentLabel = (consent: Consent): string =>
  ({ agree: msg('Eens'), 'can-live-with': msg('Kan ermee leven'), object: msg('Bezwaar') })[consent];

export const ambitionPartLabel = (part: AmbitionPart): string =>
  ({
    problem: msg('Het gedeelde probleem'),
    solution: msg('De duurzame oplossing'),
    opportunities: msg('De kansen'),
    form: msg('De beoogde vorm van samenwerking'),
  })[part];

export const stepLabel = (step: Step): string =>
  ({
    1: msg('Belangen'),
    2: msg('Halen en brengen'),
    3: msg('Uitwisselen'),
    4: msg('Gedeelde ambitie'),
    5: msg('Vastleggen en vervolg'),
  })[step];

export const aspirantLabel = (): string => msg('aspirant-partner');

/** A number of partners: `1 partner`, `3 partners`. */
export const partnersLabel = (count: number): string => (count === 1 ? msg('1 partner') : msg(str`${count} partners`));

/** Two parts of a length of time: `1 uur en 20 minuten`. */
const andLabel = (first: string, second: string): string => msg(str`${first} en ${second}`);

/** Seconds in words: `1 seconde`, `30 seconden`. */
export const secondsLabel = (seconds: number): string =>
  seconds === 1 ? msg('1 seconde') : msg(str`${seconds} seconden`);

/** A length of time in words: `45 minuten`, `1 uur`, `1 uur en 1 minuut`. */
export const durationLabel = (minutes: number): string => {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const restLabel = rest === 1 ? msg('1 minuut') : msg(str`${rest} minuten`);
  if (!hours) return restLabel;
  const hoursLabel = hours === 1 ? msg('1 uur') : msg(str`${hours} uur`);
  return rest ? andLabel(hoursLabel, restLabel) : hoursLabel;
};

/** A length of time in words down to the second: `12 minuten en 30 seconden`. */
export const spokenDuration = (seconds: number): string => {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (!rest) return durationLabel(minutes);
  return minutes ? andLabel(durationLabel(minutes), secondsLabel(rest)) : secondsLabel(rest);
};

/** The heading of the time plan of a workshop with `partners` partners. */
export const agendaHeading = (partners: number): string =>
  partners === 0
    ? msg('Tijdsplanning (nog zonder partners)')
    : partners === 1
      ? msg('Tijdsplanning voor 1 partner')
      : msg(str`Tijdsplanning voor ${partners} partners`);
