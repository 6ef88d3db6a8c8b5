import type { Step, WorkshopFile } from './types.js';

const filled = (text: string) => text.trim().length > 0;

/** How far one partner is with filling in its own card (steps 1 and 2). */
export interface PartnerProgress {
  /** Named an own interest (organisation) and an overarching interest (shared). */
  interests: boolean;
  /** Said what it comes to get and what it comes to bring. */
  contributions: boolean;
}

export function partnerProgress(file: WorkshopFile, partnerId: string): PartnerProgress {
  const interests = file.interests.filter((i) => i.partnerId === partnerId && filled(i.text));
  const contributions = file.contributions.filter((c) => c.partnerId === partnerId && filled(c.text));
  return {
    interests: interests.some((i) => i.scope === 'organisation') && interests.some((i) => i.scope === 'shared'),
    contributions:
      contributions.some((c) => c.direction === 'get') && contributions.some((c) => c.direction === 'bring'),
  };
}

/** How far the workshop is with a step: `done` of `total` (partners, or parts). */
export function stepProgress(file: WorkshopFile, step: Step): { done: number; total: number } {
  const partners = file.partners;
  switch (step) {
    case 1:
      return { done: partners.filter((p) => partnerProgress(file, p.id).interests).length, total: partners.length };
    case 2:
      return { done: partners.filter((p) => partnerProgress(file, p.id).contributions).length, total: partners.length };
    case 3: {
      const questions = file.questions;
      return { done: questions.filter((q) => q.answer && filled(q.answer)).length, total: questions.length };
    }
    case 4: {
      const draft = file.ambition.drafts.at(-1);
      return { done: draft ? partners.filter((p) => draft.consent[p.id]).length : 0, total: partners.length };
    }
    case 5: {
      const parts = [file.ambition.statement ?? '', file.followUp.actions.length ? 'x' : '', file.followUp.notes ?? ''];
      return { done: parts.filter(filled).length, total: parts.length };
    }
  }
}
