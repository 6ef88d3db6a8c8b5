import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { exampleFile, inWorkshop } from './support.js';

const meta: Meta = {
  title: 'Elements/netwerk-ambitie',
  component: 'netwerk-ambitie',
  tags: ['autodocs'],
};
export default meta;

/** The element alone: the complete guided workshop, empty, kept in memory. */
export const Empty: StoryObj = {
  render: () => html`<netwerk-ambitie storage="none" workshop-id="story-empty"></netwerk-ambitie>`,
};

/** The example workshop of four partners, in step 4. */
export const ExampleWorkshop: StoryObj = {
  render: () => inWorkshop(html``, { file: exampleFile }),
};

/** A partner's own device: the workshop as the partner of the health care organisation sees it. */
export const PartnerDevice: StoryObj = {
  render: () => inWorkshop(html``, { file: { ...exampleFile, step: 1 }, role: 'partner', partner: 'zorg' }),
};

/** The facilitator in step 1: the interest cards with the partner switcher; the partners and paper cards are the other section. */
export const PreparationStep: StoryObj = {
  render: () => inWorkshop(html``, { file: { ...exampleFile, step: 1 } }),
};

/** Step 2 on the facilitator's screen: the partner chosen in step 1 stays on the screen. */
export const GetAndBringStep: StoryObj = {
  render: () => inWorkshop(html``, { file: { ...exampleFile, step: 2 } }),
};

/** Step 5 in sections: the record first, then the actions, saving and sharing, and the hand-off. */
export const RecordStep: StoryObj = {
  render: () => inWorkshop(html``, { file: { ...exampleFile, step: 5 } }),
};

/** Attribute values the element does not know: it says so on screen, and what it does instead. */
export const UnknownAttributes: StoryObj = {
  render: () =>
    html`<netwerk-ambitie workshop-id="story-unknown-attributes" role="partnr" storage="geheugen"></netwerk-ambitie>`,
};
