import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import '../../src/elements/netwerk-ambitie/define.js';
import type { NetwerkAmbitie } from '../../src/elements/netwerk-ambitie/netwerk-ambitie.js';
import { cardDocumentName } from '../../src/model/documents.js';
import { readLegacyLayout } from '../../src/model/legacy.js';
import { YWorkshopStore } from '../../src/model/store.js';
import type { WorkshopFile } from '../../src/model/types.js';
import { parseWorkshopFile } from '../../src/model/validate.js';
import { until } from '../support/dom.js';
import { exampleWorkshop, uniqueId } from '../support/example.js';

// Two devices (two workshop elements with their own connection and no shared
// browser storage) edit while the sync server is down; once it is back they
// must agree and hold every edit. And workshops kept in the first document
// layout, in the browser and on a server, open with everything in them.

/** How long a change may take to travel through the sync server, in ms. */
const NETWORK = 8000;

const token = (room: string, role: 'facilitator' | 'partner' = 'facilitator', partner?: string) =>
  executeServerCommand<string, object>('sync-token', { room, role, partner });

const connected = (element: NetwerkAmbitie, name: string) =>
  until(() => element.store.session.connection === 'connected', `${name} is connected`, NETWORK);

const bytes = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));

/** The fixture workshop as the first layout's store showed it, items now grouped card by card. */
async function legacyWorkshop(): Promise<Omit<WorkshopFile, 'updatedAt'>> {
  const file = withoutTime(parseWorkshopFile(await (await fetch('/test/fixtures/legacy-layout/workshop.json')).json()));
  const byPartner = <T extends { partnerId: string }>(items: T[]) =>
    file.partners.flatMap((p) => items.filter((i) => i.partnerId === p.id));
  return { ...file, interests: byPartner(file.interests), contributions: byPartner(file.contributions) };
}

/** Whether `actual` deeply equals `expected` (keys in any order). */
function sameAs(actual: unknown, expected: unknown): boolean {
  try {
    expect(actual).to.deep.equal(expected);
    return true;
  } catch {
    return false;
  }
}

function withoutTime(file: WorkshopFile): Omit<WorkshopFile, 'updatedAt'> {
  const copy: Partial<WorkshopFile> = { ...file };
  delete copy.updatedAt;
  return copy as Omit<WorkshopFile, 'updatedAt'>;
}

describe('devices that edit while the server is down', () => {
  after(() => executeServerCommand('sync-stop'));

  it('agree when it is back, and every edit is there', async function () {
    this.timeout(30000);
    const { url } = await executeServerCommand<{ url: string }, object>('sync-start', {});
    const room = uniqueId('room');
    const page = async (role: 'facilitator' | 'partner' = 'facilitator', partner?: string) =>
      fixture<NetwerkAmbitie>(
        html`<netwerk-ambitie
          storage="none"
          workshop-id=${room}
          sync=${url}
          token=${await token(room, role, partner)}
        ></netwerk-ambitie>`,
      );
    const one = await page();
    const two = await page();
    await Promise.all([connected(one, 'the first device'), connected(two, 'the second device')]);
    one.importWorkshop(await exampleWorkshop());
    await until(() => two.exportWorkshop().partners.length === 4, 'the second device has the workshop', NETWORK);

    await executeServerCommand('sync-stop');
    await until(
      () => [one, two].every((e) => e.store.session.connection === 'reconnecting'),
      'both devices notice',
      NETWORK,
    );
    // The same partner renamed on one and moved on both; one ambition part typed into on both; items added to one card on both.
    one.store.updatePartner('wonen', { name: 'Woningcorporatie Thuis Oost' });
    one.store.movePartner('wonen', 0);
    two.store.movePartner('wonen', 3);
    const problem = two.exportWorkshop().ambition.problem!;
    one.store.setAmbition('problem', `Al jaren: ${problem}`);
    two.store.setAmbition('problem', `${problem}, en niemand ziet het geheel`);
    const fromOne = one.store.addInterest('zorg', { text: 'Vaste gezichten in de wijk' })!;
    const fromTwo = two.store.addContribution('zorg', { direction: 'bring', text: 'Avonddiensten' })!;

    await executeServerCommand('sync-restart');
    await Promise.all([connected(one, 'the first device'), connected(two, 'the second device')]);
    await until(
      () => JSON.stringify(one.exportWorkshop()) === JSON.stringify(two.exportWorkshop()),
      'both devices agree',
      NETWORK,
    );
    const file = one.exportWorkshop();
    expect(file.partners.filter((p) => p.id === 'wonen').map((p) => p.name)).to.deep.equal([
      'Woningcorporatie Thuis Oost',
    ]);
    expect(file.ambition.problem).to.equal(`Al jaren: ${problem}, en niemand ziet het geheel`);
    expect(file.interests.find((i) => i.id === fromOne)?.text).to.equal('Vaste gezichten in de wijk');
    expect(file.contributions.find((c) => c.id === fromTwo)?.text).to.equal('Avonddiensten');
    expect(() => parseWorkshopFile(JSON.parse(JSON.stringify(file)))).not.to.throw();
  });
});

