import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { emptyWorkshop, type WorkshopFile } from '../src/model/types.js';
import { exampleFile, inWorkshop, until } from './support.js';

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

/** Every partner agrees, but a tension is still open: adopting asks first, naming the open tension. */
const adoptable: WorkshopFile = {
  ...exampleFile,
  ambition: {
    ...exampleFile.ambition,
    drafts: [
      {
        ...exampleFile.ambition.drafts[0],
        consent: { ...exampleFile.ambition.drafts[0].consent, hogeschool: 'agree' },
      },
    ],
  },
};
export const AdoptWithOpenTension: StoryObj = {
  render: () => inWorkshop(canvas, { file: adoptable }),
  play: async ({ canvasElement }) => {
    const root = () => canvasElement.querySelector('ambitie-canvas')?.shadowRoot;
    const adopt = await until(() => root()?.querySelector<HTMLButtonElement>('[part~="adopt"] button'));
    adopt.click();
    await until(() => root()?.querySelector('[part~="adopt"] [role="group"]'));
  },
};

/** Matches the facilitator judged: one confirmed (it comes first), one dismissed (it can be brought back). */
export const JudgedMatches: StoryObj = {
  render: () =>
    inWorkshop(canvas, {
      file: {
        ...exampleFile,
        matches: [
          ...exampleFile.matches,
          { id: 'm-2', getId: 'c-gem-get', bringId: 'c-wonen-bring', verdict: 'dismissed' },
        ],
      },
    }),
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

/**
 * A workshop of 24 partners whose lists are long: each comes to get three things and
 * brings three, and many items share a theme. The canvas shows the first gets, matches,
 * suggestions and items of each theme, with "Meer tonen" for the rest; in print every
 * entry shows.
 */
function longLists(): WorkshopFile {
  const topics = ['vroegsignalering', 'eenzaamheid', 'wijkteam', 'mantelzorg', 'huisvesting', 'kennisdeling'];
  const { title, step, revealed, updatedAt } = exampleFile;
  const file: WorkshopFile = {
    ...emptyWorkshop(),
    title,
    step,
    revealed,
    updatedAt,
    ambition: { ...exampleFile.ambition, drafts: [] },
  };
  for (let p = 1; p <= 24; p++) {
    const partnerId = `p${p}`;
    file.partners.push({ id: partnerId, name: `Partner ${p}`, aspirant: p % 9 === 0 });
    for (let i = 0; i < 3; i++) {
      const topic = topics[(p + i) % topics.length];
      file.interests.push({
        id: `${partnerId}-i${i}`,
        partnerId,
        scope: i === 2 ? 'shared' : 'organisation',
        kind: i === 0 && p % 4 === 0 ? 'demand' : 'wish',
        text: `Meer aandacht voor ${topic} in de wijk (${p}.${i + 1})`,
        themes: i === 0 ? [topic] : [],
      });
      file.contributions.push(
        {
          id: `${partnerId}-g${i}`,
          partnerId,
          direction: 'get',
          text: `Hulp bij ${topics[(p * 2 + i) % topics.length]} voor onze bewoners`,
        },
        {
          id: `${partnerId}-b${i}`,
          partnerId,
          direction: 'bring',
          text: `Ervaring met ${topics[(p + i * 5) % topics.length]} en een ruimte in de wijk`,
          themes: [topics[(p + i * 5) % topics.length]],
        },
      );
    }
  }
  return file;
}
export const LongLists: StoryObj = {
  render: () => inWorkshop(canvas, { file: longLists() }),
};

/** Narrow (320 px), as on a phone. */
export const Narrow: StoryObj = {
  render: () => html`<div style="max-width: 320px">${inWorkshop(canvas, { file: exampleFile })}</div>`,
};

/** Outside a `<netwerk-ambitie>`: a short message instead of a canvas. */
export const WithoutWorkshop: StoryObj = {
  render: () => canvas,
};
