import { msg } from '@lit/localize';
import type { Direction } from '../../model/types.js';

/** The question that heads the list of what a partner comes to get, or to bring. */
export const listQuestion = (direction: Direction): string =>
  ({ get: msg('Wat komen we halen?'), bring: msg('Wat komen we brengen?') })[direction];

/** What each list asks for. */
export const listHint = (direction: Direction): string =>
  ({
    get: msg('Wat wil jouw organisatie uit de samenwerking halen: kennis, contacten, capaciteit, signalen?'),
    bring: msg('Wat brengt jouw organisatie in: mensen, tijd, geld, ruimte, expertise, een netwerk?'),
  })[direction];
