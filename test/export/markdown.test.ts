import { expect } from '@open-wc/testing';
import { handoffColumns, handoffIntro } from '../../src/export/handoff.js';
import { escapeMarkdown, toMarkdown } from '../../src/export/markdown.js';
import { inLanguage, loadLanguage } from '../../src/i18n/locale.js';
import type { WorkshopFile } from '../../src/model/types.js';
import { exampleWorkshop } from '../support/example.js';

/** Characters that mean something in (GitHub flavoured) Markdown or HTML. */
const SPECIAL = new Set('\\`*_{}[]<>()#+-.!|~$');

/**
 * The places in `markdown` where a special character is not escaped, plus
 * entity references (`&amp;`) and setext underlines (`===`) that would act.
 */
function activeSyntax(markdown: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < markdown.length; i++) {
    if (markdown[i] === '\\') {
      i++;
      continue;
    }
    if (SPECIAL.has(markdown[i])) found.push(`${markdown[i]} at ${i}`);
    if (markdown[i] === '&' && /^&#?[a-z0-9]+;/i.test(markdown.slice(i))) found.push(`entity at ${i}`);
  }
  for (const line of markdown.split('\n')) if (/^ *=/.test(line)) found.push(`setext underline: ${line}`);
  return found;
}

/** The hand-off section of a record: from its heading to the end. */
function handoffOf(markdown: string, heading = 'Overdracht naar de partnerschapskaart'): string {
  const start = markdown.indexOf(`## ${heading}\n`);
  expect(start, 'hand-off heading').to.be.above(0);
  return markdown.slice(start);
}

/** The "what is carried over" list of a hand-off section. */
const carriedOf = (handoff: string, heading = 'Wat meegaat', next = 'De vijf kolommen van de partnerschapskaart') =>
  handoff.slice(
    handoff.indexOf(`### ${heading}\n\n`) + `### ${heading}\n\n`.length,
    handoff.indexOf(`\n\n### ${next}`),
  );

/** What a reader of the rendered Markdown sees of escaped text. */
const unescape = (markdown: string, indent = '  ') =>
  markdown.replaceAll(`  \n${indent}`, '\n').replace(/\\(.)/g, '$1');

const NASTY = [
  '**vet** en _schuin_',
  '# Geen kop',
  '<script>alert(1)</script>',
  '[link](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
  '`code` | tabel | ~~doorgehaald~~',
  '1. geen lijst\n- ook geen lijst\n+ nog steeds niet\n> geen citaat',
  'Zorg &amp; welzijn &#60;b&#62;',
  'Kop in tekst\n===',
  'Kosten $5 tot $10',
  'Backslash \\* blijft',
];

/**
 * The web and e-mail addresses a renderer that links bare addresses would
 * turn into links: GitHub (cmark-gfm's autolink extension) and markdown-it's
 * linkify both look within one run of text, and a backslash escape ends a run.
 */
function linkable(markdown: string): string[] {
  const runs = markdown.split(/\\./);
  const address =
    /\b(?:https?|ftp|mailto|xmpp):\S|\bwww\.[a-z\d]|(?<![\w@-])[a-z\d-]+(?:\.[a-z\d-]+)+|[\w.+-]+@[a-z\d-]+(?:\.[a-z\d-]+)*/i;
  return runs.filter((run) => address.test(run));
}

const ADDRESSES = [
  'Zie https://gemeente.example/wmo?id=1 en http://localhost:8080',
  'Mail info@zorg.example of jan.de.vries+werk@wonen.example',
  'Kijk op www.wijkoost.example of wijkoost.example/agenda',
  'Bel via tel:0612345678 of mailto:info@zorg.example, xmpp:jan@chat.example',
  'Ook //cdn.example/x en ftp://files.example',
];

