import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/facilitator-tips/define.js';
import type { FacilitatorTips } from '../../src/elements/facilitator-tips/facilitator-tips.js';
import type { WorkshopFile } from '../../src/model/types.js';
import { expectFitsIn320, squash } from '../support/dom.js';
import { exampleWorkshop } from '../support/example.js';
import { deepQuery, workshop } from '../support/fixtures.js';

const element = (root: Element) => deepQuery<FacilitatorTips>(root, 'facilitator-tips')!;
const text = (root: Element) => squash(element(root).shadowRoot!.textContent);
const heading = (root: Element) => squash(deepQuery(element(root), 'h2')?.textContent);

/** Every module that `url` loads, as the dev server serves them (type-only imports are gone). */
async function moduleGraph(url: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(url)) return seen;
  seen.add(url);
  const source = await (await fetch(url)).text();
  const specifiers = [...source.matchAll(/(?:import|export)\s*(?:[^'"]*?\sfrom\s*)?['"]([^'"]+)['"]/g)].map(
    (m) => m[1],
  );
  for (const specifier of specifiers) await moduleGraph(new URL(specifier, url).href, seen);
  return seen;
}

describe('<facilitator-tips>', () => {
  let file: WorkshopFile;
  beforeEach(async () => {
    file = await exampleWorkshop();
  });

  it('guides the facilitator through the current step, with the time plan', async () => {
    const { provider } = await workshop(html`<facilitator-tips></facilitator-tips>`, { file });
    expect(heading(provider)).to.equal('Tips bij stap 4: Gedeelde ambitie');
    const shown = text(provider);
    expect(shown).to.contain('Wees flexibel');
    expect(shown).to.contain('Blijf inhoudelijk zoveel mogelijk buiten de ambitie');
    expect(shown).to.not.contain('wens of eis');
    const agenda = squash(deepQuery(element(provider), '[part="agenda"]')!.textContent);
    expect(agenda).to.contain('Tijdsplanning voor 4 partners');
    expect(agenda).to.contain('Voorbereiding: 30 minuten');
    expect(agenda).to.contain('Workshop: 50 minuten');
    expect(agenda).to.contain('Stap 4, Gedeelde ambitie: 15 minuten (deze stap)');
    expect(agenda).to.contain('Nazorg: 30 minuten');
    await expect(element(provider)).to.be.accessible();
  });

  it('changes with the step of the workshop', async () => {
    const { provider, settle } = await workshop(html`<facilitator-tips></facilitator-tips>`, { file });
    provider.store.setStep(1);
    await settle();
    expect(heading(provider)).to.equal('Tips bij stap 1: Belangen');
    expect(text(provider)).to.contain('Tip: wens of eis?');
    expect(text(provider)).to.contain('Over een wens valt te praten');
    expect(text(provider)).to.contain('Wees eerlijk over je eigen belang');
    expect(text(provider)).to.contain('zo concreet mogelijk');
    await expect(element(provider)).to.be.accessible();

    provider.store.setStep(3);
    await settle();
    expect(heading(provider)).to.equal('Tips bij stap 3: Uitwisselen');
    expect(text(provider)).to.contain('Luister onbevangen');
    expect(text(provider)).to.contain('Vraag door naar de motivatie');
    expect(text(provider)).to.contain('Stimuleer de dialoog');
    expect(text(provider)).to.contain('Bewaak de veiligheid');
    expect(text(provider)).to.not.contain('Tip: wens of eis?');
  });

  it('covers the preparation with step 1: every prospective partner invited, the cards printed, the room', async () => {
    const { provider, settle } = await workshop(html`<facilitator-tips></facilitator-tips>`, {
      file: { ...file, step: 1 },
    });
    const preparation = () => deepQuery(element(provider), '[part="preparation"]');
    const shown = squash(preparation()!.textContent);
    expect(shown).to.contain('Vooraf: de voorbereiding');
    expect(shown).to.contain('Nodig alle partners uit, ook de aspirant-partners');
    expect(shown).to.contain('Print voor iedere partner een belangenkaart op A4');
    expect(shown).to.contain('Een gewone vergaderruimte is genoeg');
    expect(shown).to.contain('flip-over');
    await expect(element(provider)).to.be.accessible();
    provider.store.setStep(2);
    await settle();
    expect(preparation(), 'only with step 1').to.equal(null);
  });

  it('shows the step named in its step attribute, whatever the workshop’s step', async () => {
    const { provider, settle } = await workshop(html`<facilitator-tips step="2"></facilitator-tips>`, { file });
    expect(heading(provider)).to.equal('Tips bij stap 2: Halen en brengen');
    provider.store.setStep(5);
    await settle();
    expect(heading(provider)).to.equal('Tips bij stap 2: Halen en brengen');
    expect(text(provider)).to.contain('Stap 2, Halen en brengen: 5 minuten (deze stap)');
    element(provider).removeAttribute('step');
    await settle();
    expect(heading(provider)).to.equal('Tips bij stap 5: Vastleggen en vervolg');
  });

  it('says so when its step attribute names no step, and follows the workshop', async () => {
    const { provider } = await workshop(html`<facilitator-tips step="9"></facilitator-tips>`, { file });
    expect(heading(provider)).to.equal('Tips bij stap 4: Gedeelde ambitie');
    expect(squash(deepQuery(element(provider), '[part="warning"]')!.textContent)).to.equal(
      'Er is geen stap “9”; hieronder staan de tips bij de huidige stap.',
    );
  });

  it('folds away and open again with its heading button', async () => {
    const { provider, settle } = await workshop(html`<facilitator-tips></facilitator-tips>`, { file });
    const toggle = deepQuery<HTMLButtonElement>(element(provider), '[part="toggle"]')!;
    const body = deepQuery(element(provider), '[part="body"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.getAttribute('aria-controls')).to.equal(body.id);
    toggle.click();
    await settle();
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(body.hidden).to.equal(true);
    expect(body.checkVisibility()).to.equal(false);
    await expect(element(provider)).to.be.accessible();
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(body.checkVisibility()).to.equal(true);
  });

  it('is hidden on a partner device', async () => {
    const { provider } = await workshop(html`<facilitator-tips></facilitator-tips>`, {
      file,
      role: 'partner',
      partner: 'zorg',
    });
    expect(text(provider)).to.equal('');
    expect(getComputedStyle(element(provider)).display).to.equal('none');
  });

  it('shows partners the step, their attitude and the time plan with for-partners', async () => {
    const { provider, settle } = await workshop(html`<facilitator-tips for-partners></facilitator-tips>`, {
      file: { ...file, step: 1 },
      role: 'partner',
      partner: 'zorg',
    });
    expect(getComputedStyle(element(provider)).display).to.equal('block');
    expect(heading(provider)).to.equal('Uitleg bij stap 1: Belangen');
    expect(text(provider)).to.contain('Wees eerlijk over je eigen belang');
    expect(text(provider)).to.contain('Tip: wens of eis?');
    expect(text(provider)).to.contain('Tijdsplanning voor 4 partners');
    expect(deepQuery(element(provider), '[part="facilitator"]')).to.equal(null);
    expect(deepQuery(element(provider), '[part="preparation"]'), 'the preparation is the facilitator’s').to.equal(null);
    await expect(element(provider)).to.be.accessible();

    element(provider).forPartners = false;
    await settle();
    expect(getComputedStyle(element(provider)).display).to.equal('none');
  });

  it('fits in 320 CSS pixels without scrolling sideways', async () => {
    const fixture = await workshop(html`<facilitator-tips step="1"></facilitator-tips>`, { file });
    await expectFitsIn320(fixture, element(fixture.provider));
  });

  it('says what it needs outside a <netwerk-ambitie>', async () => {
    const el = await fixture<FacilitatorTips>(html`<facilitator-tips></facilitator-tips>`);
    expect(el.shadowRoot!.textContent).to.contain('werken alleen binnen');
  });

  it('stays small: it loads neither Yjs nor the store', async () => {
    const graph = await moduleGraph(new URL('/src/elements/facilitator-tips/define.ts', location.href).href);
    const loaded = [...graph];
    expect(loaded.some((url) => url.includes('/src/elements/facilitator-tips/guidance.ts'))).to.equal(true);
    expect(loaded.some((url) => url.includes('/src/model/agenda.ts'))).to.equal(true);
    expect(loaded.filter((url) => /yjs|y-indexeddb|lib0|\/model\/store\.ts/.test(url))).to.deep.equal([]);
  });
});
