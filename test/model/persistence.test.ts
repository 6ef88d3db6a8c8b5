import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/netwerk-ambitie/define.js';
import type { NetwerkAmbitie } from '../../src/elements/netwerk-ambitie/netwerk-ambitie.js';
import { until } from '../support/dom.js';
import { uniqueId } from '../support/example.js';
import { openTab } from '../support/tab.js';

describe('keeping the workshop in IndexedDB', () => {
  it('keeps every edit of a burst when the tab is closed right after it', async () => {
    const id = uniqueId('closed-tab');
    const before = await fixture<NetwerkAmbitie>(html`<netwerk-ambitie workshop-id=${id}></netwerk-ambitie>`);
    await before.ready;
    const partner = before.store.addPartner({ name: 'Gemeente' })!;
    before.remove();

    const { tab, element } = await openTab({ 'workshop-id': id });
    expect(element.store.session.storage).to.equal('saved');
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
