import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import { loadLanguage } from '../../src/i18n/locale.js';
import { exampleWorkshop } from '../support/example.js';
import { deepQuery, workshop } from '../support/fixtures.js';

const heading = (root: Element, tag: string) => deepQuery(root.querySelector(tag) ?? root, 'h2')?.textContent?.trim();

describe('language', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'nl'));

  it('follows the nearest lang, live, and an element’s own lang wins', async () => {
    const { provider, settle } = await workshop(
      html`<ambitie-stappen></ambitie-stappen><partner-lijst lang="nl"></partner-lijst>`,
      { file: await exampleWorkshop() },
    );
    expect(heading(provider, 'ambitie-stappen')).to.equal('Stappen van de workshop');

    provider.setAttribute('lang', 'en');
    await loadLanguage('en');
    await settle();
    expect(heading(provider, 'ambitie-stappen')).to.equal('Steps of the workshop');
    expect(heading(provider, 'partner-lijst')).to.equal('Partners');
    expect(
      deepQuery(provider.querySelector('partner-lijst')!, 'button.primary, button[part="add"]')!.textContent!.trim(),
    ).to.equal('Partner toevoegen');

    provider.setAttribute('lang', 'nl');
    await settle();
    expect(heading(provider, 'ambitie-stappen')).to.equal('Stappen van de workshop');
  });

  it('takes the page’s language (en-GB counts as English) when no element says otherwise, and Dutch for others', async () => {
    document.documentElement.setAttribute('lang', 'en-GB');
    await loadLanguage('en');
    const { provider, settle } = await workshop(html`<ambitie-stappen></ambitie-stappen>`, { lang: '' });
    provider.removeAttribute('lang');
    await settle();
    expect(heading(provider, 'ambitie-stappen')).to.equal('Steps of the workshop');

    document.documentElement.setAttribute('lang', 'fr');
    await settle();
    expect(heading(provider, 'ambitie-stappen')).to.equal('Stappen van de workshop');
  });
});
