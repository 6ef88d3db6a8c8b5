import type { Session } from './store-api.js';

/** What this device may do, by its role and partner (the sync server holds every device to the same rules). */
export interface Permissions {
  /**
   * The facilitator leads: steps, reveal, partner list, title, ambition texts,
   * drafts (and adopting one), actions, and the common ground (confirming or
   * dismissing get/bring matches and theme suggestions).
   */
  readonly lead: boolean;
  /** Whether this device may change the card (interests, contributions) of `partnerId`. */
  editCard(partnerId: string): boolean;
  /** Whether this device may respond to a draft for `partnerId`. */
  respondFor(partnerId: string): boolean;
}

/** What a device with `session` may do in the workshop. */
export function permissions({ role, partner }: Pick<Session, 'role' | 'partner'>): Permissions {
  const lead = role !== 'partner';
  const own = (partnerId: string) => lead || partner === partnerId;
  return { lead, editCard: own, respondFor: own };
}
