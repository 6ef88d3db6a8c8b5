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

/** The facilitator in step 1: the partners, blank paper cards to print (folded), and the interest cards. */
export const PreparationStep: StoryObj = {
  render: () => inWorkshop(html``, { file: { ...exampleFile, step: 1 } }),
};

/** Attribute values the element does not know: it says so on screen, and what it does instead. */
export const UnknownAttributes: StoryObj = {
  render: () =>
    html`<netwerk-ambitie workshop-id="story-unknown-attributes" role="partnr" storage="geheugen"></netwerk-ambitie>`,
};
