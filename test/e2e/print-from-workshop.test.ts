import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { Step } from '../../src/model/types.js';
import { resetMedia, squash } from '../support/dom.js';
import { exampleWorkshop } from '../support/example.js';
import { deepQuery, deepQueryAll, workshop } from '../support/fixtures.js';

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
