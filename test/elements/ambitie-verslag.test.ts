import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { workshopContext } from '../../src/context/workshop-context.js';
import '../../src/elements/ambitie-verslag/define.js';
import type { AmbitieVerslag } from '../../src/elements/ambitie-verslag/ambitie-verslag.js';
import { toCsv } from '../../src/export/csv.js';
import { toMarkdown } from '../../src/export/markdown.js';
import { YWorkshopStore } from '../../src/model/store.js';
import { LIMITS, type WorkshopFile } from '../../src/model/types.js';
import { buttonNamed as button, fieldLabelled, resetMedia, squash, until } from '../support/dom.js';
import { exampleWorkshop } from '../support/example.js';
import { deepQuery, workshop } from '../support/fixtures.js';

/** The record inside a workshop, and its shadow root. */
async function record(options: Parameters<typeof workshop>[1] = {}) {
  const fx = await workshop(html`<ambitie-verslag></ambitie-verslag>`, options);
  const element = deepQuery<AmbitieVerslag>(fx.provider, 'ambitie-verslag')!;
  return { ...fx, element, root: element.shadowRoot! };
}

/** The text a reader sees (not what is hidden on screen). */
const shown = (root: ShadowRoot) => squash((root.querySelector('article') as HTMLElement).innerText);

/** Runs `act` and returns the file it offered for download, without downloading it. */
async function captureDownload(act: () => void): Promise<{ name: string; blob: Blob }> {
  const create = URL.createObjectURL;
  let blob: Blob | undefined;
  let name = '';
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return create.call(URL, object);
  };
  const intercept = (event: Event) => {
    const link = event.target as HTMLAnchorElement;
    if (link instanceof HTMLAnchorElement && link.download) {
      name = link.download;
      event.preventDefault();
    }
  };
  document.addEventListener('click', intercept, true);
  try {
    act();
  } finally {
    URL.createObjectURL = create;
    document.removeEventListener('click', intercept, true);
  }
  if (!blob || !name) throw new Error('nothing was offered for download');
  return { name, blob };
}

/** Chooses `content` as a file in the file input, as a user would. */
function chooseFile(input: HTMLInputElement, content: BlobPart, name = 'workshop.json'): File {
  const file = new File([content], name, { type: 'application/json' });
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return file;
}

const fileInput = (root: ShadowRoot) => fieldLabelled<HTMLInputElement>(root, 'Workshopbestand openen');
const alertText = (root: ShadowRoot) => squash(root.querySelector('[role="alert"]')!.textContent);
const statusText = (root: ShadowRoot) => squash(root.querySelector('.tools [role="status"]')!.textContent);

/** Types a date into a date field, in the order of the browser's date format. */
async function typeDate(input: HTMLInputElement, year: number, month: number, day: number) {
  input.focus();
  const parts = new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(year, month - 1, day));
  const digits: Record<string, string> = {
    year: String(year),
    month: String(month).padStart(2, '0'),
    day: String(day).padStart(2, '0'),
  };
  for (const part of parts) if (part.type in digits) await sendKeys({ type: digits[part.type] });
}

