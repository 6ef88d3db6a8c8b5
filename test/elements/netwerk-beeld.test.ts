import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/elements/ambitie-canvas/define.js';
import '../../src/elements/ambitie-verslag/define.js';
import '../../src/elements/netwerk-beeld/define.js';
import type { NetwerkBeeld } from '../../src/elements/netwerk-beeld/netwerk-beeld.js';
import type { WorkshopFile } from '../../src/model/types.js';
import { parseWorkshopFile } from '../../src/model/validate.js';
import { buttonNamed, resetMedia, textOf } from '../support/dom.js';
import { exampleWorkshop } from '../support/example.js';
import { deepQuery, workshop } from '../support/fixtures.js';
import { issueWorkshop } from '../support/issue-workshop.js';
import { networkWorkshop } from '../support/network.js';

// The network picture draws the partners around the ambition with a line per
// pair for the matches people confirmed and one for the themes they share; its
// text alternative, a table, names exactly the same links.

type Kind = 'match' | 'theme';

/** The pairs of partners (by name, in the workshop's order) that `file` links, by kind: worked out here, from the file. */
function expectedLinks(file: WorkshopFile): Record<Kind, string[]> {
  const order = file.partners.map((p) => p.id);
  const name = (id: string) => file.partners.find((p) => p.id === id)!.name;
  const pair = (a: string, b: string) => (order.indexOf(a) < order.indexOf(b) ? [a, b] : [b, a]).map(name).join(' en ');
  const owner = new Map([...file.interests, ...file.contributions].map((i) => [i.id, i.partnerId]));
  const verdicts = new Map(file.matches.map((m) => [`${m.getId} ${m.bringId}`, m]));
  const match = new Set(
    [...verdicts.values()]
      .filter((m) => m.verdict === 'confirmed')
      .map((m) => pair(owner.get(m.getId)!, owner.get(m.bringId)!)),
  );
  const byTheme = new Map<string, Set<string>>();
  for (const item of [...file.interests, ...file.contributions])
    for (const theme of item.themes ?? []) byTheme.set(theme, (byTheme.get(theme) ?? new Set()).add(item.partnerId));
  const theme = new Set<string>();
  for (const partners of byTheme.values()) {
    const ids = [...partners];
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) theme.add(pair(ids[i], ids[j]));
  }
  const sorted = (set: Set<string>) => [...set].sort();
  return { match: sorted(match), theme: sorted(theme) };
}

/** What the picture and its table show. */
function reading(picture: NetwerkBeeld) {
  const root = picture.shadowRoot!;
  const svg = root.querySelector('svg[part="picture"]')!;
  const names = new Map(
    [...svg.querySelectorAll('.partner')].map((g) => [
      g.getAttribute('data-partner')!,
      textOf(g.querySelector('title')),
    ]),
  );
  const pairName = (pair: string) =>
    pair
      .split(' ')
      .map((id) => names.get(id)!.replace(/ \(aspirant-partner\)$/, ''))
      .join(' en ');
  const drawn = (kind: Kind) =>
    [...svg.querySelectorAll(`g[data-kind="${kind}"]`)]
      .filter((g) => g.querySelector('path.line')?.getAttribute('d'))
      .map((g) => pairName(g.getAttribute('data-pair')!))
      .sort();
  const rows = [...root.querySelectorAll('table[part="links"] tbody tr[data-pair]')];
  const listed = (kind: Kind) =>
    rows
      .filter((row) => textOf(row.querySelector(kind === 'match' ? 'td.matches' : 'td.themes')) !== '')
      .map((row) => textOf(row.querySelector('th')))
      .sort();
  return {
    root,
    svg,
    drawn: { match: drawn('match'), theme: drawn('theme') },
    listed: { match: listed('match'), theme: listed('theme') },
    rows,
    nodes: [...svg.querySelectorAll('.partner')],
    labels: [...svg.querySelectorAll('.partner text')].map((t) => textOf(t)),
  };
}

const pictureIn = (provider: Element) => deepQuery<NetwerkBeeld>(provider, 'netwerk-beeld')!;

