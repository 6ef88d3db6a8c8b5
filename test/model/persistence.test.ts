import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/netwerk-ambitie/define.js';
import type { NetwerkAmbitie } from '../../src/elements/netwerk-ambitie/netwerk-ambitie.js';
import { until } from '../support/dom.js';
import { uniqueId } from '../support/example.js';

/** Opens the workshop `id` in a tab of its own (a window of this browser), kept in IndexedDB. */
async function openTab(id: string): Promise<{ tab: Window; element: NetwerkAmbitie }> {
  const loaded = new Promise<void>((resolve) => {
    const heard = (event: MessageEvent) => {
      if (event.source !== tab || event.data !== 'tab loaded') return;
      window.removeEventListener('message', heard);
      resolve();
    };
    window.addEventListener('message', heard);
  });
  const tab = window.open('/test/model/tab.html', '_blank')!;
  expect(tab, 'the browser opened a tab').to.not.equal(null);
  await loaded;
  const element = tab.document.createElement('netwerk-ambitie') as NetwerkAmbitie;
  element.setAttribute('workshop-id', id);
  tab.document.body.append(element);
  await element.ready;
  expect(element.store.session.storage).to.equal('saved');
  return { tab, element };
}

describe('keeping the workshop in IndexedDB', () => {
  it('keeps every edit of a burst when the tab is closed right after it', async () => {
    const id = uniqueId('closed-tab');
    const before = await fixture<NetwerkAmbitie>(html`<netwerk-ambitie workshop-id=${id}></netwerk-ambitie>`);
    await before.ready;
    const partner = before.store.addPartner({ name: 'Gemeente' })!;
    before.remove();

    const { tab, element } = await openTab(id);
    const { store } = element;
    expect(store.snapshot.partners.map((p) => p.id)).to.deep.equal([partner]);
    // 60 edits at once, in the shared document and in the partner's card, and the tab closed straight away.
    for (let n = 1; n <= 30; n++) {
      store.addAction({ text: `Actie ${n}` });
      store.addInterest(partner, { scope: 'organisation', kind: 'wish', text: `Belang ${n}` });
    }
    tab.close();
    await until(() => tab.closed, 'the tab is closed');

    const reopened = await fixture<NetwerkAmbitie>(html`<netwerk-ambitie workshop-id=${id}></netwerk-ambitie>`);
    await reopened.ready;
    const file = reopened.exportWorkshop();
    expect(file.partners.map((p) => p.name)).to.deep.equal(['Gemeente']);
    expect(file.followUp.actions).to.have.length(30);
    expect(file.interests).to.have.length(30);
  });
});
