import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';

const meta: Meta = {
  title: 'Setup/Check',
  render: () => html`<p>Storybook werkt.</p>`,
};

export default meta;

export const Paragraph: StoryObj = {
  play: async ({ canvasElement }) => {
    const p = canvasElement.querySelector('p');
    await expect(p).not.toBeNull();
    await expect(p?.textContent).toBe('Storybook werkt.');
    await expect(p?.closest('[lang]')?.getAttribute('lang')).toBe('nl');
  },
};
