import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { exampleFile, inWorkshop } from './support.js';

const meta: Meta = {
  title: 'Elements/facilitator-tips',
  component: 'facilitator-tips',
  tags: ['autodocs'],
  argTypes: {
    step: { control: { type: 'select' }, options: [undefined, 1, 2, 3, 4, 5] },
    forPartners: { control: 'boolean' },
  },
};
export default meta;

type Args = { step?: number; forPartners?: boolean };

/** The tips for the workshop's current step (the example workshop is in step 4). */
export const CurrentStep: StoryObj<Args> = {
  render: ({ step, forPartners }) =>
    inWorkshop(html`<facilitator-tips step=${step ?? nothing} ?for-partners=${forPartners}></facilitator-tips>`, {
      file: exampleFile,
    }),
  args: {},
};

/** Step 1, with the tip to tell a wish from a demand. */
export const StepOne: StoryObj = {
  render: () => inWorkshop(html`<facilitator-tips step="1"></facilitator-tips>`, { file: exampleFile }),
};

/** Step 3, the exchange: listening, asking through, dialogue and safety. */
export const StepThree: StoryObj = {
  render: () => inWorkshop(html`<facilitator-tips step="3"></facilitator-tips>`, { file: exampleFile }),
};

/** On a partner's device, shown because of `for-partners`: without the facilitator's part. */
export const ForPartners: StoryObj = {
  render: () =>
    inWorkshop(html`<facilitator-tips for-partners></facilitator-tips>`, {
      file: { ...exampleFile, step: 1 },
      role: 'partner',
      partner: 'zorg',
    }),
};

/** A `step` that does not exist: a clear message, and the tips of the current step. */
export const UnknownStep: StoryObj = {
  render: () => inWorkshop(html`<facilitator-tips step="9"></facilitator-tips>`, { file: exampleFile }),
};
