import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AmbitieStappen } from '../../src/elements/ambitie-stappen/ambitie-stappen.js';
import type { NetwerkAmbitie } from '../../src/elements/netwerk-ambitie/netwerk-ambitie.js';
import { startTimer } from '../../src/model/timer.js';
import { fakeClock } from '../support/clock.js';
import { buttonNamed, squash, until } from '../support/dom.js';
import { exampleWorkshop, uniqueId } from '../support/example.js';
import { deepQuery, deepQueryAll, settleBelow } from '../support/fixtures.js';
import { NETWORK, token } from '../support/sync-device.js';
import { openTab } from '../support/tab.js';

// The timebox timer is the workshop's: the facilitator's device runs it, and
// every other device (a partner's laptop, the projector) shows the same time,
// through the real sync server. Both devices here share one clock, as devices
// share the time of day.

describe('the shared timer on two devices', () => {
  let url: string;
  before(async () => {
    ({ url } = await executeServerCommand<{ url: string }, object>('sync-start', {}));
  });
  after(() => executeServerCommand('sync-stop'));

  it('shows the facilitator’s countdown, pauses and overtime on a partner’s device, which cannot change it', async function () {
    this.timeout(30000);
    const room = uniqueId('timer');
    const clock = fakeClock(Date.UTC(2027, 2, 15, 9, 30));
    const open = async (role: 'facilitator' | 'partner') => {
      const element = await fixture<NetwerkAmbitie>(
        html`<netwerk-ambitie
          storage="none"
          workshop-id=${room}
          sync=${url}
          token=${await token({ room, role, partner: role === 'partner' ? 'zorg' : undefined })}
        ></netwerk-ambitie>`,
      );
      await element.ready;
      return element;
    };
    const facilitator = await open('facilitator');
    await until(() => facilitator.store.session.connection === 'connected', 'the facilitator is connected', NETWORK);
    facilitator.importWorkshop({ ...(await exampleWorkshop()), step: 3 });
    const partner = await open('partner');
    await until(() => partner.exportWorkshop().step === 3, 'the partner has the workshop', NETWORK);
    const devices = [facilitator, partner];
    const bar = (device: NetwerkAmbitie) => deepQuery<AmbitieStappen>(device, 'ambitie-stappen')!;
    // Both bars run on the shared clock.
    for (const device of devices) {
      await settleBelow(device);
      bar(device).clock = clock;
    }
    const face = (device: NetwerkAmbitie) => squash(deepQuery(bar(device), '[part="timer-time"]')?.textContent);
    const timer = (device: NetwerkAmbitie) => squash(deepQuery(bar(device), '[part="timer"]')?.textContent);
    const said = (device: NetwerkAmbitie) =>
      squash(deepQuery(bar(device), '.visually-hidden[role="status"]')?.textContent);
    const settle = () => Promise.all(devices.map((device) => settleBelow(device)));
    const press = async (name: string) => {
      buttonNamed(bar(facilitator), name).click();
      await settle();
    };

    expect(devices.map(face)).to.deep.equal(['15:00', '15:00']);
    expect(deepQueryAll(bar(partner), '[part="timer-button"]'), 'no timer buttons for a partner').to.have.length(0);

    await press('Start');
    await until(() => partner.store.timer?.startedAt !== undefined, 'the start reaches the partner', NETWORK);
    await settle();
    expect(said(partner)).to.equal('Timer gestart: 15 minuten voor stap 3.');
    clock.advance(90_000);
    await settle();
    expect(devices.map(face), 'the same time on both').to.deep.equal(['13:30', '13:30']);

    await press('Pauzeer');
    await until(() => partner.store.timer?.startedAt === undefined, 'the pause reaches the partner', NETWORK);
    await settle();
    expect(said(partner)).to.equal('Timer gepauzeerd, nog 13 minuten en 30 seconden.');
    clock.advance(60_000);
    await settle();
    expect(devices.map(face)).to.deep.equal(['13:30', '13:30']);
    expect(timer(partner)).to.contain('gepauzeerd');

    await press('Hervat');
    await until(() => partner.store.timer?.startedAt !== undefined, 'the resume reaches the partner', NETWORK);
    clock.advance(13.5 * 60_000 + 83_000);
    await settle();
    expect(devices.map(face), 'time over, counted up on both').to.deep.equal(['+01:23', '+01:23']);
    for (const device of devices) expect(timer(device)).to.contain('over tijd');
    expect(said(partner)).to.equal('De tijd voor stap 3, Uitwisselen, is om. De timer telt de extra tijd.');

    // A partner's device that writes the timer anyway is refused by the server and set back.
    partner.store.setTimer(startTimer(undefined, 3, 60_000, clock.now()));
    await until(
      () => /de timer/.test(partner.store.session.refusedChange ?? ''),
      'the partner is told the timer was refused',
      NETWORK,
    );
    await until(() => partner.store.timer?.duration === 15 * 60_000, 'the partner is set back', NETWORK);
    expect(facilitator.store.timer?.duration).to.equal(15 * 60_000);
    await settle();
    expect(devices.map(face)).to.deep.equal(['+01:23', '+01:23']);

    // Started with the step: the next step's timer runs on both devices.
    await press('Pauzeer');
    const settings = deepQuery<HTMLDetailsElement>(bar(facilitator), '[part="timer-settings"]')!;
    settings.open = true;
    deepQuery<HTMLInputElement>(settings, 'input[type="checkbox"]')!.click();
    await settle();
    await press('Stap 4 Gedeelde ambitie');
    await until(
      () => partner.exportWorkshop().step === 4 && partner.store.timer?.step === 4,
      'the step and its timer reach the partner',
      NETWORK,
    );
    clock.advance(30_000);
    await settle();
    expect(devices.map(face)).to.deep.equal(['14:30', '14:30']);
    await expect(partner).to.be.accessible();
    for (const device of devices) device.remove();
  });
  it('counts the same time on a laptop whose clock is three minutes fast: every device counts on the server’s clock', async function () {
    this.timeout(30000);
    const room = uniqueId('timer');
    const facilitator = await fixture<NetwerkAmbitie>(
      html`<netwerk-ambitie
        storage="none"
        workshop-id=${room}
        sync=${url}
        token=${await token({ room })}
      ></netwerk-ambitie>`,
    );
    await until(() => facilitator.store.session.connection === 'connected', 'the facilitator is connected', NETWORK);
    facilitator.importWorkshop({ ...(await exampleWorkshop()), step: 3 });
    // The partner's laptop, in a tab of its own whose clock runs three minutes ahead.
    const fast = 3 * 60_000;
    const { tab, element: partner } = await openTab(
      {
        storage: 'none',
        'workshop-id': room,
        sync: url,
        token: await token({ room, role: 'partner', partner: 'zorg' }),
      },
      (laptop) => {
        const now = Date.now;
        (laptop as Window & typeof globalThis).Date.now = () => now() + fast;
      },
    );
    try {
      await until(
        () => partner.store.session.clockOffset !== undefined && partner.exportWorkshop().step === 3,
        'the partner has the workshop and the server’s time',
        NETWORK,
      );
      expect(Math.abs(partner.store.session.clockOffset! + fast), 'the laptop knows it runs ahead').to.be.below(5000);

      const bar = (device: NetwerkAmbitie) => deepQuery<AmbitieStappen>(device, 'ambitie-stappen')!;
      await settleBelow(facilitator);
      buttonNamed(bar(facilitator), 'Start').click();
      await until(() => partner.store.timer?.startedAt !== undefined, 'the start reaches the partner', NETWORK);
      /** The seconds left on a device's face. */
      const left = (device: NetwerkAmbitie) => {
        const [minutes, seconds] = squash(deepQuery(bar(device), '[part="timer-time"]')?.textContent)
          .split(':')
          .map(Number);
        return minutes * 60 + seconds;
      };
      // Fifteen minutes, less the moments it took to get here: not twelve.
      await until(() => left(partner) > 14 * 60 && left(partner) <= 15 * 60, 'the laptop counts from 15:00', NETWORK);
      expect(Math.abs(left(partner) - left(facilitator)), 'both faces within a second or two').to.be.at.most(2);
    } finally {
      tab.close();
      facilitator.remove();
    }
  });
});
