import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { stepLabel } from '../../i18n/labels.js';
import type { Derived } from '../../model/derived.js';
import type { WorkshopStore } from '../../model/store-api.js';
import type { WorkshopFile } from '../../model/types.js';
import { NaElement } from '../base/na-element.js';
import type { Slice } from '../base/slice.js';
import { Announcer } from '../controllers/announcer.js';
import { FocusAfterRender } from '../controllers/focus-after-render.js';
import { SectionTabs } from '../controllers/section-tabs.js';
import { isPrinting } from '../shared/more.js';
import { printAlone } from '../shared/print-alone.js';
import { styles } from './ambitie-canvas.styles.js';
import { AmbitionSection } from './ambition.js';
import { AttentionSection } from './attention.js';
import { CanvasKit } from './canvas-kit.js';
import { CommonGroundSection } from './common-ground.js';
import { getBringMatrix } from './get-bring-matrix.js';
import { SHOWN } from './more.js';
import { networkSection } from './network.js';
import { PosterPage } from './poster-page.js';
import { StatementSection } from './statement.js';

/**
 * The digital flip-over of step 4, where the partners find their common
 * ground and write their shared ambition: the themes they share (given by
 * people, or suggested from the texts and confirmed by people), what one
 * partner comes to get that another brings, the demands and open tensions to
 * discuss first, the four parts of the ambition, draft statements with a
 * consent round per partner (agree, can live with, object), and the final
 * statement. Everything works with the keyboard; nothing needs dragging.
 *
 * The facilitator's device edits everything. A partner's device (`role="partner"`
 * on the provider) responds to drafts for its own partner only and reads the rest.
 * Prints as an A3 landscape poster.
 *
 * @tag ambitie-canvas
 * @summary Step 4: common ground, get and bring, attention points, and the shared ambition with a consent round.
 *
 * @csspart header - The title of the canvas.
 * @csspart print - The button that prints the poster alone, without the host page.
 * @csspart status - The (visually hidden) live region that announces changes.
 * @csspart statement - The final shared ambition.
 * @csspart statement-text - The text of the final shared ambition.
 * @csspart common-ground - The themes the partners share, and the suggested themes.
 * @csspart theme - One theme, with its partners and items.
 * @csspart suggestion - One suggested theme, with confirm and dismiss.
 * @csspart matrix - What partners come to get, and who brings something matching.
 * @csspart get - One thing a partner comes to get, with its matches.
 * @csspart match - One bring that meets a get, with confirm and dismiss (facilitator) or that it was confirmed.
 * @csspart unmatched - The list of gets that nobody brings.
 * @csspart network - The network picture: the partners around the ambition, linked by confirmed matches and shared themes.
 * @csspart attention - Demands and open tensions.
 * @csspart demand - One demand.
 * @csspart new-tension - The fold to mark a new tension between interests (facilitator only).
 * @csspart tension - One tension.
 * @csspart ambition - The four parts of the ambition and the drafts.
 * @csspart ambition-part - One of the four parts of the ambition.
 * @csspart field - A labelled text: the text of a draft, or of the final statement while it is edited.
 * @csspart draft - One draft statement with its consent round.
 * @csspart consent-round - The responses of all partners to one draft.
 * @csspart response - One partner's response to a draft.
 * @csspart consent-summary - Who has not responded and who objects.
 * @csspart adopt - Adopting a draft as the shared ambition, or why that cannot be done yet.
 * @csspart kind - The wish/demand marker (also `kind-wish`, `kind-demand`).
 * @csspart section-nav - The tabs of the sections and the keys that move between them (with `sections`).
 * @csspart section-tabs - The row of tabs, one per section.
 * @csspart section-tab - One section's tab (the one shown also has `section-tab-current`).
 * @csspart section-tab-current - The tab of the section shown.
 */
export class AmbitieCanvas extends NaElement {
  static override styles = styles;

  /** Shows the canvas as a poster for a projector: large type, the sections side by side. */
  @property({ type: Boolean, reflect: true })
  poster = false;

  /**
   * Shows one section at a time, with tabs to move between them (as the guided
   * workshop does on a projected screen): common ground, get and bring,
   * attention points, and the ambition with the consent round. Alt+Page Down
   * and Alt+Page Up move on and back; the section is remembered on the device.
   * Printed, everything shows. Not with `poster`.
   */
  @property({ type: Boolean, reflect: true })
  sections = false;

  /** How many gets the matrix shows. */
  @state() private shownGets: number = SHOWN.cards;
  /** How many matches a get shows, where more were asked for. */
  @state() private shownMatches: ReadonlyMap<string, number> = new Map();

