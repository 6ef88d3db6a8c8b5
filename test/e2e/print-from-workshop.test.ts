import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { Step } from '../../src/model/types.js';
import { parseWorkshopFile } from '../../src/model/validate.js';
import { resetMedia, squash, until } from '../support/dom.js';
import { exampleWorkshop } from '../support/example.js';
import { deepQuery, deepQueryAll, workshop } from '../support/fixtures.js';
import { networkWorkshop } from '../support/network.js';
import { PAPER, printToPdf, sizeOf } from '../support/pdf.js';

// The guided workshop's print buttons print their own element alone, also
// though it sits inside <netwerk-ambitie>'s shadow root: the rest of the
// step and the host page are left out, and come back afterwards.

const shown = (el: Element) => el.getClientRects().length > 0;

describe('printing from the guided workshop', () => {
  let print: typeof window.print;
  let printed: number;
  beforeEach(() => {
    print = window.print;
    printed = 0;
    window.print = () => void printed++;
  });
  afterEach(async () => {
    window.print = print;
    await resetMedia();
  });

  it('offers blank paper cards in step 1, built when the fold opens, one per partner, and prints them alone', async () => {
    const file = { ...(await exampleWorkshop()), step: 1 as Step };
    const { provider, settle } = await workshop(undefined, { file });
    // The paper cards are with the partners, the step's first section.
    deepQueryAll<HTMLButtonElement>(provider, '[role="tab"]')
      .find((tab) => squash(tab.textContent).endsWith('Partners'))!
      .click();
    await settle();
    const paper = deepQuery<HTMLDetailsElement>(provider, '[part="paper"]')!;
    expect(paper.open).to.equal(false);
    expect(paper.querySelector('belangen-kaart'), 'the closed fold builds no cards').to.equal(null);
    paper.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(paper.open).to.equal(true);
    const blank = paper.querySelector('belangen-kaart')!;
    const names = deepQueryAll(blank, '[part="sheet"] .sheet-partner').map((el) => squash(el.textContent));
    expect(names).to.deep.equal(file.partners.map((p) => `Partner: ${p.name}`));

    const button = deepQuery<HTMLButtonElement>(blank, 'button[part="print"]')!;
    expect(button.textContent!.trim()).to.equal('Lege kaarten afdrukken');
    const firstSheet = deepQuery(blank, '[part="sheet"]')!;
    expect(
      button.compareDocumentPosition(firstSheet) & Node.DOCUMENT_POSITION_FOLLOWING,
      'the button comes before the pages',
    ).to.not.equal(0);
    button.click();
    expect(printed).to.equal(1);
    await emulateMedia({ media: 'print' });
    expect(deepQueryAll(blank, '[part="sheet"]').filter(shown)).to.have.length(file.partners.length);
    for (const other of ['partner-lijst', 'ambitie-stappen', 'facilitator-tips', 'belangen-kaart:not([blank])'])
      expect(shown(deepQuery(provider, other)!), `${other} is left out`).to.equal(false);
    expect(shown(paper.querySelector('summary')!), 'the fold’s title is left out').to.equal(false);

    window.dispatchEvent(new Event('afterprint'));
    await resetMedia();
    expect(shown(deepQuery(provider, 'partner-lijst')!)).to.equal(true);

    // Closed again, the fold keeps its cards.
    paper.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(paper.open).to.equal(false);
    expect(paper.querySelector('belangen-kaart')).to.equal(blank);
  });

  it('prints the record alone in step 5', async () => {
    const file = { ...(await exampleWorkshop()), step: 5 as Step };
    const { provider } = await workshop(undefined, { file });
    const record = deepQuery(provider, 'ambitie-verslag')!;
    deepQuery<HTMLButtonElement>(record, 'button[part="print"]')!.click();
    expect(printed).to.equal(1);
    await emulateMedia({ media: 'print' });
    expect(shown(record)).to.equal(true);
    expect(shown(deepQuery(provider, 'ambitie-stappen')!)).to.equal(false);
    expect(shown(deepQuery(provider, 'facilitator-tips')!)).to.equal(false);
    window.dispatchEvent(new Event('afterprint'));
  });
});

