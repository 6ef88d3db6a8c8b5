import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define.js';
import type { NetwerkAmbitie } from '../../src/elements/netwerk-ambitie/netwerk-ambitie.js';
import type { PartnerUitnodigingen } from '../../src/elements/partner-uitnodigingen/partner-uitnodigingen.js';
import type { Step, WorkshopFile } from '../../src/model/types.js';
import { syncAttributesFromUrl } from '../../src/sync/attributes.js';
import { buttonWithAccessibleName, resetMedia, textOf, until } from '../support/dom.js';
import { exampleWorkshop, uniqueId } from '../support/example.js';
import { settleBelow } from '../support/fixtures.js';
import { PAPER, printToPdf, sizeOf } from '../support/pdf.js';
import { NETWORK, token } from '../support/sync-device.js';

// The facilitator invites partners through the real workshop service: the
// links, codes and revocations are the server's, and a partner's device opens
// the workshop with the link it was given.

let url: string;
before(async () => {
  ({ url } = await executeServerCommand<{ url: string; port: number }, undefined>('sync-start'));
});
after(async () => {
  await executeServerCommand('sync-stop');
});

const CODE = /^[A-Z0-9]{4}-[A-Z0-9]{4}$/;

/** The facilitator's screen: a synced `<netwerk-ambitie>` with the invitations inside, filled with `file`. */
async function facilitatorScreen(file: WorkshopFile, { lang = 'nl', hours = 1 } = {}) {
  const room = uniqueId('uitnodigen');
  const facilitatorToken = await token({ room, role: 'facilitator', hours });
  const provider = await fixture<NetwerkAmbitie>(html`
    <netwerk-ambitie storage="none" workshop-id=${room} lang=${lang} .sync=${url} .token=${facilitatorToken}>
      <partner-uitnodigingen></partner-uitnodigingen>
    </netwerk-ambitie>
  `);
  await provider.ready;
  provider.importWorkshop(file);
  const element = provider.querySelector('partner-uitnodigingen')!;
  await settleBelow(provider);
  return { room, provider, element, root: element.shadowRoot! };
}

const loaded = (element: PartnerUitnodigingen) =>
  until(() => element.shadowRoot!.querySelector('[part="list"]'), 'the invitations have loaded', NETWORK);

/** The row of the partner named `name`. */
const rowOf = (element: PartnerUitnodigingen, name: string) =>
  Array.from(element.shadowRoot!.querySelectorAll<HTMLElement>('[part="partner"]')).find(
    (row) => textOf(row.querySelector('h3')) === name,
  )!;

/** What the element said last: its status line or its error. */
const said = (element: PartnerUitnodigingen) =>
  textOf(element.shadowRoot!.querySelector('[role="status"]')) ||
  textOf(element.shadowRoot!.querySelector('[part="error"]'));

/** Clicks a button and waits until the service answered (and the element said so). */
async function press(element: PartnerUitnodigingen, row: HTMLElement, name: RegExp): Promise<void> {
  buttonWithAccessibleName(row, name).click();
  await element.updateComplete;
  await until(
    () => !element.shadowRoot!.querySelector('[aria-busy="true"]') && said(element) !== '',
    'the service answered',
    NETWORK,
  );
}