  readonly #announcer = new Announcer(this);
  readonly #kit = new CanvasKit({
    ...this.lend(),
    announcer: this.#announcer,
    focuser: new FocusAfterRender(this, { select: true }),
  });
  readonly #statement = new StatementSection(this.#kit);
  readonly #commonGround = new CommonGroundSection(this.#kit);
  readonly #attention = new AttentionSection(this.#kit, this);
  readonly #ambition = new AmbitionSection(this.#kit);
  readonly #tabs = new SectionTabs(this, {
    key: '4',
    store: () => this.store,
    label: () => this.say(() => msg('Onderdelen van stap 4')),
    sections: () =>
      this.say(() => [
        { id: 'common-ground', label: msg('Gemeenschappelijke grond') },
        { id: 'get-bring', label: msg('Halen en brengen') },
        { id: 'attention', label: msg('Aandachtspunten') },
        { id: 'ambition', label: msg('Ambitie en instemming') },
      ]),
    active: () => this.#inSections,
  });

  /** One section at a time: in the guided workshop on screen; printed, the poster shows everything at once. */
  get #inSections(): boolean {
    return this.sections && !this.poster && !isPrinting();
  }

  /** Everything but the questions and the follow-up. */
  protected override select(file: WorkshopFile, _derived: Derived, store: WorkshopStore): Slice {
    return [
      file.title,
      file.partners,
      file.interests,
      file.contributions,
      file.tensions,
      file.matches,
      file.dismissedThemes,
      file.ambition,
      store.session,
    ];
  }

  constructor() {
    super();
    new PosterPage(this);
  }

  /** A lane of cards that scrolls sideways (sections on a wide screen) can be scrolled from the keyboard too. */
  protected override updated(): void {
    if (!this.#inSections) return;
    const lanes = [...this.renderRoot.querySelectorAll<HTMLElement>('.section-panel:not([hidden]) ul.cards')];
    const scrolls = lanes.map((lane) => lane.scrollWidth > lane.clientWidth + 1);
    lanes.forEach((lane, i) => (scrolls[i] ? (lane.tabIndex = 0) : lane.removeAttribute('tabindex')));
  }

  protected override render(): TemplateResult {
    const file = this.workshop;
    if (!file)
      return html`<p class="outside">
        ${msg('De flip-over werkt alleen binnen een <netwerk-ambitie>-element: daar komt de workshop vandaan.')}
      </p>`;
    const analysis = this.derived!;
    return html`
      <article class="canvas" aria-labelledby="canvas-heading">
        <header class="header" part="header">
          <p class="eyebrow">${msg(str`Stap 4 · ${stepLabel(4)}`)}</p>
          <h2 id="canvas-heading">${file.title.trim() || msg('Flip-over')}</h2>
          <button part="print" type="button" @click=${() => printAlone(this)}>${msg('Poster afdrukken')}</button>
          ${
            file.partners.length
              ? nothing
              : html`<p class="empty">${msg('Er zijn nog geen partners. Voeg eerst partners toe in stap 1.')}</p>`
          }
        </header>
        <p class="visually-hidden" role="status" part="status">${this.#announcer.text}</p>
        ${this.#inSections ? this.#sectioned(file, analysis) : this.#whole(file, analysis)}
      </article>
    `;
  }

  /** Everything at once: the statement, the board of three, the network picture and the ambition. */
  #whole(file: WorkshopFile, analysis: Derived): TemplateResult {
    return html`${this.#statement.render(file)}
      <div class="board">
        ${this.#commonGround.render(analysis)} ${this.#matrix(file, analysis)} ${this.#attention.render(file, analysis)}
      </div>
      ${networkSection()} ${this.#ambition.render(file)}`;
  }

  /** One section at a time; the statement opens the ambition's section. */
  #sectioned(file: WorkshopFile, analysis: Derived): TemplateResult {
    const tabs = this.#tabs;
    return html`${tabs.tabs()}
      <div class="sections">
        ${tabs.panel('common-ground', this.#commonGround.render(analysis))}
        ${tabs.panel('get-bring', html`${this.#matrix(file, analysis)} ${networkSection()}`)}
        ${tabs.panel('attention', this.#attention.render(file, analysis))}
        ${tabs.panel('ambition', html`${this.#statement.render(file)} ${this.#ambition.render(file)}`)}
      </div>`;
  }

  #matrix(file: WorkshopFile, analysis: Derived): TemplateResult {
    return getBringMatrix({
      kit: this.#kit,
      derived: analysis,
      anyContributions: file.contributions.length > 0,
      shownGets: this.shownGets,
      moreGets: () => (this.shownGets += SHOWN.cards),
      shownMatches: this.shownMatches,
      moreMatches: (getId, shown) => (this.shownMatches = new Map([...this.shownMatches, [getId, shown]])),
    });
  }
}
