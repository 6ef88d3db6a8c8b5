import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, selectOption, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { NetwerkAmbitie } from '../../src/elements/netwerk-ambitie/netwerk-ambitie.js';
import type { WorkshopFile } from '../../src/model/types.js';
import {
  accessibleName,
  buttonWithAccessibleName as button,
  fieldWithAccessibleName as field,
  must,
  resetMedia,
  squash,
  typeInto,
} from '../support/dom.js';
import { exampleWorkshop, uniqueId } from '../support/example.js';
import {
  countRenders,
  deepQuery,
  deepQueryAll,
  settleBelow,
  workshop,
  type WorkshopFixture,
} from '../support/fixtures.js';
import { deepActiveElement } from '../support/keyboard.js';

// What the guided workshop adds for leading it on a projected screen: steps
// in sections, a partner switcher, undo and redo keys, large text, full
// screen and the tips on and off.

const tabsOf = (root: Element) => deepQueryAll<HTMLButtonElement>(root, '[role="tab"]');
const tabNamed = (root: Element, name: string) =>
  must(
    tabsOf(root).find((tab) => accessibleName(tab) === name),
    `the tab ${name}`,
  );
const selected = (root: Element) => tabsOf(root).filter((tab) => tab.getAttribute('aria-selected') === 'true');
const panelOf = (root: Element, tab: Element) =>
  must(deepQuery(root, `#${tab.getAttribute('aria-controls')}`), `the panel of ${accessibleName(tab)}`);
/** What the guided workshop says politely. */
const said = (provider: NetwerkAmbitie) =>
  squash(provider.shadowRoot!.querySelector('.workshop [role="status"]')?.textContent);

/** The guided workshop of workshop `id`, kept in memory, with `file`. */
async function open(id: string, file: WorkshopFile): Promise<WorkshopFixture> {
  const provider = await fixture<NetwerkAmbitie>(
    html`<netwerk-ambitie storage="none" workshop-id=${id}></netwerk-ambitie>`,
  );
  await provider.ready;
  provider.importWorkshop(file);
  const settle = () => settleBelow(provider);
  await settle();
  return { provider, settle };
}

