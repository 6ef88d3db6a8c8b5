import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { generateWorkshop } from '../../bench/generate.js';
import '../../src/define.js';
import type { Step, WorkshopFile } from '../../src/model/types.js';
import { accessibleName, must } from '../support/dom.js';
import { exampleWorkshop } from '../support/example.js';
import { deepElements, deepQuery, deepQueryAll, workshop, type WorkshopFixture } from '../support/fixtures.js';

// The guided workshop on a projector (1366 × 768): each step's work starts on
// the first screen, under one compact bar. Every step is saved as a screenshot
// in test-screenshots/ (not kept in git) for a person to look at.

const SCREEN = { width: 1366, height: 768 };

/** Where the work of each step starts, on the facilitator's screen: the first thing to read or fill in. */
const WORK: Record<Step, { element: string; first: string }> = {
  1: { element: 'belangen-kaart:not([blank])', first: 'textarea' },
  2: { element: 'halen-brengen', first: 'textarea, input' },
  3: { element: 'belangen-overzicht', first: '[part~="partner"]' },
  4: { element: 'ambitie-canvas', first: '[role="tabpanel"]:not([hidden]) h3' },
  5: { element: 'ambitie-verslag', first: '[role="tabpanel"]:not([hidden]) [part~="statement"]' },
};

const top = (el: Element) => el.getBoundingClientRect().top + window.scrollY;

/** Every tab of the sections of the step's element. */
const tabs = (root: Element) => deepQueryAll<HTMLButtonElement>(root, '[role="tab"]');

describe('the guided workshop on a projector', () => {
  let example: WorkshopFile;
  before(async () => {
    await setViewport(SCREEN);
    example = await exampleWorkshop();
  });
  beforeEach(() => window.scrollTo(0, 0));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const step of [1, 2, 3, 4, 5] as Step[])
    it(`starts the work of step ${step} on the first screen, under a compact bar`, async () => {
      const fixture = await workshop(undefined, { file: { ...example, step } });
      const { provider } = fixture;
      const bar = must(deepQuery(provider, 'ambitie-stappen[compact]'), 'the compact bar');
      expect(bar.getBoundingClientRect().height, 'the bar').to.be.below(160);
      const work = must(deepQuery(provider, WORK[step].element), `the work of step ${step}`);
      const first = must(deepQuery(work, WORK[step].first), `the first thing to do in step ${step}`);
      expect(top(work), 'the step’s element starts on the first screen').to.be.below(SCREEN.height / 2);
      expect(top(first), 'its first work starts on the first screen').to.be.below(SCREEN.height - 60);
      expect(top(work), 'the work comes right after the bar').to.be.at.least(bar.getBoundingClientRect().bottom);
      await executeServerCommand('screenshot', { name: `projector-step-${step}` });
    });

  it('shows a partner’s own card first on the partner’s device', async () => {
    const { provider } = await workshop(undefined, { file: { ...example, step: 1 }, role: 'partner', partner: 'zorg' });
    const card = must(deepQuery(provider, 'belangen-kaart'), 'the card');
    expect(top(must(deepQuery(card, 'textarea'), 'its first field'))).to.be.below(SCREEN.height - 60);
    await executeServerCommand('screenshot', { name: 'projector-partner-step-1' });
  });

  it('fits every section of step 4 on the first screen and shows the large text, bar included', async () => {
    const fixture = await workshop(undefined, { file: { ...example, step: 4 } });
    const { provider, settle } = fixture;
    const canvas = must(deepQuery(provider, 'ambitie-canvas'), 'the canvas');
    for (const tab of tabs(canvas)) {
      tab.click();
      await settle();
      const panel = must(deepQuery<HTMLElement>(canvas, `#${tab.getAttribute('aria-controls')}`), 'the panel');
      expect(panel.hidden).to.equal(false);
      expect(top(panel), accessibleName(tab)).to.be.below(SCREEN.height / 2);
      await executeServerCommand('screenshot', { name: `projector-step-4-${tab.getAttribute('aria-controls')}` });
    }
    const stepLabel = must(deepQuery(must(deepQuery(provider, 'ambitie-stappen'), 'the bar'), '.label'), 'a step');
    const label = () => parseFloat(getComputedStyle(stepLabel).fontSize);
    const before = label();
    const large = must(
      deepQueryAll<HTMLButtonElement>(provider, 'button').find((b) => accessibleName(b) === 'Grote tekst'),
      'the large text button',
    );
    large.click();
    await settle();
    expect(large.getAttribute('aria-pressed')).to.equal('true');
    expect(label(), 'the bar’s text grows too').to.be.above(before * 1.2);
    await executeServerCommand('screenshot', { name: 'projector-step-4-large' });
    large.click();
    await settle();
  });

  it('fits a phone (320 CSS px) in every step without scrolling sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      for (const step of [1, 2, 3, 4, 5] as Step[]) {
        const { provider } = await workshop(undefined, { file: { ...example, step } });
        expect(document.documentElement.scrollWidth, `step ${step}`).to.be.at.most(320);
        if (step === 4) await executeServerCommand('screenshot', { name: 'phone-step-4' });
        provider.remove();
      }
    } finally {
      await setViewport(SCREEN);
    }
  });

  describe('with 30 partners of 10 interests and 10 contributions each', () => {
    let big: WorkshopFile;
    before(() => {
      big = generateWorkshop(30, 10, 10);
    });

    const count = (fixture: WorkshopFixture) => deepElements(fixture.provider).length;

    for (const step of [1, 2, 3, 4, 5] as Step[])
      it(`builds at most 10,000 elements in step ${step}`, async () => {
        const fixture = await workshop(undefined, { file: { ...big, step } });
        expect(count(fixture)).to.be.at.most(10_000);
      });

    it('keeps step 4 within a few screens, whichever section is shown', async () => {
      const fixture = await workshop(undefined, { file: { ...big, step: 4 } });
      const canvas = must(deepQuery(fixture.provider, 'ambitie-canvas'), 'the canvas');
      for (const tab of tabs(canvas)) {
        tab.click();
        await fixture.settle();
        const height = document.documentElement.scrollHeight;
        expect(height, accessibleName(tab)).to.be.at.most(4 * SCREEN.height);
        await executeServerCommand('screenshot', { name: `projector-30-step-4-${tab.getAttribute('aria-controls')}` });
      }
    });
  });
});
