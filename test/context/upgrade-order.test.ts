import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { attachContextRoot } from '../../src/context/context-root.js';
import { NaElement } from '../../src/elements/base/na-element.js';
import { NetwerkAmbitie } from '../../src/elements/netwerk-ambitie/netwerk-ambitie.js';

/** A minimal element of the library: shows the number of partners it sees. */
class PartnerCount extends NaElement {
  protected override render(): TemplateResult {
    return html`<p>${this.workshop ? `${this.workshop.partners.length} partners` : 'no workshop'}</p>`;
  }
}

const shown = (el: Element) => el.shadowRoot?.querySelector('p')?.textContent;

describe('elements find their workshop whatever is defined first', () => {
  before(() => attachContextRoot());

  it('connects an element that was defined and upgraded before its provider', async () => {
    customElements.define('count-early', class extends PartnerCount {});
    const page = await fixture(html`<netwerk-ambitie storage="none"><count-early></count-early></netwerk-ambitie>`);
    const consumer = page.querySelector('count-early')!;
    await (consumer as PartnerCount).updateComplete;
    expect(shown(consumer)).to.equal('no workshop');

    customElements.define('netwerk-ambitie', NetwerkAmbitie);
    const provider = page as NetwerkAmbitie;
    await provider.ready;
    provider.store.addPartner({ name: 'Gemeente' });
    await (consumer as PartnerCount).updateComplete;
    expect(shown(consumer)).to.equal('1 partners');
  });

  it('connects an element that is defined after its provider', async () => {
    customElements.define('provider-first', class extends NetwerkAmbitie {});
    const page = (await fixture(
      html`<provider-first storage="none"><count-late></count-late></provider-first>`,
    )) as NetwerkAmbitie;
    await page.ready;
    page.store.addPartner({ name: 'A' });
    page.store.addPartner({ name: 'B' });
    customElements.define('count-late', class extends PartnerCount {});
    const consumer = page.querySelector('count-late') as PartnerCount;
    await consumer.updateComplete;
    expect(shown(consumer)).to.equal('2 partners');
  });

  it('follows the nearest provider when elements are nested in two workshops', async () => {
    customElements.define('count-nested', class extends PartnerCount {});
    const outer = (await fixture(html`
      <provider-first storage="none" workshop-id="outer">
        <provider-first storage="none" workshop-id="inner"><count-nested></count-nested></provider-first>
      </provider-first>
    `)) as NetwerkAmbitie;
    const inner = outer.querySelector('provider-first') as NetwerkAmbitie;
    outer.store.addPartner({ name: 'Outer' });
    inner.store.addPartner({ name: 'A' });
    inner.store.addPartner({ name: 'B' });
    inner.store.addPartner({ name: 'C' });
    const consumer = inner.querySelector('count-nested') as PartnerCount;
    await consumer.updateComplete;
    expect(shown(consumer)).to.equal('3 partners');
  });
});
