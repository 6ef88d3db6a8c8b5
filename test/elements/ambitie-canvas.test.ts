import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/ambitie-canvas/define.js';
import type { AmbitieCanvas } from '../../src/elements/ambitie-canvas/ambitie-canvas.js';
import type { WorkshopFile } from '../../src/model/types.js';
import { buttonNamed as button, fieldLabelled as field, resetMedia, squash, until } from '../support/dom.js';
import { exampleWorkshop } from '../support/example.js';
import { workshop } from '../support/fixtures.js';
import { deepActiveElement, tabTo } from '../support/keyboard.js';

async function canvasWith(file: WorkshopFile, options: { role?: string; partner?: string } = {}) {
  const fixture = await workshop(html`<ambitie-canvas></ambitie-canvas>`, { file, ...options });
  const canvas = fixture.provider.querySelector('ambitie-canvas') as AmbitieCanvas;
  const root = canvas.shadowRoot!;
  const stored = () => fixture.provider.exportWorkshop();
  return { ...fixture, canvas, root, stored };
}

/** The card (list item) of `part` whose heading or first line contains `text`. */
function card(root: ShadowRoot, part: string, text: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>(`[part~="${part}"]`)].find((el) =>
    squash(el.querySelector('h5, p')?.textContent).includes(text),
  );
  if (!found) throw new Error(`no ${part} "${text}"`);
  return found;
}

/** The radio button `choice` in the consent fieldset of partner `name`. */
function radio(root: ParentNode, name: string, choice: string): HTMLInputElement {
  const set = [...root.querySelectorAll('fieldset.response')].find(
    (f) => squash(f.querySelector('legend')?.textContent) === name,
  );
  const label = [...(set?.querySelectorAll('label.choice') ?? [])].find((l) => squash(l.textContent) === choice);
  if (!label) throw new Error(`no choice "${choice}" for ${name}`);
  return label.querySelector('input')!;
}

const part = (root: ShadowRoot, name: string) => root.querySelector<HTMLElement>(`[part~="${name}"]`)!;

/** `file` with `count` more things the municipality comes to get. */
const withGets = (file: WorkshopFile, count: number): WorkshopFile => ({
  ...file,
  contributions: [
    ...file.contributions,
    ...Array.from({ length: count }, (_, i) => ({
      id: `extra-get-${i}`,
      partnerId: 'gemeente',
      direction: 'get' as const,
      text: `Extra vraag ${i + 1}`,
    })),
  ],
});

