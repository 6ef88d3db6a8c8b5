import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/elements/ambitie-canvas/define.js';
import '../../src/elements/ambitie-verslag/define.js';
import { toMarkdown } from '../../src/export/markdown.js';
import { fieldLabelled as field, shownText, squash } from '../support/dom.js';
import { workshop } from '../support/fixtures.js';

// Partner ids are chosen by people (a file, a link, another device). Ids that
// are also names every JavaScript object inherits must be ids like any other.

const PARTNERS = [
  ['constructor', 'Gemeente'],
  ['toString', 'Wijkzorg'],
  ['__proto__', 'Woningcorporatie'],
  ['hasOwnProperty', 'Hogeschool'],
  ['valueOf', 'Bibliotheek'],
] as const;

/** The workshop as JSON text, as a file or another device brings it: `__proto__` is a key like any other. */
const fileText = JSON.stringify({
  format: 'netwerkambitie',
  version: 1,
  title: 'Namen die ook iets anders zijn',
  step: 4,
  revealed: true,
  partners: PARTNERS.map(([id, name]) => ({ id, name })),
  interests: [{ id: 'i1', partnerId: 'toString', scope: 'organisation', text: 'Zorg dichtbij', kind: 'wish' }],
  ambition: { drafts: [{ id: 'd1', text: 'Samen zorgen we voor de wijk.', consent: {} }] },
  followUp: { actions: [{ id: 'a1', text: 'Verslag rondsturen', owner: 'toString' }] },
});

/** The radio button `choice` in the consent fieldset of partner `name`. */
function radio(root: ShadowRoot, name: string, choice: string): HTMLInputElement {
  const set = [...root.querySelectorAll('fieldset.response')].find(
    (f) => squash(f.querySelector('legend')?.textContent) === name,
  );
  const label = [...(set?.querySelectorAll('label.choice') ?? [])].find((l) => squash(l.textContent) === choice);
  if (!label) throw new Error(`no choice "${choice}" for ${name}`);
  return label.querySelector('input')!;
}

describe('partner ids that are also names of JavaScript object members', () => {
  it('count as consent only when given, keep every objection, and show in the record by name', async () => {
    const { provider, settle } = await workshop(html`<ambitie-canvas></ambitie-canvas>`);
    provider.importWorkshop(fileText);
    provider.store.addPartner({ name: 'Stadsdeel' });
    await settle();
    const root = provider.querySelector('ambitie-canvas')!.shadowRoot!;
    const adopt = () => root.querySelector<HTMLButtonElement>('[part~="adopt"] button, button[aria-describedby]')!;
    const why = () => squash(root.getElementById(adopt().getAttribute('aria-describedby')!)!.textContent);
    const summary = () => squash(root.querySelector('[part~="consent-summary"]')!.textContent);
    const respond = async (name: string, choice: string) => {
      radio(root, name, choice).focus();
      await sendKeys({ press: 'Space' });
      await settle();
    };

    expect(adopt().disabled, 'nobody has responded').to.equal(true);
    expect(why()).to.equal(
      'Vaststellen kan nog niet: nog geen reactie van Gemeente, Wijkzorg, Woningcorporatie, Hogeschool, Bibliotheek en Stadsdeel.',
    );

    // The partner that joined last agrees, then leaves the workshop (on another device, say).
    await respond('Stadsdeel', 'Eens');
    provider.store.removePartner(provider.exportWorkshop().partners.at(-1)!.id);
    await settle();
    expect(why(), 'a response of a partner no longer there does not count for the others').to.equal(
      'Vaststellen kan nog niet: nog geen reactie van Gemeente, Wijkzorg, Woningcorporatie, Hogeschool en Bibliotheek.',
    );

    await respond('Gemeente', 'Eens');
    await respond('Wijkzorg', 'Kan ermee leven');
    expect(summary()).to.equal('Nog geen reactie van: Woningcorporatie, Hogeschool en Bibliotheek.');
    await respond('Woningcorporatie', 'Bezwaar');
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(field(root, 'Waarom maakt Woningcorporatie bezwaar?'));
    await sendKeys({ type: 'Te weinig woningen' });
    await respond('Hogeschool', 'Eens');
    await respond('Bibliotheek', 'Eens');

    expect(summary()).to.equal('Alle partners hebben gereageerd. Bezwaar van: Woningcorporatie.');
    expect(adopt().disabled, 'one partner objects').to.equal(true);
    expect(why()).to.equal('Vaststellen kan nog niet: bezwaar van Woningcorporatie.');
    const [draft] = provider.exportWorkshop().ambition.drafts;
    expect(Object.entries(draft.consent)).to.have.deep.members([
      ['constructor', 'agree'],
      ['toString', 'can-live-with'],
      ['__proto__', 'object'],
      ['hasOwnProperty', 'agree'],
      ['valueOf', 'agree'],
    ]);
    expect(Object.entries(draft.reasons ?? {})).to.deep.equal([['__proto__', 'Te weinig woningen']]);

    // The record, on screen and as Markdown, says each partner's response by name.
    const record = document.createElement('ambitie-verslag');
    provider.append(record);
    await settle();
    const text = shownText(record);
    for (const line of [
      'Gemeente: Eens',
      'Wijkzorg: Kan ermee leven',
      'Woningcorporatie: Bezwaar — reden: Te weinig woningen',
      'Hogeschool: Eens',
      'Bibliotheek: Eens',
    ])
      expect(text).to.contain(line);
    expect(text).to.contain('Verslag rondsturen');
    expect(text).not.to.match(/undefined|\[object |function /);
    const markdown = toMarkdown(provider.exportWorkshop());
    expect(markdown).to.contain('- Woningcorporatie: Bezwaar — Te weinig woningen');
    expect(markdown).to.contain('Verslag rondsturen — Wijkzorg');
    expect(markdown).not.to.match(/undefined|\[object |function /);
  });
});
