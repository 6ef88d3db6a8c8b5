import { expect } from '@open-wc/testing';
import MarkdownIt from 'markdown-it';
import { Marked } from 'marked';
import { handoffColumns, handoffIntro } from '../../src/export/handoff.js';
import { escapeMarkdown, toMarkdown } from '../../src/export/markdown.js';
import { inLanguage, loadLanguage } from '../../src/i18n/locale.js';
import type { WorkshopFile } from '../../src/model/types.js';
import { exampleWorkshop } from '../support/example.js';

const markdownIt = new MarkdownIt({ html: true, linkify: true });
const marked = new Marked({ gfm: true, async: false });

/**
 * Markdown renderers as readers meet them: markdown-it with raw HTML and
 * bare-address links on, and marked with GitHub flavoured Markdown (tables,
 * strikethrough, linked bare addresses) and raw HTML.
 */
const RENDERERS: Record<string, (markdown: string) => string> = {
  'markdown-it': (markdown) => markdownIt.render(markdown),
  'marked (GFM)': (markdown) => marked.parse(markdown) as string,
};

/** What a reader gets of rendered HTML: the elements it makes, and its text (line breaks as `\n`). */
function reading(rendered: string): { tags: string[]; text: string } {
  const template = document.createElement('template');
  template.innerHTML = rendered.replace(/<br \/>\n?|<br>\n?/g, '<br>');
  const tags = [...template.content.querySelectorAll('*')].map((el) => el.localName);
  for (const br of template.content.querySelectorAll('br')) br.replaceWith('\n');
  return { tags, text: (template.content.textContent ?? '').replace(/\n+$/, '') };
}