// What comes out of the printer, read from the PDF the browser makes: the
// size of every page and what is on it.
describe('the printed pages', () => {
  let print: typeof window.print;
  beforeEach(() => {
    print = window.print;
    window.print = () => undefined;
  });
  afterEach(async () => {
    window.print = print;
    window.dispatchEvent(new Event('afterprint'));
    await resetMedia();
  });

  const a3 = [PAPER.a3Landscape.width, PAPER.a3Landscape.height];
  const a4 = [PAPER.a4.width, PAPER.a4.height];

  it('the poster of step 4: one A3 landscape page, with the ambition and the network picture', async () => {
    const file = { ...(await exampleWorkshop()), step: 4 as Step };
    const { provider } = await workshop(undefined, { file });
    const canvas = deepQuery(provider, 'ambitie-canvas')!;
    deepQuery<HTMLButtonElement>(canvas, 'button[part="print"]')!.click();
    const { sizes } = await printToPdf();
    expect(sizes.map(sizeOf)).to.deep.equal([a3]);
    const page = sizes[0].text;
    for (const text of [
      file.title,
      'Onze gedeelde ambitie',
      'Netwerkbeeld',
      'Gedeelde ambitie',
      'De ambitie formuleren',
    ])
      expect(page).to.contain(text);
    for (const partner of ['Wijkverpleging', 'Woningcorporatie', 'Gemeente (sociaal', 'Hogeschool,'])
      expect(page, 'the picture’s labels').to.contain(partner);
    expect(canvas.style.getPropertyValue('--_poster-zoom'), 'on screen the canvas is as it was').to.equal('');
  });

  it('the poster of a workshop of 12 partners, printed from the browser’s menu: still one A3 landscape page', async () => {
    const file = parseWorkshopFile(networkWorkshop(12));
    const { provider } = await workshop(undefined, { file });
    const { sizes } = await printToPdf();
    expect(sizes.map(sizeOf)).to.deep.equal([a3]);
    expect(sizes[0].text)
      .to.contain('Netwerk van 12 partners')
      .and.contain('Jeugdzorg')
      .and.contain('Buurthuis (stichting)');
    const canvas = deepQuery(provider, 'ambitie-canvas')!;
    expect(canvas.style.getPropertyValue('--_poster-zoom'), 'on screen the canvas is as it was').to.equal('');
  });

  it('the poster of a workshop of 30 partners, printed from the browser’s menu: A3 landscape pages with every entry, no smaller than legible', async () => {
    const file = parseWorkshopFile(networkWorkshop(30));
    await workshop(undefined, { file });
    const { sizes } = await printToPdf();
    // Scaled down to the smallest legible size, the whole flip-over of 30 partners goes on over more A3 pages.
    for (const size of sizes.map(sizeOf)) expect(size).to.deep.equal(a3);
    const text = sizes.map((page) => page.text).join('\n');
    expect(text).to.contain('Netwerk van 30 partners').and.contain('Basisschool 2');
    for (const get of file.contributions.filter((c) => c.direction === 'get'))
      expect(text.replace(/\s+/g, ' '), 'every get is printed').to.contain(get.text.slice(0, 20));
  });

  it('the blank cards of step 1: one A4 page per partner, with interests, get and bring', async () => {
    const example = await exampleWorkshop();
    const file = {
      ...example,
      step: 1 as Step,
      title: 'Wijknetwerk Gezond Oost: samen sterker voor kwetsbare inwoners in de wijken van Arnhem-Oost',
      partners: [
        ...example.partners,
        {
          id: 'lang',
          name: 'Stichting Welzijn en Maatschappelijke Dienstverlening Arnhem-Oost en omstreken',
          aspirant: false,
        },
      ],
    };
    const { provider } = await workshop(undefined, { file });
    const paper = deepQuery<HTMLDetailsElement>(provider, '[part="paper"]')!;
    paper.open = true;
    const blank = await until(() => paper.querySelector('belangen-kaart'), 'the blank cards');
    (await until(() => deepQuery<HTMLButtonElement>(blank, 'button[part="print"]'), 'the print button')).click();
    const { sizes } = await printToPdf();
    expect(sizes.map(sizeOf)).to.deep.equal(file.partners.map(() => a4));
    sizes.forEach((page, i) => {
      expect(page.text, `page ${i + 1}`).to.contain(`Partner: ${file.partners[i].name.slice(0, 30)}`);
      for (const text of [
        'Eigen belang',
        'Overkoepelend belang',
        'Halen en brengen',
        'Wat komen we halen?',
        'Wat komen we brengen?',
      ])
        expect(page.text, `page ${i + 1}`).to.contain(text);
    });
  });

  for (const how of ['its button', 'the browser’s menu'])
    it(`the record, printed with ${how}: A4 pages, the first one with the title, none empty`, async () => {
      const host = document.createElement('header');
      host.textContent = 'Intranet: sociaal domein';
      document.body.prepend(host);
      try {
        const file = { ...(await exampleWorkshop()), step: 5 as Step };
        const { provider } = await workshop(undefined, { file });
        const record = deepQuery(provider, 'ambitie-verslag')!;
        if (how === 'its button') deepQuery<HTMLButtonElement>(record, 'button[part="print"]')!.click();
        const { sizes } = await printToPdf();
        expect(sizes.length).to.be.at.least(4);
        const first = sizes[0].text;
        if (how === 'its button') {
          for (const size of sizes.map(sizeOf)) expect(size).to.deep.equal(a4);
          expect(first).to.match(new RegExp(`^Verslag van de netwerkambitie ${file.title}`));
        } else
          expect(first).to.match(new RegExp(`^Intranet: sociaal domein Verslag van de netwerkambitie ${file.title}`));
        expect(first).to.contain('Gedeelde ambitie');
        expect(
          sizes.filter((p) => p.texts === 0).map((_, i) => i + 1),
          'pages without text',
        ).to.deep.equal([]);
      } finally {
        host.remove();
      }
    });
});
