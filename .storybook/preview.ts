import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';

import customElements from '../custom-elements.json';

setCustomElementsManifest(customElements);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    // Story tests run once per language (see vitest.config.ts).
    locale: import.meta.env.VITE_STORY_LOCALE ?? 'nl',
  },
  parameters: {
    // axe runs on every story in the story tests; any violation fails the run.
    a11y: { test: 'error' },
  },
  decorators: [
    (story, context) => {
      const locale = (context.globals['locale'] as string | undefined) ?? 'nl';
      return html`<div lang=${locale}>${story()}</div>`;
    },
  ],
};

export default preview;