/** Renders `markdown` with every renderer: what each makes of it. */
const renderedBy = (markdown: string) =>
  Object.entries(RENDERERS).map(([name, render]) => ({ name, ...reading(render(markdown)) }));

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

  it('makes user text inert: rendered, it is one paragraph of the text as typed, without markup', () => {
    for (const text of NASTY)
      for (const { name, tags, text: read } of renderedBy(escapeMarkdown(text))) {
        expect(
          tags.filter((tag) => tag !== 'p' && tag !== 'br'),
          `${name}: ${text}`,
        ).to.deep.equal([]);
        expect(read, `${name}: ${text}`).to.equal(text);
      }
    // The check can fail: the same texts unescaped do make markup (markdown-it refuses a javascript: link itself).
    for (const text of NASTY.slice(0, 7).filter((t) => !t.startsWith('[link]')))
      for (const { name, tags } of renderedBy(text))
        expect(
          tags.filter((tag) => tag !== 'p' && tag !== 'br'),
          `${name} unescaped: ${text}`,
        ).not.to.deep.equal([]);
    expect(escapeMarkdown('<script>')).to.equal('\\<script>');
    expect(escapeMarkdown('[link](x)')).to.equal('\\[link\\](x)');
  });

  it('escapes only what Markdown needs, so the file reads well as plain text', () => {
    for (const plain of [
      'Zie op. 5, bijv. de wijk: klaar!',
      'Kosten (ca. 5%) en 0,5 fte; 2.5 uur',
      'Zorg & welzijn, om 10:30 uur',
      'e-mail, C#, 1+1=2 en 5 > 3',
      'Wat nu? Een (kleine) stap! "Ja", zei ze.',
    ])
      expect(escapeMarkdown(plain), plain).to.equal(plain);
    expect(escapeMarkdown('# 1. - + > = aan het begin'), 'only at the start of a line').to.equal(
      '\\# 1. - + > = aan het begin',
    );
    expect(escapeMarkdown('1. eerste\n2) tweede')).to.equal('1\\. eerste  \n  2\\) tweede');
    expect(escapeMarkdown('    ingesprongen'), 'no code block from indentation').to.equal('ingesprongen');
  });

  it('shows typed web and e-mail addresses as text, not as links', () => {
    for (const text of ADDRESSES) {
      expect(linkable(text), `the check finds the addresses in: ${text}`).not.to.deep.equal([]);
      const escaped = escapeMarkdown(text);
      expect(linkable(escaped), text).to.deep.equal([]);
      expect(unescape(escaped), text).to.equal(text);
      for (const { name, tags, text: read } of renderedBy(escaped)) {
        expect(tags, `${name}: ${text}`).not.to.include('a');
        expect(read, `${name}: ${text}`).to.equal(text);
      }
    }
    for (const { name, tags } of renderedBy(ADDRESSES[0])) expect(tags, `${name} links it unescaped`).to.include('a');
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
    expect(markdown).to.contain('\n### \\<img src=x onerror=alert(1)>\n');
    expect(markdown).to.contain('**Eis** (niet onderhandelbaar): \\*\\*vet\\*\\* en \\_schuin\\_');
    expect(markdown).to.contain(
      'Waarom: 1\\. geen lijst  \n  \\- ook geen lijst  \n  \\+ nog steeds niet  \n  \\> geen citaat',
    );
    expect(markdown).to.contain('\\[link\\](javascript:alert(1))');
    expect(markdown).to.contain('> \\<script>alert(1)\\</script>');
    expect(markdown).to.contain('Kop in tekst  \n\\===');
    expect(markdown).to.contain('Zorg \\&amp; welzijn \\&#60;b\\&#62; — \\<img src=x onerror=alert(1)>');
    expect(markdown).to.contain(' — uiterlijk Kosten \\$5 tot \\$10');
    const handoff = handoffOf(markdown);
    expect(handoff).to.contain('- **De gedeelde ambitie**: \\<script>alert(1)\\</script>\n');
    expect(handoff).to.contain(
      '  - Zorg \\&amp; welzijn \\&#60;b\\&#62;  \n' +
        '    **Wie**: \\<img src=x onerror=alert(1)>; **Uiterlijk**: Kosten \\$5 tot \\$10',
    );
    for (const line of markdown.split('\n')) expect(line, line).not.to.match(/^ *=|(^|[^\\])<(script|img)/);
    // Rendered, the record makes only its own markup: no link, image, script, code, table or strikethrough.
    for (const { name, tags } of renderedBy(markdown)) {
      for (const tag of ['a', 'img', 'script', 'code', 'pre', 'table', 'del', 's', 'h1'])
        expect(
          tags.filter((t) => t === tag),
          `${name}: ${tag}`,
        ).to.have.length(tag === 'h1' ? 1 : 0);
      expect(
        tags.filter((t) => t === 'blockquote'),
        `${name}: only the statement is quoted`,
      ).to.have.length(1);
    }
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
        '- **De partners**: Gemeente (sociaal domein), Wijkverpleging Oost, Woningcorporatie Thuis, ' +
          'Hogeschool, lectoraat Zorg in de wijk (aspirant-partner)',
        '- **Wat partners elkaar brengen**:',
        '  - Studenten en een onderzoeker die effecten meet (Hogeschool, lectoraat Zorg in de wijk → Wijkverpleging Oost)',
        '- **De acties**: _nog geen_',
      ].join('\n'),
    );
    file.ambition.drafts = [];
    file.partners = [];
    file.matches = [];
    expect(carriedOf(handoffOf(toMarkdown(file)))).to.equal(
      [
        '- **De gedeelde ambitie**: _nog niet vastgesteld_',
        '- **De partners**: _nog geen_',
        '- **Wat partners elkaar brengen**: _nog geen_',
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
        '- **De partners**: Gemeente (sociaal domein), Wijkverpleging Oost, Woningcorporatie Thuis, ' +
          'Hogeschool, lectoraat Zorg in de wijk (aspirant-partner)',
        '- **Wat partners elkaar brengen**:',
        '  - Studenten en een onderzoeker die effecten meet (Hogeschool, lectoraat Zorg in de wijk → Wijkverpleging Oost)',
        '- **De acties**:',
        '  - Wijkteam \\<b>inrichten\\</b>  \n    **Wie**: Gemeente (sociaal domein); **Uiterlijk**: 1 december 2026',
        '  - Signalen \\[delen\\]  \n    met de huisartsen  \n    **Wie**: Wijkverpleging Oost; **Uiterlijk**: voor de zomer\\_',
        '  - _(nog zonder omschrijving)_  \n    **Wie**: nog niemand; **Uiterlijk**: geen datum',
      ].join('\n'),
    );
    expect(handoff).not.to.contain('Niet in de overdracht');
    expect(handoff).to.contain('### De vijf kolommen van de partnerschapskaart\n\n1. **Waarden**:');
    // The follow-up section shows the due date the same way.
    expect(toMarkdown(file)).to.contain(
      'Wijkteam \\<b>inrichten\\</b> — Gemeente (sociaal domein) — uiterlijk 1 december 2026',
    );
  });

  it('says which tensions were still open when the ambition was adopted, and lists the confirmed matches', () => {
    file.ambition.statement = file.ambition.drafts[0].text;
    file.ambition.drafts[0].openAtAdoption = ['t-1'];
    const markdown = toMarkdown(file);
    expect(markdown).to.contain(
      `> ${escapeMarkdown(file.ambition.statement)}\n\n` +
        'Vastgesteld terwijl deze spanning nog open stond:\n\n' +
        `- ${escapeMarkdown(file.tensions[0].text)}\n`,
    );
    expect(markdown).to.contain('Vastgesteld terwijl 1 spanning nog open stond.');
    expect(markdown).to.contain(
      '### Afgesproken: wie brengt wat een ander komt halen\n\n' +
        '- Hogeschool, lectoraat Zorg in de wijk brengt: Studenten en een onderzoeker die effecten meet  \n' +
        '  voor wat Wijkverpleging Oost komt halen: Handen: studenten die meelopen\n',
    );
    // A dismissed match is no agreement.
    file.matches[0].verdict = 'dismissed';
    expect(toMarkdown(file)).to.contain(
      '### Afgesproken: wie brengt wat een ander komt halen\n\n' +
        '_Er zijn nog geen koppelingen van halen en brengen bevestigd._',
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
