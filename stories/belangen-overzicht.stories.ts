import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { emptyWorkshop, type WorkshopFile } from '../src/model/types.js';
import { exampleFile, inWorkshop } from './support.js';

const meta: Meta = {
  title: 'Elements/belangen-overzicht',
  component: 'belangen-overzicht',
  tags: ['autodocs'],
};
export default meta;

/** The example workshop in step 3, with the cards revealed. */
const revealed: WorkshopFile = { ...exampleFile, step: 3, revealed: true };

/** The same workshop before the reveal; the housing corporation has not filled in get and bring yet. */
const hidden: WorkshopFile = {
  ...revealed,
  revealed: false,
  contributions: exampleFile.contributions.filter((c) => c.partnerId !== 'wonen'),
};

/** A large workshop: 30 partners with 10 interests and 10 contributions each. */
function largeWorkshop(): WorkshopFile {
  const file: WorkshopFile = { ...emptyWorkshop(), title: revealed.title, step: revealed.step, revealed: true };
  for (let p = 1; p <= 30; p++) {
    file.partners.push({ id: `p${p}`, name: `Partner ${p}`, aspirant: p % 7 === 0 });
    for (let i = 1; i <= 10; i++) {
      file.interests.push({
        id: `p${p}-i${i}`,
        partnerId: `p${p}`,
        scope: i % 2 ? 'organisation' : 'shared',
        text: `Belang ${i} van partner ${p}`,
        kind: i % 3 ? 'wish' : 'demand',
        ...(i % 4 ? { motivation: 'Omdat het voor onze inwoners telt' } : {}),
      });
      file.contributions.push({
        id: `p${p}-c${i}`,
        partnerId: `p${p}`,
        direction: i % 2 ? 'get' : 'bring',
        text: `Bijdrage ${i} van partner ${p}`,
      });
    }
  }
  file.tensions.push({
    id: 't1',
    itemIds: ['p1-i3', 'p2-c1'],
    text: 'Eis tegenover wat een ander komt halen',
    resolved: false,
  });
  return file;
}

/** Before the reveal, as the facilitator sees it: who is done, and the control to show the cards. */
export const HiddenFacilitator: StoryObj = {
  render: () => inWorkshop(html`<belangen-overzicht></belangen-overzicht>`, { file: hidden }),
};

/** Before the reveal, on a partner's own device: who is done, and that the cards come together. */
export const HiddenPartner: StoryObj = {
  render: () =>
    inWorkshop(html`<belangen-overzicht></belangen-overzicht>`, { file: hidden, role: 'partner', partner: 'zorg' }),
};

/** After the reveal: all cards side by side, with questions, answers and a tension. */
export const Revealed: StoryObj = {
  render: () => inWorkshop(html`<belangen-overzicht></belangen-overzicht>`, { file: revealed }),
};

/** After the reveal, on a partner's device: questions can be asked and answered; tensions are read only. */
export const RevealedPartner: StoryObj = {
  render: () =>
    inWorkshop(html`<belangen-overzicht></belangen-overzicht>`, { file: revealed, role: 'partner', partner: 'wonen' }),
};

/** Large text, for a projector. */
export const Large: StoryObj = {
  render: () => inWorkshop(html`<belangen-overzicht large></belangen-overzicht>`, { file: revealed }),
};

/** On a phone, 320 px wide: one column. */
export const Phone: StoryObj = {
  render: () =>
    html`<div style="max-width: 320px">
      ${inWorkshop(html`<belangen-overzicht></belangen-overzicht>`, { file: revealed })}
    </div>`,
};

/** A workshop of 30 partners × 10 interests × 10 contributions. */
export const ThirtyPartners: StoryObj = {
  render: () => inWorkshop(html`<belangen-overzicht></belangen-overzicht>`, { file: largeWorkshop() }),
};

/** A partner with 30 own interests: its column shows the first 8 with "Meer tonen" for the rest; print shows all. */
export const LongGroup: StoryObj = {
  render: () =>
    inWorkshop(html`<belangen-overzicht></belangen-overzicht>`, {
      file: {
        ...revealed,
        interests: [
          ...revealed.interests,
          ...Array.from({ length: 30 }, (_, i) => ({
            id: `long-${i + 1}`,
            partnerId: 'zorg',
            scope: 'organisation' as const,
            kind: i % 5 ? ('wish' as const) : ('demand' as const),
            text: `Eigen belang ${i + 1} van de wijkverpleging`,
          })),
        ],
      },
    }),
};

/** Outside a `<netwerk-ambitie>`: a short message instead of the overview. */
export const WithoutWorkshop: StoryObj = {
  render: () => html`<belangen-overzicht></belangen-overzicht>`,
};