describe('<netwerk-beeld>', () => {
  afterEach(resetMedia);

  it('draws every partner around the ambition, and a line per link that its table lists too', async () => {
    const file = await exampleWorkshop();
    const { provider } = await workshop(html`<netwerk-beeld></netwerk-beeld>`, { file });
    const seen = reading(pictureIn(provider));
    expect(seen.nodes.map((n) => textOf(n.querySelector('title')))).to.deep.equal([
      'Gemeente (sociaal domein)',
      'Wijkverpleging Oost',
      'Woningcorporatie Thuis',
      'Hogeschool, lectoraat Zorg in de wijk (aspirant-partner)',
    ]);
    expect(seen.svg.getAttribute('role')).to.equal('img');
    expect(seen.svg.getAttribute('aria-label')).to.equal(
      'Netwerkbeeld: 4 partners rond de gedeelde ambitie. De tabel ‘Verbindingen’ hierna noemt elke lijn.',
    );

    const expected = expectedLinks(file);
    expect(expected.match).to.deep.equal(['Wijkverpleging Oost en Hogeschool, lectoraat Zorg in de wijk']);
    expect(expected.theme.length).to.be.greaterThan(2);
    expect(seen.drawn).to.deep.equal(expected);
    expect(seen.listed).to.deep.equal(expected);

    const row = seen.rows.find((r) => textOf(r.querySelector('th')).startsWith('Wijkverpleging Oost en Hogeschool'))!;
    expect(textOf(row.querySelector('td.matches'))).to.equal(
      'Hogeschool, lectoraat Zorg in de wijk brengt ‘Studenten en een onderzoeker die effecten meet’ voor wat Wijkverpleging Oost komt halen: ‘Handen: studenten die meelopen’',
    );
    expect(textOf(row.querySelector('td.themes'))).to.equal('leren');
    // The arrow points to the partner that comes to get: one arrowhead, at Wijkverpleging Oost's end.
    const line = seen.svg.querySelector('g[data-kind="match"]')!;
    expect(line.querySelectorAll('path.arrow')).to.have.length(1);
    expect(textOf(line.querySelector('title'))).to.equal(
      'Hogeschool, lectoraat Zorg in de wijk brengt iets dat Wijkverpleging Oost komt halen',
    );
    // Direction and kind are not told by colour alone: a match is solid with an arrow, a theme dashed.
    const style = (kind: Kind) => getComputedStyle(seen.svg.querySelector(`g[data-kind="${kind}"] path.line`)!);
    expect(style('match').strokeDasharray).to.equal('none');
    expect(style('theme').strokeDasharray).to.not.equal('none');
    expect(textOf(seen.root.querySelector('[part="legend"]'))).to.contain(
      'de pijl wijst naar de partner die komt halen',
    );
    await expect(pictureIn(provider)).to.be.accessible();
  });

  it('draws a new line, and lists it, when the facilitator confirms a match on the flip-over', async () => {
    const file = issueWorkshop();
    const { provider, settle } = await workshop(html`<ambitie-canvas></ambitie-canvas>`, { file });
    const picture = pictureIn(provider);
    expect(reading(picture).drawn.match).to.deep.equal([]);

    buttonNamed(
      deepQuery(provider, 'ambitie-canvas')!.shadowRoot!,
      'Bevestigen: ‘Signalen over eenzaamheid bij ouderen’ van Wijkverpleging bij ‘Signalen van eenzaamheid onder huurders’',
    ).click();
    await settle();
    const after = reading(picture);
    expect(after.drawn.match).to.deep.equal(['Wijkverpleging en Woningcorporatie']);
    expect(after.listed.match).to.deep.equal(['Wijkverpleging en Woningcorporatie']);
    expect(after.drawn).to.deep.equal(expectedLinks(provider.exportWorkshop()));
    expect(after.listed).to.deep.equal(after.drawn);
  });

  it('says there are no links yet, in the picture’s place and in its table', async () => {
    const file = parseWorkshopFile(networkWorkshop(5, { matches: false }));
    file.contributions = file.contributions.map((c) => ({ ...c, themes: [] }));
    const { provider } = await workshop(html`<netwerk-beeld></netwerk-beeld>`, { file });
    const seen = reading(pictureIn(provider));
    expect(seen.nodes).to.have.length(5);
    expect(seen.drawn).to.deep.equal({ match: [], theme: [] });
    expect(textOf(seen.root.querySelector('[part="empty"]'))).to.contain('Nog geen verbindingen');
    expect(textOf(seen.root.querySelector('table tbody'))).to.contain('Nog geen verbindingen');
    expect(textOf(seen.root.querySelector('table caption'))).to.contain(
      'Nog zonder verbinding: Gemeente, Wijkverpleging',
    );
  });

  it('keeps 50 partners readable: labels of one line, shortened where needed, the full name in the tooltip', async () => {
    await setViewport({ width: 1280, height: 800 });
    const file = parseWorkshopFile(networkWorkshop(50));
    const { provider } = await workshop(html`<netwerk-beeld></netwerk-beeld>`, { file });
    const picture = pictureIn(provider);
    const seen = reading(picture);
    expect(seen.nodes).to.have.length(50);
    expect(new Set(seen.labels).size, 'every label is different').to.equal(50);
    for (const label of seen.labels) expect(label.length).to.be.at.most(16);
    const labelOf = (title: string) =>
      textOf(seen.nodes.find((n) => textOf(n.querySelector('title')) === title)!.querySelector('text'));
    expect(labelOf('Hogeschool, lectoraat Zorg in de wijk')).to.equal('Hogeschool');
    expect(labelOf('Hogeschool, lectoraat Zorg in de wijk 2')).to.equal('Hogeschool 2');
    expect(labelOf('Huisartsenpraktijk 3')).to.equal('Huisartsenpra… 3');
    expect(seen.drawn).to.deep.equal(expectedLinks(file));
    expect(seen.listed).to.deep.equal(seen.drawn);
    expect(seen.drawn.match, 'the dismissed match is left out').to.have.length(49);

    // On a projector-sized screen the labels are at least 12 px high.
    const label = seen.svg.querySelector('.partner text')!;
    expect(label.getBoundingClientRect().height).to.be.at.least(12);
  });

  it('shows large labels for a few partners', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { provider } = await workshop(html`<netwerk-beeld></netwerk-beeld>`, { file: await exampleWorkshop() });
    const text = reading(pictureIn(provider)).svg.querySelector('.partner tspan')!;
    expect(text.getBoundingClientRect().height).to.be.at.least(18);
  });

  it('draws with the system colours in forced-colours mode', async () => {
    const { provider } = await workshop(html`<netwerk-beeld></netwerk-beeld>`, { file: await exampleWorkshop() });
    await emulateMedia({ forcedColors: 'active' });
    const { svg } = reading(pictureIn(provider));
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    probe.remove();
    expect(getComputedStyle(svg.querySelector('g[data-kind="match"] path.line')!).stroke).to.equal(canvasText);
    expect(getComputedStyle(svg.querySelector('.partner text')!).fill).to.equal(canvasText);
    await emulateMedia({ forcedColors: 'none' });
  });

  for (const lang of ['nl', 'en'])
    it(`is accessible (${lang}) with 30 partners`, async () => {
      const { provider } = await workshop(html`<netwerk-beeld></netwerk-beeld>`, {
        file: parseWorkshopFile(networkWorkshop(30)),
        lang,
      });
      await expect(pictureIn(provider)).to.be.accessible();
    });

  it('shows in the record', async () => {
    const file = await exampleWorkshop();
    const { provider } = await workshop(html`<ambitie-verslag></ambitie-verslag>`, { file });
    const section = deepQuery(provider, 'ambitie-verslag')!.shadowRoot!.querySelector('[part="network"]')!;
    expect(textOf(section.querySelector('h3'))).to.equal('Netwerkbeeld');
    expect(reading(section.querySelector('netwerk-beeld')!).drawn).to.deep.equal(expectedLinks(file));
  });

  it('says where it belongs outside a workshop', async () => {
    const { provider } = await workshop(undefined);
    provider.remove();
    const lone = document.createElement('netwerk-beeld');
    document.body.append(lone);
    await lone.updateComplete;
    expect(textOf(lone.shadowRoot!.querySelector('[part="empty"]'))).to.contain('<netwerk-ambitie>');
    lone.remove();
  });
});
