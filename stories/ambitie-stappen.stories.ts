import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { emptyWorkshop, type WorkshopFile } from '../src/model/types.js';
import { pauseTimer, startTimer } from '../src/model/timer.js';
import { exampleFile, inWorkshop } from './support.js';

const MINUTE = 60_000;

const meta: Meta = {
  title: 'Elements/ambitie-stappen',
  component: 'ambitie-stappen',
  tags: ['autodocs'],
};
export default meta;

/** A new workshop: step 1, no partners, the agenda for the minimum. */
export const Empty: StoryObj = {
  render: () => inWorkshop(html`<ambitie-stappen></ambitie-stappen>`),
};

/** The example workshop of four partners, in step 4, as the facilitator sees it. */
export const Facilitator: StoryObj = {
  render: () => inWorkshop(html`<ambitie-stappen></ambitie-stappen>`, { file: exampleFile }),
};

/** Step 1 with one partner not done yet: "3 van 4 partners klaar". */
const stepOne: WorkshopFile = {
  ...exampleFile,
  step: 1,
  interests: exampleFile.interests.filter((i) => !(i.partnerId === 'hogeschool' && i.scope === 'shared')),
};
export const StepOneInProgress: StoryObj = {
  render: () => inWorkshop(html`<ambitie-stappen></ambitie-stappen>`, { file: stepOne }),
};

/** A partner's device: the steps are shown, the facilitator moves them. */
export const PartnerDevice: StoryObj = {
  render: () =>
    inWorkshop(html`<ambitie-stappen></ambitie-stappen>`, { file: exampleFile, role: 'partner', partner: 'zorg' }),
};

/** A large network (eleven partners or more): the workshop takes two hours. */
const large: WorkshopFile = {
  ...emptyWorkshop(),
  title: exampleFile.title,
  step: exampleFile.step,
  revealed: exampleFile.revealed,
  partners: Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, name: `Partner ${i + 1}`, aspirant: false })),
};
export const LargeNetwork: StoryObj = {
  render: () => inWorkshop(html`<ambitie-stappen></ambitie-stappen>`, { file: large }),
};

/** Narrow (320 px), as on a phone. */
export const Narrow: StoryObj = {
  render: () =>
    html`<div style="max-width: 320px">
      ${inWorkshop(html`<ambitie-stappen></ambitie-stappen>`, { file: exampleFile })}
    </div>`,
};

/** Folded into one bar, as the guided workshop shows it on a projected screen. */
export const Compact: StoryObj = {
  render: () => inWorkshop(html`<ambitie-stappen compact></ambitie-stappen>`, { file: exampleFile }),
};

/** The compact bar on a partner's device: the timer shows, its controls do not. */
export const CompactPartnerDevice: StoryObj = {
  render: () =>
    inWorkshop(html`<ambitie-stappen compact></ambitie-stappen>`, {
      file: exampleFile,
      role: 'partner',
      partner: 'zorg',
    }),
};

/** The step's time is up and the timer counts the time over: "+01:00 over tijd". */
export const OverTime: StoryObj = {
  render: () =>
    inWorkshop(html`<ambitie-stappen></ambitie-stappen>`, {
      file: exampleFile,
      setUp: (provider) => provider.store.setTimer(startTimer(undefined, 4, 15 * MINUTE, Date.now() - 16 * MINUTE)),
    }),
};

/** Paused with 7 minutes to go, set to start with every step. */
export const Paused: StoryObj = {
  render: () =>
    inWorkshop(html`<ambitie-stappen compact></ambitie-stappen>`, {
      file: exampleFile,
      setUp: (provider) => {
        const now = Date.now();
        const running = { ...startTimer(undefined, 4, 15 * MINUTE, now - 8 * MINUTE), auto: true };
        provider.store.setTimer(pauseTimer(running, now));
      },
    }),
};