describe('the guided workshop’s presentation layout', () => {
  let example: WorkshopFile;
  beforeEach(async () => {
    example = await exampleWorkshop();
  });

  it('moves through a step’s sections with tabs, arrow keys and Alt+Page Down/Up, and remembers the section per step', async () => {
    const id = uniqueId('sections');
    const { provider, settle } = await open(id, { ...example, step: 4 });
    const press = async (key: string) => {
      await sendKeys({ press: key });
      await settle();
    };
    const canvas = () => must(deepQuery(provider, 'ambitie-canvas'), 'the canvas');
    const tablist = must(deepQuery(canvas(), '[role="tablist"]'), 'the tabs');
    expect(tablist.getAttribute('aria-label')).to.equal('Onderdelen van stap 4');
    expect(tabsOf(canvas()).map(accessibleName)).to.deep.equal([
      'Gemeenschappelijke grond',
      'Halen en brengen',
      'Aandachtspunten',
      'Ambitie en instemming',
    ]);
    // One section shows at a time; only its tab is a tab stop.
    const [first] = selected(canvas());
    expect(accessibleName(first)).to.equal('Gemeenschappelijke grond');
    expect(tabsOf(canvas()).map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    for (const tab of tabsOf(canvas()))
      expect((panelOf(canvas(), tab) as HTMLElement).hidden, accessibleName(tab)).to.equal(tab !== first);
    expect(panelOf(canvas(), first).getAttribute('aria-labelledby')).to.equal(first.id);
    // The keys are said on screen.
    expect(squash(deepQuery(canvas(), '[part~="section-nav"]')?.textContent)).to.contain(
      'Alt + Page Down / Page Up: volgend of vorig onderdeel',
    );
    await expect(provider).to.be.accessible();

    first.focus();
    await press('ArrowRight');
    expect(accessibleName(deepActiveElement()!)).to.equal('Halen en brengen');
    expect(selected(canvas()).map(accessibleName)).to.deep.equal(['Halen en brengen']);
    await press('End');
    expect(selected(canvas()).map(accessibleName)).to.deep.equal(['Ambitie en instemming']);
    await press('ArrowRight');
    expect(selected(canvas()).map(accessibleName), 'round to the first').to.deep.equal(['Gemeenschappelijke grond']);

    // From anywhere in the workshop, the bar too: Alt+Page Down and Up.
    button(provider, 'Stap 4 Gedeelde ambitie').focus();
    await press('Alt+PageDown');
    expect(selected(canvas()).map(accessibleName)).to.deep.equal(['Halen en brengen']);
    expect(accessibleName(deepActiveElement()!), 'the focus goes to the tab').to.equal('Halen en brengen');
    await press('Alt+PageDown');
    await press('Alt+PageUp');
    expect(selected(canvas()).map(accessibleName)).to.deep.equal(['Halen en brengen']);
    // At the end of a section, a way on to the next.
    button(canvas(), 'Verder: Aandachtspunten').click();
    await settle();
    expect(selected(canvas()).map(accessibleName)).to.deep.equal(['Aandachtspunten']);

    // Another step and back: the section is still the one chosen; step 5 has its own.
    button(provider, 'Stap 5 Vastleggen en vervolg').click();
    await settle();
    const verslag = must(deepQuery(provider, 'ambitie-verslag'), 'the record');
    expect(selected(verslag).map(accessibleName)).to.deep.equal(['Verslag']);
    tabNamed(verslag, 'Acties').click();
    await settle();
    button(provider, 'Stap 4 Gedeelde ambitie').click();
    await settle();
    expect(selected(canvas()).map(accessibleName)).to.deep.equal(['Aandachtspunten']);
    expect(provider.store.session.sections).to.deep.equal({ 4: 'attention', 5: 'actions' });

    // This device remembers it for this workshop, also in another page.
    provider.remove();
    const again = await open(id, { ...example, step: 4 });
    expect(selected(must(deepQuery(again.provider, 'ambitie-canvas'), 'the canvas')).map(accessibleName)).to.deep.equal(
      ['Aandachtspunten'],
    );
  });

  it('opens step 1 on the cards when there are partners, on the partners when there are none, and stays where work begins', async () => {
    const empty = await workshop(undefined);
    expect(selected(empty.provider).map(accessibleName)).to.deep.equal(['Partners']);
    // Adding the first partner keeps the partners in sight, its name field focused.
    button(must(deepQuery(empty.provider, 'partner-lijst'), 'the partner list'), 'Partner toevoegen').click();
    await empty.settle();
    expect(selected(empty.provider).map(accessibleName)).to.deep.equal(['Partners']);
    expect(accessibleName(deepActiveElement()!)).to.equal('Naam van partner 1');

    const filled = await workshop(undefined, { file: { ...example, step: 1 } });
    expect(selected(filled.provider).map(accessibleName)).to.deep.equal(['Belangenkaarten']);
  });

  it('renders its frame and the steps bar again only when what they show changed, not on a key in a card', async () => {
    const { provider, settle } = await workshop(undefined, { file: { ...example, step: 1 } });
    const card = must(deepQuery(provider, 'belangen-kaart:not([blank])'), 'the card');
    // Beginning to work in the cards keeps that section on screen: the frame remembers it once.
    field(card, 'Wat is het belang?').focus();
    await sendKeys({ type: ' ' });
    await settle();
    const steps = must(deepQuery(provider, 'ambitie-stappen'), 'the steps bar');
    const [frame, bar] = [countRenders(provider), countRenders(steps)];
    await sendKeys({ type: 'en meer' });
    await settle();
    const typed = provider.exportWorkshop().interests.filter((i) => i.text.endsWith(' en meer'));
    expect(typed, 'the key reached the workshop').to.have.length(1);
    expect(frame.n, 'the frame does not render').to.equal(0);
    expect(bar.n, 'the steps bar does not render').to.equal(0);

    // The title is the frame's: typed in the partners section, the frame follows it.
    tabNamed(provider, 'Partners').click();
    await settle();
    await typeInto(field<HTMLInputElement>(provider, 'Titel van de workshop'), ' 2027');
    await settle();
    expect(frame.n).to.be.greaterThan(0);
    expect(must(deepQuery(provider, '[part~="workshop"]'), 'the workshop').getAttribute('aria-label')).to.equal(
      'Wijknetwerk Gezond Oost 2027',
    );
  });

  it('keeps the partner chosen on the facilitator’s screen from step 1 to step 2 and back', async () => {
    const { provider, settle } = await workshop(undefined, { file: { ...example, step: 1 } });
    const title = (tag: string) =>
      squash(deepQuery(must(deepQuery(provider, tag), tag), '[part~="title"]')?.textContent);
    const switcher = () => field<HTMLSelectElement>(provider, 'Partner op het scherm');
    expect(title('belangen-kaart:not([blank])')).to.equal('Belangenkaart van Gemeente (sociaal domein)');
    expect(squash(switcher().selectedOptions[0].textContent)).to.equal('Gemeente (sociaal domein) – klaar');
    await selectOption({ selector: '#partner-switcher', label: 'Woningcorporatie Thuis – klaar' });
    await settle();
    expect(title('belangen-kaart:not([blank])')).to.equal('Belangenkaart van Woningcorporatie Thuis');
    expect(squash(deepQuery(provider, '[part~="partner-switcher"]')?.textContent)).to.contain('3 van 4');

    button(provider, 'Stap 2 Halen en brengen').click();
    await settle();
    expect(title('halen-brengen')).to.contain('Woningcorporatie Thuis');
    const next = button(provider, 'Volgende partner');
    next.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(title('halen-brengen')).to.contain('Hogeschool, lectoraat Zorg in de wijk');
    // The last partner: the button is off, and the focus goes to the choice rather than out of the workshop.
    expect(next.disabled).to.equal(true);
    expect(deepActiveElement()).to.equal(switcher());
    await expect(provider).to.be.accessible();

    button(provider, 'Stap 1 Belangen').click();
    await settle();
    expect(title('belangen-kaart:not([blank])')).to.equal(
      'Belangenkaart van Hogeschool, lectoraat Zorg in de wijk (aspirant-partner)',
    );
  });

  it('undoes and redoes with Ctrl+Z and Shift+Ctrl+Z, and leaves them to text fields while typing', async () => {
    const { provider, settle } = await workshop(undefined, { file: { ...example, step: 1 } });
    const press = async (key: string) => {
      await sendKeys({ press: key });
      await settle();
    };
    tabNamed(provider, 'Partners').click();
    await settle();
    const lijst = must(deepQuery(provider, 'partner-lijst'), 'the partner list');
    const aspirant = () => provider.exportWorkshop().partners[0].aspirant;
    const box = field<HTMLInputElement>(lijst, 'aspirant-partner (Gemeente (sociaal domein))');
    box.focus();
    await press('Space');
    expect(aspirant()).to.equal(true);
    await press('Control+z');
    expect(aspirant(), 'undone').to.equal(false);
    expect(said(provider)).to.equal('Laatste wijziging ongedaan gemaakt.');
    await press('Control+Shift+Z');
    expect(aspirant(), 'redone').to.equal(true);
    expect(said(provider)).to.equal('Wijziging opnieuw gedaan.');
    await press('Control+Shift+Z');
    expect(said(provider)).to.equal('Er is niets om opnieuw te doen.');

    // In a text field Ctrl+Z is the browser's own undo of the typing there: the workshop's last change stays.
    const title = field<HTMLInputElement>(lijst, 'Titel van de workshop');
    await typeInto(title, ' 2027');
    await settle();
    expect(provider.exportWorkshop().title).to.equal('Wijknetwerk Gezond Oost 2027');
    await press('Control+z');
    expect(title.value).to.equal('Wijknetwerk Gezond Oost');
    expect(provider.exportWorkshop().title).to.equal('Wijknetwerk Gezond Oost');
    await press('Control+z');
    expect(aspirant(), 'the checkbox is not undone from the text field').to.equal(true);
    expect(said(provider), 'nothing said from the text field').to.equal('Er is niets om opnieuw te doen.');
  });

  it('switches large text, full screen and the tips, each said with its state', async () => {
    const { provider, settle } = await workshop(undefined, { file: { ...example, step: 3 } });
    const view = must(deepQuery(provider, '[part~="view"]'), 'the view buttons');
    expect(view.getAttribute('role')).to.equal('group');
    expect(accessibleName(view)).to.equal('Weergave');
    const tips = button(view, 'Tips');
    expect(tips.getAttribute('aria-pressed')).to.equal('true');
    expect(deepQuery(provider, 'facilitator-tips')).not.to.equal(null);
    tips.click();
    await settle();
    expect(tips.getAttribute('aria-pressed')).to.equal('false');
    expect(deepQuery(provider, 'facilitator-tips')).to.equal(null);
    // The overview's own large text is the workshop's here.
    const overzicht = must(deepQuery(provider, 'belangen-overzicht'), 'the overview');
    const own = must(deepQuery(overzicht, '[part~="large-button"]'), 'the overview’s large text button');
    expect(own.getClientRects().length, 'hidden').to.equal(0);

    const full = button(view, 'Volledig scherm');
    full.focus();
    // The screen follows the browser's fullscreenchange, which comes a frame after the request.
    let changed = oneEvent(document, 'fullscreenchange');
    await sendKeys({ press: 'Enter' });
    await changed;
    await settle();
    expect(document.fullscreenElement, 'the workshop fills the screen').to.equal(provider);
    expect(full.getAttribute('aria-pressed')).to.equal('true');
    changed = oneEvent(document, 'fullscreenchange');
    await sendKeys({ press: 'Enter' });
    await changed;
    await settle();
    expect(document.fullscreenElement).to.equal(null);
    expect(full.getAttribute('aria-pressed')).to.equal('false');
    tips.click();
    await settle();
    await expect(provider).to.be.accessible();
  });

  describe('printed', () => {
    afterEach(() => resetMedia());

    const printed = async (fixture: WorkshopFixture, tag: string) => {
      await emulateMedia({ media: 'print' });
      const element = must(deepQuery(fixture.provider, tag), tag);
      return {
        tabs: tabsOf(element).filter((t) => t.getClientRects().length > 0),
        panels: deepQueryAll(element, '[role="tabpanel"]').map((p) => getComputedStyle(p).display),
      };
    };

    it('shows every section of step 5, without the tabs', async () => {
      const fixture = await workshop(undefined, { file: { ...example, step: 5 } });
      const { tabs, panels } = await printed(fixture, 'ambitie-verslag');
      expect(tabs).to.have.length(0);
      expect(panels).to.have.length(4);
      for (const display of panels) expect(display).not.to.equal('none');
    });

    it('prints step 4 as the whole poster, without the tabs', async () => {
      const fixture = await workshop(undefined, { file: { ...example, step: 4 } });
      // Printing starts (the print button and the browser's menu both fire `beforeprint`).
      window.dispatchEvent(new Event('beforeprint'));
      const { tabs, panels } = await printed(fixture, 'ambitie-canvas');
      expect(tabs).to.have.length(0);
      expect(panels, 'no sections: the poster is one whole').to.have.length(0);
      const canvas = must(deepQuery(fixture.provider, 'ambitie-canvas'), 'the canvas');
      for (const part of ['.board', '[part~="network"]', '[part~="ambition"]', '[part~="statement"]'])
        expect(getComputedStyle(must(deepQuery(canvas, part), part)).display, part).not.to.equal('none');
      window.dispatchEvent(new Event('afterprint'));
    });
  });
});
