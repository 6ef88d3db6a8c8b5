import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import { deepQueryAll, workshop } from '../support/fixtures.js';

// A host page's NL Design System "basis" tokens restyle the elements with no
// --na-* property set; an explicit --na-* property always wins.

const BASIS = {
  '--basis-text-font-family-default': 'Georgia, serif',
  '--basis-color-action-1-bg-default': 'rgb(11, 93, 59)',
  '--basis-color-action-1-color-default': 'rgb(255, 255, 254)',
  '--basis-color-default-color-default': 'rgb(27, 27, 27)',
  '--basis-color-default-border-default': 'rgb(90, 107, 98)',
  '--basis-border-radius-md': '0px',
};

describe('theming', () => {
  afterEach(() => {
    for (const name of Object.keys(BASIS)) document.documentElement.style.removeProperty(name);
  });

  const addButton = (root: Element) =>
    deepQueryAll<HTMLButtonElement>(root, 'button').find((b) => b.textContent?.trim() === 'Partner toevoegen')!;

  it('takes font, action colour, text colour, border and radius from the host page’s basis tokens', async () => {
    for (const [name, value] of Object.entries(BASIS)) document.documentElement.style.setProperty(name, value);
    const { provider } = await workshop(html`<partner-lijst></partner-lijst>`);
    const button = addButton(provider);
    const title = deepQueryAll<HTMLInputElement>(provider, 'input[type="text"]')[0];
    const styled = getComputedStyle(button);
    expect(styled.backgroundColor).to.equal('rgb(11, 93, 59)');
    expect(styled.color).to.equal('rgb(255, 255, 254)');
    expect(styled.fontFamily).to.equal('Georgia, serif');
    expect(styled.borderTopLeftRadius).to.equal('0px');
    expect(getComputedStyle(title).borderTopColor).to.equal('rgb(90, 107, 98)');
    expect(getComputedStyle(title).color).to.equal('rgb(27, 27, 27)');
  });

  it('lets an explicit --na-* property win over the basis tokens', async () => {
    for (const [name, value] of Object.entries(BASIS)) document.documentElement.style.setProperty(name, value);
    const { provider } = await workshop(html`<partner-lijst></partner-lijst>`);
    provider.style.setProperty('--na-color-accent', 'rgb(109, 47, 138)');
    provider.style.setProperty('--na-font-family', 'Verdana, sans-serif');
    provider.style.setProperty('--na-radius', '12px');
    const styled = getComputedStyle(addButton(provider));
    expect(styled.backgroundColor).to.equal('rgb(109, 47, 138)');
    expect(styled.fontFamily).to.equal('Verdana, sans-serif');
    expect(styled.borderTopLeftRadius).to.equal('12px');
  });

  it('inherits the page’s font when neither is set', async () => {
    document.body.style.fontFamily = 'Courier, monospace';
    try {
      const { provider } = await workshop(html`<partner-lijst></partner-lijst>`);
      expect(getComputedStyle(addButton(provider)).fontFamily).to.equal('Courier, monospace');
    } finally {
      document.body.style.removeProperty('font-family');
    }
  });
});
