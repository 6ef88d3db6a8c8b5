import { msg, str } from '@lit/localize';
import {
  ambitionPartLabel,
  aspirantLabel,
  consentLabel,
  directionLabel,
  kindHint,
  kindLabel,
  scopeLabel,
} from '../i18n/labels.js';
import {
  AMBITION_PARTS,
  DIRECTIONS,
  SCOPES,
  type Action,
  type Item,
  type Partner,
  type WorkshopFile,
} from '../model/types.js';
import { openAtAdoption } from '../model/consent.js';
import { confirmedIn } from '../model/matches.js';
import { ofPartner } from '../model/schema.js';
import { handoffColumns, handoffIntro } from './handoff.js';

/**
 * User text made inert, with a backslash only where Markdown needs one, so
 * the file stays readable as plain text (`op. 5` stays `op. 5`): no Markdown
 * or HTML in it takes effect, and no typed web or e-mail address becomes a
 * link. Escaped everywhere: `\\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `|`, `~`
 * and `$` (emphasis, code, links, HTML, tables, strikethrough, maths), `&`
 * before an entity (`&amp;`), `@` before a name (a mention, an e-mail
 * address), and `.` between a word and a letter and `:` before `//` or after
 * `mailto` and `xmpp` (renderers that link bare addresses, GitHub's and
 * markdown-it's linkify, look for them within one run of text, and an escape
 * ends that run). At the start of a line only: what would start a block (a
 * heading `#`, a quote `>`, a list `-`, `+` or `1.`, a setext underline `=`).
 * Spaces at the start of a line are left out (they would make code), and
 * line breaks stay, as hard breaks followed by `indent`.
 */
