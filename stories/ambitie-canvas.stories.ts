import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { WorkshopFile } from '../src/model/types.js';
import { exampleFile, inWorkshop } from './support.js';

const meta: Meta = {
  title: 'Elements/ambitie-canvas',
  component: 'ambitie-canvas',
  tags: ['autodocs'],
};
export default meta;

const canvas = html`<ambitie-canvas></ambitie-canvas>`;

/** The example workshop in step 4: shared themes, suggestions, the get/bring matrix, attention points, and a draft that one partner has not responded to yet. */
export const ExampleWorkshop: StoryObj = {
  render: () => inWorkshop(canvas, { file: exampleFile }),
};

/** A consent round in which one partner objects, with its reason: the draft cannot be adopted yet. */
const objecting: WorkshopFile = {
  ...exampleFile,
  ambition: {
    ...exampleFile.ambition,
    drafts: [
      {
        ...exampleFile.ambition.drafts[0],
        consent: { ...exampleFile.ambition.drafts[0].consent, hogeschool: 'object' },
        reasons: { hogeschool: 'Onderzoek naar wat werkt ontbreekt in de ambitie.' },
      },
    ],
  },
};
export const Objection: StoryObj = {
  render: () => inWorkshop(canvas, { file: objecting }),
};

/** Every partner agrees or can live with the draft, and it has been adopted as the shared ambition. */
const adopted: WorkshopFile = {
  ...exampleFile,
  step: 5,
  tensions: exampleFile.tensions.map((t) => ({ ...t, resolved: true })),
  ambition: {
    ...exampleFile.ambition,
    drafts: [
      {
        ...exampleFile.ambition.drafts[0],
        consent: { ...exampleFile.ambition.drafts[0].consent, hogeschool: 'agree' },
      },
    ],
    statement: exampleFile.ambition.drafts[0].text,
  },
};
export const Adopted: StoryObj = {
  render: () => inWorkshop(canvas, { file: adopted }),
};

/** Projected on a big screen: the `poster` attribute gives large type and the sections side by side. */
export const Poster: StoryObj = {
  render: () => inWorkshop(html`<ambitie-canvas poster></ambitie-canvas>`, { file: adopted }),
};

/** One section at a time, as the guided workshop shows it on a projected screen. */
export const Sections: StoryObj = {
  render: () => inWorkshop(html`<ambitie-canvas sections></ambitie-canvas>`, { file: exampleFile }),
};

/** A partner's own device: it responds for its own partner only and reads everything else. */
export const PartnerDevice: StoryObj = {
  render: () => inWorkshop(canvas, { file: exampleFile, role: 'partner', partner: 'hogeschool' }),
};

/** A new workshop without partners or items: every section says what is missing. */
export const Empty: StoryObj = {
  render: () => inWorkshop(canvas),
};

/** Narrow (320 px), as on a phone. */
export const Narrow: StoryObj = {
  render: () => html`<div style="max-width: 320px">${inWorkshop(canvas, { file: exampleFile })}</div>`,
};

/** Outside a `<netwerk-ambitie>`: a short message instead of a canvas. */
export const WithoutWorkshop: StoryObj = {
  render: () => canvas,
};
