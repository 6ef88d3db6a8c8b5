import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { stepLabel } from '../../i18n/labels.js';
import type { Derived } from '../../model/derived.js';
import type { WorkshopStore } from '../../model/store-api.js';
import type { WorkshopFile } from '../../model/types.js';
import { NaElement } from '../base/na-element.js';
import type { Slice } from '../base/slice.js';
import { Announcer } from '../controllers/announcer.js';
import { FocusAfterRender } from '../controllers/focus-after-render.js';
import { presenceLine } from '../shared/presence.js';
import { beforeReveal } from './before-reveal.js';
import { styles } from './belangen-overzicht.styles.js';
import { viewOf, type OverviewHost } from './overview-view.js';
import { PartnerColumn } from './partner-card.js';
import { ItemQuestions } from './questions.js';
import { TensionMarking } from './tension-marking.js';
import { TensionList } from './tensions.js';

/**
 * Step 3, the exchange: every partner's interests and get/bring lists side by
 * side, hidden until the facilitator shows them to everyone at once. Before
 * that, everyone sees which partners are done. After the reveal anyone can ask
 * a follow-up question about an item and answer it; for an interest without a
 * motivation a "Waarom?" prompt offers questions that bring the interest
 * behind a position to light. The facilitator marks tensions between items
 * and makes the text large for a projector.
 *
 * Hidden-until-reveal is a view rule of the workshop, not secrecy: every
 * device in a shared workshop holds the data.
 *
 * @tag belangen-overzicht
 * @summary All partners' cards side by side, revealed together, with questions and tensions.
 *
 * @csspart presence - Who else is connected, in words (only with a sync server).
 * @csspart base - The whole overview.
 * @csspart header - The heading, the introduction and the controls.
 * @csspart toolbar - The facilitator's controls.
 * @csspart reveal-button - Shows or hides the cards for everyone (facilitator only).
 * @csspart large-button - Switches large text on and off (facilitator only).
 * @csspart mark-button - Starts or stops marking a tension (facilitator only).
 * @csspart reveal-note - The note that not all partners are done yet (facilitator only).
 * @csspart waiting - The message to partners that the cards will be shown together.
 * @csspart progress - Which partners are done, shown before the reveal.
 * @csspart progress-partner - One partner's progress.
 * @csspart partners - The grid of partner columns.
 * @csspart partner - One partner's column.
 * @csspart partner-name - The heading of a partner's column.
 * @csspart group - One group of items in a column (a scope of interests, or get or bring).
 * @csspart item - One interest or contribution.
 * @csspart item-text - The text of an item.
 * @csspart kind - The wish/demand marker of an interest (also `kind-wish` or `kind-demand`).
 * @csspart motivation - Why an interest matters.
 * @csspart themes - The themes of an item.
 * @csspart tension-marker - The marker on an item that is part of a tension.
 * @csspart pick - The checkbox that selects an item while marking a tension.
 * @csspart item-actions - The buttons of an item ("Vraag stellen", "Waarom?").
 * @csspart why - The suggested follow-up questions of the "Waarom?" prompt.
 * @csspart question-form - The form to ask a question about an item.
 * @csspart questions - The questions about an item.
 * @csspart question - One question with its answer.
 * @csspart tension-panel - Describing and saving a new tension.
 * @csspart tensions - The list of tensions.
 * @csspart tension - One tension.
 * @csspart status - The live region that announces changes.
 */
export class BelangenOverzicht extends NaElement {
  static override styles = styles;

  /** Large text, for reading on a projector. The facilitator can also switch it on and off. */
  @property({ type: Boolean, reflect: true })
  large = false;

