import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { NetwerkAmbitie } from '../../src/elements/netwerk-ambitie/netwerk-ambitie.js';
import type { WorkshopFile } from '../../src/model/types.js';
import { accessibleName, must, nameMatches, only, squash } from '../support/dom.js';
import { captureDownloads } from '../support/downloads.js';
import { uniqueId } from '../support/example.js';
import { deepQuery, deepQueryAll, settleBelow } from '../support/fixtures.js';
import { deepActiveElement, describeElement, focusIndicator, tabTo, type FocusWanted } from '../support/keyboard.js';

// The whole guided workshop with the keyboard alone: after the page has
// loaded, nothing is clicked or focused by the test; it only presses Tab,
// Shift+Tab, Enter, Space and arrow keys, and types.

const TITLE = 'Buurtnetwerk West';
const PARTNERS = ['Bibliotheek West', 'Sportclub Vooruit'];

describe('the guided workshop with the keyboard only', () => {
  it('adds partners, fills in steps 1 and 2, reveals, agrees on an ambition and exports it', async function () {
    this.timeout(60000);
    const provider = await fixture<NetwerkAmbitie>(html`
      <netwerk-ambitie storage="none" workshop-id=${uniqueId('keyboard')}></netwerk-ambitie>
    `);
    await provider.ready;
    const settle = () => settleBelow(provider);
    await settle();
    const stored = () => provider.exportWorkshop();
    const stappen = () => only(provider, 'ambitie-stappen');
    const stepProgress = (n: number) => squash(deepQueryAll(stappen(), '[part~="step-progress"]')[n - 1]?.textContent);

    /** Moves the focus to `wanted` with Tab (or Shift+Tab), then waits for the page to settle. */
    const to = async (wanted: FocusWanted, options: { back?: boolean; what?: string } = {}) => {
      const el = await tabTo(wanted, options);
      await settle();
      return el;
    };
    const press = async (key: string) => {
      await sendKeys({ press: key });
      await settle();
    };
    const type = async (text: string) => {
      await sendKeys({ type: text });
      await settle();
    };
    /** The focused element shows that it has the focus. */
    const expectVisibleFocus = (what: string) => {
      const el = must(deepActiveElement(), `${what}: the focused element`);
      expect(el, `${what}: the focus is in the workshop`).not.to.equal(document.body);
      const { visible, style } = focusIndicator(el);
      expect(visible, `${what}: ${describeElement(el)} shows the focus (${style})`).to.equal(true);
    };
    /** The focus is on the control named `name` (an accessible name, exactly or by pattern). */
    const expectFocusOn = (name: string | RegExp, what: string) => {
      const el = deepActiveElement();
      const actual = el ? accessibleName(el) : '';
      expect(
        nameMatches(actual, name),
        `${what}: focus is on ${describeElement(el)}, expected ${String(name)}`,
      ).to.equal(true);
    };
    /** Moves the workshop to step `n` with the step navigation; the focus stays on that step's button. */
    const goTo = async (n: number, label: string) => {
      const name = `Stap ${n} ${label}`;
      await to(name, { back: true });
      await press('Enter');
      expect(stored().step, `Enter on "${name}" moves the workshop`).to.equal(n);
      expectFocusOn(name, `after moving to step ${n}`);
      expect(deepActiveElement()?.getAttribute('aria-current')).to.equal('step');
      expectVisibleFocus(`the step button of step ${n}`);
    };
    const isSelect = (label: string) => (el: Element) =>
      el instanceof HTMLSelectElement && accessibleName(el) === label;

    // ---- preparation: title and two partners ----
    expect(deepActiveElement() === document.body || deepActiveElement() === null).to.equal(true);
    await to('Titel van de workshop');
    expectVisibleFocus('the title field');
    await type(TITLE);
    for (const [index, name] of PARTNERS.entries()) {
      await to('Partner toevoegen');
      expectVisibleFocus('the add-partner button');
      await press('Enter');
      expectFocusOn(`Naam van partner ${index + 1}`, 'after adding a partner');
      await type(name);
    }
    // The second partner is a prospective one: its checkbox comes right after its name.
    await press('Tab');
    expectFocusOn(`aspirant-partner (${PARTNERS[1]})`, 'after the second name');
    await press('Space');
    expect(stored().title).to.equal(TITLE);
    expect(stored().partners.map((p) => [p.name, p.aspirant])).to.deep.equal([
      [PARTNERS[0], false],
      [PARTNERS[1], true],
    ]);

    // ---- step 1: an own and an overarching interest per partner ----
    const interests = [
      { own: 'Meer jongeren die lezen', shared: 'Een wijk waar iedereen meedoet' },
      { own: 'Leden uit de hele wijk', shared: 'Iedereen in de wijk in beweging' },
    ];
    // The cards are the step's second section: its tab is beside the partners' tab.
    await to('Partners', { back: true, what: 'the tab of the partners' });
    expectVisibleFocus('the tab of the partners');
    await press('ArrowRight');
    expectFocusOn('Belangenkaarten', 'after the arrow key on the tabs');
    for (const [index, partner] of interests.entries()) {
      // The first partner's card shows at once; the partner switcher above the card takes the next with the arrow key.
      if (index > 0) {
        await to(isSelect('Partner op het scherm'), { back: true, what: 'the partner switcher' });
        expectVisibleFocus('the partner switcher');
        await press('ArrowDown');
      }
      const card = only(provider, 'belangen-kaart:not([blank])');
      expect(squash(deepQuery(card, '[part~="title"]')?.textContent)).to.contain(PARTNERS[index]);

      await to('Belang toevoegen: Eigen belang (organisatie)');
      await press('Enter');
      expectFocusOn('Wat is het belang?', 'after adding an own interest');
      await type(partner.own);
      // The wish-or-demand choice is the next stop, with nothing chosen yet: Space takes a wish, the
      // arrow key a demand.
      await press('Tab');
      expectFocusOn(/^Wens/, 'the wish-or-demand choice');
      expectVisibleFocus('the wish-or-demand choice');
      if (index === 1) {
        await press('ArrowRight');
        expectFocusOn(/^Eis/, 'after the arrow key');
      } else await press('Space');
      await to('Belang toevoegen: Overkoepelend belang');
      await press('Space');
      expectFocusOn('Wat is het belang?', 'after adding an overarching interest');
      await type(partner.shared);
      await press('Tab');
      expectFocusOn(/^Wens/, 'the wish-or-demand choice of the overarching interest');
      await press('Space');
    }
    expect(
      stored().interests.map((i) => [i.partnerId, i.scope, i.kind, i.text]),
      'the interests as typed',
    ).to.deep.equal([
      [stored().partners[0].id, 'organisation', 'wish', interests[0].own],
      [stored().partners[0].id, 'shared', 'wish', interests[0].shared],
      [stored().partners[1].id, 'organisation', 'demand', interests[1].own],
      [stored().partners[1].id, 'shared', 'wish', interests[1].shared],
    ]);
    expect(stepProgress(1)).to.contain('2 van 2 partners klaar');

    // ---- step 2: something to get and to bring per partner ----
    await goTo(2, 'Halen en brengen');
    const contributions = [
      { get: 'Trainers voor een leesclub', bring: 'Boeken en een leeszaal' },
      { get: 'Een zaal voor de winter', bring: 'Trainers voor beweegles' },
    ];
    for (const [index, partner] of contributions.entries()) {
      // The partner switcher still shows the partner of step 1 (the second): back to the first, then on.
      await to(isSelect('Partner op het scherm'), { what: 'the partner switcher', back: index > 0 });
      await press(index === 0 ? 'ArrowUp' : 'ArrowDown');
      expect(squash(deepQuery(only(provider, 'halen-brengen'), '[part~="title"]')?.textContent)).to.contain(
        PARTNERS[index],
      );
      await to('Halen toevoegen');
      await press('Enter');
      expectFocusOn('Omschrijving', 'after adding a get');
      await type(partner.get);
      await to('Brengen toevoegen');
      await press('Enter');
      expectFocusOn('Omschrijving', 'after adding a bring');
      await type(partner.bring);
    }
    expect(stored().contributions.map((c) => [c.direction, c.text])).to.deep.equal(
      contributions.flatMap((c) => [
        ['get', c.get],
        ['bring', c.bring],
      ]),
    );
    expect(stepProgress(2)).to.contain('2 van 2 partners klaar');

    // ---- step 3: reveal the cards ----
    await goTo(3, 'Uitwisselen');
    const overzicht = only(provider, 'belangen-overzicht');
    expect(squash(overzicht.shadowRoot!.textContent)).not.to.contain(interests[0].own);
    await to('Kaarten tonen');
    expectVisibleFocus('the reveal button');
    await press('Enter');
    expect(stored().revealed).to.equal(true);
    expectFocusOn('Kaarten verbergen', 'after revealing');
    for (const partner of interests) expect(squash(overzicht.shadowRoot!.textContent)).to.contain(partner.own);

    // ---- step 4: a draft, both partners consent, adopt it ----
    await goTo(4, 'Gedeelde ambitie');
    // Alt+Page Down moves through the step's sections, from wherever the focus is.
    for (const tab of ['Halen en brengen', 'Aandachtspunten', 'Ambitie en instemming']) {
      await press('Alt+PageDown');
      expectFocusOn(tab, 'after Alt+Page Down');
    }
    expectVisibleFocus('the tab of the ambition');
    const DRAFT = 'Samen houden we de wijk in beweging';
    await to('Nieuw concept');
    await press('Enter');
    expectFocusOn('Tekst van concept 1', 'after adding a draft');
    await type(DRAFT);
    // Each partner's response is a radio group: Tab reaches it, Space chooses, an arrow key changes.
    await press('Tab');
    expectFocusOn('Eens', `${PARTNERS[0]}’s response`);
    expectVisibleFocus('a response');
    await press('Space');
    await press('Tab');
    expectFocusOn('Eens', `${PARTNERS[1]}’s response`);
    await press('ArrowDown');
    expectFocusOn('Kan ermee leven', 'after the arrow key');
    expect(stored().ambition.drafts[0].consent).to.deep.equal({
      [stored().partners[0].id]: 'agree',
      [stored().partners[1].id]: 'can-live-with',
    });
    expect(stepProgress(4)).to.contain('2 van 2 partners hebben gereageerd');
    await to('Concept 1 vaststellen als gedeelde ambitie');
    expectVisibleFocus('the adopt button');
    await press('Enter');
    expect(stored().ambition.statement).to.equal(DRAFT);
    const canvas = only(provider, 'ambitie-canvas');
    expect(squash(deepQuery(canvas, '[part~="statement-text"]')?.textContent)).to.equal(DRAFT);
    // The focus is not lost when the button goes away: it moves to the ambition's heading.
    expectFocusOn('Onze gedeelde ambitie', 'after adopting');

    // ---- step 5: the record, exported ----
    await goTo(5, 'Vastleggen en vervolg');
    await press('Alt+PageDown');
    await press('Alt+PageDown');
    expectFocusOn('Bewaren en delen', 'after Alt+Page Down twice');
    const downloads = captureDownloads();
    let exported: WorkshopFile;
    try {
      await to('Workshopbestand downloaden (JSON)');
      expectVisibleFocus('the export button');
      await press('Enter');
      exported = JSON.parse((await downloads.take()).text) as WorkshopFile;
    } finally {
      downloads.restore();
    }
    const file = stored();
    expect(exported).to.deep.equal(file);
    expect(file.step).to.equal(5);
    expect(file.revealed).to.equal(true);
    expect(file.title).to.equal(TITLE);
    expect(file.partners.map((p) => p.name)).to.deep.equal(PARTNERS);
    expect(file.interests).to.have.length(4);
    expect(file.contributions).to.have.length(4);
    expect(file.ambition.drafts.map((d) => d.text)).to.deep.equal([DRAFT]);
    expect(file.ambition.statement).to.equal(DRAFT);
  });
});
