import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { aspirantLabel } from '../../i18n/labels.js';
import type { Language } from '../../i18n/locale.js';
import type { Partner, WorkshopFile } from '../../model/types.js';

/* The small pieces every section of the record uses. */

const DATE_LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** User text, always as text, keeping its line breaks. */
export const userText = (value: string): TemplateResult => html`<span class="user">${value}</span>`;

/** A date (`YYYY-MM-DD`) or moment (ISO) in words; a date it cannot read is shown as written, a moment not at all. */
export function formatDate(value: string | undefined, withTime: boolean, language: Language): string | undefined {
  if (!value) return undefined;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00` : value);
  if (Number.isNaN(date.getTime())) return withTime ? undefined : value;
  return new Intl.DateTimeFormat(DATE_LOCALE[language], {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(date);
}

/** The name of the partner with id `owner`, or "nobody yet". */
export function ownerName(file: WorkshopFile, owner: string | undefined): string {
  return file.partners.find((p) => p.id === owner)?.name ?? msg('nog niemand');
}

export function partnerLabel(partner: Partner): TemplateResult {
  return html`${userText(partner.name)}${
    partner.aspirant ? html` <span class="aspirant">(${aspirantLabel()})</span>` : nothing
  }`;
}

export function empty(text = msg('Nog niets ingevuld.')): TemplateResult {
  return html`<p class="empty">${text}</p>`;
}

export function themeLine(themes: readonly string[] | undefined): TemplateResult | typeof nothing {
  return themes?.length
    ? html`<p class="detail"><span class="detail-label">${msg('Thema’s')}:</span> ${userText(themes.join(', '))}</p>`
    : nothing;
}
