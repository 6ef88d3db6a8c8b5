import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/netwerk-ambitie/define.js';
import { NetwerkAmbitie } from '../../src/elements/netwerk-ambitie/netwerk-ambitie.js';
import { defineElement } from '../../src/define-element.js';
import { loadLanguage } from '../../src/i18n/locale.js';
import type { NaChangeEvent, NaErrorEvent, NaStepEvent } from '../../src/events.js';
import type { WorkshopFile } from '../../src/model/types.js';
import { until } from '../support/dom.js';
import { exampleWorkshop, uniqueId } from '../support/example.js';
import { deepQuery, workshop } from '../support/fixtures.js';

const errorOf = (call: () => void): Error => {
  try {
    call();
  } catch (error) {
    return error as Error;
  }
  throw new Error('no error was thrown');
};

const stored = (id: string) => html`<netwerk-ambitie workshop-id=${id}></netwerk-ambitie>`;

describe('<netwerk-ambitie>', () => {
  let file: WorkshopFile;
  beforeEach(async () => {
    file = await exampleWorkshop();
  });

  it('exports what it imported, and imports what it exported', async () => {
    const { provider } = await workshop(undefined);
    provider.importWorkshop(file);
    expect(provider.exportWorkshop()).to.deep.equal(file);
    const other = (await workshop(undefined)).provider;
    other.importWorkshop(JSON.stringify(provider.exportWorkshop()));
    expect(other.exportWorkshop()).to.deep.equal(file);
  });

  it('gives the host a plain copy it may change freely', async () => {
    const { provider } = await workshop(undefined, { file });
    const copy = provider.exportWorkshop();
    copy.partners.push({ id: 'x', name: 'X', aspirant: false });
    expect(provider.exportWorkshop().partners).to.have.length(4);
  });

  it('refuses a broken file with a message naming what and where, in Dutch and English, and changes nothing', async () => {
    const { provider } = await workshop(undefined, { file });
    const broken = structuredClone(file) as unknown as { partners: Record<string, unknown>[] };
    delete broken.partners[2].name;
    const dutch = errorOf(() => provider.importWorkshop(broken));
    expect(dutch.message).to.equal('partners[2].name ontbreekt.');
    provider.lang = 'en';
    await loadLanguage('en');
    const english = errorOf(() => provider.importWorkshop('{not json'));
    expect(english.message).to.equal('This is not a workshop file: its content is not valid JSON.');
    expect(errorOf(() => provider.importWorkshop({ ...file, version: 9 })).message).to.match(/newer version/);
    expect(provider.exportWorkshop()).to.deep.equal(file);
    expect(provider.store.canUndo).to.equal(true);
  });

  it('opens another workshop when workshop-id changes, and keeps following the language', async () => {
    const { provider } = await workshop(undefined, { file });
    provider.workshopId = uniqueId('other');
    await provider.updateComplete;
    expect(provider.exportWorkshop().partners).to.deep.equal([]);
    provider.lang = 'en';
    await loadLanguage('en');
    expect(errorOf(() => provider.importWorkshop('{not json')).message).to.equal(
      'This is not a workshop file: its content is not valid JSON.',
    );
  });

  it('undoes an import as one step', async () => {
    const { provider } = await workshop(undefined);
    provider.store.addPartner({ name: 'Al aanwezig' });
    provider.importWorkshop(file);
    provider.undo();
    expect(provider.exportWorkshop().partners.map((p) => p.name)).to.deep.equal(['Al aanwezig']);
    provider.redo();
    expect(provider.exportWorkshop().partners).to.have.length(4);
  });

  it('fires na-change and na-step for changes made on the device, not for the host’s own calls', async () => {
    const { provider } = await workshop(undefined);
    const changes: NaChangeEvent[] = [];
    const steps: NaStepEvent[] = [];
    provider.addEventListener('na-change', (e) => changes.push(e));
    provider.addEventListener('na-step', (e) => steps.push(e));
    provider.importWorkshop(file);
    provider.undo();
    expect(changes).to.have.length(0);
    provider.store.addPartner({ name: 'Bibliotheek' });
    provider.store.setStep(3);
    expect(changes).to.have.length(2);
    expect(changes[1].detail.step).to.equal(3);
    expect(changes[1].bubbles && changes[1].composed).to.equal(true);
    expect(steps.map((e) => e.detail)).to.deep.equal([{ step: 3 }]);
  });

  it('keeps the workshop in IndexedDB: a reload restores everything', async () => {
    const id = uniqueId('reload');
    const first = await fixture<NetwerkAmbitie>(stored(id));
    await first.ready;
    first.importWorkshop(file);
    first.store.updatePartner('zorg', { name: 'Wijkzorg Oost' });
    // Closed at once, as a tab that is closed right after the last keystroke.
    first.remove();
    const second = await fixture<NetwerkAmbitie>(stored(id));
    await second.ready;
    expect(second.exportWorkshop().partners[1].name).to.equal('Wijkzorg Oost');
    expect(second.exportWorkshop().interests).to.deep.equal(file.interests);
    expect(second.store.session.storage).to.equal('saved');
  });

  it('converges with another provider of the same workshop (another tab)', async () => {
    const id = uniqueId('tabs');
    const a = await fixture<NetwerkAmbitie>(stored(id));
    const b = await fixture<NetwerkAmbitie>(stored(id));
    await Promise.all([a.ready, b.ready]);
    a.store.addPartner({ name: 'Uit tab A' });
    b.store.addPartner({ name: 'Uit tab B' });
    await until(
      () => a.exportWorkshop().partners.length === 2 && b.exportWorkshop().partners.length === 2,
      'both tabs to have both partners',
    );
    expect(a.exportWorkshop().partners).to.deep.equal(b.exportWorkshop().partners);
  });

  it('works in memory when IndexedDB cannot be opened, says so on screen, fires na-error, and still exports', async () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    try {
      const provider = document.createElement('netwerk-ambitie');
      provider.workshopId = uniqueId('denied');
      const failed = oneEvent(provider, 'na-error') as Promise<NaErrorEvent>;
      document.body.append(provider);
      const { detail } = await failed;
      await provider.ready;
      await provider.updateComplete;
      const notice = deepQuery(provider, '[part="notice"]')!;
      expect(notice.hidden).to.equal(false);
      expect(notice.textContent).to.contain('niet bewaard');
      expect(detail.message).to.contain('niet bewaard');
      provider.store.addPartner({ name: 'Nog steeds hier' });
      expect(provider.exportWorkshop().partners[0].name).to.equal('Nog steeds hier');
      expect(deepQuery(provider, '[part="notice-action"]')!.textContent).to.contain('exporteren');
      provider.remove();
    } finally {
      IDBFactory.prototype.open = open;
    }
  });

  it('keeps saying that work is not saved when the workshop also connects to a sync server', async () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    const provider = document.createElement('netwerk-ambitie');
    try {
      provider.workshopId = uniqueId('denied-sync');
      provider.sync = 'ws://127.0.0.1:9';
      const failed = oneEvent(provider, 'na-error');
      document.body.append(provider);
      await failed;
      await provider.ready;
      await until(() => provider.store.session.connection !== undefined, 'the sync connection to start');
      provider.token = 'een-andere-link';
      await provider.updateComplete;
      await provider.updateComplete;
      const notice = deepQuery(provider, '[part="notice"]')!;
      expect(notice.hidden).to.equal(false);
      expect(notice.textContent).to.contain('niet bewaard');
      expect(deepQuery<HTMLElement>(provider, '[part="notice-action"]')!.hidden).to.equal(false);
    } finally {
      provider.remove();
      IDBFactory.prototype.open = open;
    }
  });

  it('goes on in memory when a write fails (storage full), keeping what was typed', async () => {
    const provider = await fixture<NetwerkAmbitie>(stored(uniqueId('full')));
    await provider.ready;
    const errors: NaErrorEvent[] = [];
    provider.addEventListener('na-error', (e) => errors.push(e));
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    try {
      provider.store.addPartner({ name: 'Getypt' });
      provider.store.addPartner({ name: 'Nog meer' });
      await provider.updateComplete;
    } finally {
      IDBObjectStore.prototype.add = add;
    }
    expect(errors).to.have.length(1);
    expect(provider.store.session.storage).to.equal('memory');
    expect(provider.exportWorkshop().partners.map((p) => p.name)).to.deep.equal(['Getypt', 'Nog meer']);
    expect(deepQuery(provider, '[part="notice"]')!.hidden).to.equal(false);
  });

  it('accepts role and partner and hands them to the elements as the session', async () => {
    const { provider } = await workshop(undefined, { file, role: 'partner', partner: 'zorg' });
    expect(provider.store.session).to.include({ role: 'partner', partner: 'zorg' });
    provider.setAttribute('role', 'partnr');
    await provider.updateComplete;
    expect(provider.store.session.role).to.equal('facilitator');
  });

  it('says on screen which attribute value it does not know and what it does instead, until it is corrected', async () => {
    const provider = await fixture<NetwerkAmbitie>(
      html`<netwerk-ambitie workshop-id=${uniqueId('wrong')} role="partnr" storage="nergens"></netwerk-ambitie>`,
    );
    await provider.ready;
    await provider.updateComplete;
    const notice = deepQuery(provider, '[part="notice"]')!;
    expect(notice.hidden).to.equal(false);
    expect(notice.textContent).to.contain('Onbekende rol “partnr”');
    expect(notice.textContent).to.contain('dit scherm werkt als facilitator');
    expect(notice.textContent).to.contain('Onbekende opslag “nergens”');
    expect(deepQuery<HTMLElement>(provider, '[part="notice-action"]')!.hidden).to.equal(true);
    expect(provider.store.session.role).to.equal('facilitator');
    expect(provider.store.session.storage).to.equal('saved');
    await expect(provider).to.be.accessible();

    provider.setAttribute('role', 'partner');
    provider.setAttribute('storage', 'none');
    await provider.updateComplete;
    expect(notice.hidden).to.equal(true);
    expect(provider.store.session.role).to.equal('partner');
    provider.remove();
  });

  it('takes the notice away when the page corrects a value to the one already in use, without reopening the workshop', async () => {
    const provider = await fixture<NetwerkAmbitie>(
      html`<netwerk-ambitie workshop-id=${uniqueId('corrected')} role="Facilitator"></netwerk-ambitie>`,
    );
    await provider.ready;
    await provider.updateComplete;
    const notice = deepQuery(provider, '[part="notice"]')!;
    expect(notice.textContent).to.contain('Onbekende rol “Facilitator”');
    const store = provider.store;
    provider.setAttribute('storage', 'ergens');
    await provider.updateComplete;
    expect(notice.textContent).to.contain('Onbekende opslag “ergens”');
    expect(provider.store, 'the same workshop stays open').to.equal(store);

    provider.setAttribute('role', 'facilitator');
    provider.setAttribute('storage', 'indexeddb');
    await provider.updateComplete;
    expect(notice.textContent).to.not.contain('Onbekende');
    expect(notice.hidden).to.equal(true);
    expect(provider.store).to.equal(store);
    provider.remove();
  });

  it('moves its role attribute to data-role, so assistive technology sees no invalid ARIA role', async () => {
    const { provider } = await workshop(undefined, { file, role: 'partner', partner: 'zorg' });
    expect(provider.hasAttribute('role')).to.equal(false);
    expect(provider.dataset.role).to.equal('partner');
    expect(provider.role).to.equal('partner');
    await expect(provider).to.be.accessible();
  });

  it('does not throw when its tag is registered a second time', () => {
    class Другой extends HTMLElement {}
    expect(() => defineElement('netwerk-ambitie', Другой)).to.not.throw();
    expect(customElements.get('netwerk-ambitie')).to.equal(NetwerkAmbitie);
  });
});