export function escapeMarkdown(text: string, indent = '  '): string {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^[ \t]+/, '')
        .replace(/[\\`*_[\]<|~$]/g, '\\$&')
        .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
        .replace(/@(?=[\p{L}\p{N}_])/gu, '\\@')
        .replace(/(?<=[\p{L}\p{N}])\.(?=\p{L})/gu, '\\.')
        .replace(/:(?=\/\/)|(?<=\b(?:mailto|xmpp)):/gi, '\\:')
        .replace(/^([#>=+-])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .join(`  \n${indent}`);
}

/** User text for a heading, which must stay on one line and keep a closing `#` (`Team #`) as text. */
const escapeHeading = (text: string) => escapeMarkdown(text.replace(/\s*\r?\n\s*/g, ' ')).replace(/(?<=\s)#/g, '\\#');

/**
 * A due date as the record shows it: a calendar date (`2026-12-01`) in words
 * in the language of the record, any other text escaped as it was typed.
 */
function dueDate(value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : undefined;
  return date && !Number.isNaN(date.getTime())
    ? new Intl.DateTimeFormat(msg('nl-NL'), { dateStyle: 'long' }).format(date)
    : escapeMarkdown(value);
}

const list = (lines: readonly string[], empty: string) =>
  lines.length ? lines.map((line) => `- ${line}`).join('\n') : `_${empty}_`;

/** The record of the workshop as Markdown, readable on its own. */
export function toMarkdown(file: WorkshopFile): string {
  const e = escapeMarkdown;
  const partnerName = (id?: string) => e(file.partners.find((p) => p.id === id)?.name ?? '');
  const partnerLabel = (p: Partner) => (p.aspirant ? `${e(p.name)} (${aspirantLabel()})` : e(p.name));
  const items = new Map<string, Item>([...file.interests, ...file.contributions].map((i) => [i.id, i]));
  const itemLabel = (id: string) => {
    const item = items.get(id);
    return item ? `“${e(item.text)}” (${partnerName(item.partnerId)})` : e(id);
  };
  const themes = (list?: readonly string[]) =>
    list?.length ? ` — ${msg("thema's")}: ${list.map((theme) => e(theme)).join(', ')}` : '';
  const out: string[] = [];
  const none = msg('Nog niets ingevuld.');

  out.push(`# ${escapeHeading(file.title || msg('Netwerkambitie'))}`);
  const updated = file.updatedAt ? new Date(file.updatedAt) : undefined;
  if (updated && !Number.isNaN(updated.getTime()))
    out.push(`${msg('Bijgewerkt')}: ${updated.toLocaleString(msg('nl-NL'))}`);

  out.push(`## ${msg('Partners')}`);
  out.push(list(file.partners.map(partnerLabel), none));

  out.push(`## ${msg('Belangen')}`);
  for (const partner of file.partners) {
    out.push(`### ${escapeHeading(partner.name)}`);
    for (const scope of SCOPES) {
      const own = file.interests.filter((i) => i.partnerId === partner.id && i.scope === scope);
      if (!own.length) continue;
      out.push(`**${scopeLabel(scope)}**`);
      out.push(
        list(
          own.map(
            (i) =>
              `${i.kind ? `**${kindLabel(i.kind)}** (${kindHint(i.kind)})` : `_${msg('wens of eis nog niet gekozen')}_`}: ${e(i.text)}` +
              (i.motivation ? `  \n  ${msg('Waarom')}: ${e(i.motivation)}` : '') +
              themes(i.themes),
          ),
          none,
        ),
      );
    }
  }

  out.push(`## ${msg('Halen en brengen')}`);
  for (const partner of file.partners) {
    out.push(`### ${escapeHeading(partner.name)}`);
    for (const direction of DIRECTIONS) {
      const own = file.contributions.filter((c) => c.partnerId === partner.id && c.direction === direction);
      out.push(`**${directionLabel(direction)}**`);
      out.push(
        list(
          own.map((c) => e(c.text) + themes(c.themes)),
          none,
        ),
      );
    }
  }

  const matches = confirmedIn(file);
  out.push(`### ${msg('Afgesproken: wie brengt wat een ander komt halen')}`);
  out.push(
    list(
      matches.map(
        ({ get, bring }) =>
          `${msg(str`${partnerName(bring.partnerId)} brengt`)}: ${e(bring.text)}  \n` +
          `  ${msg(str`voor wat ${partnerName(get.partnerId)} komt halen`)}: ${e(get.text)}`,
      ),
      msg('Er zijn nog geen koppelingen van halen en brengen bevestigd.'),
    ),
  );

  out.push(`## ${msg('Vragen en antwoorden')}`);
  out.push(
    list(
      file.questions.map(
        (q) =>
          `${msg('Over')} ${itemLabel(q.itemId)}: ${e(q.text)}` +
          `  \n  ${msg('Antwoord')}: ${q.answer ? e(q.answer) : msg('nog geen antwoord')}`,
      ),
      none,
    ),
  );

  out.push(`## ${msg('Spanningen')}`);
  out.push(
    list(
      file.tensions.map(
        (t) =>
          `${t.resolved ? msg('Opgelost') : msg('Open')}: ${t.itemIds.map(itemLabel).join(` ${msg('tegenover')} `)}` +
          (t.text ? `  \n  ${e(t.text)}` : ''),
      ),
      none,
    ),
  );

  out.push(`## ${msg('Gedeelde ambitie')}`);
  out.push(file.ambition.statement ? `> ${e(file.ambition.statement, '> ')}` : `_${msg('Nog niet vastgesteld.')}_`);
  const open = openAtAdoption(file);
  if (open.length)
    out.push(
      `${
        open.length === 1
          ? msg('Vastgesteld terwijl deze spanning nog open stond')
          : msg(str`Vastgesteld terwijl deze ${open.length} spanningen nog open stonden`)
      }:\n\n` +
        list(
          open.map((t) => (t.text.trim() ? e(t.text) : msg('Spanning zonder omschrijving'))),
          '',
        ),
    );
  for (const part of AMBITION_PARTS) {
    out.push(`### ${ambitionPartLabel(part)}`);
    out.push(file.ambition[part] ? e(file.ambition[part], '') : `_${none}_`);
  }
  if (file.ambition.drafts.length) {
    out.push(`### ${msg('Concepten en instemming')}`);
    file.ambition.drafts.forEach((draft, index) => {
      out.push(`${index + 1}\\. ${e(draft.text, '   ')}`);
      const openThen = draft.openAtAdoption?.length ?? 0;
      if (openThen)
        out.push(
          openThen === 1
            ? msg('Vastgesteld terwijl 1 spanning nog open stond.')
            : msg(str`Vastgesteld terwijl ${openThen} spanningen nog open stonden.`),
        );
      out.push(
        list(
          file.partners.map((p) => {
            const consent = ofPartner(draft.consent, p.id);
            const reason = ofPartner(draft.reasons, p.id);
            return `${e(p.name)}: ${consent ? consentLabel(consent) : msg('nog niet gereageerd')}${reason ? ` — ${e(reason)}` : ''}`;
          }),
          none,
        ),
      );
    });
  }

  out.push(`## ${msg('Vervolg')}`);
  if (file.followUp.notes) out.push(e(file.followUp.notes, ''));
  out.push(
    list(
      file.followUp.actions.map(
        (a) =>
          e(a.text) +
          (a.owner ? ` — ${partnerName(a.owner)}` : '') +
          (a.due ? ` — ${msg(str`uiterlijk ${dueDate(a.due)}`)}` : ''),
      ),
      msg('Nog geen acties.'),
    ),
  );

  // The hand-off carries over what the on-screen record shows there: the
  // ambition (or the latest draft), the partners and the actions.
  const { statement, drafts } = file.ambition;
  const latest = drafts.at(-1);
  const nothingYet = `_${msg('nog geen')}_`;
  const ambition = statement?.trim()
    ? e(statement)
    : latest
      ? `${e(latest.text)} _(${msg('concept')})_`
      : `_${msg('nog niet vastgesteld')}_`;
  const partners = file.partners.length ? file.partners.map(partnerLabel).join(', ') : nothingYet;
  const { actions } = file.followUp;
  const action = (a: Action) =>
    `${a.text.trim() ? e(a.text, '    ') : `_${msg('(nog zonder omschrijving)')}_`}  \n` +
    `    **${msg('Wie')}**: ${partnerName(a.owner) || msg('nog niemand')}; ` +
    `**${msg('Uiterlijk')}**: ${a.due ? dueDate(a.due) : msg('geen datum')}`;
  out.push(`## ${msg('Overdracht naar de partnerschapskaart')}`);
  out.push(handoffIntro());
  out.push(`### ${msg('Wat meegaat')}`);
  out.push(
    [
      `- **${msg('De gedeelde ambitie')}**: ${ambition}`,
      `- **${msg('De partners')}**: ${partners}`,
      `- **${msg('Wat partners elkaar brengen')}**:` +
        (matches.length
          ? matches
              .map(
                ({ get, bring }) =>
                  `\n  - ${e(bring.text, '    ')} (${partnerName(bring.partnerId)} → ${partnerName(get.partnerId)})`,
              )
              .join('')
          : ` ${nothingYet}`),
      `- **${msg('De acties')}**:` +
        (actions.length ? actions.map((a) => `\n  - ${action(a)}`).join('') : ` ${nothingYet}`),
    ].join('\n'),
  );
  out.push(`### ${msg('De vijf kolommen van de partnerschapskaart')}`);
  out.push(
    handoffColumns()
      .map((c, i) => `${i + 1}. **${c.name}**: ${c.question}`)
      .join('\n'),
  );
  return out.join('\n\n') + '\n';
}
