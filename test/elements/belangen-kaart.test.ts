import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, selectOption, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/belangen-kaart/define.js';
import type { BelangenKaart } from '../../src/elements/belangen-kaart/belangen-kaart.js';
import { a4Page } from '../../src/elements/belangen-kaart/belangen-kaart.styles.js';
import type { NetwerkAmbitie } from '../../src/elements/netwerk-ambitie/netwerk-ambitie.js';
import { emptyWorkshop, LIMITS, type Interest, type WorkshopFile } from '../../src/model/types.js';
import { atPhoneWidth, rendered, resetMedia, textOf, within } from '../support/dom.js';
import { exampleWorkshop } from '../support/example.js';
import { countRenders, workshop } from '../support/fixtures.js';

/** The card inside the provider, and helpers that look inside it as a user would. */
function card(provider: NetwerkAmbitie) {
  const kaart = provider.querySelector('belangen-kaart') as BelangenKaart;
  return { kaart, ...within(kaart) };
}

const interestsOf = (provider: NetwerkAmbitie, partnerId: string): Interest[] =>
  provider.exportWorkshop().interests.filter((i) => i.partnerId === partnerId);

/** A workshop with partners and nothing filled in yet. */
function partnersOnly(names: string[], title = 'Zorgnetwerk Arnhem'): WorkshopFile {
  return {
    ...emptyWorkshop(),
    title,
    partners: names.map((name, i) => ({ id: `p${i + 1}`, name, aspirant: false })),
  };
}

