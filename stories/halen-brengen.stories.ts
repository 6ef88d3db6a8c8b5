import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { emptyWorkshop, type WorkshopFile } from '../src/model/types.js';
import { exampleFile, inWorkshop } from './support.js';

const meta: Meta = {
  title: 'Elements/halen-brengen',
  component: 'halen-brengen',
  tags: ['autodocs'],
};
export default meta;

/** The example workshop's partners with nothing filled in yet. */
const partnersOnly: WorkshopFile = { ...emptyWorkshop(), title: exampleFile.title, partners: exampleFile.partners };

/** No partner given and none for this device: the facilitator chooses whose lists to fill in. */
export const ChoosePartner: StoryObj = {
  render: () => inWorkshop(html`<halen-brengen></halen-brengen>`, { file: exampleFile }),
};

/** Empty lists: each says what to write, with an example. */
export const Empty: StoryObj = {
  render: () => inWorkshop(html`<halen-brengen partner="wonen"></halen-brengen>`, { file: partnersOnly }),
};

/** Filled lists with themes. */
export const Filled: StoryObj = {
  render: () => inWorkshop(html`<halen-brengen partner="wonen"></halen-brengen>`, { file: exampleFile }),
};

/** A partner's own device: its own lists are editable, another partner's lists are read-only. */
export const PartnerDevice: StoryObj = {
  render: () =>
    inWorkshop(html`<halen-brengen></halen-brengen><halen-brengen partner="gemeente"></halen-brengen>`, {
      file: exampleFile,
      role: 'partner',
      partner: 'wonen',
    }),
};
