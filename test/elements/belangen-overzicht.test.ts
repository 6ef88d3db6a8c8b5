import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/belangen-overzicht/define.js';
import type { BelangenOverzicht } from '../../src/elements/belangen-overzicht/belangen-overzicht.js';
import { LIMITS, type WorkshopFile } from '../../src/model/types.js';
import { atPhoneWidth, resetMedia, until } from '../support/dom.js';
import { exampleWorkshop } from '../support/example.js';
import { deepQuery, workshop, type WorkshopFixture } from '../support/fixtures.js';

interface Setup extends WorkshopFixture {
  overzicht: BelangenOverzicht;
  root: ShadowRoot;
}

async function setup(file: WorkshopFile, options: { role?: string; partner?: string } = {}): Promise<Setup> {
  const fixture = await workshop(html`<belangen-overzicht></belangen-overzicht>`, { file, ...options });
  const overzicht = deepQuery<BelangenOverzicht>(fixture.provider, 'belangen-overzicht')!;
  return { ...fixture, overzicht, root: overzicht.shadowRoot! };
}

const text = (node: Element | ShadowRoot) => (node.textContent ?? '').replace(/\s+/g, ' ');

/** The button whose visible text or accessible name contains `name`. */
function button(scope: Element | ShadowRoot, name: string): HTMLButtonElement | undefined {
  return Array.from(scope.querySelectorAll('button')).find(
    (b) => text(b).includes(name) || (b.getAttribute('aria-label') ?? '').includes(name),
  );
}

/** The field labelled with a label that contains `name`. */
function field<T extends HTMLElement = HTMLTextAreaElement>(root: ShadowRoot, name: string): T {
  const label = Array.from(root.querySelectorAll('label')).find((l) => text(l).includes(name));
  if (!label) throw new Error(`no label "${name}"`);
  return (label.htmlFor ? root.getElementById(label.htmlFor) : label.querySelector('input')) as T;
}

/** The item (interest or contribution) with `id`, as shown. */
const item = (root: ShadowRoot, id: string) => root.querySelector<HTMLElement>(`[data-item="${id}"]`)!;

/** The focused element, through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until `match` has focus. */
async function tabTo(match: (el: Element) => boolean, limit = 300): Promise<Element> {
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const active = focused();
    if (active && match(active)) return active;
  }
  throw new Error('never reached by Tab');
}