describe('the Markdown record', () => {
  let file: WorkshopFile;
  beforeEach(async () => {
    file = await exampleWorkshop();
  });

  it('makes user text inert: no Markdown or HTML in it takes effect, and it reads back as typed', () => {
    for (const text of NASTY) {
      const escaped = escapeMarkdown(text);
      expect(activeSyntax(escaped), text).to.deep.equal([]);
      expect(unescape(escaped), text).to.equal(text);
    }
    expect(escapeMarkdown('<script>')).to.equal('\\<script\\>');
    expect(escapeMarkdown('[link](x)')).to.equal('\\[link\\]\\(x\\)');
  });

  it('shows typed web and e-mail addresses as text, not as links', () => {
    for (const text of ADDRESSES) {
      expect(linkable(text), `the check finds the addresses in: ${text}`).not.to.deep.equal([]);
      const escaped = escapeMarkdown(text);
      expect(linkable(escaped), text).to.deep.equal([]);
      expect(unescape(escaped), text).to.equal(text);
    }
    expect(escapeMarkdown('https://x.example')).to.equal('https\\://x\\.example');
    expect(escapeMarkdown('info@zorg.example')).to.equal('info\\@zorg\\.example');
    expect(escapeMarkdown('Waarom: omdat')).to.equal('Waarom: omdat');

    file.title = ADDRESSES[2];
    file.interests[0].text = ADDRESSES[0];
    file.contributions[0].text = ADDRESSES[1];
    file.ambition.statement = ADDRESSES[3];
    file.followUp = { notes: ADDRESSES[4], actions: [{ id: 'a-1', text: ADDRESSES[1], due: 'www.x.example' }] };
    expect(linkable(toMarkdown(file))).to.deep.equal([]);
  });

  it('keeps line breaks as hard breaks, indented to stay inside the list item or quote', () => {
    expect(escapeMarkdown('regel 1\nregel 2')).to.equal('regel 1  \n  regel 2');
    expect(escapeMarkdown('regel 1\r\nregel 2', '> ')).to.equal('regel 1  \n> regel 2');
  });

  it('keeps every piece of user text inert in the whole record', () => {
    file.title = NASTY[1];
    file.partners[0].name = NASTY[4];
    file.interests[0].text = NASTY[0];
    file.interests[0].motivation = NASTY[6];
    file.questions[0].text = NASTY[3];
    file.ambition.statement = NASTY[2];
    file.followUp = { notes: NASTY[8], actions: [{ id: 'a-1', text: NASTY[7], owner: 'gemeente', due: NASTY[9] }] };
    const markdown = toMarkdown(file);
    // Title and partner headings stay one heading line each.
    expect(markdown).to.match(/^# \\# Geen kop\n/);
    expect(markdown).to.contain('\n### \\<img src=x onerror=alert\\(1\\)\\>\n');
    expect(markdown).to.contain('**Eis** (niet onderhandelbaar): \\*\\*vet\\*\\* en \\_schuin\\_');
    expect(markdown).to.contain(
      'Waarom: 1\\. geen lijst  \n  \\- ook geen lijst  \n  \\+ nog steeds niet  \n  \\> geen citaat',
    );
    expect(markdown).to.contain('\\[link\\]\\(javascript\\:alert\\(1\\)\\)');
    expect(markdown).to.contain('> \\<script\\>alert\\(1\\)\\</script\\>');
    expect(markdown).to.contain('Kop in tekst  \n\\===');
    expect(markdown).to.contain('Zorg \\&amp; welzijn &\\#60;b&\\#62; — \\<img src=x onerror=alert\\(1\\)\\>');
    expect(markdown).to.contain(' — uiterlijk Kosten \\$5 tot \\$10');
    const handoff = handoffOf(markdown);
    expect(handoff).to.contain('- **De gedeelde ambitie**: \\<script\\>alert\\(1\\)\\</script\\>\n');
    expect(handoff).to.contain(
      '  - Zorg \\&amp; welzijn &\\#60;b&\\#62;  \n' +
        '    **Wie**: \\<img src=x onerror=alert\\(1\\)\\>; **Uiterlijk**: Kosten \\$5 tot \\$10',
    );
    for (const line of markdown.split('\n')) expect(line, line).not.to.match(/^ *=|(^|[^\\])<(script|img)/);
  });

  it('records the example workshop: partners, interests, questions, the draft and the hand-off', () => {
    const markdown = toMarkdown(file);
    expect(markdown).to.match(/^# Wijknetwerk Gezond Oost\n/);
    for (const partner of file.partners) expect(markdown).to.contain(escapeMarkdown(partner.name));
    expect(markdown).to.contain('- Hogeschool, lectoraat Zorg in de wijk (aspirant-partner)');
    for (const interest of file.interests) {
      expect(markdown).to.contain(escapeMarkdown(interest.text));
      if (interest.motivation) expect(markdown).to.contain(`Waarom: ${escapeMarkdown(interest.motivation)}`);
    }
    for (const contribution of file.contributions) expect(markdown).to.contain(escapeMarkdown(contribution.text));
    for (const question of file.questions) {
      expect(markdown).to.contain(escapeMarkdown(question.text));
      expect(markdown).to.contain(`Antwoord: ${escapeMarkdown(question.answer!)}`);
    }
    expect(markdown).to.contain(`1\\. ${escapeMarkdown(file.ambition.drafts[0].text, '   ')}`);
    expect(markdown).to.contain('- Wijkverpleging Oost: Kan ermee leven');
    expect(markdown).to.contain('- Hogeschool, lectoraat Zorg in de wijk: nog niet gereageerd');
    for (const part of ['problem', 'solution', 'opportunities', 'form'] as const)
      expect(markdown).to.contain(escapeMarkdown(file.ambition[part]!, ''));
    const handoff = markdown.slice(markdown.indexOf('## Overdracht naar de partnerschapskaart'));
    expect(handoff).to.not.equal(markdown);
    expect(handoff).to.contain(handoffIntro());
    handoffColumns().forEach((column, i) =>
      expect(handoff).to.contain(`${i + 1}. **${column.name}**: ${column.question}`),
    );
  });

  it('carries the draft ambition and the partners over to the partnerschapskaart while nothing is adopted', () => {
    const handoff = handoffOf(toMarkdown(file));
    expect(carriedOf(handoff)).to.equal(
      [
        `- **De gedeelde ambitie**: ${escapeMarkdown(file.ambition.drafts[0].text)} _(concept)_`,
        '- **De partners**: Gemeente \\(sociaal domein\\), Wijkverpleging Oost, Woningcorporatie Thuis, ' +
          'Hogeschool, lectoraat Zorg in de wijk (aspirant-partner)',
        '- **De acties**: _nog geen_',
      ].join('\n'),
    );
    file.ambition.drafts = [];
    file.partners = [];
    expect(carriedOf(handoffOf(toMarkdown(file)))).to.equal(
      [
        '- **De gedeelde ambitie**: _nog niet vastgesteld_',
        '- **De partners**: _nog geen_',
        '- **De acties**: _nog geen_',
      ].join('\n'),
    );
  });

  it('carries the adopted ambition and the actions, with owner and due date, over to the partnerschapskaart', () => {
    file.ambition.statement = 'Samen *gezond* oud worden\nin Oost';
    file.followUp = {
      notes: 'Niet in de overdracht',
      actions: [
        { id: 'a-1', text: 'Wijkteam <b>inrichten</b>', owner: 'gemeente', due: '2026-12-01' },
        { id: 'a-2', text: 'Signalen [delen]\nmet de huisartsen', owner: 'zorg', due: 'voor de zomer_' },
        { id: 'a-3', text: ' ' },
      ],
    };
    const handoff = handoffOf(toMarkdown(file));
    expect(carriedOf(handoff)).to.equal(
      [
        '- **De gedeelde ambitie**: Samen \\*gezond\\* oud worden  \n  in Oost',
        '- **De partners**: Gemeente \\(sociaal domein\\), Wijkverpleging Oost, Woningcorporatie Thuis, ' +
          'Hogeschool, lectoraat Zorg in de wijk (aspirant-partner)',
        '- **De acties**:',
        '  - Wijkteam \\<b\\>inrichten\\</b\\>  \n    **Wie**: Gemeente \\(sociaal domein\\); **Uiterlijk**: 1 december 2026',
        '  - Signalen \\[delen\\]  \n    met de huisartsen  \n    **Wie**: Wijkverpleging Oost; **Uiterlijk**: voor de zomer\\_',
        '  - _(nog zonder omschrijving)_  \n    **Wie**: nog niemand; **Uiterlijk**: geen datum',
      ].join('\n'),
    );
    expect(handoff).not.to.contain('Niet in de overdracht');
    expect(handoff).to.contain('### De vijf kolommen van de partnerschapskaart\n\n1. **Waarden**:');
    // The follow-up section shows the due date the same way.
    expect(toMarkdown(file)).to.contain(
      'Wijkteam \\<b\\>inrichten\\</b\\> — Gemeente \\(sociaal domein\\) — uiterlijk 1 december 2026',
    );
  });

  it('writes the hand-off in the language of the record', async () => {
    await loadLanguage('en');
    file.followUp.actions = [{ id: 'a-1', text: 'Start', due: '2026-12-01' }];
    const handoff = handoffOf(
      inLanguage('en', () => toMarkdown(file)),
      'Hand-over to the partnerschapskaart',
    );
    expect(handoff).to.contain(inLanguage('en', handoffIntro));
    expect(handoff).to.contain('- **The shared ambition**: ');
    expect(handoff).to.contain('_(draft)_');
    expect(handoff).to.contain('  - Start  \n    **Who**: nobody yet; **Due**: 1 December 2026');
  });

  it('keeps a title or partner name with a line break on one heading line', () => {
    file.title = 'Wijknetwerk\nOost';
    file.partners[1].name = 'Wijkverpleging\r\nOost';
    const markdown = toMarkdown(file);
    expect(markdown).to.match(/^# Wijknetwerk Oost\n/);
    expect(markdown).to.contain('\n### Wijkverpleging Oost\n');
  });

  it('leaves out a date it cannot read', () => {
    file.updatedAt = 'gisteren';
    expect(toMarkdown(file)).not.to.contain('Invalid Date');
    expect(toMarkdown(file)).not.to.contain('Bijgewerkt');
  });
});