  readonly #announcer = new Announcer(this);
  readonly #focuser = new FocusAfterRender(this, { scroll: true });
  readonly #host: OverviewHost = {
    ...this.lend(),
    announce: (text) => this.#announcer.announce(this.say(text)),
    focus: (selector) => this.#focuser.focus(selector),
  };
  readonly #marking = new TensionMarking(this.#host);
  readonly #column = new PartnerColumn(this.#host, new ItemQuestions(this.#host), this.#marking);
  readonly #tensions = new TensionList(this.#host);
  #revealed?: boolean;

  /** The cards, their questions and tensions, and whether they are revealed; not the ambition or the record. */
  protected override select(file: WorkshopFile, _derived: Derived, store: WorkshopStore): Slice {
    return [
      file.partners,
      file.revealed,
      file.interests,
      file.contributions,
      file.questions,
      file.tensions,
      store.session,
    ];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const revealed = this.workshop?.revealed;
    if (this.#revealed !== undefined && revealed !== undefined && revealed !== this.#revealed)
      this.#announcer.announce(
        this.say(() =>
          revealed ? msg('De kaarten zijn nu voor iedereen zichtbaar.') : msg('De kaarten zijn weer verborgen.'),
        ),
      );
    this.#revealed = revealed;
    if (!revealed || this.store?.session.role !== 'facilitator') this.#marking.stop();
  }

  protected override render(): TemplateResult {
    const store = this.store;
    const file = this.workshop;
    if (!store || !file)
      return html`<p part="base" class="note">
        ${msg('Het overzicht van alle kaarten werkt alleen binnen een workshop: zet het in <netwerk-ambitie>.')}
      </p>`;
    const facilitator = store.session.role === 'facilitator';
    return html`
      <div part="base" class="base">
        <div part="header" class="header">
          <h2>${stepLabel(3)}</h2>
          <p class="intro">
            ${msg(
              'Bekijk elkaars kaarten, vraag door en luister. Het gaat erom elkaar te begrijpen, niet om elkaar te overtuigen.',
            )}
          </p>
          ${facilitator ? this.#toolbar(file.revealed) : nothing} ${presenceLine(file, store.session)}
        </div>
        ${file.revealed ? this.#cards(file, facilitator) : beforeReveal(file, this.derived!, facilitator)}
        ${this.#announcer.region()}
      </div>
    `;
  }

  // ---- the facilitator's controls ----

  #toolbar(revealed: boolean): TemplateResult {
    return html`
      <div part="toolbar" class="toolbar">
        <button
          part="reveal-button"
          class=${revealed ? '' : 'primary'}
          type="button"
          aria-describedby=${revealed ? nothing : 'reveal-note'}
          @click=${() => this.store?.setRevealed(!revealed)}
        >
          ${revealed ? msg('Kaarten verbergen') : msg('Kaarten tonen')}
        </button>
        ${
          revealed
            ? html`<button
                part="mark-button"
                type="button"
                aria-pressed=${this.#marking.marking ? 'true' : 'false'}
                @click=${() => this.#marking.toggle()}
              >
                ${msg('Spanning markeren')}
              </button>`
            : nothing
        }
        <button
          part="large-button"
          type="button"
          aria-pressed=${this.large ? 'true' : 'false'}
          @click=${() => (this.large = !this.large)}
        >
          ${msg('Grote tekst')}
        </button>
      </div>
      ${
        this.#marking.marking
          ? html`<div class="note marking-note">
              <p>
                ${msg(
                  'Kies met de vakjes bij de onderdelen twee of meer dingen die tegen elkaar in werken. Beschrijf daarna onderaan wat er wringt en sla de spanning op.',
                )}
              </p>
              <button type="button" @click=${() => this.#focuser.focus('#tension-text')}>
                ${msg('Naar de beschrijving')}
              </button>
            </div>`
          : nothing
      }
    `;
  }

  // ---- after the reveal ----

  #cards(file: WorkshopFile, facilitator: boolean): TemplateResult {
    const view = viewOf(file, facilitator, this.#marking.marking);
    if (!file.partners.length) return html`<p class="muted">${msg('Er zijn nog geen partners.')}</p>`;
    return html`
      <div part="partners" class="partners">
        ${repeat(
          file.partners,
          (p) => p.id,
          (p) => this.#column.render(p, view),
        )}
      </div>
      ${view.marking ? this.#marking.panel(view) : nothing} ${this.#tensions.render(file.tensions, view)}
    `;
  }
}
