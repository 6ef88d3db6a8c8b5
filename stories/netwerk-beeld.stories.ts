import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { parseWorkshopFile } from '../src/model/validate.js';
import { networkWorkshop } from '../test/support/network.js';
import { exampleFile, inWorkshop } from './support.js';

const meta: Meta = {
  title: 'Elements/netwerk-beeld',
  component: 'netwerk-beeld',
  tags: ['autodocs'],
};
export default meta;

const picture = html`<netwerk-beeld></netwerk-beeld>`;

/** The example workshop's four partners: one confirmed match (an arrow towards the partner that comes to get) and the themes they share, named on the lines. */
export const FewPartners: StoryObj = {
  render: () => inWorkshop(picture, { file: exampleFile }),
};

/** Thirty partners: labels point outwards, long names are shortened (the full name in the tooltip), and themes are named in the tooltips. */
export const ThirtyPartners: StoryObj = {
  render: () => inWorkshop(picture, { file: parseWorkshopFile(networkWorkshop(30)) }),
};

/** Five partners, nothing confirmed and no shared themes yet: the picture says how links come about. */
const unlinked = parseWorkshopFile(networkWorkshop(5, { matches: false }));
export const NoLinksYet: StoryObj = {
  render: () =>
    inWorkshop(picture, {
      file: { ...unlinked, contributions: unlinked.contributions.map((c) => ({ ...c, themes: [] })) },
    }),
};
