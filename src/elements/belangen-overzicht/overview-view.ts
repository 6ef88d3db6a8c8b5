import { msg } from '@lit/localize';
import { directionLabel, scopeLabel } from '../../i18n/labels.js';
import {
  isInterest,
  type Contribution,
  type Interest,
  type Item,
  type Partner,
  type Question,
  type Tension,
  type WorkshopFile,
} from '../../model/types.js';
import type { SectionHost } from '../base/na-element.js';
import { partnerName } from '../shared/partner-choice.js';

/** What the overview lends its sections: its workshop, language, live region and focus. */
export interface OverviewHost extends SectionHost {
  announce(text: () => string): void;
  focus(selector: string): void;
}

/** A tension together with its number in the list ("Spanning 2"). */
export interface NumberedTension {
  tension: Tension;
  number: number;
}

/** Everything one render of the revealed cards needs, looked up once instead of per item. */
export interface View {
  facilitator: boolean;
  marking: boolean;
  items: Map<string, Item>;
  partners: Map<string, Partner>;
  interests: Map<string, Interest[]>;
  contributions: Map<string, Contribution[]>;
  questions: Map<string, Question[]>;
  tensions: Map<string, NumberedTension[]>;
}

export const filled = (text: string | undefined): text is string => !!text && text.trim().length > 0;

/** A long text cut short for use inside an accessible name. */
export const short = (text: string, max = 60): string => {
  const clean = text.trim().replace(/\s+/g, ' ');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
};

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Looks up, once per render, the items, questions and tensions of every partner. */
export function viewOf(file: WorkshopFile, facilitator: boolean, marking: boolean): View {
  const view: View = {
    facilitator,
    marking: facilitator && marking,
    items: new Map(),
    partners: new Map(file.partners.map((p) => [p.id, p])),
    interests: new Map(),
    contributions: new Map(),
    questions: new Map(),
    tensions: new Map(),
  };
  for (const interest of file.interests) {
    view.items.set(interest.id, interest);
    if (filled(interest.text)) push(view.interests, interest.partnerId, interest);
  }
  for (const contribution of file.contributions) {
    view.items.set(contribution.id, contribution);
    if (filled(contribution.text)) push(view.contributions, contribution.partnerId, contribution);
  }
  for (const question of file.questions) push(view.questions, question.itemId, question);
  file.tensions.forEach((tension, index) => {
    const numbered = { tension, number: index + 1 };
    for (const id of new Set(tension.itemIds)) push(view.tensions, id, numbered);
  });
  return view;
}

/** An item in words: whose, where on the card, and its text. */
export function itemName(item: Item, view: View): string {
  const partner = partnerName(view.partners.get(item.partnerId));
  const where = isInterest(item) ? scopeLabel(item.scope) : directionLabel(item.direction);
  return `${partner} – ${where}: ${item.text.trim() || msg('(zonder tekst)')}`;
}
