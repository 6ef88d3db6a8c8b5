import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, selectOption, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/halen-brengen/define.js';
import type { HalenBrengen } from '../../src/elements/halen-brengen/halen-brengen.js';
import type { NetwerkAmbitie } from '../../src/elements/netwerk-ambitie/netwerk-ambitie.js';
import { emptyWorkshop, LIMITS, type Contribution, type WorkshopFile } from '../../src/model/types.js';
import { nameOf, rendered, resetMedia, textOf, within } from '../support/dom.js';
import { exampleWorkshop } from '../support/example.js';
import { workshop } from '../support/fixtures.js';

/** The element inside the provider, and helpers that look inside it as a user would. */
function lists(provider: NetwerkAmbitie, index = 0) {
  const element = provider.querySelectorAll('halen-brengen')[index] as HalenBrengen;
  return { element, ...within(element) };
}

const contributionsOf = (provider: NetwerkAmbitie, partnerId: string): Contribution[] =>
  provider.exportWorkshop().contributions.filter((c) => c.partnerId === partnerId);

function partnersOnly(names: string[]): WorkshopFile {
  return {
    ...emptyWorkshop(),
    title: 'Zorgnetwerk Arnhem',
    partners: names.map((name, i) => ({ id: `p${i + 1}`, name, aspirant: false })),
  };
}

