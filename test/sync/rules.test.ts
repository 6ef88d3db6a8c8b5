import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import * as Y from 'yjs';
import type { WorkshopFile } from '../../src/model/types.js';
import { until } from '../support/dom.js';
import { exampleWorkshop, uniqueId } from '../support/example.js';
import { Device, NETWORK, same, token } from '../support/sync-device.js';

// The server holds every device to the rules, whatever its screen allows: a
// partner's device changes its own card, its own response to a draft, and
// questions and answers; it sees no other card before the reveal. A refused
// change is undone on the device that made it, which is told and goes on.

/** Every frame the page's WebSockets receive from now on, as bytes. */
function recordFrames(): { frames: Uint8Array[]; stop(): void } {
  const frames: Uint8Array[] = [];
  const Native = window.WebSocket;
  class Recording extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('message', (event: MessageEvent) => {
        if (event.data instanceof ArrayBuffer) frames.push(new Uint8Array(event.data));
      });
    }
  }
  window.WebSocket = Recording as typeof WebSocket;
  return { frames, stop: () => (window.WebSocket = Native) };
}

/** Whether `text` occurs in any of `frames` (Yjs sends strings as UTF-8). */
const sent = (frames: Uint8Array[], text: string) => {
  const needle = new TextEncoder().encode(text);
  return frames.some((frame) => {
    outer: for (let i = 0; i + needle.length <= frame.length; i++) {
      for (let j = 0; j < needle.length; j++) if (frame[i + j] !== needle[j]) continue outer;
      return true;
    }
    return false;
  });
};