describe('a workshop kept in the first document layout', () => {
  it('opens from this browser with everything in it, and is moved once', async () => {
    const id = uniqueId('legacy');
    const name = `netwerkambitie:${id}`;
    const old = new Y.Doc();
    Y.applyUpdate(old, new Uint8Array(await (await fetch('/test/fixtures/legacy-layout/workshop.ydoc')).arrayBuffer()));
    const stored = new IndexeddbPersistence(name, old);
    await stored.whenSynced;
    await stored.destroy();

    const element = await fixture<NetwerkAmbitie>(html`<netwerk-ambitie workshop-id=${id}></netwerk-ambitie>`);
    await element.ready;
    const expected = await legacyWorkshop();
    expect(withoutTime(element.exportWorkshop())).to.deep.equal(expected);
    element.remove();

    // What the browser keeps now: the keyed layout, the first one empty, each card in its own database.
    const again = new YWorkshopStore();
    const loads = [new IndexeddbPersistence(name, again.doc)];
    await loads[0].whenSynced;
    expect(readLegacyLayout(again.doc)).to.equal(undefined);
    for (const { id: partner } of again.snapshot.partners) {
      const card = new IndexeddbPersistence(cardDocumentName(name, partner), again.cardDocument(partner));
      loads.push(card);
      await card.whenSynced;
    }
    expect(withoutTime(again.snapshot)).to.deep.equal(expected);
    await Promise.all(loads.map((load) => load.destroy()));
  });

  it('opens from a sync server with everything in it, moved once on the server', async function () {
    this.timeout(20000);
    const { url } = await executeServerCommand<{ url: string }, object>('sync-start', {
      copyFrom: 'test/fixtures/legacy-layout/sync.sqlite',
    });
    const room = 'wijk-oost';
    const element = await fixture<NetwerkAmbitie>(
      html`<netwerk-ambitie
        storage="none"
        workshop-id=${room}
        sync=${url}
        token=${await token(room)}
      ></netwerk-ambitie>`,
    );
    const expected = await legacyWorkshop();
    await until(
      () => sameAs(withoutTime(element.exportWorkshop()), expected),
      'the device shows the stored workshop',
      NETWORK,
    );
    const partner = await fixture<NetwerkAmbitie>(
      html`<netwerk-ambitie
        storage="none"
        workshop-id=${room}
        sync=${url}
        token=${await token(room, 'partner', 'zorg')}
      ></netwerk-ambitie>`,
    );
    await until(
      () => sameAs(withoutTime(partner.exportWorkshop()), expected),
      'a second device shows the same',
      NETWORK,
    );
    element.remove();
    partner.remove();

    await executeServerCommand('sync-stop');
    const { update, cards } = await executeServerCommand<
      { update: string; cards: Record<string, string> },
      { room: string }
    >('sync-stored', { room });
    const kept = new YWorkshopStore();
    Y.applyUpdate(kept.doc, bytes(update));
    expect(readLegacyLayout(kept.doc), 'the first layout is gone from the file').to.equal(undefined);
    for (const [id, card] of Object.entries(cards)) Y.applyUpdate(kept.cardDocument(id), bytes(card));
    expect(Object.keys(cards)).to.have.members(expected.partners.map((p) => p.id));
    expect(withoutTime(kept.snapshot)).to.deep.equal(expected);
  });
});
