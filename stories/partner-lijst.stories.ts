import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { WorkshopFile } from '../src/model/types.js';
import { exampleFile, inWorkshop } from './support.js';

const meta: Meta = {
  title: 'Elements/partner-lijst',
  component: 'partner-lijst',
  tags: ['autodocs'],
};
export default meta;

/** A new workshop: no partners yet, with guidance on how many to invite. */
export const Empty: StoryObj = {
  render: () => inWorkshop(html`<partner-lijst></partner-lijst>`),
};

/** The example workshop: four partners, one prospective, all done with steps 1 and 2. */
export const ExampleWorkshop: StoryObj = {
  render: () => inWorkshop(html`<partner-lijst></partner-lijst>`, { file: exampleFile }),
};

/** Partway through preparation: two partners have not finished their card yet. */
const partway: WorkshopFile = {
  ...exampleFile,
  step: 1,
  interests: exampleFile.interests.filter((i) => i.partnerId !== 'hogeschool'),
  contributions: exampleFile.contributions.filter((c) => c.partnerId !== 'wonen'),
};
export const InProgress: StoryObj = {
  render: () => inWorkshop(html`<partner-lijst></partner-lijst>`, { file: partway }),
};

/** A partner's own device: the list read-only, its own partner marked. */
export const PartnerDevice: StoryObj = {
  render: () => inWorkshop(html`<partner-lijst></partner-lijst>`, { file: partway, role: 'partner', partner: 'zorg' }),
};

/** Narrow (320 px), as on a phone. */
export const Narrow: StoryObj = {
  render: () =>
    html`<div style="max-width: 320px">
      ${inWorkshop(html`<partner-lijst></partner-lijst>`, { file: exampleFile })}
    </div>`,
};
