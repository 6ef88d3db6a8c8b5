import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { WorkshopFile } from '../src/model/types.js';
import { exampleFile, inWorkshop } from './support.js';

const meta: Meta = {
  title: 'Elements/ambitie-verslag',
  component: 'ambitie-verslag',
  tags: ['autodocs'],
};
export default meta;

const verslag = html`<ambitie-verslag></ambitie-verslag>`;

/** The example workshop, finished: the statement agreed, with follow-up actions, notes and an objection on record. */
const finished: WorkshopFile = {
  ...exampleFile,
  step: 5,
  ambition: {
    ...exampleFile.ambition,
    drafts: [
      {
        ...exampleFile.ambition.drafts[0],
        consent: { ...exampleFile.ambition.drafts[0].consent, hogeschool: 'object' },
        reasons: { hogeschool: 'Het onderzoek naar wat werkt staat er niet in.' },
      },
      {
        id: 'd-2',
        text: 'In 2028 weet iedere bewoner van Oost bij wie hij terechtkan, komt geen signaal meer te laat, en leren we samen wat werkt.',
        consent: { gemeente: 'agree', zorg: 'agree', wonen: 'can-live-with', hogeschool: 'agree' },
      },
    ],
    statement:
      'In 2028 weet iedere bewoner van Oost bij wie hij terechtkan, komt geen signaal meer te laat, en leren we samen wat werkt.',
  },
  followUp: {
    notes: 'Volgende bijeenkomst: de partnerschapskaart invullen.\nBegroting wijkcoördinator eerst langs de raad.',
    actions: [
      { id: 'a-1', text: 'Convenant opstellen', owner: 'gemeente', due: '2027-01-31' },
      { id: 'a-2', text: 'Vast contactpunt voor huismeesters inrichten', owner: 'wonen', due: '2027-02-15' },
      { id: 'a-3', text: 'Stageplekken voor het voorjaar afspreken', owner: 'hogeschool' },
    ],
  },
};

/** The example workshop as it stands after step 4: the ambition in draft, no follow-up yet. */
export const ExampleWorkshop: StoryObj = {
  render: () => inWorkshop(verslag, { file: { ...exampleFile, step: 5 } }),
};

/** A finished workshop: the shared ambition agreed, actions with owners and dates, notes. */
export const Finished: StoryObj = {
  render: () => inWorkshop(verslag, { file: finished }),
};

/** Adopted while a tension was still open: the record says which, and lists the confirmed matches. */
export const AdoptedWithOpenTension: StoryObj = {
  render: () =>
    inWorkshop(verslag, {
      file: {
        ...finished,
        ambition: {
          ...finished.ambition,
          drafts: finished.ambition.drafts.map((d) => (d.id === 'd-2' ? { ...d, openAtAdoption: ['t-1'] } : d)),
        },
      },
    }),
};

/** One section at a time (record, actions, saving and sharing, hand-off), as the guided workshop shows it. */
export const Sections: StoryObj = {
  render: () => inWorkshop(html`<ambitie-verslag sections></ambitie-verslag>`, { file: finished }),
};

/** A partner's own device: everything to read and export, the follow-up as text only. */
export const PartnerDevice: StoryObj = {
  render: () => inWorkshop(verslag, { file: finished, role: 'partner', partner: 'zorg' }),
};

/** A new, empty workshop: the record says what is still missing, and a workshop file can be opened. */
export const Empty: StoryObj = {
  render: () => inWorkshop(verslag),
};

/** User text that looks like markup is shown as text. */
export const MarkupStaysText: StoryObj = {
  render: () =>
    inWorkshop(verslag, {
      file: {
        ...exampleFile,
        title: '<b>Niet vet</b> en **ook niet**',
        partners: exampleFile.partners.map((p, i) => (i ? p : { ...p, name: '<img src=x onerror=alert(1)>' })),
      },
    }),
};

/** Outside a `<netwerk-ambitie>` the record says what it needs. */
export const WithoutWorkshop: StoryObj = {
  render: () => verslag,
};
