import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { emptyWorkshop, type WorkshopFile } from '../src/model/types.js';
import { exampleFile, inWorkshop } from './support.js';

const meta: Meta = {
  title: 'Elements/belangen-kaart',
  component: 'belangen-kaart',
  tags: ['autodocs'],
};
export default meta;

/** The example workshop's partners with nothing filled in yet. */
const partnersOnly: WorkshopFile = { ...emptyWorkshop(), title: exampleFile.title, partners: exampleFile.partners };

/** No partner given and none for this device: the facilitator chooses whose card to fill in. */
export const ChoosePartner: StoryObj = {
  render: () => inWorkshop(html`<belangen-kaart></belangen-kaart>`, { file: exampleFile }),
};

/** An empty card: each scope says what to write, with an example. */
export const Empty: StoryObj = {
  render: () => inWorkshop(html`<belangen-kaart partner="zorg"></belangen-kaart>`, { file: partnersOnly }),
};

/** A filled card: own, personal and overarching interests, wishes and demands, motivations and themes. */
export const Filled: StoryObj = {
  render: () => inWorkshop(html`<belangen-kaart partner="zorg"></belangen-kaart>`, { file: exampleFile }),
};

/** A new interest, written but not yet marked wish or demand: the card says it is not complete until chosen. */
export const KindNotChosen: StoryObj = {
  render: () =>
    inWorkshop(html`<belangen-kaart partner="zorg"></belangen-kaart>`, {
      file: {
        ...partnersOnly,
        interests: [{ id: 'i-new', partnerId: 'zorg', scope: 'organisation', text: 'Minder administratieve last' }],
      },
    }),
};

/** A partner's own device: its own card is editable, another partner's card is read-only. */
export const PartnerDevice: StoryObj = {
  render: () =>
    inWorkshop(html`<belangen-kaart></belangen-kaart><belangen-kaart partner="gemeente"></belangen-kaart>`, {
      file: exampleFile,
      role: 'partner',
      partner: 'zorg',
    }),
};

/** Blank A4 paper cards, one per partner, to print and fill in by hand. */
export const Blank: StoryObj = {
  render: () => inWorkshop(html`<belangen-kaart blank></belangen-kaart>`, { file: partnersOnly }),
};

/** One blank paper card for one partner. */
export const BlankForOnePartner: StoryObj = {
  render: () => inWorkshop(html`<belangen-kaart blank partner="hogeschool"></belangen-kaart>`, { file: partnersOnly }),
};

/** Outside a `<netwerk-ambitie>` there is no workshop: the card says so. */
export const OutsideAWorkshop: StoryObj = {
  render: () => html`<belangen-kaart></belangen-kaart>`,
};