describe('<ambitie-verslag>', () => {
  let file: WorkshopFile;
  beforeEach(async () => {
    file = await exampleWorkshop();
  });
  afterEach(resetMedia);

  it('shows the whole example workshop as readable text, in headings and lists', async () => {
    const { root } = await record({ file });
    const text = shown(root);
    expect(squash(root.querySelector('h2')!.textContent)).to.equal('Wijknetwerk Gezond Oost');
    expect(text).to.contain('20 november 2026');
    expect(text).to.contain('Hogeschool, lectoraat Zorg in de wijk (aspirant-partner)');
    expect(text).not.to.contain('Gemeente (sociaal domein) (aspirant-partner)');
    for (const partner of file.partners) expect(text).to.contain(partner.name);
    for (const interest of file.interests) {
      expect(text).to.contain(interest.text);
      if (interest.motivation) expect(text).to.contain(`Waarom: ${interest.motivation}`);
    }
    for (const contribution of file.contributions) expect(text).to.contain(contribution.text);
    for (const question of file.questions) {
      expect(text).to.contain(`Vraag: ${question.text}`);
      expect(text).to.contain(`Antwoord: ${question.answer}`);
    }
    expect(text).to.contain(
      'Open “Minder administratieve last voor wijkverpleegkundigen” (Wijkverpleging Oost, eis) tegenover “Signalen uit de wijk, eerder dan nu” (Gemeente (sociaal domein), komt halen)',
    );
    expect(text).to.contain(
      'Over “Signalen van huismeesters komen ergens terecht” (Woningcorporatie Thuis, eis) Vraag: Waarom is dit een eis en geen wens?',
    );
    expect(text).to.contain(file.tensions[0].text);
    expect(text).to.contain(
      'vroegsignalering: Gemeente (sociaal domein), Wijkverpleging Oost, Woningcorporatie Thuis (3 partners)',
    );
    for (const part of ['problem', 'solution', 'opportunities', 'form'] as const)
      expect(text).to.contain(file.ambition[part]!);
    expect(text).to.contain('De gedeelde ambitie is nog niet vastgesteld.');
    expect(text).to.contain(`Laatste concept: ${file.ambition.drafts[0].text}`);
    expect(text).to.contain('Gemeente (sociaal domein): Eens');
    expect(text).to.contain('Wijkverpleging Oost: Kan ermee leven');
    expect(text).to.contain('Hogeschool, lectoraat Zorg in de wijk: nog niet gereageerd');

    // Interests by partner and scope, each a list item with the wish/demand marker in words.
    const interests = root.querySelector('[part="interests"]')!;
    const outline = [...interests.querySelectorAll('h4, h5')].map((h) => `${h.tagName} ${squash(h.textContent)}`);
    const zorg = outline.indexOf('H4 Wijkverpleging Oost');
    expect(outline.slice(zorg, zorg + 4)).to.deep.equal([
      'H4 Wijkverpleging Oost',
      'H5 Eigen belang (organisatie)',
      'H5 Persoonlijk belang',
      'H5 Overkoepelend belang',
    ]);
    expect(outline).to.include('H4 Hogeschool, lectoraat Zorg in de wijk (aspirant-partner)');
    const items = [...interests.querySelectorAll('li[part="interest"]')].map((li) => squash(li.textContent));
    expect(items).to.include.members([
      'Eis (niet onderhandelbaar) Minder administratieve last voor wijkverpleegkundigen Waarom: Personeelstekort: elke uur papierwerk is een uur minder zorg Thema’s: werkdruk',
      'Wens (onderhandelbaar) Zelf weer meer tijd aan het bed',
    ]);
    expect(squash(interests.textContent)).to.contain('Persoonlijk belang');
    expect(squash(root.querySelector('[part="contributions"]')!.textContent)).to.contain(
      'Komt brengen Studenten en een onderzoeker die effecten meet',
    );

    // Headings start at h2 and never skip a level.
    const levels = [...root.querySelectorAll('h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    expect(levels[0]).to.equal(2);
    levels.forEach((level, i) => i && expect(level - levels[i - 1]).to.be.at.most(1));
    // Nothing of the record itself is a form field; only the tools and the follow-up are.
    const fields = [...root.querySelectorAll('input, select, textarea')];
    expect(fields.every((f) => f.closest('[part="tools"], [part="follow-up"]'))).to.equal(true);
  });

  it('shows the final statement prominently, and objections with their reasons', async () => {
    const { provider, root, settle } = await record({ file });
    provider.store.setConsent('d-1', 'hogeschool', 'object', 'Onderzoek ontbreekt in de tekst');
    provider.store.setAmbition('statement', 'Samen zorgen we dat\niedereen in Oost weet waar hij terechtkan.');
    await settle();
    const statement = root.querySelector('[part="statement"]')!;
    expect(statement.querySelector('blockquote')!.textContent).to.equal(
      'Samen zorgen we dat\niedereen in Oost weet waar hij terechtkan.',
    );
    expect((statement.querySelector('blockquote') as HTMLElement).innerText).to.contain('dat\niedereen');
    expect(
      root.querySelector('[part="statement"]')!.compareDocumentPosition(root.querySelector('[part="partners"]')!),
    ).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(shown(root)).to.contain(
      'Hogeschool, lectoraat Zorg in de wijk: Bezwaar — reden: Onderzoek ontbreekt in de tekst',
    );
    expect(squash(root.querySelector('[part="handoff"]')!.textContent)).to.contain(
      'De gedeelde ambitie: Samen zorgen we dat iedereen in Oost weet waar hij terechtkan.',
    );
  });

  it('shows user text with markup as text, never as markup', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    file.partners[0].name = evil;
    file.interests[0].text = '**vet** <b>niet vet</b> [link](javascript:alert(1))';
    file.title = '<script>alert(1)</script>';
    const { root } = await record({ file });
    expect(root.querySelector('img, b, script, a')).to.equal(null);
    const text = shown(root);
    expect(text).to.contain(evil);
    expect(text).to.contain('**vet** <b>niet vet</b> [link](javascript:alert(1))');
    expect(squash(root.querySelector('h2')!.textContent)).to.equal('<script>alert(1)</script>');
  });

  it('lets the facilitator add an action with owner and due date, and notes, all kept in the workshop', async () => {
    const { provider, root, settle } = await record({ file });
    button(root, 'Actie toevoegen').click();
    await settle();
    const [action] = provider.exportWorkshop().followUp.actions;
    const text = root.getElementById(`action-text-${action.id}`) as HTMLInputElement;
    expect(root.activeElement).to.equal(text);
    await sendKeys({ type: 'Convenant opstellen' });

    const owner = fieldLabelled<HTMLSelectElement>(root, 'Wie pakt het op?');
    owner.focus();
    await sendKeys({ type: 'Woning' });
    await typeDate(fieldLabelled<HTMLInputElement>(root, 'Uiterlijk klaar op'), 2027, 3, 15);

    const notes = root.querySelector('[part="notes"]') as HTMLTextAreaElement;
    expect(notes.getAttribute('aria-labelledby')).to.equal('notes-heading');
    notes.focus();
    await sendKeys({ type: 'Begroting in juni' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Evaluatie na een jaar' });
    await settle();

    const { followUp } = provider.exportWorkshop();
    expect(followUp.actions).to.deep.equal([
      { id: action.id, text: 'Convenant opstellen', owner: 'wonen', due: '2027-03-15' },
    ]);
    expect(followUp.notes).to.equal('Begroting in juni\nEvaluatie na een jaar');
    expect(root.activeElement).to.equal(notes);

    // The printed version shows the same, as text.
    const printed = squash(root.querySelector('[part="follow-up"] .print-only')!.textContent);
    expect(printed).to.contain('Convenant opstellen Wie: Woningcorporatie Thuis; Uiterlijk: 15 maart 2027');
    expect(squash(root.querySelector('[part="handoff"]')!.textContent)).to.contain(
      'Convenant opstellen (Woningcorporatie Thuis)',
    );

    button(root, 'Verwijder actie “Convenant opstellen”').click();
    await settle();
    expect(provider.exportWorkshop().followUp.actions).to.deep.equal([]);
    expect(squash(root.querySelector('[part="follow-up"] [role="status"]')!.textContent)).to.equal(
      'Actie “Convenant opstellen” verwijderd.',
    );
    expect(root.activeElement).to.equal(root.querySelector('[part="add-action"]'));
  });

  it('shows a partner the follow-up as text, without editing or opening files', async () => {
    file.followUp = {
      notes: 'Volgende keer de begroting',
      actions: [{ id: 'a-1', text: 'Convenant opstellen', owner: 'gemeente', due: '2027-01-31' }],
    };
    const { root } = await record({ file, role: 'partner', partner: 'zorg' });
    expect(root.querySelector('input, select, textarea')).to.equal(null);
    expect([...root.querySelectorAll('button')].map((b) => squash(b.textContent))).to.deep.equal([
      'Workshopbestand downloaden (JSON)',
      'Verslag downloaden (Markdown)',
      'Belangen en bijdragen downloaden (CSV)',
      'Verslag afdrukken',
    ]);
    const followUp = squash((root.querySelector('[part="follow-up"]') as HTMLElement).innerText);
    expect(followUp).to.contain('Convenant opstellen Wie: Gemeente (sociaal domein); Uiterlijk: 31 januari 2027');
    expect(followUp).to.contain('Volgende keer de begroting');
  });

  it('downloads the workshop file, the Markdown record and the CSV overview', async () => {
    const { provider, root } = await record({ file });
    const json = await captureDownload(() => button(root, 'Workshopbestand downloaden (JSON)').click());
    expect(json.name).to.equal('wijknetwerk-gezond-oost.json');
    expect(json.blob.type).to.equal('application/json');
    expect(await json.blob.text()).to.equal(JSON.stringify(provider.exportWorkshop(), null, 2));

    const markdown = await captureDownload(() => button(root, 'Verslag downloaden (Markdown)').click());
    expect(markdown.name).to.equal('wijknetwerk-gezond-oost.md');
    expect(await markdown.blob.text()).to.equal(toMarkdown(provider.exportWorkshop()));

    const csv = await captureDownload(() => button(root, 'Belangen en bijdragen downloaden (CSV)').click());
    expect(csv.name).to.equal('wijknetwerk-gezond-oost.csv');
    const bytes = new Uint8Array(await csv.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).to.equal(
      '\uFEFF' + toCsv(provider.exportWorkshop(), ';'),
    );
    expect(await csv.blob.text()).to.contain('Budget voor een wijkcoördinator (0,5 fte)');
  });

  it('opens a workshop file into an empty workshop and says how many partners came in', async () => {
    const { provider, root, settle } = await record();
    chooseFile(fileInput(root), JSON.stringify(file));
    await until(() => statusText(root) !== '', 'the status');
    await settle();
    expect(statusText(root)).to.equal('Workshop “Wijknetwerk Gezond Oost” geopend, met 4 partners.');
    expect(provider.exportWorkshop()).to.deep.equal(file);
    expect(shown(root)).to.contain('Minder inwoners die tussen wal en schip vallen');
    expect(alertText(root)).to.equal('');
  });

  it('asks in the page before replacing a workshop with content, and changes nothing when declined', async () => {
    const { provider, root, settle } = await record({ file });
    const other = { ...structuredClone(file), title: 'Ander netwerk', partners: file.partners.slice(0, 1) };
    other.interests = other.interests.filter((i) => i.partnerId === 'gemeente');
    other.contributions = other.contributions.filter((c) => c.partnerId === 'gemeente');
    other.questions = [];
    other.tensions = [];
    other.matches = [];
    other.ambition = { drafts: [] };

    chooseFile(fileInput(root), JSON.stringify(other));
    await until(() => root.querySelector('.confirm') !== null, 'the question');
    const question = root.getElementById('confirm-question')!;
    expect(squash(question.textContent)).to.equal(
      'Het bestand vervangt de workshop “Wijknetwerk Gezond Oost” op dit scherm door “Ander netwerk”, met 1 partner. Alles wat nu in de workshop staat, wordt vervangen. Doorgaan?',
    );
    expect(root.activeElement).to.equal(question);
    expect(provider.exportWorkshop()).to.deep.equal(file);

    button(root, 'Niet openen').click();
    await settle();
    expect(root.querySelector('.confirm')).to.equal(null);
    expect(statusText(root)).to.equal('Het bestand is niet geopend; de workshop is niet veranderd.');
    expect(provider.exportWorkshop()).to.deep.equal(file);

    chooseFile(fileInput(root), JSON.stringify(other));
    await until(() => root.querySelector('.confirm') !== null, 'the question');
    button(root, 'Workshop vervangen').click();
    await settle();
    expect(provider.exportWorkshop().title).to.equal('Ander netwerk');
    expect(provider.exportWorkshop().partners).to.have.length(1);
    expect(statusText(root)).to.equal('Workshop “Ander netwerk” geopend, met 1 partner.');
    expect(root.activeElement).to.equal(fileInput(root));
    expect(squash(root.querySelector('h2')!.textContent)).to.equal('Ander netwerk');
  });

  it('refuses a broken file with the message naming what and where, and changes nothing', async () => {
    const { provider, root, settle, element } = await record({ file });
    const broken = structuredClone(file) as unknown as { partners: Record<string, unknown>[] };
    delete broken.partners[2].name;
    chooseFile(fileInput(root), JSON.stringify(broken));
    await until(() => alertText(root) !== '', 'the message');
    await settle();
    expect(alertText(root)).to.equal('Het bestand is niet geopend; er is niets veranderd. partners[2].name ontbreekt.');
    expect(root.querySelector('.confirm')).to.equal(null);
    expect(provider.exportWorkshop()).to.deep.equal(file);
    await expect(element).to.be.accessible();

    chooseFile(fileInput(root), '{ niet af');
    await until(() => alertText(root).includes('JSON'), 'the next message');
    expect(alertText(root)).to.contain('Dit is geen workshopbestand: de inhoud is geen geldige JSON.');
    expect(provider.exportWorkshop()).to.deep.equal(file);
  });

  it('refuses a file over 5 MB without reading it', async () => {
    const { provider, root } = await record({ file });
    const read = { text: Blob.prototype.text, arrayBuffer: Blob.prototype.arrayBuffer };
    let reads = 0;
    Blob.prototype.text = function () {
      reads++;
      return read.text.call(this);
    };
    Blob.prototype.arrayBuffer = function () {
      reads++;
      return read.arrayBuffer.call(this);
    };
    try {
      chooseFile(fileInput(root), new Uint8Array(LIMITS.fileBytes + 1));
      await until(() => alertText(root) !== '', 'the message');
    } finally {
      Object.assign(Blob.prototype, read);
    }
    expect(reads).to.equal(0);
    expect(alertText(root)).to.equal(
      'Het bestand is niet geopend; er is niets veranderd. Het bestand is groter dan 5 MB.',
    );
    expect(provider.exportWorkshop()).to.deep.equal(file);
  });

  it('is step 5 of the guided workshop; opening a file there is the user’s change: undoable, and the host hears na-change', async () => {
    const { provider, settle } = await workshop(undefined, { file: { ...file, step: 5 } });
    const element = deepQuery<AmbitieVerslag>(provider, 'ambitie-verslag')!;
    expect(element.getRootNode()).to.equal(provider.shadowRoot);
    const root = element.shadowRoot!;
    const changes: string[] = [];
    provider.addEventListener('na-change', (event) => changes.push(event.detail.title));
    chooseFile(fileInput(root), JSON.stringify({ ...file, title: 'Via de workshop' }));
    await until(() => root.querySelector('.confirm') !== null, 'the question');
    button(root, 'Workshop vervangen').click();
    await settle();
    expect(provider.exportWorkshop().title).to.equal('Via de workshop');
    expect(changes).to.deep.equal(['Via de workshop']);
    provider.undo();
    expect(provider.exportWorkshop().title).to.equal(file.title);
  });

  it('opens a file into a workshop provided by something other than <netwerk-ambitie>', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const store = new YWorkshopStore();
    new ContextProvider(host, { context: workshopContext, initialValue: store });
    const element = host.appendChild(document.createElement('ambitie-verslag'));
    await until(() => element.shadowRoot!.querySelector('article') !== null, 'the record');
    chooseFile(fileInput(element.shadowRoot!), JSON.stringify(file));
    await until(() => store.snapshot.partners.length === 4, 'the import');
    expect(store.snapshot.title).to.equal('Wijknetwerk Gezond Oost');
    await element.updateComplete;
    expect(statusText(element.shadowRoot!)).to.equal('Workshop “Wijknetwerk Gezond Oost” geopend, met 4 partners.');
  });

  describe('printing', () => {
    let fx: Awaited<ReturnType<typeof record>>;
    let print: typeof window.print;
    let printed: number;
    let host: HTMLParagraphElement;
    beforeEach(async () => {
      file.followUp = {
        notes: 'Eerst de begroting.\nDan het convenant.',
        actions: [{ id: 'a-1', text: 'Convenant opstellen', owner: 'gemeente', due: '2027-01-31' }],
      };
      fx = await record({ file });
      host = document.createElement('p');
      host.textContent = 'Dit hoort bij de pagina eromheen.';
      document.body.prepend(host);
      print = window.print;
      printed = 0;
      window.print = () => void printed++;
    });
    afterEach(() => {
      window.print = print;
      window.dispatchEvent(new Event('afterprint'));
      host.remove();
    });

    const visible = (el: Element) => getComputedStyle(el).display !== 'none';

    it('prints the record alone, on A4, with the controls left out', async () => {
      const { root } = fx;
      button(root, 'Verslag afdrukken').click();
      expect(printed).to.equal(1);
      await emulateMedia({ media: 'print' });
      expect(visible(host)).to.equal(false);
      expect(visible(fx.provider)).to.equal(true);
      for (const control of root.querySelectorAll('button, input, select, textarea, [part="tools"]'))
        expect(visible(control), control.outerHTML.slice(0, 60)).to.equal(false);
      const text = squash((root.querySelector('article') as HTMLElement).innerText);
      expect(text).to.contain('Convenant opstellen Wie: Gemeente (sociaal domein); Uiterlijk: 31 januari 2027');
      expect(text).to.contain('Eerst de begroting. Dan het convenant.');
      expect(text).to.contain('Eis (niet onderhandelbaar) Minder inwoners');
      expect(text).not.to.contain('Bewaren, delen en afdrukken');

      window.dispatchEvent(new Event('afterprint'));
      expect(visible(host)).to.equal(true);
      expect(document.documentElement.hasAttribute('data-na-print-only')).to.equal(false);
      expect(document.querySelector('[data-na-print-keep]')).to.equal(null);
    });

    it('hides the controls in print even when the browser’s own print is used', async () => {
      await emulateMedia({ media: 'print' });
      for (const control of fx.root.querySelectorAll('button, input, select, textarea'))
        expect(visible(control)).to.equal(false);
      expect(visible(fx.root.querySelector('[part="follow-up"] .print-only')!)).to.equal(true);
      expect(visible(host)).to.equal(true);
    });

    it('prints to PDF on several pages, main sections on a new page, without cutting any text off', async () => {
      const { root } = fx;
      button(root, 'Verslag afdrukken').click();
      await emulateMedia({ media: 'print' });
      const breaks = [...root.querySelectorAll('section')]
        .filter((section) => getComputedStyle(section).breakBefore === 'page')
        .map((section) => section.getAttribute('part'));
      expect(breaks).to.deep.equal(['interests', 'ambition', 'follow-up']);
      expect(getComputedStyle(root.querySelector('[part="interest"]')!).breakInside).to.equal('avoid');
      const clipped = [...root.querySelectorAll<HTMLElement>('*')].filter((el) => {
        const style = getComputedStyle(el);
        if (style.display === 'none' || !squash(el.textContent)) return false;
        const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
        return clips && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
      });
      expect(clipped.map((el) => el.outerHTML.slice(0, 80))).to.deep.equal([]);
      const article = root.querySelector('article')!;
      expect(article.scrollWidth).to.be.at.most(article.clientWidth + 1);

      const { pages, bytes } = await executeServerCommand<{ pages: number; bytes: number }, undefined>('pdf');
      expect(pages).to.be.at.least(4);
      expect(bytes).to.be.greaterThan(1000);
      // Printing is over (the browser fired afterprint): the page is as it was.
      expect(document.documentElement.hasAttribute('data-na-print-only')).to.equal(false);
      expect(visible(host)).to.equal(true);
    });
  });

  it('passes axe with the example workshop, follow-up filled in', async () => {
    file.followUp = {
      notes: 'Volgende keer de begroting',
      actions: [
        { id: 'a-1', text: 'Convenant opstellen', owner: 'gemeente', due: '2027-01-31' },
        { id: 'a-2', text: '' },
      ],
    };
    file.ambition.statement = 'Samen zorgen we dat iedereen in Oost weet waar hij terechtkan.';
    const { element } = await record({ file });
    await expect(element).to.be.accessible();
  });

  it('passes axe while asking to replace the workshop', async () => {
    const { element, root } = await record({ file });
    chooseFile(fileInput(root), JSON.stringify(file));
    await until(() => root.querySelector('.confirm') !== null, 'the question');
    await expect(element).to.be.accessible();
  });

  it('works at 320 px wide without scrolling sideways', async () => {
    const { element, settle } = await record({ file });
    element.style.width = '320px';
    element.style.display = 'block';
    await settle();
    button(element.shadowRoot!, 'Actie toevoegen').click();
    await settle();
    const article = element.shadowRoot!.querySelector('article')!;
    expect(article.scrollWidth).to.be.at.most(320);
  });

  it('says what is missing outside a <netwerk-ambitie>', async () => {
    const element = await fixture<AmbitieVerslag>(html`<ambitie-verslag></ambitie-verslag>`);
    expect(squash(element.shadowRoot!.querySelector('[part="missing"]')!.textContent)).to.contain('netwerk-ambitie');
    await expect(element).to.be.accessible();
  });
});
