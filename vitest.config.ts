import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));

/** Every story renders, passes its play function and axe: once in Dutch, once in English. */
const storiesIn = (locale: 'nl' | 'en') => ({
  extends: true,
  plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
  test: {
    name: `stories-${locale}`,
    env: { VITE_STORY_LOCALE: locale },
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs },
      }),
      instances: [{ browser: 'chromium' as const }],
    },
  },
});

export default defineConfig({ test: { projects: [storiesIn('nl'), storiesIn('en')] } });