describe('<partner-uitnodigingen> with the workshop service', () => {
  it('makes an invitation for a partner: a QR code, a short code, a link to copy and to mail', async () => {
    const file = { ...(await exampleWorkshop()), step: 1 as Step };
    const { element, root } = await facilitatorScreen(file);
    await loaded(element);
    const partner = file.partners[0];
    const row = rowOf(element, partner.name);
    expect(textOf(row.querySelector('[part="state"]'))).to.contain('Nog niet uitgenodigd');

    await press(element, row, /^Uitnodiging maken/);
    expect(buttonWithAccessibleName(row, /^Link kopiëren/).textContent).to.contain(
      partner.name,
      'each button names its partner',
    );
    const code = textOf(row.querySelector('[part="code"]'));
    expect(code).to.match(CODE);
    expect(textOf(root.querySelector('[role="status"]'))).to.equal(
      `Uitnodiging voor ${partner.name} gemaakt, met code ${code}.`,
    );
    const qr = await until(() => row.querySelector('svg[part="qr"]'), 'the QR code is drawn');
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.equal(`QR-code van de link voor ${partner.name}`);
    expect(qr.querySelector('path')!.getAttribute('d')).to.match(/^M/);
    expect(root.activeElement?.textContent).to.contain('Link kopiëren', 'the focus goes to the new link');

    const link = row.querySelector<HTMLInputElement>('input[part="link"]')!.value;
    expect(syncAttributesFromUrl(new URL(link))).to.include({ sync: url.replace(/\/$/, '') });

    // What is written to the clipboard (reading it back needs a permission a test page does not have).
    const clipboard = navigator.clipboard;
    const write = clipboard.writeText;
    const copied: string[] = [];
    clipboard.writeText = (text: string) => (copied.push(text), write.call(clipboard, text));
    try {
      await sendKeys({ press: 'Enter' });
      await until(() => said(element) !== '' && !said(element).startsWith('Uitnodiging'), 'the copy is told');
    } finally {
      clipboard.writeText = write;
    }
    expect(copied).to.deep.equal([link]);
    expect(said(element)).to.equal(`De link voor ${partner.name} is gekopieerd.`);

    const mail = new URL(row.querySelector<HTMLAnchorElement>('a[part="mail"]')!.href);
    expect(mail.protocol).to.equal('mailto:');
    expect(mail.searchParams.get('subject')).to.equal(`Uitnodiging voor de workshop ${file.title}`);
    expect(mail.searchParams.get('body')).to.contain(link).and.contain(code).and.contain(`Beste ${partner.name},`);
  });

  it('revokes a link and makes a new one; the partner joins with its link, a revoked link is refused', async () => {
    const file = { ...(await exampleWorkshop()), step: 1 as Step };
    const { room, provider, element, root } = await facilitatorScreen(file);
    await loaded(element);
    const partner = file.partners[1];
    const row = rowOf(element, partner.name);
    await press(element, row, /^Uitnodiging maken/);
    const first = row.querySelector<HTMLInputElement>('input[part="link"]')!.value;

    await press(element, row, /^Intrekken/);
    expect(textOf(row.querySelector('[part="state"]'))).to.contain('ingetrokken');
    expect(row.querySelector('[part="code"]')).to.equal(null);
    expect(textOf(root.querySelector('[role="status"]'))).to.equal(
      `De link en code van ${partner.name} zijn ingetrokken en werken niet meer.`,
    );
    expect(root.activeElement?.textContent).to.contain('Uitnodiging maken');

    await press(element, row, /^Uitnodiging maken/);
    const second = row.querySelector<HTMLInputElement>('input[part="link"]')!.value;
    expect(second).to.not.equal(first);

    // A partner's device, opened with the link the partner was given.
    const device = async (link: string) => {
      const { 'workshop-id': id, sync, token: partnerToken } = syncAttributesFromUrl(new URL(link));
      const el = document.createElement('netwerk-ambitie');
      el.storage = 'none';
      el.workshopId = id!;
      el.sync = sync;
      el.token = partnerToken;
      document.body.append(el);
      await el.ready;
      return el;
    };
    const partnerDevice = await device(second);
    try {
      expect(partnerDevice.workshopId).to.equal(room);
      await until(() => partnerDevice.store.session.connection === 'connected', 'the partner is connected', NETWORK);
      expect(partnerDevice.store.session).to.include({ role: 'partner', partner: partner.id });
      await until(
        () => provider.store.session.presence?.some((p) => p.partner === partner.id),
        'the facilitator sees the partner connected',
        NETWORK,
      );
    } finally {
      partnerDevice.remove();
    }
    const revokedDevice = await device(first);
    try {
      await until(() => revokedDevice.store.session.connection === 'refused', 'the revoked link is refused', NETWORK);
    } finally {
      revokedDevice.remove();
    }
  });

  it('making a new link revokes the previous one', async () => {
    const file = { ...(await exampleWorkshop()), step: 1 as Step };
    const { element } = await facilitatorScreen(file);
    await loaded(element);
    const row = rowOf(element, file.partners[2].name);
    await press(element, row, /^Uitnodiging maken/);
    const code = textOf(row.querySelector('[part="code"]'));
    await press(element, row, /^Nieuwe link maken/);
    expect(textOf(row.querySelector('[part="code"]')))
      .to.match(CODE)
      .and.not.equal(code);
  });

  it('prints the join sheet: one A4 page per invited partner, with its name, QR code and code', async () => {
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      const file = { ...(await exampleWorkshop()), step: 1 as Step };
      const { element, root } = await facilitatorScreen(file);
      await loaded(element);
      for (const partner of file.partners) await press(element, rowOf(element, partner.name), /^Uitnodiging maken/);
      await until(
        () => root.querySelectorAll('.sheet svg[part="qr"]').length === file.partners.length,
        'every sheet has its QR code',
      );

      buttonWithAccessibleName(element, 'Deelnamebladen afdrukken').click();
      expect(printed).to.equal(1);
      await emulateMedia({ media: 'print' });
      const sheets = Array.from(root.querySelectorAll<HTMLElement>('[part="sheet"]'));
      expect(sheets.map((sheet) => textOf(sheet.querySelector('h3')))).to.deep.equal(file.partners.map((p) => p.name));
      for (const sheet of sheets) expect(textOf(sheet.querySelector('.sheet-code'))).to.match(CODE);
      expect(textOf(sheets[0].querySelector('.sheet-address'))).to.equal(new URL(url.replace(/^ws/, 'http')).origin);
      expect(
        root.querySelector<HTMLElement>('[part="list"]')!.getClientRects().length,
        'the screen is left out',
      ).to.equal(0);
      const { sizes } = await printToPdf();
      expect(sizes.map(sizeOf)).to.deep.equal(file.partners.map(() => [PAPER.a4.width, PAPER.a4.height]));
      sizes.forEach((page, i) => expect(page.text, `page ${i + 1}`).to.contain(file.partners[i].name));
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      window.print = print;
      await resetMedia();
    }
  });

  it('says in words when the service refuses, and changes nothing', async () => {
    const file = { ...(await exampleWorkshop()), step: 1 as Step };
    const { element, root } = await facilitatorScreen(file, { hours: -1 });
    await until(() => textOf(root.querySelector('[part="error"]')) !== '', 'the refusal is shown', NETWORK);
    expect(root.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
    expect(textOf(root.querySelector('[part="error"]'))).to.equal(
      'De workshopserver weigert dit: deze link is verlopen. Er is niets veranderd.',
    );
    const row = rowOf(element, file.partners[0].name);
    await press(element, row, /^Uitnodiging maken/);
    expect(row.querySelector('[part="code"]')).to.equal(null);
    expect(textOf(root.querySelector('[part="error"]'))).to.contain('deze link is verlopen');
  });

  for (const lang of ['nl', 'en'])
    it(`is accessible (${lang}), with and without invitations`, async () => {
      const file = { ...(await exampleWorkshop()), step: 1 as Step };
      const { element } = await facilitatorScreen(file, { lang });
      await loaded(element);
      await expect(element).to.be.accessible();
      await press(
        element,
        rowOf(element, file.partners[0].name),
        lang === 'nl' ? /^Uitnodiging maken/ : /^Make invitation/,
      );
      await until(() => element.shadowRoot!.querySelector('svg[part="qr"]'), 'the QR code is drawn');
      await expect(element).to.be.accessible();
    });
});

describe('<partner-uitnodigingen> without a workshop service', () => {
  it('says that invitations need the service', async () => {
    const provider = await fixture<NetwerkAmbitie>(html`
      <netwerk-ambitie storage="none" workshop-id=${uniqueId()}
        ><partner-uitnodigingen></partner-uitnodigingen
      ></netwerk-ambitie>
    `);
    await provider.ready;
    const element = provider.querySelector('partner-uitnodigingen')!;
    await settleBelow(provider);
    expect(textOf(element.shadowRoot!.querySelector('[part="empty"]'))).to.contain('alleen met een workshopserver');
    await expect(element).to.be.accessible();
  });
});
