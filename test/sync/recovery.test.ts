import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/elements/netwerk-ambitie/define.js';
import type { NetwerkAmbitie } from '../../src/elements/netwerk-ambitie/netwerk-ambitie.js';
import { until } from '../support/dom.js';
import { exampleWorkshop, uniqueId } from '../support/example.js';
import { Device, NETWORK, token } from '../support/sync-device.js';

// A server that lost its latest state (a restored backup) and a partner's
// device that still carries the facilitator's changes from before: the device
// is taken back in step with the server, is told what happened (not blamed),
// and keeps what its partner wrote; when the facilitator's device returns
// (taking itself back in step as well: it carries a change of the partner's
// that was built on the lost step), its changes come back to everyone.

describe('a partner device after the server lost its latest state', () => {
  let url: string;
  const devices: Device[] = [];

  before(async () => {
    ({ url } = await executeServerCommand<{ url: string }, object>('sync-start', {}));
  });

  afterEach(() => {
    for (const each of devices.splice(0)) each.disconnect();
  });

  after(async () => {
    await executeServerCommand('sync-stop');
  });

  const connectionText = (element: NetwerkAmbitie) =>
    element.shadowRoot?.querySelector('[part="connection"]')?.textContent?.trim();
  const noticeText = (element: NetwerkAmbitie) =>
    element.shadowRoot?.querySelector<HTMLElement>('[part="notice"]:not([hidden])')?.textContent ?? '';
  const device = async (name: string, room: string, partner?: string) => {
    const made = new Device(
      name,
      url,
      room,
      await token(partner ? { room, role: 'partner', partner } : { room }),
    ).connect();
    devices.push(made);
    return made;
  };

  it('is taken back in step, keeps its own question and card, and gets the facilitator changes back later', async function () {
    this.timeout(60000);
    const room = uniqueId('room');
    const file = await exampleWorkshop();
    const interest = file.interests.find((each) => each.partnerId !== 'zorg')!;
    const question = 'Wat bedoelen jullie met wijkgericht?';
    const asked = (questions: { text: string }[]) => questions.filter((q) => q.text === question).length;
    const facilitator = await fixture<NetwerkAmbitie>(
      html`<netwerk-ambitie
        storage="none"
        workshop-id=${room}
        sync=${url}
        token=${await token({ room })}
      ></netwerk-ambitie>`,
    );
    await until(() => connectionText(facilitator) === 'Verbonden', 'the facilitator is connected', NETWORK);
    facilitator.store.replace(file);
    facilitator.store.setStep(2);
    const partner = await fixture<NetwerkAmbitie>(
      html`<netwerk-ambitie
        workshop-id=${room}
        sync=${url}
        token=${await token({ room, role: 'partner', partner: 'zorg' })}
      ></netwerk-ambitie>`,
    );
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
    const reader = await device('reader', room);
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

    // What this browser keeps was taken back too: it opens with the question, without the server.
    partner.remove();
    const reopened = await fixture<NetwerkAmbitie>(html`<netwerk-ambitie workshop-id=${room}></netwerk-ambitie>`);
    await reopened.ready;
    expect(asked(reopened.store.snapshot.questions)).to.equal(1);
    expect(reopened.store.snapshot.interests.some((each) => each.text === 'Na de herstart')).to.equal(true);
  });
});