describe('<belangen-kaart>', () => {
  afterEach(resetMedia);

  it('says what is missing when it stands outside a workshop', async () => {
    const el = await fixture<BelangenKaart>(html`<belangen-kaart></belangen-kaart>`);
    expect(textOf(el.shadowRoot as unknown as Element)).to.contain('Geen workshop gevonden');
    await expect(el).to.be.accessible();
  });

  it('asks for partners first when the workshop has none', async () => {
    const { provider } = await workshop(html`<belangen-kaart></belangen-kaart>`);
    const { text, all } = card(provider);
    expect(text()).to.contain('Er zijn nog geen partners');
    expect(all('select')).to.have.length(0);
    await expect(card(provider).kaart).to.be.accessible();
  });

  it('lets the facilitator choose a partner, remembers the choice, and guides the empty card with examples', async () => {
    const { provider, settle } = await workshop(html`<belangen-kaart></belangen-kaart>`, {
      file: partnersOnly(['Gemeente', 'Wijkverpleging', 'Bibliotheek']),
    });
    let view = card(provider);
    expect(view.text()).to.contain('Kies hierboven de partner');
    const select = view.field('Belangenkaart van') as unknown as HTMLSelectElement;
    expect(Array.from(select.options).map(textOf)).to.deep.equal([
      'Kies een partner',
      'Gemeente',
      'Wijkverpleging',
      'Bibliotheek',
    ]);
    await expect(card(provider).kaart).to.be.accessible();

    await selectOption({ selector: 'belangen-kaart select', label: 'Wijkverpleging' });
    await settle();
    view = card(provider);
    expect(textOf(view.root.querySelector('h2'))).to.equal('Belangenkaart van Wijkverpleging');
    const empty = view.all('[part="empty"]').map(textOf);
    expect(empty).to.have.length(3);
    expect(empty.every((t) => t.includes('Bijvoorbeeld') || t.includes('bijvoorbeeld'))).to.equal(true);
    expect(view.text()).to.contain('Over een wens valt te onderhandelen, over een eis niet');
    const headings = view.all('[part~="scope"] h3').map(textOf);
    expect(headings).to.deep.equal([
      'Eigen belang (organisatie)',
      'Persoonlijk belang (optioneel)',
      'Overkoepelend belang',
    ]);
    await expect(card(provider).kaart).to.be.accessible();

    // The choice survives changes to the workshop.
    provider.store.addPartner({ name: 'Woningcorporatie' });
    await settle();
    expect(textOf(card(provider).root.querySelector('h2'))).to.equal('Belangenkaart van Wijkverpleging');
  });

  it('stores an interest as it is typed: text, an explicit wish, demand with the arrow keys, motivation', async () => {
    const { provider, settle } = await workshop(html`<belangen-kaart partner="p2"></belangen-kaart>`, {
      file: partnersOnly(['Gemeente', 'Wijkverpleging']),
    });
    let view = card(provider);
    expect(view.all('select'), 'no choice when the attribute names the partner').to.have.length(0);

    view.button('Belang toevoegen: Eigen belang (organisatie)').click();
    await settle();
    view = card(provider);
    const text = view.field('Wat is het belang?');
    expect(view.focused(), 'focus moves to the new interest').to.equal(text);
    await sendKeys({ type: 'Minder administratieve last' });
    await settle();
    let [stored] = interestsOf(provider, 'p2');
    expect(stored).to.include({ scope: 'organisation', text: 'Minder administratieve last' });
    // No silent default: neither is chosen, and the card says the interest is not complete yet.
    expect(stored).to.not.have.property('kind');
    expect(view.all<HTMLInputElement>('input[type="radio"]:checked')).to.have.length(0);
    const choice = view.all('fieldset.kind-choice')[0];
    const message = view.kaart.shadowRoot!.getElementById(choice.getAttribute('aria-describedby') ?? '');
    expect(textOf(message), 'the group is described by the message').to.equal(
      'Kies of dit een wens of een eis is: tot dan is het belang niet compleet.',
    );
    await expect(card(provider).kaart).to.be.accessible();

    const wish = view.all<HTMLInputElement>('input[type="radio"]').find((r) => r.value === 'wish')!;
    expect(textOf(wish.closest('label'))).to.contain('Wens');
    wish.focus();
    await sendKeys({ press: 'Space' });
    await settle();
    [stored] = interestsOf(provider, 'p2');
    expect(stored.kind).to.equal('wish');
    expect(card(provider).all('.kind-missing'), 'the message is gone').to.have.length(0);
    await sendKeys({ press: 'ArrowRight' });
    await settle();
    [stored] = interestsOf(provider, 'p2');
    expect(stored.kind).to.equal('demand');
    const checked = card(provider).all<HTMLInputElement>('input[type="radio"]:checked');
    expect(checked.map((r) => r.value)).to.deep.equal(['demand']);
    expect(textOf(checked[0].closest('label'))).to.match(/^Eis \(niet onderhandelbaar\)/);

    view.field('Waarom is dit belangrijk?').focus();
    await sendKeys({ type: 'Elk uur papierwerk is een uur minder zorg' });
    await settle();
    [stored] = interestsOf(provider, 'p2');
    expect(stored.motivation).to.equal('Elk uur papierwerk is een uur minder zorg');
    expect(interestsOf(provider, 'p1')).to.have.length(0);
    await expect(card(provider).kaart).to.be.accessible();
  });

  it('adds themes with Enter and comma, suggests the workshop’s themes, and removes a theme by its button', async () => {
    const file = await exampleWorkshop();
    const { provider, settle } = await workshop(html`<belangen-kaart partner="wonen"></belangen-kaart>`, { file });
    let view = card(provider);
    // The first interest of this partner already has the theme "langer thuis".
    const themeField = view.field('Thema’s (belang 1)') as HTMLInputElement;
    themeField.focus();
    await settle();
    const list = themeField.list!;
    expect(list, 'the field offers suggestions').to.not.equal(null);
    const suggestions = Array.from(list.options).map((o) => o.value);
    expect(suggestions).to.include('vroegsignalering');
    expect(suggestions, 'themes of other partners are suggested too').to.include('kennisdeling');

    await sendKeys({ type: 'wijkteam' });
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(interestsOf(provider, 'wonen')[0].themes).to.deep.equal(['langer thuis', 'wijkteam']);
    expect(themeField.value).to.equal('');
    expect(view.focused()).to.equal(themeField);

    await sendKeys({ type: 'Vroegsignalering,' });
    await settle();
    expect(interestsOf(provider, 'wonen')[0].themes, 'a known theme keeps its spelling').to.deep.equal([
      'langer thuis',
      'wijkteam',
      'vroegsignalering',
    ]);

    await sendKeys({ type: 'WIJKTEAM' });
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(interestsOf(provider, 'wonen')[0].themes).to.have.length(3);
    view = card(provider);
    expect(textOf(view.root.querySelector('[role="status"]'))).to.contain('staat er al');

    view.button('Verwijder thema ‘wijkteam’').click();
    await settle();
    expect(interestsOf(provider, 'wonen')[0].themes).to.deep.equal(['langer thuis', 'vroegsignalering']);
    expect(card(provider).focused()).to.equal(themeField);
    expect(textOf(card(provider).root.querySelector('[role="status"]'))).to.contain('‘wijkteam’ verwijderd');
    await expect(card(provider).kaart).to.be.accessible();
  });

  it('keeps a typed theme when the field is left without Enter', async () => {
    const file = await exampleWorkshop();
    const { provider, settle } = await workshop(html`<belangen-kaart partner="zorg"></belangen-kaart>`, { file });
    const view = card(provider);
    view.field('Thema’s (belang 1)', 1).focus(); // the personal interest
    await sendKeys({ type: 'tijd' });
    await sendKeys({ press: 'Tab' });
    await settle();
    expect(interestsOf(provider, 'zorg').find((i) => i.id === 'i-zorg-2')!.themes).to.deep.equal(['tijd']);
  });

  it('removes an interest by a button that names it, and moves interests within their scope', async () => {
    const file = await exampleWorkshop();
    const { provider, settle } = await workshop(html`<belangen-kaart partner="zorg"></belangen-kaart>`, { file });
    let view = card(provider);
    view.button('Belang toevoegen: Overkoepelend belang').click();
    await settle();
    await sendKeys({ type: 'Samen de wijk kennen' });
    await settle();
    expect(interestsOf(provider, 'zorg').map((i) => i.text)).to.deep.equal([
      'Minder administratieve last voor wijkverpleegkundigen',
      'Zelf weer meer tijd aan het bed',
      'Vroeg signaleren van eenzaamheid bij ouderen',
      'Samen de wijk kennen',
    ]);

    view = card(provider);
    view.button('Omhoog: belang ‘Samen de wijk kennen’').click();
    await settle();
    const shared = () =>
      interestsOf(provider, 'zorg')
        .filter((i) => i.scope === 'shared')
        .map((i) => i.text);
    expect(shared()).to.deep.equal(['Samen de wijk kennen', 'Vroeg signaleren van eenzaamheid bij ouderen']);
    view = card(provider);
    expect(textOf(view.focused()), 'focus stays on the moved interest').to.equal(
      'Omlaag: belang ‘Samen de wijk kennen’',
    );

    view.button('Verwijder belang ‘Zelf weer meer tijd aan het bed’').click();
    await settle();
    expect(interestsOf(provider, 'zorg').map((i) => i.id)).to.not.include('i-zorg-2');
    view = card(provider);
    expect(textOf(view.focused())).to.equal('Belang toevoegen: Persoonlijk belang');
    expect(textOf(view.root.querySelector('[role="status"]'))).to.contain(
      'belang ‘Zelf weer meer tijd aan het bed’ verwijderd',
    );
    expect(view.all('[part~="scope-personal"] [part="empty"]')).to.have.length(1);
  });

  it('stops adding interests at the limit per partner, counted with get and bring, and says so', async () => {
    // One interest and the rest as get and bring: one more interest fills the partner.
    const file: WorkshopFile = {
      ...partnersOnly(['Gemeente', 'Wijkverpleging']),
      interests: [{ id: 'i1', partnerId: 'p1', scope: 'organisation', text: 'Het eerste belang', kind: 'wish' }],
      contributions: Array.from({ length: LIMITS.itemsPerPartner - 2 }, (_, n) => ({
        id: `c${n}`,
        partnerId: 'p1',
        direction: 'bring' as const,
        text: `Brengen ${n}`,
      })),
    };
    const { provider, settle } = await workshop(html`<belangen-kaart partner="p1"></belangen-kaart>`, { file });
    let view = card(provider);
    const limit = `Het maximum van ${LIMITS.itemsPerPartner} punten per partner is bereikt`;
    expect(view.text()).to.not.contain(limit);
    view.button('Belang toevoegen: Overkoepelend belang').click();
    await settle();
    expect(interestsOf(provider, 'p1')).to.have.length(2);

    view = card(provider);
    const add = view.all<HTMLButtonElement>('[part="add"]');
    expect(add.map((b) => b.disabled)).to.deep.equal([true, true, true]);
    const messages = view.all('.limit');
    expect(messages.map(textOf).every((t) => t.startsWith(limit))).to.equal(true);
    expect(messages.every(rendered)).to.equal(true);
    expect(add.map((b) => view.root.getElementById(b.getAttribute('aria-describedby')!))).to.deep.equal(messages);
    add[0].click();
    await settle();
    expect(interestsOf(provider, 'p1')).to.have.length(2);
    expect(() => provider.importWorkshop(provider.exportWorkshop()), 'the export imports again').to.not.throw();
    await expect(card(provider).kaart).to.be.accessible();

    card(provider).button('Verwijder belang ‘Het eerste belang’').click();
    await settle();
    view = card(provider);
    expect(view.all<HTMLButtonElement>('[part="add"]').map((b) => b.disabled)).to.deep.equal([false, false, false]);
    expect(view.text()).to.not.contain(limit);
  });

  it('renders only the card typed in: not another partner’s card, not the blank cards, not the other interests', async () => {
    const file = await exampleWorkshop();
    const { provider, settle } = await workshop(
      html`<belangen-kaart partner="wonen"></belangen-kaart><belangen-kaart partner="zorg"></belangen-kaart
        ><belangen-kaart blank></belangen-kaart>`,
      { file },
    );
    const [typed, other, blank] = [...provider.querySelectorAll('belangen-kaart')] as BelangenKaart[];
    const [typedRenders, otherRenders, blankRenders] = [typed, other, blank].map(countRenders);
    const view = within(typed);
    const second = view.all('li[part="item"]')[1];
    const secondField = second.querySelector('textarea')!;
    secondField.value = 'Not stored: only what the card shows';

    view.field('Wat is het belang?').focus();
    await sendKeys({ type: ' en meer' });
    await settle();
    expect(interestsOf(provider, 'wonen')[0].text).to.match(/ en meer$/);
    expect(typedRenders.n, 'the card typed in renders').to.be.greaterThan(0);
    expect(otherRenders.n, 'another partner’s card does not render').to.equal(0);
    expect(blankRenders.n, 'the blank cards do not render').to.equal(0);
    expect(secondField.value, 'the other interest was not rendered again').to.equal(
      'Not stored: only what the card shows',
    );
    expect(
      view.root.querySelector('datalist')!.options,
      'theme suggestions are gathered only for a theme field',
    ).to.have.length(0);
  });

  it('limits every text field to the length a workshop file allows', async () => {
    const file = await exampleWorkshop();
    const { provider } = await workshop(html`<belangen-kaart partner="zorg"></belangen-kaart>`, { file });
    const fields = card(provider).all<HTMLInputElement | HTMLTextAreaElement>('textarea, input[type="text"]');
    expect(fields.filter((f) => f.matches('[part="theme-input"]'))).to.not.have.length(0);
    expect(fields.map((f) => f.maxLength)).to.deep.equal(fields.map(() => LIMITS.textLength));
  });

  it('on a partner’s device, edits only that partner’s own card; other cards are read-only', async () => {
    const file = await exampleWorkshop();
    const { provider, settle } = await workshop(
      html`<belangen-kaart></belangen-kaart><belangen-kaart partner="gemeente"></belangen-kaart>`,
      { file, role: 'partner', partner: 'zorg' },
    );
    const [own, other] = Array.from(provider.querySelectorAll('belangen-kaart')).map((k) => k.shadowRoot!);
    expect(own.querySelectorAll('select'), 'no choice on a partner’s own device').to.have.length(0);
    expect(textOf(own.querySelector('h2'))).to.equal('Belangenkaart van Wijkverpleging Oost');
    expect(own.querySelectorAll('textarea').length).to.be.greaterThan(0);

    expect(textOf(other.querySelector('h2'))).to.equal('Belangenkaart van Gemeente (sociaal domein)');
    expect(other.querySelectorAll('textarea, input, button:not([part="print"]), select')).to.have.length(0);
    const otherText = textOf(other as unknown as Element);
    expect(otherText).to.contain('Minder inwoners die tussen wal en schip vallen');
    expect(otherText).to.contain('Eis');
    expect(otherText).to.contain('Wettelijke taak Wmo');
    expect(otherText).to.contain('alleen het werk van Wijkverpleging Oost aanpassen');

    // Typing on the own card changes the own card only.
    const text = own.querySelector('textarea')!;
    text.focus();
    text.select();
    await sendKeys({ type: 'Minder papierwerk' });
    await settle();
    expect(interestsOf(provider, 'zorg')[0].text).to.equal('Minder papierwerk');
    expect(interestsOf(provider, 'gemeente')).to.deep.equal(file.interests.filter((i) => i.partnerId === 'gemeente'));
    for (const kaart of provider.querySelectorAll('belangen-kaart')) await expect(kaart).to.be.accessible();
  });

  it('fits a 320 px wide screen without scrolling sideways, filled or blank', () =>
    atPhoneWidth(async () => {
      const file = await exampleWorkshop();
      const filled = await workshop(html`<belangen-kaart partner="hogeschool"></belangen-kaart>`, { file });
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      filled.provider.remove();
      await workshop(html`<belangen-kaart blank></belangen-kaart>`, { file });
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    }));

  it('prints the filled card as text, without fields or buttons', async () => {
    const file = await exampleWorkshop();
    const { provider } = await workshop(html`<belangen-kaart partner="zorg"></belangen-kaart>`, { file });
    const { root } = card(provider);
    expect(Array.from(root.querySelectorAll('textarea')).some(rendered)).to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(Array.from(root.querySelectorAll('textarea, input, button, select')).filter(rendered)).to.have.length(0);
    const printed = Array.from(root.querySelectorAll('[part="read-item"]')).filter(rendered).map(textOf);
    expect(printed).to.have.length(3);
    expect(printed[0]).to.contain('Minder administratieve last voor wijkverpleegkundigen');
    expect(printed[0]).to.contain('Eis');
    expect(printed[0]).to.contain('Waarom: Personeelstekort');
    expect(printed[0]).to.contain('werkdruk');
  });

  it('shows blank paper cards, one per partner, with the name and the workshop title filled in, and get and bring', async () => {
    const { provider } = await workshop(html`<belangen-kaart blank></belangen-kaart>`, {
      file: partnersOnly(['Gemeente', 'Wijkverpleging', 'Bibliotheek']),
    });
    const { all } = card(provider);
    const sheets = all('[part="sheet"]');
    expect(sheets.map((s) => textOf(s.querySelector('.sheet-partner')))).to.deep.equal([
      'Partner: Gemeente',
      'Partner: Wijkverpleging',
      'Partner: Bibliotheek',
    ]);
    for (const sheet of sheets) {
      expect(textOf(sheet)).to.contain('Zorgnetwerk Arnhem');
      expect(Array.from(sheet.querySelectorAll('h3')).map(textOf)).to.deep.equal([
        'Eigen belang (organisatie)',
        'Persoonlijk belang (optioneel)',
        'Overkoepelend belang',
        'Halen en brengen',
      ]);
      expect(Array.from(sheet.querySelectorAll('.sheet-get-bring h4')).map(textOf)).to.deep.equal([
        'Wat komen we halen?',
        'Wat komen we brengen?',
      ]);
      expect(sheet.querySelectorAll('.sheet-get-bring .line')).to.have.length(6);
      expect(sheet.querySelectorAll('.entry')).to.have.length(5);
      expect(sheet.querySelectorAll('.box')).to.have.length(10);
      expect(textOf(sheet)).to.contain('Wens (onderhandelbaar)');
      expect(textOf(sheet)).to.contain('Eis (niet onderhandelbaar)');
      expect(sheet.querySelectorAll('.why')).to.have.length(5);
    }
    expect(all('input, textarea, select')).to.have.length(0);
    await expect(card(provider).kaart).to.be.accessible();
  });

  it('shows one blank card for the partner it names, or for the device’s partner', async () => {
    const file = partnersOnly(['Gemeente', 'Wijkverpleging', 'Bibliotheek']);
    const named = await workshop(html`<belangen-kaart blank partner="p3"></belangen-kaart>`, { file });
    expect(
      card(named.provider)
        .all('[part="sheet"]')
        .map((s) => textOf(s.querySelector('.sheet-partner'))),
    ).to.deep.equal(['Partner: Bibliotheek']);
    const device = await workshop(html`<belangen-kaart blank></belangen-kaart>`, {
      file,
      role: 'partner',
      partner: 'p2',
    });
    expect(
      card(device.provider)
        .all('[part="sheet"]')
        .map((s) => textOf(s.querySelector('.sheet-partner'))),
    ).to.deep.equal(['Partner: Wijkverpleging']);
  });

  it('prints blank cards for three partners as a three-page A4 PDF', async () => {
    const { provider } = await workshop(html`<belangen-kaart blank></belangen-kaart>`, {
      file: partnersOnly(['Gemeente (sociaal domein)', 'Wijkverpleging Oost', 'Hogeschool, lectoraat Zorg in de wijk']),
    });
    const page = Array.from(document.body.children).filter((el) => !['script', 'link', 'style'].includes(el.localName));
    expect(page, 'the page holds the fixture only').to.have.length(1);
    expect(page[0].contains(provider)).to.equal(true);
    expect(document.adoptedStyleSheets, 'the page prints on A4').to.include(a4Page.styleSheet);

    const { pages } = await executeServerCommand<{ pages: number; bytes: number }, undefined>('pdf');
    expect(pages).to.equal(3);
    await emulateMedia({ media: 'print' });
    const sheets = card(provider).all('[part="sheet"]');
    expect(sheets.map((sheet) => getComputedStyle(sheet).breakAfter)).to.deep.equal(['page', 'page', 'auto']);
    expect(
      card(provider)
        .all('.intro')
        .filter((el) => getComputedStyle(el).display !== 'none'),
    ).to.have.length(0);

    provider.remove();
    expect(document.adoptedStyleSheets, 'the page size goes with the blank cards').to.not.include(a4Page.styleSheet);
  });
});

describe('<belangen-kaart> print button', () => {
  it('prints the blank cards alone: the host page around them is left out, and comes back afterwards', async () => {
    const host = document.createElement('p');
    host.textContent = 'Menu en kop van het intranet';
    document.body.prepend(host);
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      const { provider } = await workshop(html`<belangen-kaart blank></belangen-kaart>`, {
        file: await exampleWorkshop(),
      });
      const card = provider.querySelector('belangen-kaart')!;
      const button = card.shadowRoot!.querySelector<HTMLButtonElement>('button[part="print"]')!;
      expect(button.textContent!.trim()).to.equal('Lege kaarten afdrukken');
      button.click();
      expect(printed).to.equal(1);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(host).display).to.equal('none');
      expect(getComputedStyle(button).display).to.equal('none');
      expect(card.shadowRoot!.querySelectorAll('[part="sheet"]')).to.have.length(4);
      window.dispatchEvent(new Event('afterprint'));
      expect(getComputedStyle(host).display).to.not.equal('none');
      await resetMedia();
    } finally {
      window.print = print;
      host.remove();
    }
  });
});
