import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { exampleWorkshop } from '../support/example.js';
import '../../src/define.js';
import { deepQueryAll, workshop } from '../support/fixtures.js';
import type { Step } from '../../src/model/types.js';

// In Windows high-contrast mode (forced colours) backgrounds are dropped, so
// every control must still show its edge: a border, or the outline of focus.

const CONTROLS = 'button, input:not([type="hidden"]), select, textarea, summary';

function edgeless(root: Element): { checked: number; invisible: string[] } {
  const shown = deepQueryAll<HTMLElement>(root, CONTROLS).filter(
    (el) => el.getClientRects().length > 0 && !el.closest('[hidden]'),
  );
  const invisible = shown
    .filter((el) => {
      const style = getComputedStyle(el);
      const edge = ['Top', 'Right', 'Bottom', 'Left'].some(
        (side) =>
          style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
          parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
      );
      // Checkboxes, radios and summaries are drawn by the system in forced colours.
      const systemDrawn =
        el.matches('input[type="checkbox"], input[type="radio"], summary') || style.appearance !== 'none';
      return !edge && !(systemDrawn && !el.matches('button'));
    })
    .map(
      (el) =>
        `${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} “${(el.textContent ?? '').trim().slice(0, 30)}”`,
    );
  return { checked: shown.length, invisible };
}

describe('forced colours', () => {
  before(() => emulateMedia({ forcedColors: 'active' }));
  after(() => emulateMedia({ forcedColors: 'none' }));

  for (const step of [1, 2, 3, 4, 5] as Step[])
    it(`keeps every control of step ${step} visible`, async () => {
      const file = { ...(await exampleWorkshop()), step };
      const { provider } = await workshop(undefined, { file });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const { checked, invisible } = edgeless(provider);
      expect(checked, 'controls on screen').to.be.greaterThan(3);
      expect(invisible).to.deep.equal([]);
    });
});
