import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    options: {},
  },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-vitest', '@storybook/addon-a11y'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(viteConfig) {
    // Pre-bundle Lit and friends once, so stories and elements share one copy of Lit.
    const include = ['lit', 'lit/directive-helpers.js', 'lit/decorators.js', '@lit/context', '@lit/localize'];
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), ...include],
    };
    return viteConfig;
  },
};

export default config;
