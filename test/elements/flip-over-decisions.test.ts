import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/ambitie-canvas/define.js';
import '../../src/elements/ambitie-verslag/define.js';
import type { NetwerkAmbitie } from '../../src/elements/netwerk-ambitie/netwerk-ambitie.js';
import { emptyWorkshop, type Contribution, type WorkshopFile } from '../../src/model/types.js';
import { parseCsv } from '../support/csv.js';
import { buttonNamed as button, fieldLabelled, squash, textOf, until } from '../support/dom.js';
import { captureDownloads } from '../support/downloads.js';
import { uniqueId } from '../support/example.js';
import { deepQuery, settleBelow, workshop } from '../support/fixtures.js';
import { issueWorkshop } from '../support/issue-workshop.js';

// What the facilitator decides on the flip-over stays decided: a dismissed
// theme suggestion is gone on every device, a confirmed match goes into the
// record and the exports and comes back with the workshop file, and adopting
// the ambition while a tension is open asks first and is remembered.

/** The shadow root of the `tag` inside `provider`. */
const rootOf = (provider: Element, tag: string) => deepQuery(provider, tag)!.shadowRoot!;

/** The names of the suggested themes the canvas shows (their heading without the badge). */
const suggested = (canvas: ShadowRoot) =>
  [...canvas.querySelectorAll('[part~="suggestion"] h5')].map((h) => textOf(h).replace(/ voorstel$/, ''));

/** The card of the get whose line contains `text`. */
function getCard(canvas: ShadowRoot, text: string): HTMLElement {
  const found = [...canvas.querySelectorAll<HTMLElement>('[part~="get"]')].find((g) =>
    squash(g.querySelector('p')?.textContent).includes(text),
  );
  if (!found) throw new Error(`no get "${text}"`);
  return found;
}

/** The lines of the brings shown for a get. */
const bringLines = (card: HTMLElement) => [...card.querySelectorAll('[part~="match"]')].map((li) => textOf(li));

const status = (canvas: ShadowRoot) => textOf(canvas.querySelector('[part~="status"]'));

