import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/partner-lijst/define.js';
import type { PartnerLijst } from '../../src/elements/partner-lijst/partner-lijst.js';
import type { WorkshopFile } from '../../src/model/types.js';
import { buttonNamed as button, expectFitsIn320 } from '../support/dom.js';
import { exampleWorkshop } from '../support/example.js';
import { deepQuery, deepQueryAll, workshop } from '../support/fixtures.js';

const lijst = html`<partner-lijst></partner-lijst>`;

const element = (root: Element) => deepQuery<PartnerLijst>(root, 'partner-lijst')!;
const text = (root: Element) => element(root).shadowRoot!.textContent!.replace(/\s+/g, ' ');
const focused = (root: Element) => element(root).shadowRoot!.activeElement as HTMLElement | null;
const names = (file: WorkshopFile) => file.partners.map((p) => p.name);

describe('<partner-lijst>', () => {
  let file: WorkshopFile;
  beforeEach(async () => {
    file = await exampleWorkshop();
  });

  it('guides the facilitator when there are no partners yet', async () => {
    const { provider } = await workshop(lijst);
    const shown = text(provider);
    expect(shown).to.contain('Nog geen partners');
    expect(shown).to.contain('drie tot acht partners');
    expect(shown).to.contain('Aspirant-partners zijn ook welkom');
    await expect(element(provider)).to.be.accessible();
  });

  it('adds a partner, focuses its name field, and stores what is typed; the title too', async () => {
    const { provider, settle } = await workshop(lijst);
    button(provider, 'Partner toevoegen').click();
    await settle();
    const input = focused(provider) as HTMLInputElement;
    expect(input?.matches('input.name')).to.equal(true);
    await sendKeys({ type: 'Bibliotheek Oost' });
    await settle();
    expect(names(provider.exportWorkshop())).to.deep.equal(['Bibliotheek Oost']);
    expect(input.value).to.equal('Bibliotheek Oost');

    const title = deepQuery<HTMLInputElement>(provider, 'input[part="title"]')!;
    title.focus();
    await sendKeys({ type: 'Wijknetwerk' });
    await settle();
    expect(provider.exportWorkshop().title).to.equal('Wijknetwerk');
    expect(text(provider)).to.contain('1 partner');
    await expect(element(provider)).to.be.accessible();
  });

  it('renames a partner as it is typed, keeping focus in the field', async () => {
    const { provider, settle } = await workshop(lijst, { file });
    const field = deepQueryAll<HTMLInputElement>(provider, 'input.name')[1];
    field.focus();
    field.select();
    await sendKeys({ type: 'Thuiszorg' });
    await settle();
    expect(provider.exportWorkshop().partners[1]).to.include({ id: 'zorg', name: 'Thuiszorg' });
    expect(focused(provider)).to.equal(field);
    expect(button(provider, "Verwijder partner 'Thuiszorg'").textContent).to.contain('Verwijder');
  });

  it('reorders partners with the keyboard, keeping focus on the moved partner', async () => {
    const { provider, settle } = await workshop(lijst, { file });
    button(provider, "Verplaats 'Gemeente (sociaal domein)' omlaag").focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(names(provider.exportWorkshop())).to.deep.equal([
      'Wijkverpleging Oost',
      'Gemeente (sociaal domein)',
      'Woningcorporatie Thuis',
      'Hogeschool, lectoraat Zorg in de wijk',
    ]);
    expect(focused(provider)?.getAttribute('aria-label')).to.equal("Verplaats 'Gemeente (sociaal domein)' omlaag");
    expect(text(provider)).to.contain("'Gemeente (sociaal domein)' staat nu op plaats 2 van 4.");
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Space' });
    await settle();
    expect(names(provider.exportWorkshop()).at(-1)).to.equal('Gemeente (sociaal domein)');
    // At the bottom "Omlaag" is disabled, so focus went to "Omhoog" of the same partner.
    expect(focused(provider)?.getAttribute('aria-label')).to.equal("Verplaats 'Gemeente (sociaal domein)' omhoog");
    expect(button(provider, "Verplaats 'Gemeente (sociaal domein)' omlaag").disabled).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(names(provider.exportWorkshop())[2]).to.equal('Gemeente (sociaal domein)');
  });

  it('marks a partner as prospective (aspirant), and says so', async () => {
    const { provider, settle } = await workshop(lijst, { file });
    const box = deepQueryAll<HTMLInputElement>(provider, 'input[type="checkbox"]')[2];
    expect(box.checked).to.equal(false);
    box.focus();
    await sendKeys({ press: 'Space' });
    await settle();
    expect(provider.exportWorkshop().partners[2]).to.include({ id: 'wonen', aspirant: true });
    expect(text(provider)).to.contain('4 partners, waarvan 2 aspirant');
  });

  it('asks before removing a partner that has content, and the removal can be undone', async () => {
    const { provider, settle } = await workshop(lijst, { file });
    button(provider, "Verwijder partner 'Gemeente (sociaal domein)'").click();
    await settle();
    expect(provider.exportWorkshop().partners).to.have.length(4);
    const question = deepQuery(provider, '#confirm-question')!;
    expect(question.textContent).to.contain("'Gemeente (sociaal domein)' heeft al 4 punten ingevuld");
    expect(focused(provider)).to.equal(question);
    await expect(element(provider)).to.be.accessible();

    // Escape keeps the partner and returns to the remove button.
    await sendKeys({ press: 'Escape' });
    await settle();
    expect(deepQuery(provider, '#confirm-question')).to.equal(null);
    expect(focused(provider)?.getAttribute('aria-label')).to.equal("Verwijder partner 'Gemeente (sociaal domein)'");

    await sendKeys({ press: 'Enter' });
    await settle();
    button(provider, "Ja, verwijder 'Gemeente (sociaal domein)'").click();
    await settle();
    const after = provider.exportWorkshop();
    expect(after.partners.map((p) => p.id)).to.deep.equal(['zorg', 'wonen', 'hogeschool']);
    expect(after.interests.some((i) => i.partnerId === 'gemeente')).to.equal(false);
    expect(text(provider)).to.contain("Partner verwijderd: 'Gemeente (sociaal domein)'.");
    expect(focused(provider)?.textContent?.trim()).to.equal('Ongedaan maken');
    await expect(element(provider)).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    await settle();
    const restored = provider.exportWorkshop();
    expect(restored.partners).to.deep.equal(file.partners);
    expect(restored.interests).to.deep.equal(file.interests);
    expect(restored.contributions).to.deep.equal(file.contributions);
    expect(text(provider)).to.contain("'Gemeente (sociaal domein)' staat weer in de lijst.");
    expect(focused(provider)).to.equal(deepQueryAll(provider, 'input.name')[0]);
  });

  it('removes an empty partner at once, and withdraws the undo offer after another change', async () => {
    const { provider, settle } = await workshop(lijst, { file });
    provider.store.addPartner({ name: 'Nog leeg' });
    await settle();
    button(provider, "Verwijder partner 'Nog leeg'").click();
    await settle();
    expect(deepQuery(provider, '#confirm-question')).to.equal(null);
    expect(names(provider.exportWorkshop())).to.not.include('Nog leeg');
    expect(deepQuery(provider, 'button[part="undo"]')).to.not.equal(null);

    button(provider, "Verplaats 'Wijkverpleging Oost' omhoog").click();
    await settle();
    expect(deepQuery(provider, 'button[part="undo"]')).to.equal(null);
  });

  it('says in words how far each partner is with steps 1 and 2', async () => {
    file.interests = file.interests.filter((i) => !(i.partnerId === 'hogeschool' && i.scope === 'shared'));
    const { provider } = await workshop(lijst, { file });
    const lists = deepQueryAll(provider, '[part="progress"]');
    expect(lists[0].getAttribute('aria-label')).to.equal("Voortgang van 'Gemeente (sociaal domein)'");
    expect(lists[0].textContent!.replace(/\s+/g, ' ')).to.contain('Stap 1, Belangen: klaar');
    expect(lists[3].textContent!.replace(/\s+/g, ' ')).to.contain('Stap 1, Belangen: nog niet klaar');
    expect(lists[3].textContent!.replace(/\s+/g, ' ')).to.contain('Stap 2, Halen en brengen: klaar');
    await expect(element(provider)).to.be.accessible();
  });

  it('shows the list read-only on a partner device', async () => {
    const { provider } = await workshop(lijst, { file, role: 'partner', partner: 'zorg' });
    expect(deepQueryAll(element(provider), 'input')).to.have.length(0);
    expect(deepQueryAll(element(provider), 'button')).to.have.length(0);
    const shown = text(provider);
    expect(shown).to.contain('Wijkverpleging Oost (dit apparaat)');
    expect(shown).to.contain('aspirant-partner');
    expect(shown).to.contain('Alleen de facilitator kan partners toevoegen of wijzigen.');
    expect(shown).to.contain('Wijknetwerk Gezond Oost');
    await expect(element(provider)).to.be.accessible();
  });

  it('fits in 320 CSS pixels without scrolling sideways', async () => {
    const fixture = await workshop(lijst, { file });
    await expectFitsIn320(fixture, element(fixture.provider));
  });

  it('says what it needs outside a <netwerk-ambitie>', async () => {
    const el = await fixture<PartnerLijst>(html`<partner-lijst></partner-lijst>`);
    expect(el.shadowRoot!.textContent).to.contain('werkt alleen binnen');
  });
});
