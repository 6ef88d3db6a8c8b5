import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import * as Y from 'yjs';
import '../../src/elements/netwerk-ambitie/define.js';
import type { NetwerkAmbitie } from '../../src/elements/netwerk-ambitie/netwerk-ambitie.js';
import type { NaErrorEvent } from '../../src/events.js';
import type { WorkshopFile } from '../../src/model/types.js';
import { readToken } from '../../src/sync/token.js';
import { until } from '../support/dom.js';
import { exampleWorkshop, uniqueId } from '../support/example.js';
import { Device, NETWORK, same, stored, token, type TokenRequest } from '../support/sync-device.js';

// Each device is its own Yjs document with its own connection to a real sync
// server on loopback (started by the test runner), as separate laptops would be.

describe('multi-device sync through the server', () => {
  let url: string;
  let file: WorkshopFile;
  const devices: Device[] = [];

  const device = async (name: string, room: string, request: Omit<TokenRequest, 'room'> = {}) => {
    const made = new Device(name, url, room, await token({ room, ...request }));
    devices.push(made);
    return made.connect();
  };

  before(async () => {
    ({ url } = await executeServerCommand<{ url: string }, object>('sync-start', {}));
  });

  beforeEach(async () => {
    file = await exampleWorkshop();
  });

  afterEach(() => {
    for (const each of devices.splice(0)) each.disconnect();
  });

  after(async () => {
    await executeServerCommand('sync-stop');
  });

  it('brings every edit to every device, and shows who is connected', async () => {
    const room = uniqueId('room');
    const facilitator = await device('facilitator', room);
    await facilitator.connected();
    facilitator.store.replace(file);
    const gemeente = await device('gemeente', room, { role: 'partner', partner: 'gemeente' });
    const zorg = await device('zorg', room, { role: 'partner', partner: 'zorg' });
    await Promise.all([gemeente.connected(), zorg.connected()]);
    await until(() => same(facilitator, gemeente, zorg), 'the partners have the workshop', NETWORK);

    const interest = gemeente.store.addInterest('gemeente', {
      scope: 'organisation',
      kind: 'wish',
      text: 'Minder wachtlijsten',
    });
    zorg.store.addContribution('zorg', { direction: 'bring', text: 'Wijkverpleging' });
    facilitator.store.setTitle('Gezond Oost, sessie 2');
    await until(() => same(facilitator, gemeente, zorg), 'all three devices are the same', NETWORK);

    expect(facilitator.file.title).to.equal('Gezond Oost, sessie 2');
    expect(zorg.file.interests.find(({ id }) => id === interest)?.text).to.equal('Minder wachtlijsten');
    expect(gemeente.file.contributions.map(({ text }) => text)).to.include('Wijkverpleging');
    await until(() => facilitator.presence.length === 2, 'the facilitator sees both partners', NETWORK);
    expect(facilitator.presence).to.have.deep.members([
      { role: 'partner', partner: 'gemeente' },
      { role: 'partner', partner: 'zorg' },
    ]);
    await until(() => zorg.presence.length === 2, 'a partner sees the facilitator and the other partner', NETWORK);
    expect(zorg.presence).to.have.deep.members([{ role: 'facilitator' }, { role: 'partner', partner: 'gemeente' }]);
  });

  it('keeps the edits of a device that was offline, and merges them with the others when it is back', async () => {
    const room = uniqueId('room');
    const facilitator = await device('facilitator', room);
    await facilitator.connected();
    facilitator.store.replace(file);
    const wonen = await device('wonen', room, { role: 'partner', partner: 'wonen' });
    await wonen.connected();
    await until(() => same(facilitator, wonen), 'the partner has the workshop', NETWORK);

    wonen.disconnect();
    await until(() => facilitator.presence.length === 0, 'the facilitator sees the partner leave', NETWORK);
    const offline = wonen.store.addInterest('wonen', { scope: 'shared', kind: 'demand', text: 'Betaalbare woningen' });
    wonen.store.updateInterest('i-wonen-1', { motivation: 'Offline aangevuld' });
    facilitator.store.setNotes('Terwijl wonen offline was');
    expect(same(facilitator, wonen)).to.equal(false);

    wonen.connect();
    await wonen.connected();
    await until(() => same(facilitator, wonen), 'both devices are the same again', NETWORK);
    expect(facilitator.file.interests.find(({ id }) => id === offline)?.text).to.equal('Betaalbare woningen');
    expect(facilitator.file.interests.find(({ id }) => id === 'i-wonen-1')?.motivation).to.equal('Offline aangevuld');
    expect(wonen.file.followUp.notes).to.equal('Terwijl wonen offline was');
  });

  it('loses nothing when the server restarts mid-session', async function () {
    this.timeout(30000);
    const room = uniqueId('room');
    const facilitator = await device('facilitator', room);
    await facilitator.connected();
    facilitator.store.replace(file);
    const zorg = await device('zorg', room, { role: 'partner', partner: 'zorg' });
    await zorg.connected();
    zorg.store.addContribution('zorg', { direction: 'get', text: 'Zicht op kwetsbare bewoners' });
    await until(() => same(facilitator, zorg), 'both devices are the same', NETWORK);

    await executeServerCommand('sync-stop');
    // What the server kept, read from its SQLite file while it is down.
    const kept = await stored(room);
    expect(kept.snapshot).to.deep.equal(facilitator.file);

    await until(
      () => [facilitator, zorg].every((each) => each.state === 'reconnecting'),
      'the devices notice the server is gone',
      NETWORK,
    );
    zorg.store.addContribution('zorg', { direction: 'bring', text: 'Getypt terwijl de server weg was' });

    await executeServerCommand('sync-restart');
    await Promise.all([facilitator.connected(), zorg.connected()]);
    await until(() => same(facilitator, zorg), 'both devices are the same after the restart', NETWORK);
    expect(facilitator.file.contributions.map(({ text }) => text)).to.include('Getypt terwijl de server weg was');
    const latecomer = await device('latecomer', room, { role: 'partner', partner: 'wonen' });
    await latecomer.connected();
    await until(() => same(facilitator, latecomer), 'a device that joins after the restart has everything', NETWORK);
  });

  it('joins again by itself when the server closes the room for it', async () => {
    const room = uniqueId('room');
    const facilitator = await device('facilitator', room);
    const hogeschool = await device('hogeschool', room, { role: 'partner', partner: 'hogeschool' });
    await Promise.all([facilitator.connected(), hogeschool.connected()]);
    facilitator.store.replace(file);
    await until(() => same(facilitator, hogeschool), 'both devices are the same', NETWORK);

    await executeServerCommand('sync-reset', { room });
    await until(
      () => [facilitator, hogeschool].every((each) => each.state === 'reconnecting'),
      'both devices lost the room',
      NETWORK,
    );
    await Promise.all([facilitator.connected(), hogeschool.connected()]);
    hogeschool.store.addContribution('hogeschool', { direction: 'bring', text: 'Stagiairs' });
    await until(
      () => facilitator.file.contributions.some(({ text }) => text === 'Stagiairs'),
      'edits flow again',
      NETWORK,
    );
  });

  it('refuses a wrong, expired, missing or other-room token with the reason, and sends nothing of the room', async () => {
    const room = uniqueId('room');
    const facilitator = await device('facilitator', room);
    await facilitator.connected();
    facilitator.store.replace(file);
    await until(() => facilitator.file.partners.length === 4, 'the facilitator has the workshop', NETWORK);

    const wrong = await device('wrong secret', room, { role: 'partner', partner: 'zorg', secret: 'x'.repeat(40) });
    const expired = await device('expired', room, { role: 'partner', partner: 'zorg', hours: -1 });
    const otherRoom = new Device('other room', url, room, await token({ room: `${room}-x`, role: 'facilitator' }));
    const missing = new Device('missing', url, room, '');
    const refused = [wrong, expired, otherRoom.connect(), missing.connect()];
    devices.push(otherRoom, missing);
    await Promise.all(refused.map((each) => each.refused()));
    expect(refused.map((each) => each.reason)).to.deep.equal([
      'token-invalid',
      'token-expired',
      'token-other-room',
      'token-missing',
    ]);

    // A device with a good token, connected after them, does get the room.
    const zorg = await device('zorg', room, { role: 'partner', partner: 'zorg' });
    await zorg.connected();
    await until(() => same(facilitator, zorg), 'the good device has the workshop', NETWORK);
    facilitator.store.setTitle('Na de weigering');
    await until(() => zorg.file.title === 'Na de weigering', 'the good device has the new title', NETWORK);
    for (const each of refused) {
      expect(Y.encodeStateVector(each.store.doc), `${each.name} received nothing`).to.deep.equal(
        Y.encodeStateVector(new Y.Doc()),
      );
      expect(each.presence, `${each.name} saw nobody`).to.deep.equal([]);
    }
    expect(facilitator.presence).to.deep.equal([{ role: 'partner', partner: 'zorg' }]);
  });

  it('gives out tokens whose claims the browser can read', async () => {
    const partnerToken = await token({ room: 'r-1', role: 'partner', partner: 'zorg', hours: 2 });
    const claims = readToken(partnerToken);
    expect(claims).to.include({ room: 'r-1', role: 'partner', partner: 'zorg' });
    expect(claims!.exp * 1000).to.be.above(Date.now() + 3600 * 1000);
    expect(readToken(await token({ room: 'r-1' }))).to.deep.include({ room: 'r-1', role: 'facilitator' });
  });
});

