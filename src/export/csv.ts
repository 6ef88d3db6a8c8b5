import { msg } from '@lit/localize';
import { directionLabel, kindLabel, scopeLabel } from '../i18n/labels.js';
import type { Language } from '../i18n/locale.js';
import { confirmedIn } from '../model/matches.js';
import type { Contribution, WorkshopFile } from '../model/types.js';

/**
 * What a spreadsheet may read as the start of a formula: `=`, `+`, `-` or `@`
 * (also in fullwidth form, which some spreadsheets take as the sign itself),
 * after any white space (a space, a no-break space, a tab or a line break); or
 * a tab or carriage return at the very start.
 */
const FORMULA = /^(?:\s*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r])/;

/**
 * The separator a spreadsheet expects in a language: Dutch spreadsheets (a
 * decimal comma) separate with `;`, English ones with `,`. No `sep=` line
 * says so in the file: Excel reads that line, but then ignores the byte order
 * mark that tells it the file is UTF-8, and accents break.
 */
export const csvSeparator = (language: Language): ';' | ',' => (language === 'nl' ? ';' : ',');

/**
 * One CSV cell: quoted when it holds a separator (`,` or `;`), quote or line
 * break, and with a leading apostrophe when a spreadsheet would read it as a formula.
 */
export function csvCell(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The workshop as CSV (RFC 4180, CRLF line ends, cells separated by
 * `separator`): one row per interest and per contribution, with the partner,
 * what kind of item it is, its text, and for a contribution what it is
 * confirmed to meet (the brings that meet a get, the gets a bring meets).
 */
export function toCsv(file: WorkshopFile, separator: ';' | ',' = ','): string {
  const row = (cells: readonly string[]) => cells.map(csvCell).join(separator);
  const partnerName = new Map(file.partners.map((p) => [p.id, p.name]));
  const rows = [
    row([
      msg('Partner'),
      msg('Soort'),
      msg('Niveau of richting'),
      msg('Wens of eis'),
      msg('Tekst'),
      msg('Waarom'),
      msg('Thema’s'),
      msg('Bevestigde koppelingen'),
    ]),
  ];
  const matched = new Map<string, string[]>();
  const note = (id: string, other: Contribution) =>
    matched.set(id, [...(matched.get(id) ?? []), `${partnerName.get(other.partnerId) ?? ''}: ${other.text}`]);
  for (const { get, bring } of confirmedIn(file)) {
    note(get.id, bring);
    note(bring.id, get);
  }
  const order = new Map(file.partners.map((p, i) => [p.id, i]));
  const byPartner = <T extends { partnerId: string }>(items: readonly T[]) =>
    [...items].sort((a, b) => (order.get(a.partnerId) ?? 0) - (order.get(b.partnerId) ?? 0));
  for (const interest of byPartner(file.interests))
    rows.push(
      row([
        partnerName.get(interest.partnerId) ?? '',
        msg('Belang'),
        scopeLabel(interest.scope),
        interest.kind ? kindLabel(interest.kind) : '',
        interest.text,
        interest.motivation ?? '',
        (interest.themes ?? []).join('; '),
        '',
      ]),
    );
  for (const contribution of byPartner(file.contributions))
    rows.push(
      row([
        partnerName.get(contribution.partnerId) ?? '',
        msg('Bijdrage'),
        directionLabel(contribution.direction),
        '',
        contribution.text,
        '',
        (contribution.themes ?? []).join('; '),
        (matched.get(contribution.id) ?? []).join('\n'),
      ]),
    );
  return rows.join('\r\n') + '\r\n';
}
