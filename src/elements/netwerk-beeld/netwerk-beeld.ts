import { msg, str } from '@lit/localize';
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { aspirantLabel, partnersLabel } from '../../i18n/labels.js';
import type { Derived } from '../../model/derived.js';
import type { ConfirmedMatch, NetworkLink } from '../../model/matches.js';
import type { Partner, WorkshopFile } from '../../model/types.js';
import { NaElement } from '../base/na-element.js';
import type { Slice } from '../base/slice.js';
import { partnerName } from '../shared/partner-choice.js';
import {
  centreLines,
  networkLayout,
  shorten,
  type NetworkLayout,
  type PlacedLine,
  type PlacedPartner,
} from './layout.js';
import { styles } from './netwerk-beeld.styles.js';

/**
 * The network picture: the partners on a circle around the shared ambition,
 * with a line between two partners for every confirmed get/bring match (a
 * solid line whose arrow points to the partner that comes to get what the
 * other brings) and for the themes they share (a dashed line, with the
 * themes' names on it while there are few lines, and always in its tooltip).
 * Large labels for a projector; from thirteen partners
 * on, the labels point outwards and long names are shortened (the full name
 * is in the tooltip). Up to the workshop's fifty partners.
 *
 * The picture is one image for assistive technology; its text alternative is
 * the table of links after it (visually hidden), which lists exactly the lines
 * the picture draws, with every match and theme in words. A legend says what
 * the lines mean. It prints as it shows.
 *
 * @tag netwerk-beeld
 * @summary The partners around the shared ambition, with lines for confirmed get/bring matches and shared themes.
 *
 * @csspart base - The figure: the picture, its table and its legend.
 * @csspart picture - The SVG picture.
 * @csspart links - The table of links, the picture's text alternative (visually hidden).
 * @csspart legend - What the lines mean.
 * @csspart empty - The message shown while there are no partners, or no links yet.
 */