describe('<netwerk-ambitie sync>', () => {
  let url: string;

  before(async () => {
    ({ url } = await executeServerCommand<{ url: string }, object>('sync-start', {}));
  });

  after(async () => {
    await executeServerCommand('sync-stop');
  });

  const connectionText = (element: NetwerkAmbitie) =>
    element.shadowRoot?.querySelector('[part="connection"]')?.textContent?.trim();
  /** The guided workshop on a device connected to `room`, kept in memory unless `storage` says otherwise. */
  const synced = async (room: string, request: Omit<TokenRequest, 'room'> = {}, storage = 'none') =>
    fixture<NetwerkAmbitie>(
      html`<netwerk-ambitie
        storage=${storage}
        workshop-id=${room}
        sync=${url}
        token=${await token({ room, ...request })}
      ></netwerk-ambitie>`,
    );

  it('connects, takes the partner from its token, and shares the workshop with the facilitator', async () => {
    const room = uniqueId('room');
    const file = await exampleWorkshop();
    const [facilitatorToken, partnerToken] = await Promise.all([
      token({ room }),
      token({ room, role: 'partner', partner: 'zorg' }),
    ]);
    const facilitator = await fixture<NetwerkAmbitie>(
      html`<netwerk-ambitie
        storage="none"
        workshop-id=${room}
        sync=${url}
        token=${facilitatorToken}
      ></netwerk-ambitie>`,
    );
    await until(() => connectionText(facilitator) === 'Verbonden', 'the facilitator is connected', NETWORK);
    facilitator.importWorkshop(file);
    const partner = await fixture<NetwerkAmbitie>(
      html`<netwerk-ambitie storage="none" workshop-id=${room} sync=${url} token=${partnerToken}></netwerk-ambitie>`,
    );
    expect(partner.store.session).to.include({ role: 'partner', partner: 'zorg' });
    await until(() => connectionText(partner) === 'Verbonden', 'the partner is connected', NETWORK);
    const status = partner.shadowRoot!.querySelector('[part="connection"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    await until(() => partner.exportWorkshop().partners.length === 4, 'the partner has the workshop', NETWORK);
    partner.store.addInterest('zorg', { scope: 'organisation', kind: 'demand', text: 'Vanaf de laptop van zorg' });
    await until(
      () => facilitator.exportWorkshop().interests.some(({ text }) => text === 'Vanaf de laptop van zorg'),
      'the facilitator sees the partner edit',
      NETWORK,
    );
    await until(
      () => (facilitator.store.session.presence ?? []).length === 1,
      'the facilitator sees the partner',
      NETWORK,
    );
    expect(facilitator.store.session.presence).to.deep.equal([{ role: 'partner', partner: 'zorg' }]);
    await expect(partner).to.be.accessible();
  });

  it('says it is reconnecting while the server is away, keeping the edits made meanwhile', async function () {
    this.timeout(30000);
    const room = uniqueId('room');
    const element = await synced(room);
    await until(() => connectionText(element) === 'Verbonden', 'connected', NETWORK);
    await executeServerCommand('sync-stop');
    await until(
      () => connectionText(element) === 'Opnieuw verbinden… je wijzigingen blijven bewaard',
      'reconnecting',
      NETWORK,
    );
    element.store.setTitle('Getypt zonder server');
    await executeServerCommand('sync-restart');
    await until(() => connectionText(element) === 'Verbonden', 'connected again', 20000);
    const other = new Device('other', url, room, await token({ room, role: 'partner', partner: 'p1' })).connect();
    try {
      await until(() => other.file.title === 'Getypt zonder server', 'the edit reached the server', NETWORK);
    } finally {
      other.disconnect();
    }
  });

  it('tells the user, on screen and with na-error, when the server refuses the device', async () => {
    const room = uniqueId('room');
    const expiredToken = await token({ room, role: 'partner', partner: 'zorg', hours: -1 });
    const element = document.createElement('netwerk-ambitie') as NetwerkAmbitie;
    element.setAttribute('storage', 'none');
    element.setAttribute('workshop-id', room);
    element.setAttribute('sync', url);
    element.setAttribute('token', expiredToken);
    const refused = oneEvent(element, 'na-error') as Promise<NaErrorEvent>;
    document.body.append(element);
    try {
      const event = await refused;
      expect(event.detail.message).to.contain('deze link is verlopen');
      await element.updateComplete;
      expect(connectionText(element)).to.equal('Geweigerd: deze link is verlopen');
      expect(element.store.session.connection).to.equal('refused');
      const notice = element.shadowRoot!.querySelector('[part="notice"]') as HTMLElement;
      expect(notice.hidden).to.equal(false);
      expect(notice.textContent).to.contain('Vraag de begeleider om een nieuwe link');
      await expect(element).to.be.accessible();
    } finally {
      element.remove();
    }
  });

  it('connects when a host sets sync and token after the element started, and takes the partner from the token', async () => {
    const room = uniqueId('room');
    const element = await fixture<NetwerkAmbitie>(
      html`<netwerk-ambitie storage="none" workshop-id=${room}></netwerk-ambitie>`,
    );
    await element.ready;
    expect(connectionText(element)).to.equal(undefined);
    element.setAttribute('token', await token({ room, role: 'partner', partner: 'wonen' }));
    element.setAttribute('sync', url);
    await until(() => connectionText(element) === 'Verbonden', 'connected', NETWORK);
    expect(element.store.session).to.include({ role: 'partner', partner: 'wonen' });
    expect(element.dataset.role).to.equal('partner');
    element.removeAttribute('sync');
    await until(() => connectionText(element) === undefined, 'disconnected', NETWORK);
    expect(element.store.session.connection).to.equal(undefined);
  });

  const noticeText = (element: NetwerkAmbitie) =>
    element.shadowRoot?.querySelector<HTMLElement>('[part="notice"]:not([hidden])')?.textContent ?? '';

  /** A workshop element made before it is connected, so that its first `na-error` is caught. */
  const unconnected = (attributes: Record<string, string>) => {
    const element = document.createElement('netwerk-ambitie') as NetwerkAmbitie;
    for (const [name, value] of Object.entries({ storage: 'none', ...attributes })) element.setAttribute(name, value);
    const error = oneEvent(element, 'na-error') as Promise<NaErrorEvent>;
    return { element, error };
  };

  it('refuses a link to a server on another host, sends it nothing, and connects once the page allows that server', async () => {
    const room = uniqueId('room');
    // The same server under another host name: to this page, a server elsewhere.
    const elsewhere = url.replace('127.0.0.1', 'localhost');
    const { element, error } = unconnected({
      'workshop-id': room,
      sync: elsewhere,
      token: await token({ room }),
    });
    document.body.append(element);
    try {
      element.importWorkshop(await exampleWorkshop());
      expect((await error).detail.message).to.contain('deze pagina staat die synchronisatieserver niet toe');
      await element.updateComplete;
      expect(connectionText(element)).to.equal('Geweigerd: deze pagina staat die synchronisatieserver niet toe');
      expect(noticeText(element)).to.contain(`Er is geen verbinding gemaakt met “${elsewhere}”`);
      await expect(element).to.be.accessible();
      // The server has nothing of the workshop: a device that joins the room finds it empty.
      const other = new Device('other', url, room, await token({ room, role: 'partner', partner: 'p1' })).connect();
      try {
        await other.connected();
        expect(other.file.partners).to.deep.equal([]);
        expect(other.file.title).to.equal('');

        element.setAttribute('sync-allow', new URL(elsewhere).origin);
        await until(() => connectionText(element) === 'Verbonden', 'connected once allowed', NETWORK);
        expect(noticeText(element)).to.equal('');
        await until(() => other.file.partners.length === 4, 'the workshop reached the server', NETWORK);
      } finally {
        other.disconnect();
      }
    } finally {
      element.remove();
    }
  });

  it('says so on screen and with na-error when sync is not a server address, in the user’s language', async () => {
    for (const [address, lang, words] of [
      ['javascript:alert(1)', 'nl', 'dit is geen adres van een synchronisatieserver'],
      ['niet een adres', 'nl', 'dit is geen adres van een synchronisatieserver'],
      ['https://sync.example', 'en', 'this is not the address of a sync server'],
    ]) {
      const { element, error } = unconnected({ lang, sync: address, 'workshop-id': uniqueId('room') });
      document.body.append(element);
      try {
        const { message } = (await error).detail;
        expect(message, address).to.contain(`“${address}”: ${words}`);
        await element.updateComplete;
        expect(noticeText(element), address).to.contain(message);
        expect(connectionText(element), address).to.equal(
          lang === 'nl'
            ? 'Geweigerd: dit is geen adres van een synchronisatieserver'
            : 'Refused: this is not the address of a sync server',
        );
        expect(element.exportWorkshop().format, 'the workshop still works').to.equal('netwerkambitie');
      } finally {
        element.remove();
      }
    }
  });

  it('says the server cannot be reached after a few failed attempts, keeps trying, and connects when it is back', async function () {
    this.timeout(30000);
    const room = uniqueId('room');
    await executeServerCommand('sync-stop');
    const { element, error } = unconnected({ 'workshop-id': room, sync: url, token: await token({ room }) });
    document.body.append(element);
    try {
      await until(() => connectionText(element) === 'Verbinden…', 'connecting');
      expect((await error).detail.message).to.contain(`De synchronisatieserver ${url} is niet bereikbaar`);
      await element.updateComplete;
      expect(connectionText(element)).to.equal('Niet bereikbaar; opnieuw proberen…');
      expect(noticeText(element)).to.contain('er wordt opnieuw geprobeerd');
      await executeServerCommand('sync-restart');
      await until(() => connectionText(element) === 'Verbonden', 'connected when the server is back', 20000);
      expect(noticeText(element)).to.equal('');
    } finally {
      element.remove();
    }
  });

  it('shows no connection state without a sync server', async () => {
    const element = await fixture<NetwerkAmbitie>(html`<netwerk-ambitie storage="none"></netwerk-ambitie>`);
    expect(element.shadowRoot!.querySelector('[part="connection"]')).to.equal(null);
    expect(element.store.session.connection).to.equal(undefined);
  });

  // A server that lost its latest state (a restored backup) and a partner's
  // device that still carries the facilitator's changes from before: the device
  // is taken back in step with the server, is told what happened (not blamed),
  // and keeps what its partner wrote; when the facilitator's device returns
  // (taking itself back in step as well: it carries a change of the partner's
  // that was built on the lost step), its changes come back to everyone.
  const readers: Device[] = [];
  afterEach(() => {
    for (const each of readers.splice(0)) each.disconnect();
  });

  it('keeps a partner link opened in the facilitator’s browser apart: it passes on nothing of the facilitator’s unsent work, and takes none of it back', async function () {
    this.timeout(30000);
    const room = uniqueId('room');
    const facilitator = await synced(room, {}, 'indexeddb');
    await until(() => connectionText(facilitator) === 'Verbonden', 'the facilitator is connected', NETWORK);
    facilitator.importWorkshop(await exampleWorkshop());
    const reader = new Device('reader', url, room, await token({ room })).connect();
    readers.push(reader);
    await until(() => reader.file.partners.length === 4, 'the workshop is on the server', NETWORK);

    // The facilitator types while the server is away, and closes the tab before it is back.
    await executeServerCommand('sync-stop');
    await until(() => connectionText(facilitator) !== 'Verbonden', 'the facilitator is offline', NETWORK);
    facilitator.store.setTitle('Getypt zonder server');
    facilitator.remove();

    // In the same browser, the facilitator opens a partner’s link to see what the partner sees.
    await executeServerCommand('sync-restart');
    const partner = await synced(room, { role: 'partner', partner: 'zorg' }, 'indexeddb');
    await until(
      () => connectionText(partner) === 'Verbonden' && partner.store.snapshot.partners.length === 4,
      'the partner has the workshop from the server',
      NETWORK,
    );
    partner.store.addInterest('zorg', { scope: 'organisation', kind: 'wish', text: 'Vanuit de partnerlink' });
    await until(
      () => reader.file.interests.some((each) => each.text === 'Vanuit de partnerlink'),
      'the partner’s interest reaches the server',
      NETWORK,
    );
    expect(partner.store.snapshot.title, 'the partner did not take the unsent title').to.equal(reader.file.title);
    expect(noticeText(partner), 'the partner was not taken back in step').to.equal('');

    // The facilitator opens the workshop again: its offline title is still kept here, and reaches everyone.
    const again = await synced(room, {}, 'indexeddb');
    await again.ready;
    expect(again.store.snapshot.title, 'kept in this browser').to.equal('Getypt zonder server');
    await until(
      () => reader.file.title === 'Getypt zonder server' && partner.store.snapshot.title === 'Getypt zonder server',
      'the facilitator’s offline title reaches the server and the partner',
      NETWORK,
    );
    await until(
      () => again.store.snapshot.interests.some((each) => each.text === 'Vanuit de partnerlink'),
      'the facilitator has the partner’s interest',
      NETWORK,
    );
  });

  it('keeps the workshop of a device the host makes a partner’s later apart from what this browser kept before', async function () {
    this.timeout(30000);
    const room = uniqueId('room');
    const facilitator = await synced(room);
    await until(() => connectionText(facilitator) === 'Verbonden', 'the facilitator is connected', NETWORK);
    facilitator.importWorkshop(await exampleWorkshop());
    const element = await fixture<NetwerkAmbitie>(html`<netwerk-ambitie workshop-id=${room}></netwerk-ambitie>`);
    await element.ready;
    element.store.setTitle('Alleen in deze browser');

    element.setAttribute('token', await token({ room, role: 'partner', partner: 'zorg' }));
    element.setAttribute('sync', url);
    await until(
      () => connectionText(element) === 'Verbonden' && element.store.snapshot.partners.length === 4,
      'the partner’s device has the workshop from the server',
      NETWORK,
    );
    expect(element.store.session).to.include({ role: 'partner', partner: 'zorg' });
    expect(element.store.snapshot.title).to.equal('Wijknetwerk Gezond Oost');
    expect(noticeText(element), 'nothing of this browser’s own workshop was sent').to.equal('');

    element.removeAttribute('sync');
    await until(
      () => element.store.snapshot.title === 'Alleen in deze browser',
      'this browser’s own workshop is back',
      NETWORK,
    );
    expect(facilitator.store.snapshot.title).to.equal('Wijknetwerk Gezond Oost');
  });

  it('after a restored backup: a partner device is taken back in step, keeps its own question and card, and gets the facilitator changes back later', async function () {
    this.timeout(30000);
    const room = uniqueId('room');
    const file = await exampleWorkshop();
    const interest = file.interests.find((each) => each.partnerId !== 'zorg')!;
    const question = 'Wat bedoelen jullie met wijkgericht?';
    const asked = (questions: { text: string }[]) => questions.filter((q) => q.text === question).length;
    const facilitator = await synced(room);
    await until(() => connectionText(facilitator) === 'Verbonden', 'the facilitator is connected', NETWORK);
    facilitator.store.replace(file);
    facilitator.store.setStep(2);
    const partner = await synced(room, { role: 'partner', partner: 'zorg' }, 'indexeddb');
    await until(
      () => connectionText(partner) === 'Verbonden' && partner.store.snapshot.step === 2,
      'the partner device follows the room',
      NETWORK,
    );

    await executeServerCommand('sync-backup');
    await until(
      () => [facilitator, partner].every((each) => connectionText(each) === 'Verbonden'),
      'both are back',
      NETWORK,
    );
    // After the backup: the facilitator moves on, the partner asks a question.
    facilitator.store.setStep(3);
    await until(() => partner.store.snapshot.step === 3, 'the partner follows to step 3', NETWORK);
    partner.store.addQuestion(interest.id, question);
    await until(
      () => asked(facilitator.store.snapshot.questions) === 1,
      'the question reaches the facilitator',
      NETWORK,
    );
    const page = facilitator.parentElement!;
    facilitator.remove();

    // The backup is restored; the partner's device carries the lost step.
    await executeServerCommand('sync-restore');
    await until(() => partner.store.snapshot.step === 2, 'the partner is taken back in step', NETWORK);
    await until(() => connectionText(partner) === 'Verbonden', 'the partner is connected again', NETWORK);
    expect(noticeText(partner)).to.contain('De server had wijzigingen van andere apparaten niet meer');
    expect(noticeText(partner)).not.to.contain('mag alleen de begeleider');
    expect(asked(partner.store.snapshot.questions)).to.equal(1);

    // What the partner wrote reaches the server, and its card goes on.
    const reader = new Device('reader', url, room, await token({ room })).connect();
    readers.push(reader);
    await until(
      () => asked(reader.file.questions) === 1 && reader.file.step === 2,
      'the question is on the server, in step 2',
      NETWORK,
    );
    partner.store.addInterest('zorg', { scope: 'organisation', kind: 'wish', text: 'Na de herstart' });
    await until(
      () => reader.file.interests.some((each) => each.text === 'Na de herstart'),
      'the new interest reaches the server',
      NETWORK,
    );

    // The facilitator's device returns with its step 3: everyone follows.
    page.append(facilitator);
    await until(
      () => reader.file.step === 3 && partner.store.snapshot.step === 3,
      'the facilitator step is back everywhere',
      NETWORK,
    );
    expect(asked(partner.store.snapshot.questions)).to.equal(1);

    // What this browser keeps of the partner's device was taken back too: it opens with the question, the server out of reach.
    partner.remove();
    const reopened = await fixture<NetwerkAmbitie>(
      html`<netwerk-ambitie
        workshop-id=${room}
        sync=${url.replace(/:\d+/, ':9')}
        token=${await token({ room, role: 'partner', partner: 'zorg' })}
      ></netwerk-ambitie>`,
    );
    await reopened.ready;
    expect(connectionText(reopened)).not.to.equal('Verbonden');
    expect(asked(reopened.store.snapshot.questions)).to.equal(1);
    expect(reopened.store.snapshot.interests.some((each) => each.text === 'Na de herstart')).to.equal(true);
  });
});