describe('decisions on the flip-over', () => {
  it('a dismissed theme suggestion disappears on a second device, and comes back on both when restored', async () => {
    const id = uniqueId('devices');
    const device = () =>
      fixture<NetwerkAmbitie>(
        html`<netwerk-ambitie workshop-id=${id}><ambitie-canvas></ambitie-canvas></netwerk-ambitie>`,
      );
    const first = await device();
    const second = await device();
    await Promise.all([first.ready, second.ready]);
    first.importWorkshop(issueWorkshop());
    await until(
      () => suggested(rootOf(second, 'ambitie-canvas')).includes('ouderen'),
      'the second device to have the workshop, and suggest ouderen',
    );

    button(rootOf(first, 'ambitie-canvas'), 'Negeren: thema ‘ouderen’').click();
    await settleBelow(first);
    expect(suggested(rootOf(first, 'ambitie-canvas'))).to.not.include('ouderen');
    expect(status(rootOf(first, 'ambitie-canvas'))).to.contain('Voorstel ‘ouderen’ genegeerd.');
    await until(
      () => !suggested(rootOf(second, 'ambitie-canvas')).includes('ouderen'),
      'the suggestion to disappear on the second device',
    );

    const restore = await until(
      () =>
        [...rootOf(second, 'ambitie-canvas').querySelectorAll('button')].find((b) =>
          textOf(b).startsWith('Genegeerde voorstellen terugzetten'),
        ),
      'the restore button on the second device',
    );
    expect(textOf(restore)).to.equal('Genegeerde voorstellen terugzetten (1)');
    restore.click();
    await until(
      () => suggested(rootOf(first, 'ambitie-canvas')).includes('ouderen'),
      'the suggestion back on the first device',
    );
    first.remove();
    second.remove();
  });

  it('never pairs a get with a bring on a part of a word', async () => {
    const { provider } = await workshop(html`<ambitie-canvas></ambitie-canvas>`, { file: issueWorkshop() });
    const canvas = rootOf(provider, 'ambitie-canvas');
    const financing = getCard(canvas, 'Structurele financiering voor wijkverpleging');
    expect(textOf(financing)).to.contain('Nog niemand brengt dit.');
    expect(textOf(canvas.querySelector('[part~="unmatched"]'))).to.contain(
      'Wijkverpleging: Structurele financiering voor wijkverpleging',
    );
    expect(suggested(canvas)).to.deep.equal(['eenzaamheid', 'wonen', 'ouderen', 'signalen']);
  });

  it('shows the best three brings of a get, the rest on request, and confirms and dismisses with the keyboard', async () => {
    const bring = (n: number, partnerId: string, text: string): Contribution => ({
      id: `b${n}`,
      partnerId,
      direction: 'bring',
      text,
    });
    const file: WorkshopFile = {
      ...emptyWorkshop(),
      step: 4,
      revealed: true,
      partners: ['gemeente', 'buurthuis', 'kerk', 'sport', 'school', 'zorg'].map((id) => ({
        id,
        name: id[0].toUpperCase() + id.slice(1),
        aspirant: false,
      })),
      contributions: [
        { id: 'g', partnerId: 'gemeente', direction: 'get', text: 'Vrijwilligers voor eenzame ouderen in de buurt' },
        bring(1, 'buurthuis', 'Vrijwilligers die ouderen bezoeken'),
        bring(2, 'kerk', 'Vrijwilligers uit de kerk'),
        bring(3, 'sport', 'Sport voor ouderen'),
        bring(4, 'school', 'Stagiairs in de buurt'),
        bring(5, 'zorg', 'Een ruimte in de buurt'),
      ],
    };
    const { provider, settle } = await workshop(html`<ambitie-canvas></ambitie-canvas>`, { file });
    const canvas = rootOf(provider, 'ambitie-canvas');
    const stored = () => provider.exportWorkshop();
    const card = () => getCard(canvas, 'Vrijwilligers voor eenzame ouderen');
    expect(bringLines(card())).to.deep.equal([
      'Buurthuis: Vrijwilligers die ouderen bezoeken (voorstel, zelfde woorden: vrijwilligers en ouderen) Bevestigen Negeren',
      'Kerk: Vrijwilligers uit de kerk (voorstel, zelfde woorden: vrijwilligers) Bevestigen Negeren',
      'Sport: Sport voor ouderen (voorstel, zelfde woorden: ouderen) Bevestigen Negeren',
    ]);

    // The rest on request: the button says how many, and focus goes to the first of them.
    const more = button(card(), 'Meer tonen: wie brengt wat Gemeente komt halen (nog 2)');
    expect(textOf(more.querySelector('.count'))).to.equal('(nog 2)');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(bringLines(card())).to.have.length(5);
    expect(canvas.activeElement).to.equal(card().querySelectorAll('[part~="match"]')[3]);
    expect(status(canvas)).to.equal('2 meer getoond, 5 van 5.');

    // Confirm the second with the keyboard: it goes first, and focus stays on it (its take-back button).
    button(
      canvas,
      'Bevestigen: ‘Vrijwilligers uit de kerk’ van Kerk bij ‘Vrijwilligers voor eenzame ouderen in de buurt’',
    ).focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(stored().matches.map((m) => [m.getId, m.bringId, m.verdict])).to.deep.equal([['g', 'b2', 'confirmed']]);
    expect(bringLines(card())[0]).to.equal(
      'Kerk: Vrijwilligers uit de kerk bevestigd (zelfde woorden: vrijwilligers) Terugnemen',
    );
    expect(canvas.activeElement?.getAttribute('aria-label')).to.equal(
      'Bevestiging terugnemen: ‘Vrijwilligers uit de kerk’ van Kerk bij ‘Vrijwilligers voor eenzame ouderen in de buurt’',
    );
    expect(status(canvas)).to.equal('Bevestigd: Kerk brengt ‘Vrijwilligers uit de kerk’.');

    // Dismiss one: it leaves the list, and can be brought back.
    button(
      canvas,
      'Negeren: ‘Een ruimte in de buurt’ van Zorg bij ‘Vrijwilligers voor eenzame ouderen in de buurt’',
    ).focus();
    await sendKeys({ press: 'Space' });
    await settle();
    expect(bringLines(card()).some((line) => line.startsWith('Zorg:'))).to.equal(false);
    expect(canvas.activeElement).to.equal(card().querySelector('p'));
    expect(stored().matches.map((m) => m.verdict)).to.deep.equal(['confirmed', 'dismissed']);
    await expect(deepQuery(provider, 'ambitie-canvas')).to.be.accessible();
    button(card(), 'Genegeerde koppelingen terugzetten (1): bij wat Gemeente komt halen').click();
    await settle();
    expect(stored().matches.map((m) => m.verdict)).to.deep.equal(['confirmed']);
    expect(bringLines(card()).some((line) => line.startsWith('Zorg:'))).to.equal(true);
  });

  it('carries a confirmed match into the record and the downloads, and back from the workshop file', async () => {
    const { provider, settle } = await workshop(
      html`<ambitie-canvas></ambitie-canvas><ambitie-verslag></ambitie-verslag>`,
      {
        file: issueWorkshop(),
      },
    );
    const canvas = rootOf(provider, 'ambitie-canvas');
    const record = rootOf(provider, 'ambitie-verslag');
    expect(textOf(record.querySelector('[part~="matches"]'))).to.contain(
      'Er zijn nog geen koppelingen van halen en brengen bevestigd.',
    );
    button(
      canvas,
      'Bevestigen: ‘Signalen over eenzaamheid bij ouderen’ van Wijkverpleging bij ‘Signalen van eenzaamheid onder huurders’',
    ).click();
    await settle();
    const confirmed =
      'Wijkverpleging brengt: Signalen over eenzaamheid bij ouderen voor wat Woningcorporatie komt halen: Signalen van eenzaamheid onder huurders';
    expect(textOf(record.querySelector('[part~="matches"] [part~="match"]'))).to.equal(confirmed);
    expect(textOf(record.querySelector('[part~="handoff"]'))).to.contain(
      'Wat partners elkaar brengen: Signalen over eenzaamheid bij ouderen (Wijkverpleging → Woningcorporatie)',
    );

    const downloads = captureDownloads();
    let json: string;
    let markdown: string;
    let csv: string[][];
    try {
      button(record, 'Workshopbestand downloaden (JSON)').click();
      json = (await downloads.take()).text;
      button(record, 'Verslag downloaden (Markdown)').click();
      markdown = (await downloads.take()).text;
      button(record, 'Belangen en bijdragen downloaden (CSV)').click();
      csv = parseCsv((await downloads.take()).text, ';');
    } finally {
      downloads.restore();
    }
    expect(markdown).to.contain(
      '### Afgesproken: wie brengt wat een ander komt halen\n\n' +
        '- Wijkverpleging brengt: Signalen over eenzaamheid bij ouderen  \n' +
        '  voor wat Woningcorporatie komt halen: Signalen van eenzaamheid onder huurders\n',
    );
    const row = (text: string) => csv.find((r) => r[4] === text)!;
    expect(row('Signalen van eenzaamheid onder huurders')[7]).to.equal(
      'Wijkverpleging: Signalen over eenzaamheid bij ouderen',
    );
    expect(row('Signalen over eenzaamheid bij ouderen')[7]).to.equal(
      'Woningcorporatie: Signalen van eenzaamheid onder huurders',
    );

    // The workshop file, opened on another screen, has the match again.
    const other = await workshop(html`<ambitie-canvas></ambitie-canvas><ambitie-verslag></ambitie-verslag>`);
    const input = fieldLabelled<HTMLInputElement>(rootOf(other.provider, 'ambitie-verslag'), 'Workshopbestand openen');
    const transfer = new DataTransfer();
    transfer.items.add(new File([json], 'workshop.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => other.provider.exportWorkshop().matches.length === 1, 'the file to be opened');
    await other.settle();
    expect(
      textOf(rootOf(other.provider, 'ambitie-verslag').querySelector('[part~="matches"] [part~="match"]')),
    ).to.equal(confirmed);
    const line = bringLines(
      getCard(rootOf(other.provider, 'ambitie-canvas'), 'Signalen van eenzaamheid onder huurders'),
    );
    expect(line[0]).to.contain('bevestigd');
  });

  it('asks before adopting the ambition while a tension is open, with the keyboard, and the record says which was open', async () => {
    const { provider, settle } = await workshop(
      html`<ambitie-canvas></ambitie-canvas><ambitie-verslag></ambitie-verslag>`,
      {
        file: issueWorkshop(),
      },
    );
    const canvas = rootOf(provider, 'ambitie-canvas');
    const stored = () => provider.exportWorkshop();
    const adopt = button(canvas, 'Concept 1 vaststellen als gedeelde ambitie');
    adopt.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    const question = canvas.activeElement as HTMLElement;
    expect(textOf(question)).to.equal(
      'Er staat nog 1 spanning open. Toch concept 1 vaststellen als de gedeelde ambitie?',
    );
    const group = question.closest('[role="group"]')!;
    expect(group.getAttribute('aria-labelledby')).to.equal(question.id);
    expect(textOf(group)).to.contain('Wie betaalt de aanpassingen in de woning?');
    expect(stored().ambition.statement).to.equal(undefined);
    await expect(deepQuery(provider, 'ambitie-canvas')).to.be.accessible();

    // Escape goes back to the button, adopting nothing.
    await sendKeys({ press: 'Escape' });
    await settle();
    expect(canvas.activeElement).to.equal(adopt);
    expect(canvas.querySelector('[part~="adopt"] [role="group"]')).to.equal(null);
    expect(stored().ambition.statement).to.equal(undefined);
    expect(status(canvas)).to.equal('Niet vastgesteld.');

    // Again, and this time adopt anyway.
    await sendKeys({ press: 'Enter' });
    await settle();
    await sendKeys({ press: 'Tab' });
    expect(textOf(canvas.activeElement)).to.equal('Toch vaststellen');
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(stored().ambition.statement).to.equal('Geen oudere in Oost raakt uit beeld.');
    expect(stored().ambition.drafts[0].openAtAdoption).to.deep.equal(['t-1']);
    expect(canvas.activeElement?.id).to.equal('statement-heading');
    expect(status(canvas)).to.equal('Concept 1 is vastgesteld als de gedeelde ambitie, met 1 spanning nog open.');
    expect(textOf(canvas.querySelector('[part~="draft"] [part~="adopt"]'))).to.equal(
      'Dit concept is vastgesteld als de gedeelde ambitie, terwijl 1 spanning nog open stond.',
    );
    const record = rootOf(provider, 'ambitie-verslag');
    expect(textOf(record.querySelector('[part~="adopted-open"]'))).to.equal(
      'Vastgesteld terwijl deze spanning nog open stond: Wie betaalt de aanpassingen in de woning?',
    );
  });

  it('downloads the CSV with semicolons in Dutch and commas in English', async () => {
    for (const [lang, separator, header] of [
      ['nl', ';', 'Partner;Soort;'],
      ['en', ',', 'Partner,Type,'],
    ] as const) {
      const { provider, settle } = await workshop(html`<ambitie-verslag></ambitie-verslag>`, {
        file: issueWorkshop(),
        lang,
      });
      await until(() => textOf(rootOf(provider, 'ambitie-verslag').querySelector('h3')) !== '', 'the record');
      await settle();
      const downloads = captureDownloads();
      try {
        const label =
          lang === 'nl' ? 'Belangen en bijdragen downloaden (CSV)' : 'Download interests and contributions (CSV)';
        await until(
          () => [...rootOf(provider, 'ambitie-verslag').querySelectorAll('button')].some((b) => textOf(b) === label),
          `the ${lang} button`,
        );
        button(rootOf(provider, 'ambitie-verslag'), label).click();
        const { text } = await downloads.take();
        expect(text.startsWith(header), lang).to.equal(true);
        const rows = parseCsv(text, separator);
        expect(rows[0]).to.have.length(8);
        expect(rows.find((r) => r[4] === 'Budget voor een wijkcoördinator')?.[0]).to.equal('Gemeente');
      } finally {
        downloads.restore();
      }
    }
  });
});