export class NetwerkBeeld extends NaElement {
  static override styles = styles;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#drawNow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#drawNow);
  }

  /**
   * The first drawing waits for the next frame, so that the step around the
   * picture shows first; printing draws it at once.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    super.scheduleUpdate();
  }

  readonly #drawNow = () => this.performUpdate();

  /** The partners, the links between them and the ambition in the middle. */
  protected override select(file: WorkshopFile, derived: Derived): Slice {
    return [file.partners, derived.links, file.ambition.statement];
  }

  protected override render(): TemplateResult {
    const file = this.workshop;
    if (!file)
      return html`<p class="empty" part="empty">
        ${msg('Het netwerkbeeld werkt alleen binnen een <netwerk-ambitie>-element: daar komt de workshop vandaan.')}
      </p>`;
    if (!file.partners.length)
      return html`<p class="empty" part="empty">${msg('Er zijn nog geen partners om te tonen.')}</p>`;
    const links = this.derived!.links;
    const statement = file.ambition.statement?.trim() ?? '';
    const layout = this.#layout(file.partners, links);
    const [x, y, width, height] = layout.viewBox;
    // Typing the ambition redraws the middle only: the lines, partners and table stay while their inputs do.
    const drawn = [file.partners, links, this.language];
    return html`<figure class="figure" part="base">
      <svg
        part="picture"
        role="img"
        aria-label=${msg(
          str`Netwerkbeeld: ${partnersLabel(file.partners.length)} rond de gedeelde ambitie. De tabel ‘Verbindingen’ hierna noemt elke lijn.`,
        )}
        viewBox="${x} ${y} ${width} ${height}"
        font-size=${layout.fontSize}
      >
        ${guard(drawn, () => this.#lines(layout, file.partners))} ${this.#centre(layout, statement)}
        ${guard(drawn, () => this.#themeNames(layout))}
        ${guard(drawn, () => svg`<g class="partners">${layout.partners.map((placed) => this.#partner(placed, layout))}</g>`)}
      </svg>
      ${links.length ? nothing : html`<p class="empty" part="empty">${this.#noLinks()}</p>`}
      ${guard(drawn, () => this.#table(file.partners, links))}
      <figcaption class="legend" part="legend">
        ${this.#legend(
          file.partners.some((p) => p.aspirant),
          layout.lines.some((l) => l.label),
        )}
      </figcaption>
    </figure>`;
  }

  /** The layout of the last partners and links drawn, again while they stay the same. */
  #last?: { partners: readonly Partner[]; links: readonly NetworkLink[]; layout: NetworkLayout };

  #layout(partners: readonly Partner[], links: readonly NetworkLink[]): NetworkLayout {
    if (this.#last?.partners !== partners || this.#last.links !== links)
      this.#last = { partners, links, layout: networkLayout(partners, links) };
    return this.#last.layout;
  }

  /** A partner's name by id. */
  #namer(partners: readonly Partner[]): (id: string) => string {
    const names = new Map(partners.map((p) => [p.id, partnerName(p)]));
    return (id) => names.get(id) ?? msg('Partner zonder naam');
  }

  #lines(layout: NetworkLayout, partners: readonly Partner[]): SVGTemplateResult {
    const name = this.#namer(partners);
    return svg`<g class="lines">${layout.lines.map((line) => this.#line(line, name))}</g>`;
  }

  #themeNames(layout: NetworkLayout): SVGTemplateResult {
    return svg`<g class="theme-names">
      ${layout.lines.map(({ label, link }) =>
        label
          ? svg`<text
              x=${label.at.x}
              y=${label.at.y}
              dy="-0.35em"
              text-anchor="middle"
              transform="rotate(${label.rotate} ${label.at.x} ${label.at.y})"
              font-size=${layout.fontSize * 0.7}
            >${shorten(link.themes.join(', '), 32)}</text>`
          : nothing,
      )}
    </g>`;
  }

  #noLinks(): string {
    return msg(
      'Nog geen verbindingen: bevestig op de flip-over wie iets brengt dat een ander komt halen, of geef punten van verschillende partners hetzelfde thema.',
    );
  }

  #line(line: PlacedLine, name: (id: string) => string): SVGTemplateResult {
    const [a, b] = line.link.partnerIds;
    const title =
      line.kind === 'match'
        ? this.#flows(line.link.matches)
            .map(([from, to, count]) => matchSentence(name(from), name(to), count))
            .join('\n')
        : msg(str`${name(a)} en ${name(b)} delen: ${line.link.themes.join(', ')}`);
    return svg`<g class=${line.kind} data-kind=${line.kind} data-pair="${a} ${b}">
      <title>${title}</title>
      <path class="line" d=${line.path}></path>
      ${line.arrows.map((d) => svg`<path class="arrow" d=${d}></path>`)}
    </g>`;
  }

  /** Who brings to whom between two partners, and how many matches: [bringer, getter, count]. */
  #flows(matches: readonly ConfirmedMatch[]): [string, string, number][] {
    const counts = new Map<string, [string, string, number]>();
    for (const { get, bring } of matches) {
      const key = `${bring.partnerId} ${get.partnerId}`;
      const known = counts.get(key);
      counts.set(key, [bring.partnerId, get.partnerId, (known?.[2] ?? 0) + 1]);
    }
    return [...counts.values()];
  }

  #centre(layout: NetworkLayout, statement: string): SVGTemplateResult {
    const lines = centreLines(statement || msg('Nog niet vastgesteld'));
    const size = layout.fontSize * 0.8;
    const top = -((lines.length + 1) * size * 1.2) / 2 + size;
    return svg`<g class="centre">
      <circle r=${layout.centre}></circle>
      <text text-anchor="middle" font-size=${size}>
        <tspan class="centre-heading" x="0" y=${top}>${msg('Gedeelde ambitie')}</tspan>
        ${lines.map(
          (line, i) =>
            svg`<tspan class=${statement ? 'statement' : 'statement pending'} x="0" y=${top + (i + 1) * size * 1.2}>${line}</tspan>`,
        )}
      </text>
    </g>`;
  }

  #partner(placed: PlacedPartner, { node, fontSize }: NetworkLayout): SVGTemplateResult {
    const { partner, at, labelAt, rotate, anchor, label } = placed;
    const full = partnerName(partner) + (partner.aspirant ? ` (${aspirantLabel()})` : '');
    const transform = rotate ? `rotate(${rotate} ${labelAt.x} ${labelAt.y})` : nothing;
    // Level labels of two lines sit centred on their partner; labels pointing outwards have one line.
    const first = label.length > 1 && anchor !== 'middle' ? labelAt.y - fontSize * 0.25 : labelAt.y + fontSize * 0.35;
    return svg`<g class=${partner.aspirant ? 'partner aspirant' : 'partner'} data-partner=${partner.id}>
      <title>${full}</title>
      <circle cx=${at.x} cy=${at.y} r=${node}></circle>
      <text x=${labelAt.x} y=${first} text-anchor=${anchor} transform=${transform}>
        ${label.map((line, i) => svg`<tspan x=${labelAt.x} y=${first + i * fontSize * 1.15}>${line}</tspan>`)}
      </text>
    </g>`;
  }

  /** The picture's text alternative: every pair of partners the picture links, with its matches and themes. */
  #table(partners: readonly Partner[], links: readonly NetworkLink[]): TemplateResult {
    const name = this.#namer(partners);
    const linked = new Set(links.flatMap((l) => l.partnerIds));
    const alone = partners.filter((p) => !linked.has(p.id));
    return html`<table class="visually-hidden" part="links">
      <caption>
        ${msg('Verbindingen')}
        ${
          alone.length
            ? html`<span class="alone"
                >${msg(str`Nog zonder verbinding: ${alone.map((p) => partnerName(p)).join(', ')}.`)}</span
              >`
            : nothing
        }
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Partners')}</th>
          <th scope="col">${msg('Bevestigde matches')}</th>
          <th scope="col">${msg('Gedeelde thema’s')}</th>
        </tr>
      </thead>
      <tbody>
        ${
          links.length
            ? links.map(
                (link) =>
                  html`<tr data-pair=${link.partnerIds.join(' ')}>
                    <th scope="row">${msg(str`${name(link.partnerIds[0])} en ${name(link.partnerIds[1])}`)}</th>
                    <td class="matches">
                      ${
                        link.matches.length
                          ? html`<ul>
                              ${link.matches.map(
                                ({ get, bring }) =>
                                  html`<li>
                                    ${msg(
                                      str`${name(bring.partnerId)} brengt ‘${bring.text.trim()}’ voor wat ${name(get.partnerId)} komt halen: ‘${get.text.trim()}’`,
                                    )}
                                  </li>`,
                              )}
                            </ul>`
                          : nothing
                      }
                    </td>
                    <td class="themes">${link.themes.join(', ')}</td>
                  </tr>`,
              )
            : html`<tr>
                <td colspan="3">${this.#noLinks()}</td>
              </tr>`
        }
      </tbody>
    </table>`;
  }

  #legend(aspirants: boolean, themesNamed: boolean): TemplateResult {
    const sample = (kind: 'match' | 'theme') =>
      html`<svg class="sample ${kind}" viewBox="0 0 60 16" aria-hidden="true">
        <path class="line" d="M2 8H${kind === 'match' ? 46 : 58}"></path>
        ${kind === 'match' ? svg`<path class="arrow" d="M58 8L44 1.5V14.5Z"></path>` : nothing}
      </svg>`;
    return html`<ul>
      <li>
        ${sample('match')} ${msg('Bevestigde match: de pijl wijst naar de partner die komt halen wat de ander brengt')}
      </li>
      <li>
        ${sample('theme')}
        ${
          themesNamed
            ? msg('Gedeeld thema: punten van beide partners hebben het thema dat bij de lijn staat')
            : msg(
                'Gedeeld thema: punten van beide partners hebben hetzelfde thema (de naam verschijnt bij het aanwijzen van de lijn)',
              )
        }
      </li>
      ${
        aspirants
          ? html`<li>
              <svg class="sample" viewBox="0 0 60 16" aria-hidden="true">
                <circle class="node aspirant" cx="30" cy="8" r="6"></circle>
              </svg>
              ${msg('Gestippelde rand: aspirant-partner')}
            </li>`
          : nothing
      }
    </ul>`;
  }
}

/** A line's tooltip: who brings what another comes to get. */
function matchSentence(bringer: string, getter: string, count: number): string {
  return count === 1
    ? msg(str`${bringer} brengt iets dat ${getter} komt halen`)
    : msg(str`${bringer} brengt ${count} dingen die ${getter} komt halen`);
}
