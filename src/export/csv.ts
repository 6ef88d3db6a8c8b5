import { msg } from '@lit/localize';
import { directionLabel, kindLabel, scopeLabel } from '../i18n/labels.js';
import type { WorkshopFile } from '../model/types.js';

/**
 * What a spreadsheet may read as the start of a formula: `=`, `+`, `-` or `@`
 * (also in fullwidth form, which some spreadsheets take as the sign itself),
 * after any white space (a space, a no-break space, a tab or a line break); or
 * a tab or carriage return at the very start.
 */
const FORMULA = /^(?:\s*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r])/;

/**
 * One CSV cell: quoted when it holds a separator, quote or line break, and
 * with a leading apostrophe when a spreadsheet would read it as a formula.
 */
export function csvCell(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const row = (cells: readonly string[]) => cells.map(csvCell).join(',');

/**
 * The workshop as CSV (RFC 4180, CRLF line ends): one row per interest and
 * per contribution, with the partner, what kind of item it is, and its text.
 */
export function toCsv(file: WorkshopFile): string {
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
    ]),
  ];
  const order = new Map(file.partners.map((p, i) => [p.id, i]));
  const byPartner = <T extends { partnerId: string }>(items: readonly T[]) =>
    [...items].sort((a, b) => (order.get(a.partnerId) ?? 0) - (order.get(b.partnerId) ?? 0));
  for (const interest of byPartner(file.interests))
    rows.push(
      row([
        partnerName.get(interest.partnerId) ?? '',
        msg('Belang'),
        scopeLabel(interest.scope),
        kindLabel(interest.kind),
        interest.text,
        interest.motivation ?? '',
        (interest.themes ?? []).join('; '),
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
      ]),
    );
  return rows.join('\r\n') + '\r\n';
}