describe('the rules the server enforces', () => {
  let url: string;
  let file: WorkshopFile;
  const devices: Device[] = [];
  const device = async (
    name: string,
    room: string,
    role: 'facilitator' | 'partner' = 'facilitator',
    partner?: string,
  ) => {
    const made = new Device(name, url, room, await token({ room, role, partner }));
    devices.push(made);
    return made.connect();
  };

  before(async () => {
    ({ url } = await executeServerCommand<{ url: string }, object>('sync-start', {}));
  });
  beforeEach(async () => {
    file = { ...(await exampleWorkshop()), step: 2, revealed: false };
  });
  afterEach(() => {
    for (const each of devices.splice(0)) each.disconnect();
  });
  after(() => executeServerCommand('sync-stop'));

  it('keep other cards from a partner until the reveal, on the bytes the server sends', async function () {
    this.timeout(20000);
    const room = uniqueId('room');
    const facilitator = await device('facilitator', room);
    await facilitator.connected();
    facilitator.store.replace(file);
    const secret = file.interests.find((i) => i.partnerId === 'zorg')!.text;
    const recording = recordFrames();
    const gemeente = await device('gemeente', room, 'partner', 'gemeente');
    await gemeente.connected();
    await until(() => gemeente.file.partners.length === 4, 'the partner has the partner list', NETWORK);
    await until(() => gemeente.file.interests.some((i) => i.partnerId === 'gemeente'), 'and its own card', NETWORK);
    // Its own card and the shared document arrived; the facilitator's later edit shows the connection is live.
    facilitator.store.setTitle('Gezond Oost, sessie 2');
    await until(() => gemeente.file.title === 'Gezond Oost, sessie 2', 'the title arrives', NETWORK);
    expect(gemeente.file.interests.map((i) => i.partnerId)).to.have.members(['gemeente', 'gemeente']);
    expect(sent(recording.frames, secret), 'another card was sent before the reveal').to.equal(false);
    expect(sent(recording.frames, 'Gezond Oost, sessie 2'), 'the recording sees what was sent').to.equal(true);

    facilitator.store.setRevealed(true);
    await until(() => gemeente.file.interests.some((i) => i.text === secret), 'the reveal brings the cards', NETWORK);
    expect(sent(recording.frames, secret), 'after the reveal the card was sent').to.equal(true);
    await until(() => same(facilitator, gemeente), 'the partner has everything', NETWORK);

    // Taken back: the partner's device leaves the other cards, and gets no later change of them.
    facilitator.store.setRevealed(false);
    await until(() => !gemeente.file.revealed, 'the reveal is undone there too', NETWORK);
    facilitator.store.updateInterest('i-zorg-1', { motivation: 'Na het terugdraaien' });
    facilitator.store.setTitle('Daarna');
    await until(() => gemeente.file.title === 'Daarna', 'later changes of the shared document arrive', NETWORK);
    expect(sent(recording.frames, 'Na het terugdraaien')).to.equal(false);
    recording.stop();
  });

  it("undo a partner's forbidden change on its device, tell it, and let it go on", async function () {
    this.timeout(30000);
    const room = uniqueId('room');
    const facilitator = await device('facilitator', room);
    await facilitator.connected();
    facilitator.store.replace(file);
    const gemeente = await device('gemeente', room, 'partner', 'gemeente');
    await gemeente.connected();
    await until(() => gemeente.file.partners.length === 4, 'the partner has the workshop', NETWORK);

    const attempts: [string, () => void, () => boolean, string][] = [
      ['step', () => gemeente.store.setStep(4), () => gemeente.file.step === 2, 'step'],
      ['title', () => gemeente.store.setTitle('Van de gemeente'), () => gemeente.file.title === file.title, 'title'],
      ['revealed', () => gemeente.store.setRevealed(true), () => !gemeente.file.revealed, 'revealed'],
      [
        'partners',
        () => gemeente.store.updatePartner('zorg', { name: 'Hernoemd' }),
        () => gemeente.file.partners.find((p) => p.id === 'zorg')!.name === 'Wijkverpleging Oost',
        'a partner renamed',
      ],
      [
        'partners',
        () => gemeente.store.removePartner('wonen'),
        () => gemeente.file.partners.some((p) => p.id === 'wonen'),
        'a partner removed',
      ],
      [
        'ambition',
        () => gemeente.store.setAmbition('problem', 'Alleen onze kijk'),
        () => gemeente.file.ambition.problem === file.ambition.problem,
        'the ambition',
      ],
      [
        'consent',
        () => gemeente.store.setConsent('d-1', 'zorg', 'object', 'Namens zorg'),
        () => gemeente.file.ambition.drafts[0].consent.zorg === 'can-live-with',
        "another partner's response",
      ],
      [
        'common-ground',
        () => gemeente.store.dismissSuggestion('studenten'),
        () => !gemeente.file.dismissedThemes.some((d) => d.name === 'studenten'),
        'a dismissed suggestion',
      ],
      [
        'common-ground',
        () => gemeente.store.judgeMatch('c-gem-get', 'c-gem-bring', 'confirmed'),
        () => !gemeente.file.matches.some((m) => m.getId === 'c-gem-get'),
        'a judged match',
      ],
      [
        'follow-up',
        () => gemeente.store.addAction({ text: 'Zelf bedacht' }),
        () => gemeente.file.followUp.actions.length === 0,
        'an action',
      ],
    ];
    for (const [refusal, attempt, undone, what] of attempts) {
      attempt();
      await gemeente.toldRefused(refusal as never);
      await until(undone, `${what}: undone on the partner's device`, NETWORK);
      gemeente.refusals.length = 0;
    }
    expect(gemeente.state, 'still connected').to.equal('connected');
    // Before the reveal the partner has its own card only (and so no questions, tensions or matches about
    // other cards); all else it has as the facilitator has it.
    const shared = (each: Device) =>
      JSON.stringify({ ...each.file, interests: [], contributions: [], questions: [], tensions: [], matches: [] });
    await until(() => shared(facilitator) === shared(gemeente), 'the partner is in step with the facilitator', NETWORK);
    expect(facilitator.file.title).to.equal(file.title);

    // What it may do goes through.
    const own = gemeente.store.addInterest('gemeente', { text: 'Na de weigeringen' })!;
    gemeente.store.setConsent('d-1', 'gemeente', 'object', 'Nog niet scherp genoeg');
    const question = gemeente.store.addQuestion('i-gem-1', 'Hoeveel uur per week?');
    await until(() => facilitator.file.interests.some((i) => i.id === own), 'its own card changes', NETWORK);
    await until(() => facilitator.file.ambition.drafts[0].consent.gemeente === 'object', 'its consent', NETWORK);
    await until(() => facilitator.file.questions.some((q) => q.id === question), 'its question', NETWORK);
    facilitator.store.updateQuestion(question, { answer: 'Vier' });
    await until(() => gemeente.file.questions.find((q) => q.id === question)?.answer === 'Vier', 'the answer', NETWORK);
    expect(gemeente.refusals).to.deep.equal([]);
  });

  it("refuse a change to another partner's card after the reveal, and undo it there", async function () {
    this.timeout(20000);
    const room = uniqueId('room');
    const facilitator = await device('facilitator', room);
    await facilitator.connected();
    facilitator.store.replace({ ...file, revealed: true });
    const gemeente = await device('gemeente', room, 'partner', 'gemeente');
    await gemeente.connected();
    await until(() => same(facilitator, gemeente), 'the partner has every card', NETWORK);
    gemeente.store.updateInterest('i-zorg-1', { text: 'Door de gemeente herschreven' });
    await gemeente.toldRefused('other-card');
    await until(
      () =>
        gemeente.file.interests.find((i) => i.id === 'i-zorg-1')!.text ===
        file.interests.find((i) => i.id === 'i-zorg-1')!.text,
      'the other card is as the server has it again',
      NETWORK,
    );
  });

  it('refuse anything in a document’s clock but the time of its last change, from a partner on any card too', async function () {
    this.timeout(20000);
    const room = uniqueId('room');
    const facilitator = await device('facilitator', room);
    await facilitator.connected();
    facilitator.store.replace({ ...file, revealed: true });
    const partner = await device('zorg', room, 'partner', 'zorg');
    await partner.connected();
    await until(() => same(facilitator, partner), 'the partner has the workshop', NETWORK);
    // A partner's device writes 100,000 characters under a key of its own into another partner's card's clock.
    const card = partner.store.cardDocument('wonen');
    card.transact(() => card.getMap('na:clock').set('notitie', 'x'.repeat(100_000)));
    await partner.toldRefused('schema');
    // And a number as the shared document's time of last change.
    partner.store.doc.transact(() => partner.store.doc.getMap('na:clock').set('updatedAt', 42));
    await until(() => partner.refusals.length === 2, 'the second change is refused too', NETWORK);
    expect(partner.refusals[1]).to.include('schema');
    // A partner's own change still stamps the time.
    partner.store.addInterest('zorg', { scope: 'organisation', kind: 'wish', text: 'Nog een belang' });
    await until(
      () => facilitator.file.interests.some((each) => each.text === 'Nog een belang'),
      'the partner’s own change arrives',
      NETWORK,
    );
    expect(partner.refusals).to.have.length(2);

    // The room keeps neither change.
    const late = await device('late', room);
    await late.connected();
    await until(() => same(facilitator, late), 'a device joining now has the workshop', NETWORK);
    expect(late.store.cardDocument('wonen').getMap('na:clock').has('notitie')).to.equal(false);
    expect(late.store.doc.getMap('na:clock').get('updatedAt')).to.be.a('string');
  });

  it('refuse values of the wrong type, whoever sends them, and every device keeps its workshop', async function () {
    this.timeout(20000);
    const room = uniqueId('room');
    const facilitator = await device('facilitator', room);
    await facilitator.connected();
    facilitator.store.replace({ ...file, revealed: true });
    const other = await device('other', room);
    await other.connected();
    await until(() => same(facilitator, other), 'both have the workshop', NETWORK);
    // A facilitator's device writes a number where an item's text belongs.
    const card = facilitator.store.cardDocument('zorg');
    card.transact(() => (card.getMap('na:interests').get('i-zorg-1') as Y.Map<unknown>).set('text', 42));
    await facilitator.toldRefused('schema');
    await until(() => same(facilitator, other), 'both devices agree again', NETWORK);
    expect(other.file.interests.find((i) => i.id === 'i-zorg-1')!.text).to.equal(
      file.interests.find((i) => i.id === 'i-zorg-1')!.text,
    );
  });
});
