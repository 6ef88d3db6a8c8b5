import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import { exampleWorkshop } from '../support/example.js';
import { deepQuery, workshop } from '../support/fixtures.js';

describe('who is connected (sync)', () => {
  it('shows the connected devices by partner name in the steps and the overview, and nothing without a server', async () => {
    const { provider, settle } = await workshop(
      html`<ambitie-stappen></ambitie-stappen><belangen-overzicht></belangen-overzicht>`,
      {
        file: await exampleWorkshop(),
      },
    );
    const presence = (tag: string) => deepQuery(provider.querySelector(tag)!, '[part="presence"]');
    expect(presence('ambitie-stappen')).to.equal(null);
    expect(presence('belangen-overzicht')).to.equal(null);

    provider.store.setSession({ connection: 'connected', presence: [] });
    await settle();
    expect(presence('ambitie-stappen')!.textContent).to.contain('nog niemand anders');

    provider.store.setSession({
      connection: 'connected',
      presence: [{ role: 'partner', partner: 'zorg' }, { role: 'partner', partner: 'wonen' }, { role: 'facilitator' }],
    });
    await settle();
    for (const tag of ['ambitie-stappen', 'belangen-overzicht']) {
      const line = presence(tag)!;
      expect(line.textContent).to.contain(
        'Ook verbonden: Wijkverpleging Oost, Woningcorporatie Thuis, de facilitator.',
      );
      expect(line.getAttribute('role')).to.equal('status');
    }
    await expect(provider).to.be.accessible();

    provider.store.setSession({ connection: 'reconnecting' });
    await settle();
    expect(presence('ambitie-stappen')).to.equal(null);
  });
});

describe('a partner’s own device', () => {
  it('opens the guided workshop on its own, editable card, without the preparation and the tips', async () => {
    const file = { ...(await exampleWorkshop()), step: 1 as const };
    const { provider } = await workshop(undefined, { file, role: 'partner', partner: 'zorg' });
    const card = deepQuery(provider, 'belangen-kaart')!;
    expect(card.shadowRoot!.textContent).to.contain('Wijkverpleging Oost');
    expect(card.shadowRoot!.querySelector('textarea'), 'its own card can be edited').to.not.equal(null);
    expect(deepQuery(provider, 'partner-lijst')).to.equal(null);
    expect(deepQuery(provider, 'facilitator-tips')).to.equal(null);
  });

  it('fills in get and bring while the workshop is still in step 1, and keeps its place when step 2 begins', async () => {
    const file = { ...(await exampleWorkshop()), step: 1 as const };
    const { provider, settle } = await workshop(undefined, { file, role: 'partner', partner: 'zorg' });
    const getBring = deepQuery(provider, 'halen-brengen')!;
    expect(getBring.shadowRoot!.textContent).to.contain('Wijkverpleging Oost');
    const before = provider.exportWorkshop().contributions.filter((c) => c.partnerId === 'zorg').length;
    const add = Array.from(getBring.shadowRoot!.querySelectorAll('button')).find((b) =>
      /toevoegen/.test(b.textContent ?? ''),
    )!;
    add.click();
    await settle();
    expect(provider.exportWorkshop().contributions.filter((c) => c.partnerId === 'zorg')).to.have.length(before + 1);

    // The facilitator moves on while the partner is typing: the partner keeps its place.
    const card = deepQuery(provider, 'belangen-kaart')!;
    const textarea = card.shadowRoot!.querySelector('textarea')!;
    textarea.focus();
    provider.store.setStep(2);
    await settle();
    expect(deepQuery(provider, 'belangen-kaart'), 'the same card').to.equal(card);
    expect(deepQuery(provider, 'halen-brengen'), 'the same get and bring').to.equal(getBring);
    expect(card.shadowRoot!.activeElement, 'the focus stays where the partner was typing').to.equal(textarea);
    await expect(provider).to.be.accessible();
  });
});