describe('<ambitie-canvas>', () => {
  let file: WorkshopFile;
  beforeEach(async () => {
    file = await exampleWorkshop();
  });
  afterEach(resetMedia);

  it('says plainly that it needs a workshop when used on its own', async () => {
    const alone = await fixture<AmbitieCanvas>(html`<ambitie-canvas></ambitie-canvas>`);
    expect(squash(alone.shadowRoot!.textContent)).to.contain('werkt alleen binnen een <netwerk-ambitie>');
    await expect(alone).to.be.accessible();
  });

  it('tells what is still missing in a new workshop', async () => {
    const { provider, settle } = await workshop(html`<ambitie-canvas></ambitie-canvas>`);
    await settle();
    const canvas = provider.querySelector('ambitie-canvas')!;
    const text = squash(canvas.shadowRoot!.textContent);
    expect(text).to.contain('Er zijn nog geen partners.');
    expect(text).to.contain('Nog geen thema dat meer partners delen.');
    expect(text).to.contain('Nog niets gehaald of gebracht: dat gebeurt in stap 2.');
    expect(text).to.contain('Nog geen concept.');
    await expect(canvas).to.be.accessible();
  });

  it('shows the common ground: themes from the tags with the partners and items behind them, and suggestions from the texts', async () => {
    const { canvas, root } = await canvasWith(file);
    const theme = card(root, 'theme', 'vroegsignalering');
    expect(squash(theme.querySelector('.sharers')!.textContent)).to.equal(
      'Gedeeld door Gemeente (sociaal domein), Wijkverpleging Oost en Woningcorporatie Thuis',
    );
    expect(squash(theme.textContent)).to.contain('Signalen uit de wijk, eerder dan nu');
    expect(squash(theme.textContent)).to.contain('Dagelijks contact met kwetsbare ouderen');
    expect(squash(card(root, 'theme', 'kennisdeling').querySelector('.sharers')!.textContent)).to.equal(
      'Alleen bij Hogeschool, lectoraat Zorg in de wijk',
    );

    const suggestion = card(root, 'suggestion', 'studenten');
    expect(squash(suggestion.querySelector('h5')!.textContent)).to.equal('studenten voorstel');
    expect(squash(suggestion.querySelector('.sharers')!.textContent)).to.equal(
      'Gedeeld door Wijkverpleging Oost en Hogeschool, lectoraat Zorg in de wijk',
    );
    expect(squash(suggestion.textContent)).to.contain('Handen: studenten die meelopen');
    const names = [...root.querySelectorAll('[part~="suggestion"] h5')].map((h) =>
      squash(h.textContent).replace(/ voorstel$/, ''),
    );
    expect(names, 'the names are read').to.include('studenten');
    expect(names, 'all signals already carry vroegsignalering').to.not.include('signalen');
    await expect(canvas).to.be.accessible();
  });

  it('confirms a suggested theme: it is stored on every item behind it and becomes a shared theme', async () => {
    const small: WorkshopFile = {
      ...file,
      partners: file.partners.slice(0, 2),
      interests: [{ id: 'i1', partnerId: 'gemeente', scope: 'shared', kind: 'wish', text: 'Kennis over de scholen' }],
      contributions: [{ id: 'c1', partnerId: 'zorg', direction: 'bring', text: 'Kennis van de buurt' }],
      tensions: [],
      questions: [],
      matches: [],
      dismissedThemes: [],
      ambition: { drafts: [] },
    };
    const { root, settle, stored, canvas } = await canvasWith(small);
    expect(root.querySelectorAll('[part~="theme"]')).to.have.length(0);
    button(root, 'Bevestigen: thema ‘kennis’').click();
    await settle();
    expect(stored().interests[0].themes).to.deep.equal(['kennis']);
    expect(stored().contributions[0].themes).to.deep.equal(['kennis']);
    expect(root.querySelectorAll('[part~="suggestion"]')).to.have.length(0);
    expect(squash(card(root, 'theme', 'kennis').querySelector('.sharers')!.textContent)).to.equal(
      'Gedeeld door Gemeente (sociaal domein) en Wijkverpleging Oost',
    );
    expect(squash(part(root, 'status').textContent)).to.equal('Thema ‘kennis’ bevestigd bij 2 punten.');
    await expect(canvas).to.be.accessible();
  });

  it('dismisses a suggestion in the workshop, and can bring it back', async () => {
    const { root, settle, stored } = await canvasWith({ ...file, dismissedThemes: [] });
    button(root, 'Negeren: thema ‘studenten’').click();
    await settle();
    expect(() => card(root, 'suggestion', 'studenten')).to.throw();
    expect(stored().dismissedThemes.map((d) => d.name)).to.deep.equal(['studenten']);
    expect(root.activeElement?.id).to.equal('suggestions-heading');
    button(root, 'Genegeerde voorstellen terugzetten (1)').click();
    await settle();
    expect(stored().dismissedThemes).to.deep.equal([]);
    expect(squash(card(root, 'suggestion', 'studenten').querySelector('.sharers')!.textContent)).to.contain(
      'Wijkverpleging Oost',
    );
  });

  it('renames a theme in every item with the keyboard, and Escape leaves it as it was', async () => {
    const { root, settle, stored } = await canvasWith(file);
    const edit = button(root, 'Wijzigen: thema ‘leren’');
    expect(edit.getAttribute('aria-expanded')).to.equal('false');
    edit.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(edit.getAttribute('aria-expanded')).to.equal('true');
    expect(root.activeElement).to.equal(field<HTMLInputElement>(root, 'Nieuwe naam voor thema ‘leren’'));
    await sendKeys({ type: 'praktijkleren' });
    await sendKeys({ press: 'Enter' });
    await settle();
    const themesOf = (id: string) =>
      [...stored().interests, ...stored().contributions].find((item) => item.id === id)!.themes;
    expect(themesOf('i-hs-1')).to.deep.equal(['praktijkleren']);
    expect(themesOf('c-zorg-get')).to.deep.equal(['werkdruk', 'praktijkleren']);
    expect(themesOf('c-hs-bring')).to.deep.equal(['praktijkleren', 'kennisdeling']);
    const themeNames = [...root.querySelectorAll('[part~="theme"] h5')].map((h) => squash(h.textContent));
    expect(themeNames).to.include('praktijkleren').and.not.include('leren');
    expect(squash(card(root, 'theme', 'praktijkleren').querySelector('h5')!.textContent)).to.equal('praktijkleren');
    expect(root.activeElement?.getAttribute('aria-label')).to.equal('Wijzigen: thema ‘praktijkleren’');
    expect(squash(part(root, 'status').textContent)).to.equal('Thema ‘leren’ heet nu ‘praktijkleren’.');

    await sendKeys({ press: 'Enter' });
    await settle();
    await sendKeys({ type: 'iets anders' });
    await sendKeys({ press: 'Escape' });
    await settle();
    expect(themesOf('i-hs-1')).to.deep.equal(['praktijkleren']);
    expect(root.activeElement?.getAttribute('aria-label')).to.equal('Wijzigen: thema ‘praktijkleren’');
    expect(root.activeElement?.getAttribute('aria-expanded')).to.equal('false');
  });

  it('merges a theme into another chosen from a list, with the keyboard', async () => {
    const { root, settle, stored, canvas } = await canvasWith(file);
    button(root, 'Wijzigen: thema ‘eenzaamheid’').focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    await expect(canvas).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const select = field<HTMLSelectElement>(root, 'Voeg ‘eenzaamheid’ samen met');
    expect(root.activeElement).to.equal(select);
    await sendKeys({ type: 'vroeg' });
    expect(select.selectedOptions[0].textContent).to.equal('vroegsignalering');
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.getAttribute('aria-label')).to.equal('Samenvoegen: thema ‘eenzaamheid’');
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(stored().interests.find((i) => i.id === 'i-zorg-3')!.themes).to.deep.equal(['vroegsignalering']);
    expect(squash(part(root, 'common-ground').textContent)).to.not.contain('eenzaamheid Alleen bij');
    expect(squash(card(root, 'theme', 'vroegsignalering').textContent)).to.contain('Vroeg signaleren van eenzaamheid');
    expect(root.activeElement?.getAttribute('aria-label')).to.equal('Wijzigen: thema ‘vroegsignalering’');
    expect(squash(part(root, 'status').textContent)).to.equal(
      'Thema ‘eenzaamheid’ is samengevoegd met ‘vroegsignalering’.',
    );
  });

  it('shows in the get/bring matrix who brings what another comes to get, and what nobody brings', async () => {
    const { root, canvas } = await canvasWith(file);
    const signals = card(root, 'get', 'Signalen uit de wijk, eerder dan nu');
    expect(squash(signals.querySelector('p')!.textContent)).to.equal(
      'Gemeente (sociaal domein) komt halen: Signalen uit de wijk, eerder dan nu',
    );
    const brings = [...signals.querySelectorAll('.items li')].map((li) => squash(li.textContent));
    expect(brings).to.deep.equal([
      'Wijkverpleging Oost: Dagelijks contact met kwetsbare ouderen (voorstel, gedeeld thema: vroegsignalering) Bevestigen Negeren',
      'Woningcorporatie Thuis: Ruimte in het buurthuis en huismeesters als ogen en oren (voorstel, gedeeld thema: vroegsignalering) Bevestigen Negeren',
    ]);
    const students = card(root, 'get', 'Handen: studenten die meelopen');
    expect(squash(students.querySelector('.items li')!.textContent), 'confirmed in the workshop').to.equal(
      'Hogeschool, lectoraat Zorg in de wijk: Studenten en een onderzoeker die effecten meet bevestigd (gedeeld thema: leren) Terugnemen',
    );
    expect(squash(card(root, 'get', 'Een vast contactpunt').textContent), 'contactpunt is no contact').to.contain(
      'Nog niemand brengt dit.',
    );
    const research = card(root, 'get', 'Toegang tot de praktijk voor onderzoek');
    expect(squash(research.textContent)).to.contain('Nog niemand brengt dit.');
    const unmatched = [...part(root, 'unmatched').querySelectorAll('li')].map((li) => squash(li.textContent));
    expect(unmatched).to.deep.equal([
      'Woningcorporatie Thuis: Een vast contactpunt voor huismeesters',
      'Hogeschool, lectoraat Zorg in de wijk: Toegang tot de praktijk voor onderzoek',
    ]);
    await expect(canvas).to.be.accessible();
  });

  it('shows the first 12 gets and the rest on request with the keyboard (focus on the first new one, the count said), and prints them all', async () => {
    const many = withGets(file, 20);
    const gets = many.contributions.filter((c) => c.direction === 'get');
    const { root, settle } = await canvasWith(many);
    const shownGets = () => [...part(root, 'matrix').querySelectorAll('[part~="get"]')];
    const moreButton = () =>
      [...part(root, 'matrix').querySelectorAll('button')].find((b) => squash(b.textContent).startsWith('Meer tonen'));
    expect(shownGets()).to.have.length(12);
    expect(squash(moreButton()!.textContent)).to.equal(
      `Meer tonen: wat partners komen halen (nog ${gets.length - 12})`,
    );

    await tabTo((el) => el === moreButton());
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(shownGets()).to.have.length(gets.length);
    expect(moreButton()).to.equal(undefined);
    expect(deepActiveElement(), 'focus on the first get shown now').to.equal(shownGets()[12]);
    expect(squash(part(root, 'status').textContent)).to.equal(
      `${gets.length - 12} meer getoond, ${gets.length} van ${gets.length}.`,
    );
  });

  it('prints every entry of a long list on the poster, also those the screen does not show yet', async () => {
    const many = withGets(file, 20);
    const gets = many.contributions.filter((c) => c.direction === 'get').map((c) => c.text);
    const { root, canvas } = await canvasWith(many);
    const shownGets = () =>
      [...part(root, 'matrix').querySelectorAll('[part~="get"]')]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => squash(el.querySelector('.item-text')!.textContent));
    expect(shownGets()).to.have.length(12);
    const print = window.print;
    window.print = () => {};
    try {
      part(root, 'print').click();
      await emulateMedia({ media: 'print' });
      // The page learns of print media with its next frame.
      await until(() => shownGets().length > 12, 'every get in print');
      expect(shownGets()).to.have.members(gets);
      expect(part(root, 'matrix').querySelector('.more')).to.equal(null);
    } finally {
      window.print = print;
      window.dispatchEvent(new Event('afterprint'));
      await resetMedia();
    }
    await until(() => shownGets().length === 12, 'the first 12 again on screen');
    await canvas.updateComplete;
  });

  it('lists every demand and every open tension as attention points, and marks a tension resolved', async () => {
    const { root, settle, stored, canvas } = await canvasWith(file);
    const attention = part(root, 'attention');
    const demands = [...attention.querySelectorAll('[part~="demand"]')].map((d) => squash(d.textContent));
    expect(demands).to.have.length(3);
    expect(demands[0]).to.contain('Minder inwoners die tussen wal en schip vallen');
    expect(demands[0]).to.contain('Eis');
    expect(demands[0]).to.contain('Waarom: Wettelijke taak Wmo');
    expect(demands[2]).to.contain('Signalen van huismeesters komen ergens terecht');
    const tension = card(root, 'tension', 'Meer signalen doorgeven');
    expect(squash(tension.textContent)).to.contain(
      'Wijkverpleging Oost: Eis (niet onderhandelbaar) Minder administratieve last voor wijkverpleegkundigen',
    );
    expect(squash(tension.textContent)).to.contain('Gemeente (sociaal domein): (Komt halen) Signalen uit de wijk');
    await expect(canvas).to.be.accessible();

    button(
      tension,
      'Markeer als opgelost: spanning ‘Meer signalen doorgeven kan de administratie voor wijkverpleging vergroten’',
    ).click();
    await settle();
    expect(stored().tensions[0].resolved).to.equal(true);
    expect(root.querySelectorAll('[part~="tension"]')).to.have.length(0);
    expect(squash(attention.textContent)).to.contain('Geen open spanningen.');
    expect(squash(attention.textContent)).to.contain('Opgeloste spanningen');
    await expect(canvas).to.be.accessible();
  });

  it('marks a new tension between interests in step 4, with the keyboard, and asks for two at least', async () => {
    const { root, settle, stored, canvas } = await canvasWith(file);
    const fold = part(root, 'new-tension') as HTMLDetailsElement;
    expect(fold.open).to.equal(false);
    fold.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(fold.open).to.equal(true);
    const pick = (text: string) => {
      const label = [...fold.querySelectorAll('label.pick')].find((l) => squash(l.textContent).includes(text));
      if (!label) throw new Error(`no interest "${text}" to pick`);
      return label.querySelector('input')!;
    };
    await expect(canvas).to.be.accessible();

    pick('Eén aanspreekpunt per gezin in de wijk').focus();
    await sendKeys({ press: 'Space' });
    button(fold, 'Spanning opslaan').click();
    await settle();
    expect(squash(fold.querySelector('.error')?.textContent)).to.contain('Kies minstens twee onderdelen');
    expect(stored().tensions).to.have.length(1);
    await expect(canvas).to.be.accessible();

    pick('Minder administratieve last voor wijkverpleegkundigen').focus();
    await sendKeys({ press: 'Space' });
    field(root, 'Wat werkt hier tegen elkaar in?').focus();
    await sendKeys({ type: 'Eén loket vraagt overleg dat tijd kost' });
    button(fold, 'Spanning opslaan').click();
    await settle();
    const [, added] = stored().tensions;
    expect(added.text).to.equal('Eén loket vraagt overleg dat tijd kost');
    expect(added.resolved).to.equal(false);
    const names = Object.fromEntries(stored().interests.map((i) => [i.id, i.text]));
    expect(added.itemIds.map((id) => names[id])).to.have.members([
      'Eén aanspreekpunt per gezin in de wijk',
      'Minder administratieve last voor wijkverpleegkundigen',
    ]);
    expect(squash(card(root, 'tension', 'Eén loket vraagt overleg').textContent)).to.contain(
      'Gemeente (sociaal domein): Wens (onderhandelbaar) Eén aanspreekpunt per gezin in de wijk',
    );
    expect(fold.querySelectorAll('input:checked')).to.have.length(0);
    expect(root.activeElement?.id).to.equal('tensions-heading');
  });

  it('stores the four parts of the ambition as they are typed', async () => {
    const { root, settle, stored } = await canvasWith({ ...file, ambition: { drafts: [] } });
    const typed = {
      problem: 'Signalen blijven hangen',
      solution: 'Eén wijkteam',
      opportunities: 'Studenten helpen mee',
      form: 'Een convenant',
    };
    const labels = {
      problem: 'Het gedeelde probleem',
      solution: 'De duurzame oplossing',
      opportunities: 'De kansen',
      form: 'De beoogde vorm van samenwerking',
    };
    for (const key of ['problem', 'solution', 'opportunities', 'form'] as const) {
      field(root, labels[key]).focus();
      await sendKeys({ type: typed[key] });
    }
    await settle();
    const { problem, solution, opportunities, form } = stored().ambition;
    expect({ problem, solution, opportunities, form }).to.deep.equal(typed);
    expect(root.activeElement).to.equal(field(root, 'De beoogde vorm van samenwerking'));
  });

  it('runs a consent round: every partner responds by keyboard, an objection needs a reason, and adoption waits for everyone', async () => {
    const { root, settle, stored, canvas } = await canvasWith({ ...file, tensions: [], ambition: { drafts: [] } });
    button(root, 'Nieuw concept').click();
    await settle();
    expect(root.activeElement).to.equal(field(root, 'Tekst van concept 1'));
    const text = 'Iedere bewoner van Oost weet bij wie hij terechtkan.';
    await sendKeys({ type: text });
    await settle();
    const draft = () => stored().ambition.drafts[0];
    expect(draft().text).to.equal(text);

    const adopt = () => button(root, 'Concept 1 vaststellen als gedeelde ambitie');
    const why = () => squash(root.getElementById(adopt().getAttribute('aria-describedby')!)!.textContent);
    expect(adopt().disabled).to.equal(true);
    expect(why()).to.equal(
      'Vaststellen kan nog niet: nog geen reactie van Gemeente (sociaal domein), Wijkverpleging Oost, Woningcorporatie Thuis en Hogeschool, lectoraat Zorg in de wijk.',
    );

    radio(root, 'Gemeente (sociaal domein)', 'Eens').focus();
    await sendKeys({ press: 'Space' });
    radio(root, 'Wijkverpleging Oost', 'Eens').focus();
    await sendKeys({ press: 'ArrowDown' });
    radio(root, 'Woningcorporatie Thuis', 'Eens').focus();
    await sendKeys({ press: 'Space' });
    await settle();
    expect(draft().consent).to.deep.equal({ gemeente: 'agree', zorg: 'can-live-with', wonen: 'agree' });
    expect(squash(part(root, 'consent-summary').textContent)).to.equal(
      'Nog geen reactie van: Hogeschool, lectoraat Zorg in de wijk.',
    );
    expect(adopt().disabled, 'one partner has not responded').to.equal(true);

    radio(root, 'Hogeschool, lectoraat Zorg in de wijk', 'Kan ermee leven').focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle();
    expect(draft().consent.hogeschool).to.equal('object');
    const reason = field(root, 'Waarom maakt Hogeschool, lectoraat Zorg in de wijk bezwaar?');
    expect(reason.getAttribute('aria-invalid')).to.equal('true');
    expect(squash(root.getElementById(reason.getAttribute('aria-describedby')!)!.textContent)).to.contain(
      'Een bezwaar heeft een reden nodig',
    );
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(reason);
    await sendKeys({ type: 'Onderzoek ontbreekt' });
    await settle();
    expect(draft().reasons).to.deep.equal({ hogeschool: 'Onderzoek ontbreekt' });
    expect(reason.getAttribute('aria-invalid')).to.equal('false');
    expect(squash(part(root, 'consent-summary').textContent)).to.equal(
      'Alle partners hebben gereageerd. Bezwaar van: Hogeschool, lectoraat Zorg in de wijk.',
    );
    expect(adopt().disabled, 'one partner objects').to.equal(true);
    expect(why()).to.equal('Vaststellen kan nog niet: bezwaar van Hogeschool, lectoraat Zorg in de wijk.');
    await expect(canvas).to.be.accessible();
    adopt().click();
    await settle();
    expect(stored().ambition.statement ?? '').to.equal('');

    radio(root, 'Hogeschool, lectoraat Zorg in de wijk', 'Bezwaar').focus();
    await sendKeys({ press: 'ArrowUp' });
    await settle();
    expect(draft().consent.hogeschool).to.equal('can-live-with');
    expect(draft().reasons ?? {}).to.deep.equal({});
    expect(adopt().disabled).to.equal(false);
    expect(why()).to.contain('Iedereen is het eens of kan ermee leven');
    await expect(canvas).to.be.accessible();

    adopt().click();
    await settle();
    expect(stored().ambition.statement).to.equal(text);
    expect(squash(part(root, 'statement-text').textContent)).to.equal(text);
    expect(squash(part(root, 'draft').querySelector('h5')!.textContent)).to.equal('Concept 1 vastgesteld');
    expect(root.activeElement?.id).to.equal('statement-heading');
    await expect(canvas).to.be.accessible();
  });

  it('lets the facilitator edit the statement after it was adopted', async () => {
    const { root, settle, stored } = await canvasWith({
      ...file,
      ambition: { ...file.ambition, statement: 'Samen gezond in Oost' },
    });
    const toggle = button(root, 'Ambitie bewerken');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await settle();
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const editor = field(root, 'Tekst van de gedeelde ambitie');
    editor.focus();
    editor.setSelectionRange(editor.value.length, editor.value.length);
    await sendKeys({ type: ', voor iedereen' });
    await settle();
    expect(stored().ambition.statement).to.equal('Samen gezond in Oost, voor iedereen');
    expect(squash(part(root, 'statement-text').textContent)).to.equal('Samen gezond in Oost, voor iedereen');
  });

  it('on a partner’s device: responds for its own partner only, and reads everything else', async () => {
    const { root, settle, stored, canvas } = await canvasWith(file, { role: 'partner', partner: 'hogeschool' });
    expect(root.querySelectorAll('textarea')).to.have.length(0);
    expect(root.querySelectorAll('select')).to.have.length(0);
    expect([...root.querySelectorAll('button:not([part="print"])')].map((b) => squash(b.textContent))).to.deep.equal(
      [],
    );
    expect(root.querySelector('[part~="new-tension"]'), 'only the facilitator marks tensions').to.equal(null);
    expect(root.querySelectorAll('fieldset.response')).to.have.length(1);
    const others = [...root.querySelectorAll('.response-text')].map((p) => squash(p.textContent));
    expect(others).to.deep.equal([
      'Gemeente (sociaal domein): Eens',
      'Wijkverpleging Oost: Kan ermee leven',
      'Woningcorporatie Thuis: Eens',
    ]);
    expect(squash(part(root, 'ambition-part').textContent)).to.contain(
      'Signalen over kwetsbare inwoners blijven hangen bij losse organisaties',
    );
    await expect(canvas).to.be.accessible();

    radio(root, 'Hogeschool, lectoraat Zorg in de wijk', 'Eens').focus();
    await sendKeys({ press: 'Space' });
    await settle();
    expect(stored().ambition.drafts[0].consent.hogeschool).to.equal('agree');
    expect(squash(part(root, 'adopt').textContent)).to.contain('dit concept kan de gedeelde ambitie worden');
  });

  it('reflects the poster attribute and prints as an A3 landscape poster', async () => {
    const { canvas, settle } = await canvasWith(file);
    canvas.poster = true;
    await settle();
    expect(canvas.hasAttribute('poster')).to.equal(true);
    await expect(canvas).to.be.accessible();
    canvas.removeAttribute('poster');
    await settle();
    expect(canvas.poster).to.equal(false);

    await emulateMedia({ media: 'print' });
    await settle();
    expect(getComputedStyle(canvas).getPropertyValue('page')).to.equal('na-poster');
    const pageRules = [...document.adoptedStyleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSPageRule => rule instanceof CSSPageRule && rule.selectorText === 'na-poster');
    expect(pageRules.map((rule) => rule.style.getPropertyValue('size').toLowerCase())).to.deep.equal(['a3 landscape']);
    const { pages, bytes } = await executeServerCommand<{ pages: number; bytes: number }, undefined>('pdf');
    expect(bytes).to.be.greaterThan(1000);
    expect(pages, 'the example workshop fits on two A3 pages').to.be.within(1, 2);
  });

  it('prints the poster alone from its button: the host page around it is left out, and comes back afterwards', async () => {
    const host = document.createElement('p');
    host.textContent = 'Kop en menu van de cursuspagina';
    document.body.prepend(host);
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      const { root, canvas } = await canvasWith(file);
      button(root, 'Poster afdrukken').click();
      expect(printed).to.equal(1);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(host).display).to.equal('none');
      expect(getComputedStyle(canvas).getPropertyValue('page'), 'still the A3 poster page').to.equal('na-poster');
      window.dispatchEvent(new Event('afterprint'));
      expect(getComputedStyle(host).display).to.not.equal('none');
    } finally {
      window.print = print;
      host.remove();
      await resetMedia();
    }
  });

  it('prints every text in full: no control, no clipped text, long words wrapped', async () => {
    const long = 'Wijkgezondheidssamenwerkingsverbandondersteuningsprogramma'.repeat(4);
    const { root, canvas, settle } = await canvasWith({
      ...file,
      interests: file.interests.map((i, n) => (n === 0 ? { ...i, text: `${long} ${i.text}` } : i)),
      ambition: { ...file.ambition, statement: `${long} Samen gezond in Oost` },
    });
    canvas.poster = true;
    await emulateMedia({ media: 'print' });
    await settle();

    const shown = (el: Element) => el.getClientRects().length > 0;
    expect([...root.querySelectorAll('button, input, select, textarea')].filter(shown)).to.deep.equal([]);
    const printed = [...root.querySelectorAll<HTMLElement>('.print-text')]
      .filter(shown)
      .map((p) => squash(p.textContent));
    expect(printed).to.include('Eén wijkteam met één aanspreekpunt dat signalen bundelt');
    expect(printed.join(' ')).to.contain('Wijkverpleging Oost: Kan ermee leven');

    const clipped: string[] = [];
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      if (!shown(el)) continue;
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!hasText) continue;
      const style = getComputedStyle(el);
      const x = style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1;
      const y = style.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1;
      if (x || y) clipped.push(`${el.localName}.${el.className}: ${squash(el.textContent).slice(0, 40)}`);
    }
    expect(clipped).to.deep.equal([]);
    const host = canvas.getBoundingClientRect();
    const wider = [...root.querySelectorAll<HTMLElement>('*')].filter(
      (el) => shown(el) && el.getBoundingClientRect().right > host.right + 1,
    );
    expect(
      wider.map((el) => `${el.localName}.${el.className}`),
      'nothing runs out of the poster',
    ).to.deep.equal([]);
  });
});
