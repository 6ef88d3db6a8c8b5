import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { exampleWorkshop } from '../support/example.js';
import '../../src/define.js';
import { deepQuery, workshop } from '../support/fixtures.js';
import type { Step } from '../../src/model/types.js';

// The elements take the page's colour scheme. On a page that supports dark
// mode they turn dark when the user prefers it, and the colours they choose
// themselves (wish, demand, accent, focus) keep their contrast there; on a
// light-only page they stay light.

/** The relative luminance of a computed `rgb()` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const textOf = (root: Element) => getComputedStyle(deepQuery(root, '[part="base"]') ?? root).color;

describe('dark colour scheme', () => {
  before(() => emulateMedia({ colorScheme: 'dark' }));
  after(() => emulateMedia({ colorScheme: 'light' }));
  afterEach(() => {
    document.documentElement.style.removeProperty('color-scheme');
    document.body.style.removeProperty('background');
  });

  for (const step of [1, 2, 3, 4, 5] as Step[])
    it(`shows step ${step} dark on a page that supports dark mode, with enough contrast everywhere`, async () => {
      // A page that supports dark mode, with its background in the system colour.
      document.documentElement.style.colorScheme = 'light dark';
      document.body.style.background = 'Canvas';
      const file = { ...(await exampleWorkshop()), step, revealed: true };
      const { provider } = await workshop(undefined, { file });
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
      expect(luminance(textOf(provider)), 'text is light').to.be.greaterThan(0.5);
      await expect(provider).to.be.accessible();
    });

  it('stays light on a page that does not support dark mode', async () => {
    const file = { ...(await exampleWorkshop()), step: 3 as Step, revealed: true };
    const { provider } = await workshop(undefined, { file });
    expect(luminance(textOf(provider)), 'text is dark').to.be.lessThan(0.1);
    await expect(provider).to.be.accessible();
  });
});
