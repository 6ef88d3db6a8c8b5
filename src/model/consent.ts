import { ofPartner } from './schema.js';
import type { Draft, Tension, WorkshopFile } from './types.js';

/** Where the consent round on one draft stands. */
export interface ConsentStatus {
  /** Partners that have not responded yet, in the workshop's order. */
  missing: string[];
  /** Partners that object, in the workshop's order. */
  objecting: string[];
  /** Objecting partners that have not said why yet. */
  unexplained: string[];
  /** Whether the draft can be adopted as the shared ambition. */
  adoptable: boolean;
}

/**
 * The consent rule: a draft can be adopted as the shared ambition once it has
 * text and every partner of the workshop agrees with it or can live with it.
 * One objection, or one partner that has not responded, blocks adoption.
 * Responses of partners that are no longer in the workshop do not count.
 */
export function consentStatus(file: Pick<WorkshopFile, 'partners'>, draft: Draft): ConsentStatus {
  const missing: string[] = [];
  const objecting: string[] = [];
  const unexplained: string[] = [];
  for (const { id } of file.partners) {
    const consent = ofPartner(draft.consent, id);
    if (!consent) missing.push(id);
    else if (consent === 'object') {
      objecting.push(id);
      if (!ofPartner(draft.reasons, id)?.trim()) unexplained.push(id);
    }
  }
  const adoptable =
    file.partners.length > 0 && draft.text.trim().length > 0 && missing.length === 0 && objecting.length === 0;
  return { missing, objecting, unexplained, adoptable };
}

/**
 * The tensions that were still open when the shared ambition was adopted, as
 * the adopted draft noted them (only the draft adopted last carries the note),
 * in the workshop's order; none while no ambition is adopted.
 */
export function openAtAdoption(file: Pick<WorkshopFile, 'ambition' | 'tensions'>): Tension[] {
  if (!file.ambition.statement?.trim()) return [];
  const noted = new Set(file.ambition.drafts.flatMap((d) => d.openAtAdoption ?? []));
  return file.tensions.filter((t) => noted.has(t.id));
}