describe('<belangen-overzicht>', () => {
  let file: WorkshopFile;
  let hidden: WorkshopFile;
  beforeEach(async () => {
    file = { ...(await exampleWorkshop()), step: 3 };
    // The housing corporation has not said yet what it comes to get and bring.
    hidden = {
      ...file,
      revealed: false,
      contributions: file.contributions.filter((c) => c.partnerId !== 'wonen'),
    };
  });

  it('before the reveal shows who is done in words, but none of the content', async () => {
    const { root, overzicht } = await setup(hidden);
    const shown = text(root);
    expect(shown).not.to.contain('Minder inwoners die tussen wal en schip vallen');
    expect(shown).not.to.contain('Budget voor een wijkcoördinator');
    expect(shown).not.to.contain('Welke administratie weegt het zwaarst?');
    expect(root.querySelector('[part="item"]')).to.equal(null);
    const wonen = Array.from(root.querySelectorAll('[part="progress-partner"]')).find((p) =>
      text(p).includes('Woningcorporatie Thuis'),
    )!;
    expect(text(wonen)).to.contain('Belangen ingevuld');
    expect(text(wonen)).to.contain('Halen en brengen nog niet ingevuld');
    expect(shown).to.contain('3 van 4 partners hebben hun kaart helemaal ingevuld');
    expect(text(root.querySelector('[part="reveal-note"]')!)).to.contain('Nog niet alle partners zijn klaar');
    await expect(overzicht).to.be.accessible();
  });

  it('lets the facilitator reveal the cards to everyone, and hide them again', async () => {
    const { root, provider, settle, overzicht } = await setup(hidden);
    button(root, 'Kaarten tonen')!.click();
    await settle();
    expect(provider.exportWorkshop().revealed).to.equal(true);
    expect(text(item(root, 'i-gem-1'))).to.contain('Minder inwoners die tussen wal en schip vallen');
    expect(text(item(root, 'i-gem-1'))).to.contain('Eis');
    expect(text(item(root, 'i-gem-1'))).to.contain('Wettelijke taak Wmo');
    expect(text(item(root, 'c-gem-bring'))).to.contain('middelen');
    expect(root.querySelectorAll('[part="partner"]')).to.have.length(4);
    expect(text(root.querySelector('[part="status"]')!)).to.contain('zichtbaar');
    await expect(overzicht).to.be.accessible();
    button(root, 'Kaarten verbergen')!.click();
    await settle();
    expect(provider.exportWorkshop().revealed).to.equal(false);
    expect(text(root)).not.to.contain('Minder inwoners die tussen wal en schip vallen');
  });

  it('gives a partner no reveal control, only the message that the cards come together', async () => {
    const { root, provider, settle } = await setup(hidden, { role: 'partner', partner: 'zorg' });
    expect(button(root, 'Kaarten tonen')).to.equal(undefined);
    expect(button(root, 'Grote tekst')).to.equal(undefined);
    expect(text(root.querySelector('[part="waiting"]')!)).to.contain('De facilitator laat ze straks');
    expect(text(root)).to.contain('Halen en brengen nog niet ingevuld');
    provider.store.setRevealed(true);
    await settle();
    expect(text(item(root, 'i-zorg-1'))).to.contain('Minder administratieve last');
    expect(button(root, 'Spanning markeren')).to.equal(undefined);
    expect(button(root, 'Verwijder spanning 1')).to.equal(undefined);
    expect(text(root.querySelector('[part="tension"]')!)).to.contain('Meer signalen doorgeven');
  });

  it('lets anyone ask a question about an item and answer it by typing', async () => {
    const { root, provider, settle } = await setup(file, { role: 'partner', partner: 'wonen' });
    const ask = button(item(root, 'c-hs-bring'), 'Vraag stellen')!;
    expect(ask.getAttribute('aria-label')).to.contain('Studenten en een onderzoeker');
    ask.click();
    await settle();
    expect(focused()?.id).to.equal('ask-c-hs-bring');
    await sendKeys({ type: 'Hoeveel studenten per jaar?' });
    await sendKeys({ press: 'Enter' });
    await settle();
    const question = provider.exportWorkshop().questions.find((q) => q.itemId === 'c-hs-bring')!;
    expect(question.text).to.equal('Hoeveel studenten per jaar?');
    expect(text(item(root, 'c-hs-bring'))).to.contain('Vraag: Hoeveel studenten per jaar?');
    expect(focused()).to.equal(button(item(root, 'c-hs-bring'), 'Vraag stellen'));

    field(root, "Antwoord op 'Hoeveel studenten per jaar?'").focus();
    await sendKeys({ type: 'Acht, in twee groepen' });
    await settle();
    expect(provider.exportWorkshop().questions.find((q) => q.id === question.id)!.answer).to.equal(
      'Acht, in twee groepen',
    );

    button(item(root, 'c-hs-bring'), "Verwijder vraag 'Hoeveel studenten per jaar?'")!.click();
    await settle();
    expect(provider.exportWorkshop().questions.find((q) => q.id === question.id)).to.equal(undefined);
    expect(text(item(root, 'c-hs-bring'))).not.to.contain('Hoeveel studenten');
  });

  it('refuses an empty question and says why', async () => {
    const { root, provider, settle } = await setup(file);
    button(item(root, 'i-hs-1'), 'Vraag stellen')!.click();
    await settle();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(text(item(root, 'i-hs-1'))).to.contain('Typ eerst je vraag.');
    expect(provider.exportWorkshop().questions).to.have.length(2);
    await sendKeys({ press: 'Escape' });
    await settle();
    expect(root.querySelector('[part="question-form"]')).to.equal(null);
  });

  it('offers "Waarom?" questions for an interest without motivation, added with one click', async () => {
    const { root, provider, settle, overzicht } = await setup(file);
    expect(button(item(root, 'i-gem-1'), 'Waarom?')).to.equal(undefined);
    button(item(root, 'i-zorg-2'), 'Waarom?')!.click();
    await settle();
    const suggestion = button(item(root, 'i-zorg-2'), 'Wat gebeurt er als dit niet lukt?')!;
    expect(text(item(root, 'i-zorg-2'))).to.contain('Wat maakt dit belangrijk voor jullie?');
    expect(text(item(root, 'i-zorg-2'))).to.contain('Welk belang zit hierachter?');
    await expect(overzicht).to.be.accessible();
    suggestion.click();
    await settle();
    const asked = provider.exportWorkshop().questions.filter((q) => q.itemId === 'i-zorg-2');
    expect(asked.map((q) => q.text)).to.deep.equal(['Wat gebeurt er als dit niet lukt?']);
    expect(text(root.querySelector('[data-item="i-zorg-2"] [part="questions"]')!)).to.contain(
      'Wat gebeurt er als dit niet lukt?',
    );
    // Asked once: a second click adds nothing.
    button(item(root, 'i-zorg-2'), 'Wat gebeurt er als dit niet lukt?')!.click();
    await settle();
    expect(provider.exportWorkshop().questions.filter((q) => q.itemId === 'i-zorg-2')).to.have.length(1);
  });

  it('lets the facilitator mark a tension between two items with the keyboard alone, then resolve it', async () => {
    const { root, provider, settle, overzicht } = await setup(file);
    const mark = button(root, 'Spanning markeren')!;
    mark.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(mark.getAttribute('aria-pressed')).to.equal('true');

    await tabTo((el) => (el as HTMLElement).dataset.pick === 'i-gem-1');
    await sendKeys({ press: 'Space' });
    await tabTo((el) => (el as HTMLElement).dataset.pick === 'i-wonen-1');
    await sendKeys({ press: 'Space' });
    await settle();
    expect(text(root.querySelector('[part="tension-panel"]')!)).to.contain('2 gekozen');
    await expect(overzicht).to.be.accessible();

    await tabTo((el) => el.id === 'tension-text');
    await sendKeys({ type: 'Snel ingrijpen kost woningen die langer bewoond blijven' });
    await tabTo((el) => text(el).includes('Spanning opslaan'));
    await sendKeys({ press: 'Enter' });
    await settle();

    const tension = provider.exportWorkshop().tensions[1];
    expect(tension).to.deep.include({
      itemIds: ['i-gem-1', 'i-wonen-1'],
      text: 'Snel ingrijpen kost woningen die langer bewoond blijven',
      resolved: false,
    });
    expect(root.querySelector('[part="tension-panel"]')).to.equal(null);
    for (const id of ['i-gem-1', 'i-wonen-1'])
      expect(text(item(root, id).querySelector('[part="tension-marker"]')!)).to.contain('Spanning 2');
    expect(item(root, 'i-hs-1').querySelector('[part="tension-marker"]')).to.equal(null);
    const listed = root.querySelector<HTMLElement>(`[data-tension="${tension.id}"]`)!;
    expect(focused()).to.equal(listed);
    expect(text(listed)).to.contain('Gemeente (sociaal domein) – Eigen belang (organisatie): Minder inwoners');
    expect(text(listed)).to.contain('Open');
    await expect(overzicht).to.be.accessible();

    await tabTo((el) => el === field<HTMLInputElement>(root, 'Opgelost (spanning 2)'));
    await sendKeys({ press: 'Space' });
    await settle();
    expect(provider.exportWorkshop().tensions[1].resolved).to.equal(true);
    expect(text(listed)).to.contain('Opgelost');
    expect(text(item(root, 'i-gem-1').querySelector('[part="tension-marker"]')!)).to.contain('Spanning 2 (opgelost)');

    button(root, 'Verwijder spanning 2')!.click();
    await settle();
    expect(provider.exportWorkshop().tensions).to.have.length(1);
    expect(item(root, 'i-gem-1').querySelector('[part="tension-marker"]')).to.equal(null);
  });

  it('does not save a tension of fewer than two items', async () => {
    const { root, provider, settle } = await setup(file);
    button(root, 'Spanning markeren')!.click();
    await settle();
    button(root, 'Naar de beschrijving')!.click();
    await settle();
    expect(focused()?.id).to.equal('tension-text');
    root.querySelector<HTMLInputElement>('[data-pick="i-gem-2"]')!.click();
    await settle();
    button(root, 'Spanning opslaan')!.click();
    await settle();
    expect(text(root.querySelector('[part="tension-panel"]')!)).to.contain('Kies minstens twee onderdelen');
    expect(provider.exportWorkshop().tensions).to.have.length(1);
    button(root.querySelector('[part="tension-panel"]')!, 'Annuleren')!.click();
    await settle();
    expect(root.querySelector('[data-pick]')).to.equal(null);
  });

  it('limits the question, the answer and the tension texts to the length a workshop file allows', async () => {
    const { root, settle } = await setup(file);
    button(item(root, 'c-hs-bring'), 'Vraag stellen')!.click();
    await settle();
    button(root, 'Spanning markeren')!.click();
    await settle();
    const fields = Array.from(
      root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea, input:not([type="checkbox"])'),
    );
    for (const shown of ['#ask-c-hs-bring', '[id^="answer-"]', '#tension-text', '[id^="tension-text-"]'])
      expect(root.querySelector(shown), shown).to.be.oneOf(fields);
    expect(fields.map((f) => f.maxLength)).to.deep.equal(fields.map(() => LIMITS.textLength));
  });

  it('switches to large text with the "Grote tekst" button and reflects `large`', async () => {
    const { root, overzicht } = await setup(file);
    const normal = parseFloat(getComputedStyle(overzicht).fontSize);
    const toggle = button(root, 'Grote tekst')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await overzicht.updateComplete;
    expect(overzicht.hasAttribute('large')).to.equal(true);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(parseFloat(getComputedStyle(overzicht).fontSize)).to.be.greaterThan(normal * 1.2);
    overzicht.large = false;
    await overzicht.updateComplete;
    expect(overzicht.hasAttribute('large')).to.equal(false);
    overzicht.setAttribute('large', '');
    await overzicht.updateComplete;
    expect(overzicht.large).to.equal(true);
  });

  it('fits a 320 px wide phone in one column without scrolling sideways', () =>
    atPhoneWidth(
      async () => {
        const { root, overzicht } = await setup(file);
        overzicht.large = true;
        await overzicht.updateComplete;
        const columns = Array.from(root.querySelectorAll<HTMLElement>('[part="partner"]'));
        expect(new Set(columns.map((c) => c.getBoundingClientRect().left)).size).to.equal(1);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      },
      { width: 1280, height: 800 },
    ));

  it('shows a large workshop completely and keeps the other items in place when one changes', async () => {
    const big = structuredClone(file);
    big.partners = [];
    big.interests = [];
    big.contributions = [];
    big.questions = [];
    big.tensions = [];
    big.matches = [];
    big.ambition = { drafts: [] };
    for (let p = 0; p < 30; p++) {
      big.partners.push({ id: `p${p}`, name: `Partner ${p}`, aspirant: false });
      for (let i = 0; i < 10; i++) {
        big.interests.push({
          id: `p${p}-i${i}`,
          partnerId: `p${p}`,
          scope: i % 2 ? 'shared' : 'organisation',
          text: `Belang ${i} van partner ${p}`,
          kind: i % 3 ? 'wish' : 'demand',
          ...(i % 4 ? { motivation: 'Omdat het telt' } : {}),
        });
        big.contributions.push({
          id: `p${p}-c${i}`,
          partnerId: `p${p}`,
          direction: i % 2 ? 'bring' : 'get',
          text: `Bijdrage ${i} van partner ${p}`,
        });
      }
    }
    big.tensions.push({ id: 't', itemIds: ['p0-i0', 'p29-c9'], text: 'Botst', resolved: false });
    const { root, provider, settle } = await setup(big);
    expect(root.querySelectorAll('[part="partner"]')).to.have.length(30);
    expect(root.querySelectorAll('[part="item"]')).to.have.length(600);
    const before = item(root, 'p15-c5');
    provider.store.updateInterest('p15-i5', { text: 'Gewijzigd belang' });
    await settle();
    expect(item(root, 'p15-c5')).to.equal(before);
    expect(text(item(root, 'p15-i5'))).to.contain('Gewijzigd belang');
    expect(root.querySelectorAll('[part="tension-marker"]')).to.have.length(2);
  });

  describe('a long group of items', () => {
    /** The example workshop, with 30 own interests for the district nurses. */
    const longGroup = (): WorkshopFile => ({
      ...file,
      interests: [
        ...file.interests,
        ...Array.from({ length: 30 }, (_, i) => ({
          id: `long-${i}`,
          partnerId: 'zorg',
          scope: 'organisation' as const,
          kind: 'wish' as const,
          text: `Eigen belang nummer ${i + 1}`,
        })),
      ],
    });
    const group = (root: ShadowRoot, partner: string, heading: string) => {
      const column = Array.from(root.querySelectorAll('[part="partner"]')).find((c) => text(c).includes(partner))!;
      return Array.from(column.querySelectorAll<HTMLElement>('[part="group"]')).find(
        (g) => text(g.querySelector('h4')!).trim() === heading,
      )!;
    };
    const shownTexts = (g: HTMLElement) => Array.from(g.querySelectorAll('[part="item-text"]')).map((t) => text(t));
    afterEach(() => resetMedia());

    it('shows its first 8 items and the rest on request with the keyboard: focus on the first new item, the count said', async () => {
      const long = longGroup();
      const own = long.interests.filter((i) => i.partnerId === 'zorg' && i.scope === 'organisation');
      const { root, settle } = await setup(long);
      let g = group(root, 'Wijkverpleging Oost', 'Eigen belang (organisatie)');
      expect(shownTexts(g)).to.deep.equal(own.slice(0, 8).map((i) => i.text));
      const more = button(g, 'Meer tonen')!;
      expect(text(more)).to.contain(`(nog ${own.length - 8})`);
      expect(more.getAttribute('type')).to.equal('button');

      await tabTo((el) => el === more);
      await sendKeys({ press: 'Enter' });
      await settle();
      g = group(root, 'Wijkverpleging Oost', 'Eigen belang (organisatie)');
      expect(shownTexts(g)).to.deep.equal(own.slice(0, 28).map((i) => i.text));
      expect(focused(), 'focus on the first item shown now').to.equal(item(root, own[8].id));
      expect(text(root.querySelector('[part="status"]')!).trim()).to.equal(`20 meer getoond, 28 van ${own.length}.`);

      await tabTo((el) => el === button(g, 'Meer tonen'));
      await sendKeys({ press: 'Space' });
      await settle();
      g = group(root, 'Wijkverpleging Oost', 'Eigen belang (organisatie)');
      expect(shownTexts(g)).to.deep.equal(own.map((i) => i.text));
      expect(button(g, 'Meer tonen'), 'nothing more to show').to.equal(undefined);
      expect(focused()).to.equal(item(root, own[28].id));
      expect(text(root.querySelector('[part="status"]')!).trim()).to.equal(
        `${own.length - 28} meer getoond, ${own.length} van ${own.length}.`,
      );
    });

    it('prints every item, also those the screen does not show yet', async () => {
      const long = longGroup();
      const own = long.interests.filter((i) => i.partnerId === 'zorg' && i.scope === 'organisation');
      const { root, overzicht, settle } = await setup(long);
      expect(shownTexts(group(root, 'Wijkverpleging Oost', 'Eigen belang (organisatie)'))).to.have.length(8);

      await emulateMedia({ media: 'print' });
      // The page learns of print media with its next frame.
      let g = await until(() => {
        const found = group(root, 'Wijkverpleging Oost', 'Eigen belang (organisatie)');
        return shownTexts(found).length > 8 && found;
      }, 'more items in print');
      expect(shownTexts(g)).to.deep.equal(own.map((i) => i.text));
      expect(button(g, 'Meer tonen')).to.equal(undefined);
      await resetMedia();
      await until(
        () => shownTexts(group(root, 'Wijkverpleging Oost', 'Eigen belang (organisatie)')).length === 8,
        'the first 8 again on screen',
      );
      await settle();

      // window.print() prints at once after `beforeprint`: every item is there before it returns.
      window.dispatchEvent(new Event('beforeprint'));
      g = group(root, 'Wijkverpleging Oost', 'Eigen belang (organisatie)');
      expect(shownTexts(g)).to.have.length(own.length);
      window.dispatchEvent(new Event('afterprint'));
      await overzicht.updateComplete;
      expect(shownTexts(group(root, 'Wijkverpleging Oost', 'Eigen belang (organisatie)'))).to.have.length(8);
    });
  });

  it('says what it needs outside a workshop', async () => {
    const alone = await fixture<BelangenOverzicht>(html`<belangen-overzicht></belangen-overzicht>`);
    expect(text(alone.shadowRoot!)).to.contain('binnen een workshop');
  });
});