describe('<halen-brengen>', () => {
  afterEach(resetMedia);

  it('says what is missing outside a workshop, and asks for partners first in an empty one', async () => {
    const alone = await fixture<HalenBrengen>(html`<halen-brengen></halen-brengen>`);
    expect(textOf(alone.shadowRoot as unknown as Element)).to.contain('Geen workshop gevonden');
    const { provider } = await workshop(html`<halen-brengen></halen-brengen>`);
    expect(lists(provider).text()).to.contain('Er zijn nog geen partners');
    await expect(lists(provider).element).to.be.accessible();
  });

  it('lets the facilitator choose a partner and guides both empty lists', async () => {
    const { provider, settle } = await workshop(html`<halen-brengen></halen-brengen>`, {
      file: partnersOnly(['Gemeente', 'Bibliotheek']),
    });
    expect(lists(provider).text()).to.contain('Kies hierboven de partner');
    await expect(lists(provider).element).to.be.accessible();
    await selectOption({ selector: 'halen-brengen select', label: 'Bibliotheek' });
    await settle();
    const view = lists(provider);
    expect(textOf(view.root.querySelector('h2'))).to.equal('Halen en brengen: Bibliotheek');
    expect(view.all('[part~="list"] h3').map(textOf)).to.deep.equal(['Wat komen we halen?', 'Wat komen we brengen?']);
    expect(
      view
        .all('[part="empty"]')
        .map(textOf)
        .every((t) => t.includes('Bijvoorbeeld')),
    ).to.equal(true);
    await expect(view.element).to.be.accessible();
  });

  it('adds what the partner comes to get and to bring, stored as it is typed, with themes', async () => {
    const { provider, settle } = await workshop(html`<halen-brengen partner="p1"></halen-brengen>`, {
      file: partnersOnly(['Gemeente', 'Bibliotheek']),
    });
    let view = lists(provider);
    view.button('Halen toevoegen').click();
    await settle();
    view = lists(provider);
    expect(view.focused(), 'focus moves to the new entry').to.equal(view.field('Omschrijving'));
    await sendKeys({ type: 'Signalen uit de wijk' });
    await settle();
    expect(contributionsOf(provider, 'p1')).to.have.length(1);
    expect(contributionsOf(provider, 'p1')[0]).to.include({ direction: 'get', text: 'Signalen uit de wijk' });

    view.button('Brengen toevoegen').click();
    await settle();
    await sendKeys({ type: 'Een ruimte voor het spreekuur' });
    await settle();
    view = lists(provider);
    view.field('Thema’s (brengen 1)').focus();
    await sendKeys({ type: 'ruimte' });
    await sendKeys({ press: 'Enter' });
    await settle();
    const stored = contributionsOf(provider, 'p1');
    expect(stored.map((c) => [c.direction, c.text, c.themes])).to.deep.equal([
      ['get', 'Signalen uit de wijk', undefined],
      ['bring', 'Een ruimte voor het spreekuur', ['ruimte']],
    ]);
    expect(lists(provider).status()).to.contain('‘ruimte’ toegevoegd');

    // The theme of the other list is now suggested for this one.
    view = lists(provider);
    const getThemes = view.field('Thema’s (halen 1)') as HTMLInputElement;
    getThemes.focus();
    await settle();
    expect(Array.from(getThemes.list!.options).map((o) => o.value)).to.deep.equal(['ruimte']);
    await expect(view.element).to.be.accessible();
  });

  it('removes and moves entries with buttons that name them', async () => {
    const file = await exampleWorkshop();
    const { provider, settle } = await workshop(html`<halen-brengen partner="wonen"></halen-brengen>`, { file });
    let view = lists(provider);
    view.button('Brengen toevoegen').click();
    await settle();
    await sendKeys({ type: 'Huismeesters' });
    await settle();
    view = lists(provider);
    view.button('Omhoog: brengen ‘Huismeesters’').click();
    await settle();
    expect(
      contributionsOf(provider, 'wonen')
        .filter((c) => c.direction === 'bring')
        .map((c) => c.text),
    ).to.deep.equal(['Huismeesters', 'Ruimte in het buurthuis en huismeesters als ogen en oren']);
    expect(nameOf(lists(provider).focused())).to.equal('Omlaag: brengen ‘Huismeesters’');

    lists(provider).button('Verwijder halen ‘Een vast contactpunt voor huismeesters’').click();
    await settle();
    expect(contributionsOf(provider, 'wonen').map((c) => c.direction)).to.deep.equal(['bring', 'bring']);
    view = lists(provider);
    expect(nameOf(view.focused())).to.equal('Halen toevoegen');
    expect(view.status()).to.contain('halen ‘Een vast contactpunt voor huismeesters’ verwijderd');
    expect(view.all('[part~="list-get"] [part="empty"]')).to.have.length(1);
  });

  it('stops adding at the limit per partner, counted with the interests, and says so', async () => {
    // The rest as interests: one more line to get fills the partner.
    const file: WorkshopFile = {
      ...partnersOnly(['Gemeente', 'Bibliotheek']),
      interests: Array.from({ length: LIMITS.itemsPerPartner - 2 }, (_, n) => ({
        id: `i${n}`,
        partnerId: 'p2',
        scope: 'organisation' as const,
        text: `Belang ${n}`,
        kind: 'wish' as const,
      })),
      contributions: [{ id: 'c1', partnerId: 'p2', direction: 'bring', text: 'Een ruimte' }],
    };
    const { provider, settle } = await workshop(html`<halen-brengen partner="p2"></halen-brengen>`, { file });
    let view = lists(provider);
    const limit = `Het maximum van ${LIMITS.itemsPerPartner} punten per partner is bereikt`;
    expect(view.text()).to.not.contain(limit);
    view.button('Halen toevoegen').click();
    await settle();
    expect(contributionsOf(provider, 'p2')).to.have.length(2);

    view = lists(provider);
    const add = view.all<HTMLButtonElement>('[part="add"]');
    expect(add.map((b) => b.disabled)).to.deep.equal([true, true]);
    const messages = view.all('.limit');
    expect(messages.map(textOf).every((t) => t.startsWith(limit))).to.equal(true);
    expect(messages.every(rendered)).to.equal(true);
    expect(add.map((b) => view.root.getElementById(b.getAttribute('aria-describedby')!))).to.deep.equal(messages);
    add[1].click();
    await settle();
    expect(contributionsOf(provider, 'p2')).to.have.length(2);
    expect(() => provider.importWorkshop(provider.exportWorkshop()), 'the export imports again').to.not.throw();
    await expect(lists(provider).element).to.be.accessible();

    lists(provider).button('Verwijder brengen ‘Een ruimte’').click();
    await settle();
    view = lists(provider);
    expect(view.all<HTMLButtonElement>('[part="add"]').map((b) => b.disabled)).to.deep.equal([false, false]);
    expect(view.text()).to.not.contain(limit);
  });

  it('limits every text field to the length a workshop file allows', async () => {
    const file = await exampleWorkshop();
    const { provider } = await workshop(html`<halen-brengen partner="zorg"></halen-brengen>`, { file });
    const fields = lists(provider).all<HTMLInputElement | HTMLTextAreaElement>('textarea, input[type="text"]');
    expect(fields.filter((f) => f.matches('[part="theme-input"]'))).to.not.have.length(0);
    expect(fields.map((f) => f.maxLength)).to.deep.equal(fields.map(() => LIMITS.textLength));
  });

  it('on a partner’s device, edits only that partner’s own lists', async () => {
    const file = await exampleWorkshop();
    const { provider } = await workshop(
      html`<halen-brengen></halen-brengen><halen-brengen partner="gemeente"></halen-brengen>`,
      { file, role: 'partner', partner: 'hogeschool' },
    );
    const own = lists(provider, 0);
    const other = lists(provider, 1);
    expect(own.all('select')).to.have.length(0);
    expect(textOf(own.root.querySelector('h2'))).to.contain('Hogeschool, lectoraat Zorg in de wijk');
    expect(own.all('textarea')).to.have.length(2);
    expect(other.all('textarea, input, button, select')).to.have.length(0);
    expect(other.text()).to.contain('Budget voor een wijkcoördinator (0,5 fte)');
    expect(other.text()).to.contain('alleen het werk van Hogeschool, lectoraat Zorg in de wijk aanpassen');
    await expect(own.element).to.be.accessible();
    await expect(other.element).to.be.accessible();
  });

  it('prints the lists as text, without fields or buttons', async () => {
    const file = await exampleWorkshop();
    const { provider } = await workshop(html`<halen-brengen partner="zorg"></halen-brengen>`, { file });
    const { root } = lists(provider);
    expect(Array.from(root.querySelectorAll('textarea')).some(rendered)).to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(Array.from(root.querySelectorAll('textarea, input, button, select')).filter(rendered)).to.have.length(0);
    const printed = Array.from(root.querySelectorAll('[part="read-item"]'))
      .filter(rendered)
      .map((item) => [
        textOf(item.querySelector('.read-text')),
        Array.from(item.querySelectorAll('[part="tag"]'), textOf),
      ]);
    expect(printed).to.deep.equal([
      ['Handen: studenten die meelopen', ['werkdruk', 'leren']],
      ['Dagelijks contact met kwetsbare ouderen', ['vroegsignalering']],
    ]);
  });
});
