import { expect, fixture, html } from '@open-wc/testing';
import { selectOption, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { NetwerkAmbitie } from '../../src/elements/netwerk-ambitie/netwerk-ambitie.js';
import { escapeMarkdown } from '../../src/export/markdown.js';
import type { Interest, WorkshopFile } from '../../src/model/types.js';
import { parseCsv } from '../support/csv.js';
import {
  accessibleName,
  buttonWithAccessibleName as button,
  fieldWithAccessibleName as field,
  must,
  only,
  part,
  shownText,
  squash,
  typeInto,
} from '../support/dom.js';
import { captureDownloads } from '../support/downloads.js';
import { uniqueId } from '../support/example.js';
import { deepQuery, deepQueryAll, settleBelow } from '../support/fixtures.js';

// A facilitator runs the whole guided workshop, as it comes out of
// `<netwerk-ambitie>` on its own, with three partners: clicks and typing only,
// from the preparation to the exported record.

type Scope = 'organisation' | 'shared';

interface InterestPlan {
  scope: Scope;
  text: string;
  demand?: boolean;
  motivation?: string;
  themes?: string[];
}

interface PartnerPlan {
  name: string;
  aspirant: boolean;
  interests: InterestPlan[];
  get: string;
  bring: string;
}

const TITLE = 'Wijkakkoord Oost';

const PLAN: PartnerPlan[] = [
  {
    name: 'Gemeente Oost',
    aspirant: false,
    interests: [
      {
        scope: 'organisation',
        text: 'Minder eenzaamheid onder ouderen',
        demand: true,
        motivation: 'Dat is onze wettelijke taak in het sociaal domein',
        themes: ['ouderen'],
      },
      { scope: 'shared', text: 'Kennisdeling tussen alle organisaties in de wijk' },
    ],
    get: 'Signalen over eenzame bewoners',
    bring: 'Subsidie voor activiteiten',
  },
  {
    name: 'Buurthuis De Brug',
    aspirant: false,
    interests: [
      {
        scope: 'organisation',
        text: 'Vrijwilligers die blijven',
        motivation: 'Zonder vrijwilligers gaat het buurthuis dicht',
        themes: ['vrijwilligers'],
      },
      { scope: 'shared', text: 'Kennisdeling over wat werkt' },
    ],
    get: 'Subsidie voor de koffieochtend',
    bring: 'Een ruimte voor bijeenkomsten',
  },
  {
    name: 'Hogeschool Zuid',
    aspirant: true,
    interests: [
      {
        scope: 'organisation',
        text: 'Stageplekken voor studenten',
        demand: true,
        motivation: 'Studenten leren het vak in de praktijk',
      },
      { scope: 'shared', text: 'Onderzoek naar wat ouderen helpt', themes: ['ouderen'] },
    ],
    get: 'Praktijkvragen voor onderzoek',
    bring: 'Studenten die meelopen',
  },
];

const QUESTION = 'Hoeveel subsidie is er per jaar?';
const ANSWER = 'Ongeveer tienduizend euro';
const TENSION = 'Stageplekken vragen begeleiding die het buurthuis niet heeft';
const PARTS: Record<string, string> = {
  'Het gedeelde probleem': 'Ouderen in Oost raken uit beeld',
  'De duurzame oplossing': 'Een vast netwerk dat signalen deelt en opvolgt',
  'De kansen': 'Studenten en vrijwilligers samen inzetten',
  'De beoogde vorm van samenwerking': 'Een wijkakkoord met een kernteam',
};
const DRAFT = 'Samen zorgen we dat geen oudere in Oost uit beeld raakt';
const OBJECTION = 'De rol van vrijwilligers is nog te vaag';
const ACTION = 'Kernteam samenstellen';
const DUE = '2027-03-15';
const NOTES = 'Volgende keer de partnerschapskaart invullen';

describe('the guided workshop, run by a facilitator', () => {
  it('goes from preparation through all five steps to an exported record', async function () {
    this.timeout(60000);
    const provider = await fixture<NetwerkAmbitie>(html`
      <netwerk-ambitie storage="none" workshop-id=${uniqueId('e2e')}></netwerk-ambitie>
    `);
    await provider.ready;
    /** Waits until every element has rendered the latest change. */
    const settle = () => settleBelow(provider);
    const click = async (el: HTMLElement) => {
      el.click();
      await settle();
    };
    const type = async (el: HTMLElement, text: string) => {
      await typeInto(el, text);
      await settle();
    };
    await settle(); // the guided workshop's elements have rendered
    const stored = () => provider.exportWorkshop();
    const stappen = () => only(provider, 'ambitie-stappen');
    /** What step `n` shows in the navigation: "Stap n Label … minutes … progress". */
    const stepProgress = (n: number) => squash(deepQueryAll(stappen(), '[part~="step-progress"]')[n - 1]?.textContent);
    /** Shows a section of the current step by its tab. */
    const section = async (root: Element, label: string) => {
      const tab = must(
        deepQueryAll<HTMLButtonElement>(root, '[role="tab"]').find((t) => accessibleName(t) === label),
        `the tab ${label}`,
      );
      await click(tab);
      expect(tab.getAttribute('aria-selected')).to.equal('true');
    };
    const goTo = async (n: number, label: string) => {
      await click(button(stappen(), `Stap ${n} ${label}`));
      expect(stored().step).to.equal(n);
      const current = must(deepQuery(stappen(), '[aria-current="step"]'), 'the current step');
      expect(accessibleName(current)).to.equal(`Stap ${n} ${label}`);
    };

    // ---- preparation (shown with step 1): title and three partners ----
    expect(stored().step).to.equal(1);
    const lijst = only(provider, 'partner-lijst');
    expect(shownText(lijst)).to.contain('Nog geen partners.');
    expect(stepProgress(1)).to.contain('Nog geen partners');
    await type(field(lijst, 'Titel van de workshop'), TITLE);
    for (const [index, partner] of PLAN.entries()) {
      await click(button(lijst, 'Partner toevoegen'));
      // The new partner's name field has the focus: type straight away.
      const name = field<HTMLInputElement>(lijst, `Naam van partner ${index + 1}`);
      expect(name.matches(':focus')).to.equal(true);
      await sendKeys({ type: partner.name });
      await settle();
      if (partner.aspirant) await click(field(lijst, `aspirant-partner (${partner.name})`));
    }
    expect(shownText(lijst)).to.contain('3 partners, waarvan 1 aspirant');
    expect(stored().title).to.equal(TITLE);
    expect(stored().partners.map((p) => [p.name, p.aspirant])).to.deep.equal(PLAN.map((p) => [p.name, p.aspirant]));
    expect(stepProgress(1)).to.contain('0 van 3 partners klaar');
    const ids = stored().partners.map((p) => p.id);

    // ---- step 1: the interest card of each partner ----
    await section(provider, 'Belangenkaarten');
    const kaart = () => only(provider, 'belangen-kaart:not([blank])');
    // The first partner's card shows at once; the partner switcher picks the others.
    expect(squash(deepQuery(kaart(), '[part~="title"]')?.textContent)).to.equal(`Belangenkaart van ${PLAN[0].name}`);
    for (const partner of PLAN) {
      const label = partner.aspirant ? `${partner.name} (aspirant-partner)` : partner.name;
      await selectOption({ selector: '#partner-switcher', label });
      await settle();
      const card = part(kaart(), 'card');
      expect(squash(deepQuery(card, '[part~="title"]')?.textContent)).to.equal(
        `Belangenkaart van ${partner.name}${partner.aspirant ? ' (aspirant-partner)' : ''}`,
      );
      for (const interest of partner.interests) {
        const scope = part(kaart(), `scope-${interest.scope}`);
        const before = deepQueryAll(scope, '[part~="item"]').length;
        await click(button(scope, /^Belang toevoegen/));
        const item = deepQueryAll(scope, '[part~="item"]')[before];
        const text = field(item, 'Wat is het belang?');
        expect(text.matches(':focus'), 'the new interest’s text field has the focus').to.equal(true);
        await type(text, interest.text);
        // Nothing is chosen for a new interest: the facilitator chooses wish or demand.
        await click(field(item, interest.demand ? /^Eis/ : /^Wens/));
        if (interest.motivation) await type(field(item, 'Waarom is dit belangrijk?'), interest.motivation);
        for (const theme of interest.themes ?? []) {
          await type(field(item, /^Thema’s/), theme);
          await sendKeys({ press: 'Enter' });
          await settle();
          expect(squash(deepQuery(item, '[part~="tags"]')?.textContent)).to.contain(theme);
        }
      }
    }
    {
      const file = stored();
      expect(file.interests).to.have.length(6);
      const demand = file.interests.find((i) => i.text === PLAN[0].interests[0].text)!;
      expect(demand).to.include({ kind: 'demand', scope: 'organisation', partnerId: ids[0] });
      expect(demand.motivation).to.equal(PLAN[0].interests[0].motivation);
      expect(demand.themes).to.deep.equal(['ouderen']);
      expect(file.interests.filter((i) => i.kind === 'demand')).to.have.length(2);
    }
    expect(stepProgress(1)).to.contain('3 van 3 partners klaar');
    expect(shownText(lijst)).to.contain('Stap 1, Belangen: klaar');
    await expect(provider).to.be.accessible();

    // ---- step 2: get and bring ----
    await goTo(2, 'Halen en brengen');
    expect(deepQueryAll(provider, 'belangen-kaart, partner-lijst')).to.have.length(0);
    const halen = () => only(provider, 'halen-brengen');
    expect(stepProgress(2)).to.contain('0 van 3 partners klaar');
    // The partner chosen last in step 1 is still on the screen.
    expect(squash(deepQuery(halen(), '[part~="title"]')?.textContent)).to.contain(PLAN[2].name);
    for (const partner of PLAN) {
      const label = partner.aspirant ? `${partner.name} (aspirant-partner)` : partner.name;
      await selectOption({ selector: '#partner-switcher', label });
      await settle();
      expect(squash(deepQuery(halen(), '[part~="title"]')?.textContent)).to.contain(partner.name);
      for (const [direction, text] of [
        ['get', partner.get],
        ['bring', partner.bring],
      ] as const) {
        const list = part(halen(), `list-${direction}`);
        await click(button(list, direction === 'get' ? 'Halen toevoegen' : 'Brengen toevoegen'));
        const entry = field(list, 'Omschrijving');
        expect(entry.matches(':focus')).to.equal(true);
        await type(entry, text);
      }
    }
    expect(stored().contributions.map((c) => [c.partnerId, c.direction, c.text])).to.deep.equal(
      PLAN.flatMap((p, i) => [
        [ids[i], 'get', p.get],
        [ids[i], 'bring', p.bring],
      ]),
    );
    expect(stepProgress(2)).to.contain('3 van 3 partners klaar');

    // ---- step 3: the exchange, hidden until revealed ----
    await goTo(3, 'Uitwisselen');
    const overzicht = () => only(provider, 'belangen-overzicht');
    {
      const hidden = shownText(overzicht());
      expect(hidden).to.contain('Alle partners zijn klaar');
      expect(hidden).to.contain('3 van 3 partners hebben hun kaart helemaal ingevuld');
      for (const partner of PLAN) for (const i of partner.interests) expect(hidden).not.to.contain(i.text);
      expect(hidden).not.to.contain(PLAN[0].bring);
    }
    expect(stepProgress(3)).to.contain('Nog geen vragen gesteld');
    await click(button(overzicht(), 'Kaarten tonen'));
    expect(stored().revealed).to.equal(true);
    {
      const shown = shownText(overzicht());
      for (const partner of PLAN) {
        expect(shown).to.contain(partner.name);
        for (const i of partner.interests) expect(shown).to.contain(i.text);
        expect(shown).to.contain(partner.get);
        expect(shown).to.contain(partner.bring);
      }
    }
    // A question about the Gemeente's subsidy, answered.
    await click(button(overzicht(), `Vraag stellen over '${PLAN[0].bring}'`));
    const ask = field<HTMLInputElement>(overzicht(), `Je vraag over '${PLAN[0].bring}'`);
    expect(ask.matches(':focus')).to.equal(true);
    await type(ask, QUESTION);
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(stepProgress(3)).to.contain('0 van 1 vragen beantwoord');
    await type(field(overzicht(), `Antwoord op '${QUESTION}'`), ANSWER);
    expect(stepProgress(3)).to.contain('1 van 1 vragen beantwoord');
    // A tension between the school's demand and the community centre's interest.
    await click(button(overzicht(), 'Spanning markeren'));
    await click(field(overzicht(), `Kies voor spanning: ${PLAN[2].interests[0].text}`));
    await click(field(overzicht(), `Kies voor spanning: ${PLAN[1].interests[0].text}`));
    await type(field(overzicht(), 'Wat werkt hier tegen elkaar in?'), TENSION);
    await click(button(overzicht(), 'Spanning opslaan'));
    {
      const shown = shownText(overzicht());
      expect(shown).to.contain('Spanning 1');
      expect(shown).to.contain(`${PLAN[2].name} – Eigen belang (organisatie): ${PLAN[2].interests[0].text}`);
      expect(shown).to.contain(`${PLAN[1].name} – Eigen belang (organisatie): ${PLAN[1].interests[0].text}`);
    }
    await expect(provider).to.be.accessible();

    // ---- step 4: the flip-over ----
    await goTo(4, 'Gedeelde ambitie');
    const canvas = () => only(provider, 'ambitie-canvas');
    expect(squash(deepQuery(canvas(), 'h2')?.textContent)).to.equal(TITLE);
    expect(stepProgress(4)).to.contain('Nog geen concept');
    // Both write "kennisdeling": a suggested theme; confirming it makes it a shared theme.
    const suggestion = must(
      deepQueryAll(canvas(), '[part~="suggestion"]').find((s) =>
        squash(s.querySelector('h5')?.textContent).startsWith('kennisdeling'),
      ),
      'a suggested theme kennisdeling',
    );
    expect(squash(suggestion.textContent)).to.contain(`Gedeeld door ${PLAN[0].name} en ${PLAN[1].name}`);
    await click(button(canvas(), 'Bevestigen: thema ‘kennisdeling’'));
    const shared = must(
      deepQueryAll(canvas(), '[part~="common-ground"] [part~="theme"]').find(
        (t) => squash(t.querySelector('h5')?.textContent) === 'kennisdeling',
      ),
      'kennisdeling as a shared theme',
    );
    expect(squash(shared.textContent)).to.contain(PLAN[0].interests[1].text);
    expect(squash(shared.textContent)).to.contain(PLAN[1].interests[1].text);
    // The shared theme "ouderen" of the Gemeente and the school shows too.
    expect(shownText(part(canvas(), 'common-ground'))).to.contain(
      `ouderen Gedeeld door ${PLAN[0].name} en ${PLAN[2].name}`,
    );
    // The get/bring matrix: what the community centre comes to get, the Gemeente brings.
    await section(canvas(), 'Halen en brengen');
    const get = must(
      deepQueryAll(canvas(), '[part~="get"]').find((g) => squash(g.textContent).includes(PLAN[1].get)),
      'the community centre’s get in the matrix',
    );
    expect(squash(get.textContent)).to.contain(`${PLAN[1].name} komt halen: ${PLAN[1].get}`);
    expect(squash(get.textContent)).to.contain(
      `Wordt gebracht door: ${PLAN[0].name}: ${PLAN[0].bring} (voorstel, zelfde woorden: subsidie)`,
    );
    // The facilitator confirms that match: it counts from now on, here and in the record.
    await click(button(canvas(), `Bevestigen: ‘${PLAN[0].bring}’ van ${PLAN[0].name} bij ‘${PLAN[1].get}’`));
    expect(squash(get.textContent)).to.contain(`${PLAN[0].name}: ${PLAN[0].bring} bevestigd`);
    expect(stored().matches.map((m) => m.verdict)).to.deep.equal(['confirmed']);
    // The demands and the open tension need attention.
    await section(canvas(), 'Aandachtspunten');
    const attention = shownText(part(canvas(), 'attention'));
    expect(attention).to.contain(PLAN[0].interests[0].text);
    expect(attention).to.contain(PLAN[2].interests[0].text);
    expect(attention).to.contain(TENSION);
    // The four parts of the ambition.
    await section(canvas(), 'Ambitie en instemming');
    for (const [label, text] of Object.entries(PARTS)) await type(field(canvas(), label), text);
    // A draft, and a consent round in which one partner first objects.
    await click(button(canvas(), 'Nieuw concept'));
    const draftText = field(canvas(), 'Tekst van concept 1');
    expect(draftText.matches(':focus')).to.equal(true);
    await type(draftText, DRAFT);
    expect(stepProgress(4)).to.contain('0 van 3 partners hebben gereageerd');
    const response = (name: string) =>
      deepQueryAll(canvas(), 'fieldset[part~="response"]').find(
        (f) => squash(f.querySelector('legend')?.textContent) === name,
      )!;
    const adopt = () => button(canvas(), 'Concept 1 vaststellen als gedeelde ambitie');
    await click(field(response(PLAN[0].name), 'Bezwaar'));
    await type(field(response(PLAN[0].name), `Waarom maakt ${PLAN[0].name} bezwaar?`), OBJECTION);
    await click(field(response(PLAN[1].name), 'Eens'));
    await click(field(response(PLAN[2].name), 'Eens'));
    expect(stepProgress(4)).to.contain('3 van 3 partners hebben gereageerd');
    expect(adopt().disabled, 'an objection blocks adoption').to.equal(true);
    const why = squash(deepQuery(canvas(), '[part~="draft"] [part~="adopt"]')?.textContent);
    expect(why).to.contain(`Vaststellen kan nog niet: bezwaar van ${PLAN[0].name}.`);
    expect(squash(deepQuery(canvas(), '[part~="consent-summary"]')?.textContent)).to.contain(
      `Bezwaar van: ${PLAN[0].name}.`,
    );
    expect(stored().ambition.drafts[0].reasons).to.deep.equal({ [ids[0]]: OBJECTION });
    await click(field(response(PLAN[0].name), 'Kan ermee leven'));
    expect(adopt().disabled).to.equal(false);
    expect(squash(deepQuery(canvas(), '[part~="draft"] [part~="adopt"]')?.textContent)).to.contain(
      'Iedereen is het eens of kan ermee leven',
    );
    // The tension is still open: adopting asks first, naming it, and says the record will tell.
    await click(adopt());
    expect(stored().ambition.statement, 'not adopted before the question is answered').to.equal(undefined);
    const question = must(deepQuery(canvas(), '[part~="adopt"] [role="group"]'), 'the question before adopting');
    expect(squash(question.textContent)).to.contain(
      'Er staat nog 1 spanning open. Toch concept 1 vaststellen als de gedeelde ambitie?',
    );
    expect(squash(question.textContent)).to.contain(TENSION);
    await click(button(canvas(), 'Toch vaststellen'));
    expect(squash(deepQuery(canvas(), '[part~="statement-text"]')?.textContent)).to.equal(DRAFT);
    expect(stored().ambition.statement).to.equal(DRAFT);
    expect(squash(deepQuery(canvas(), '[part~="draft"]')?.textContent)).to.contain('vastgesteld');
    await expect(provider).to.be.accessible();

    // ---- step 5: the record and the follow-up ----
    await goTo(5, 'Vastleggen en vervolg');
    const verslag = () => only(provider, 'ambitie-verslag');
    expect(squash(deepQuery(verslag(), '[part~="title"]')?.textContent)).to.equal(TITLE);
    expect(squash(deepQuery(verslag(), '[part~="statement"]')?.textContent)).to.contain(DRAFT);
    expect(shownText(part(verslag(), 'adopted-open'))).to.equal(
      `Vastgesteld terwijl deze spanning nog open stond: ${TENSION}`,
    );
    expect(shownText(part(verslag(), 'matches'))).to.contain(
      `${PLAN[0].name} brengt: ${PLAN[0].bring} voor wat ${PLAN[1].name} komt halen: ${PLAN[1].get}`,
    );
    expect(stepProgress(5)).to.contain('1 van 3 onderdelen vastgelegd');
    await section(verslag(), 'Acties');
    await click(button(verslag(), 'Actie toevoegen'));
    const actionText = field(verslag(), 'Wat gaan we doen?');
    expect(actionText.matches(':focus')).to.equal(true);
    await type(actionText, ACTION);
    await selectOption({ selector: 'ambitie-verslag select', label: PLAN[1].name });
    await settle();
    const due = field<HTMLInputElement>(verslag(), 'Uiterlijk klaar op');
    due.focus();
    // Typed in the order the browser shows the date in (month, day, year in en-US; day, month, year elsewhere).
    const order = new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2000, 10, 22));
    const [year, month, day] = DUE.split('-');
    const typed = order
      .filter((p) => p.type !== 'literal')
      .map((p) => ({ year, month, day })[p.type as 'year' | 'month' | 'day'])
      .join('');
    await sendKeys({ type: typed });
    await settle();
    await type(field(verslag(), 'Notities voor het vervolg'), NOTES);
    expect(stored().followUp.actions).to.deep.equal([
      { id: stored().followUp.actions[0].id, text: ACTION, owner: ids[1], due: DUE },
    ]);
    expect(stepProgress(5)).to.contain('3 van 3 onderdelen vastgelegd');
    await section(verslag(), 'Overdracht');
    const handoff = shownText(part(verslag(), 'handoff'));
    expect(handoff).to.contain(`De gedeelde ambitie: ${DRAFT}`);
    expect(handoff).to.contain(`${ACTION} (${PLAN[1].name})`);
    await expect(provider).to.be.accessible();

    // ---- the exports ----
    const downloads = captureDownloads();
    let json: WorkshopFile;
    let markdown: string;
    let csv: string[][];
    await section(verslag(), 'Bewaren en delen');
    try {
      await click(button(verslag(), 'Workshopbestand downloaden (JSON)'));
      const jsonFile = await downloads.take();
      expect(jsonFile.type).to.equal('application/json');
      json = JSON.parse(jsonFile.text) as WorkshopFile;
      await click(button(verslag(), 'Verslag downloaden (Markdown)'));
      const markdownFile = await downloads.take();
      expect(markdownFile.type).to.contain('text/markdown');
      markdown = markdownFile.text;
      await click(button(verslag(), 'Belangen en bijdragen downloaden (CSV)'));
      const csvFile = await downloads.take();
      expect(csvFile.type).to.contain('text/csv');
      expect([...csvFile.bytes.slice(0, 3)], 'the CSV starts with a byte order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
      // A Dutch spreadsheet reads cells separated by semicolons.
      csv = parseCsv(csvFile.text, ';');
    } finally {
      downloads.restore();
    }

    // The workshop file is the workshop, with everything entered.
    const file = stored();
    expect(json).to.deep.equal(file);
    expect(file.step).to.equal(5);
    expect(file.title).to.equal(TITLE);
    expect(file.revealed).to.equal(true);
    expect(file.partners.map((p) => ({ name: p.name, aspirant: p.aspirant }))).to.deep.equal(
      PLAN.map((p) => ({ name: p.name, aspirant: p.aspirant })),
    );
    const expectedInterests = PLAN.flatMap((p, index) =>
      p.interests.map((i) => {
        const themes = [...(i.themes ?? [])];
        if (/kennis/i.test(i.text)) themes.push('kennisdeling');
        const expected: Omit<Interest, 'id'> = {
          partnerId: ids[index],
          scope: i.scope,
          text: i.text,
          kind: i.demand ? 'demand' : 'wish',
        };
        if (i.motivation) expected.motivation = i.motivation;
        if (themes.length) expected.themes = themes;
        return expected;
      }),
    );
    expect(file.interests.map(({ id: _id, ...rest }) => rest)).to.deep.equal(expectedInterests);
    expect(file.contributions.map((c) => [c.partnerId, c.direction, c.text])).to.deep.equal(
      PLAN.flatMap((p, i) => [
        [ids[i], 'get', p.get],
        [ids[i], 'bring', p.bring],
      ]),
    );
    const subsidy = file.contributions.find((c) => c.text === PLAN[0].bring)!;
    expect(file.questions).to.deep.equal([
      { id: file.questions[0].id, itemId: subsidy.id, text: QUESTION, answer: ANSWER },
    ]);
    const idOf = (text: string) => file.interests.find((i) => i.text === text)!.id;
    expect(file.tensions).to.have.length(1);
    expect(file.tensions[0].text).to.equal(TENSION);
    expect(file.tensions[0].resolved).to.equal(false);
    expect([...file.tensions[0].itemIds].sort()).to.deep.equal(
      [idOf(PLAN[2].interests[0].text), idOf(PLAN[1].interests[0].text)].sort(),
    );
    expect(file.ambition.problem).to.equal(PARTS['Het gedeelde probleem']);
    expect(file.ambition.solution).to.equal(PARTS['De duurzame oplossing']);
    expect(file.ambition.opportunities).to.equal(PARTS['De kansen']);
    expect(file.ambition.form).to.equal(PARTS['De beoogde vorm van samenwerking']);
    expect(file.ambition.drafts).to.have.length(1);
    expect(file.ambition.drafts[0].text).to.equal(DRAFT);
    expect(file.ambition.drafts[0].consent).to.deep.equal({
      [ids[0]]: 'can-live-with',
      [ids[1]]: 'agree',
      [ids[2]]: 'agree',
    });
    expect(file.ambition.statement).to.equal(DRAFT);
    expect(file.ambition.drafts[0].openAtAdoption, 'the tension open at adoption').to.deep.equal([file.tensions[0].id]);
    const bringOf = (text: string) => file.contributions.find((c) => c.text === text)!.id;
    expect(file.matches.map(({ id: _id, ...rest }) => rest)).to.deep.equal([
      { getId: bringOf(PLAN[1].get), bringId: bringOf(PLAN[0].bring), verdict: 'confirmed' },
    ]);
    expect(file.followUp.notes).to.equal(NOTES);
    expect(file.followUp.actions.map(({ id: _id, ...rest }) => rest)).to.deep.equal([
      { text: ACTION, owner: ids[1], due: DUE },
    ]);

    // The record in Markdown: title, every partner, the ambition and the hand-off.
    expect(markdown).to.match(new RegExp(`^# ${TITLE}\\n`));
    for (const partner of PLAN) expect(markdown).to.contain(escapeMarkdown(partner.name));
    expect(markdown).to.contain(`${escapeMarkdown(PLAN[2].name)} (aspirant-partner)`);
    expect(markdown).to.contain(`## Gedeelde ambitie\n\n> ${escapeMarkdown(DRAFT, '> ')}`);
    expect(markdown).to.contain(
      `\n\nVastgesteld terwijl deze spanning nog open stond:\n\n- ${escapeMarkdown(TENSION)}\n\n`,
    );
    expect(markdown).to.contain(
      `### Afgesproken: wie brengt wat een ander komt halen\n\n- ${escapeMarkdown(PLAN[0].name)} brengt: ` +
        `${escapeMarkdown(PLAN[0].bring)}  \n  voor wat ${escapeMarkdown(PLAN[1].name)} komt halen: ` +
        escapeMarkdown(PLAN[1].get),
    );
    expect(markdown).to.contain('## Overdracht naar de partnerschapskaart');
    expect(markdown).to.contain(escapeMarkdown(ACTION));

    // The CSV: a header, then one row per interest and per contribution, with the typed texts.
    expect(csv[0]).to.deep.equal([
      'Partner',
      'Soort',
      'Niveau of richting',
      'Wens of eis',
      'Tekst',
      'Waarom',
      'Thema’s',
      'Bevestigde koppelingen',
    ]);
    expect(csv).to.have.length(1 + 6 + 6);
    const rows = csv.slice(1);
    for (const [index, partner] of PLAN.entries()) {
      for (const interest of partner.interests) {
        const row = must(
          rows.find((r) => r[4] === interest.text),
          `a row for "${interest.text}"`,
        );
        expect(row.slice(0, 4)).to.deep.equal([
          partner.name,
          'Belang',
          interest.scope === 'organisation' ? 'Eigen belang (organisatie)' : 'Overkoepelend belang',
          interest.demand ? 'Eis' : 'Wens',
        ]);
        expect(row[5]).to.equal(interest.motivation ?? '');
        expect(row[6]).to.equal(expectedInterests.find((i) => i.text === interest.text)!.themes?.join('; ') ?? '');
      }
      for (const [direction, text] of [
        ['Komt halen', partner.get],
        ['Komt brengen', partner.bring],
      ]) {
        const row = rows.find((r) => r[4] === text);
        // The confirmed match shows on both its get and its bring.
        const matched =
          text === PLAN[1].get
            ? `${PLAN[0].name}: ${PLAN[0].bring}`
            : text === PLAN[0].bring
              ? `${PLAN[1].name}: ${PLAN[1].get}`
              : '';
        expect(row, `a row for "${text}" of ${index}`).to.deep.equal([
          partner.name,
          'Bijdrage',
          direction,
          '',
          text,
          '',
          '',
          matched,
        ]);
      }
    }
  });
});
