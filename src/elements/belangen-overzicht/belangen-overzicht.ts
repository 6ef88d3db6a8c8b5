import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { aspirantLabel, directionLabel, scopeLabel, stepLabel } from '../../i18n/labels.js';
import type { Derived, PartnerProgress } from '../../model/derived.js';
import type { WorkshopStore } from '../../model/store-api.js';
import {
  isInterest,
  LIMITS,
  type Contribution,
  type Direction,
  type Interest,
  type Item,
  type Partner,
  type Question,
  type Scope,
  type Tension,
  type WorkshopFile,
} from '../../model/types.js';
import { NaElement, type Slice } from '../base/na-element.js';
import { kindMarker } from '../shared/kind-marker.js';
import { partnerName } from '../shared/partner-choice.js';
import { presenceLine } from '../shared/presence.js';
import { toggled } from '../shared/toggled.js';
import { styles } from './belangen-overzicht.styles.js';

/** A tension together with its number in the list ("Spanning 2"). */
interface NumberedTension {
  tension: Tension;
  number: number;
}

/** Everything one render needs, looked up once instead of per item. */
interface View {
  facilitator: boolean;
  marking: boolean;
  items: Map<string, Item>;
  partners: Map<string, Partner>;
  interests: Map<string, Interest[]>;
  contributions: Map<string, Contribution[]>;
  questions: Map<string, Question[]>;
  tensions: Map<string, NumberedTension[]>;
}

const SCOPE_ORDER: readonly Scope[] = ['organisation', 'personal', 'shared'];
const DIRECTION_ORDER: readonly Direction[] = ['get', 'bring'];

const filled = (text: string | undefined): text is string => !!text && text.trim().length > 0;

/** A long text cut short for use inside an accessible name. */
const short = (text: string, max = 60): string => {
  const clean = text.trim().replace(/\s+/g, ' ');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
};

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

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

  /** The item whose question form is open. */
  @state() private asking?: string;
  /** A problem with the question being asked. */
  @state() private askError = '';
  /** The interest whose "Waarom?" prompt is open. */
  @state() private why?: string;
  /** Whether the facilitator is selecting items for a new tension. */
  @state() private marking = false;
  /** The items selected for a new tension. */
  @state() private selected: ReadonlySet<string> = new Set();
  /** What pulls against what, for the new tension. */
  @state() private tensionText = '';
  /** A problem with the new tension. */
  @state() private tensionError = '';
  /** The last change worth announcing. */
  @state() private announcement = '';

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
      this.announcement = this.say(() =>
        revealed ? msg('De kaarten zijn nu voor iedereen zichtbaar.') : msg('De kaarten zijn weer verborgen.'),
      );
    this.#revealed = revealed;
    if (!revealed || this.store?.session.role !== 'facilitator') this.#stopMarking();
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
        ${file.revealed ? this.#cards(facilitator) : this.#hidden(facilitator)}
        <p part="status" class="visually-hidden" role="status">${this.announcement}</p>
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
                aria-pressed=${this.marking ? 'true' : 'false'}
                @click=${this.#toggleMarking}
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
        this.marking
          ? html`<div class="note marking-note">
              <p>
                ${msg(
                  'Kies met de vakjes bij de onderdelen twee of meer dingen die tegen elkaar in werken. Beschrijf daarna onderaan wat er wringt en sla de spanning op.',
                )}
              </p>
              <button type="button" @click=${() => this.#focusAfterUpdate('#tension-text')}>
                ${msg('Naar de beschrijving')}
              </button>
            </div>`
          : nothing
      }
    `;
  }

  // ---- before the reveal ----

  #hidden(facilitator: boolean): TemplateResult {
    const file = this.workshop!;
    const derived = this.derived!;
    const notDone = file.partners.filter((p) => {
      const state = derived.progress(p.id);
      return !state.interests || !state.contributions;
    });
    const total = file.partners.length;
    const done = total - notDone.length;
    return html`
      ${
        facilitator
          ? html`<p part="reveal-note" id="reveal-note" class="note">
              ${
                total === 0
                  ? msg('Er zijn nog geen partners. Voeg eerst partners toe en laat hen hun kaart invullen.')
                  : notDone.length
                    ? msg(
                        str`Nog niet alle partners zijn klaar (${done} van ${total}). Je kunt de kaarten toch tonen; wat nog ontbreekt, vullen ze later aan.`,
                      )
                    : msg('Alle partners zijn klaar. Toon de kaarten als iedereen erbij is.')
              }
            </p>`
          : html`<p part="waiting" class="waiting">
              ${msg(
                'De kaarten zijn nog verborgen. De facilitator laat ze straks aan iedereen tegelijk zien, zodat niemand eerder of later kijkt dan een ander.',
              )}
            </p>`
      }
      <section part="progress" class="progress" aria-labelledby="progress-heading">
        <h3 id="progress-heading">${msg('Wie is klaar?')}</h3>
        ${
          total
            ? html`<p>${msg(str`${done} van ${total} partners hebben hun kaart helemaal ingevuld.`)}</p>
                <ul class="progress-list">
                  ${repeat(
                    file.partners,
                    (p) => p.id,
                    (p) => this.#progress(p, derived.progress(p.id)),
                  )}
                </ul>`
            : html`<p class="muted">${msg('Nog geen partners.')}</p>`
        }
      </section>
    `;
  }

  #progress(partner: Partner, progress: PartnerProgress): TemplateResult {
    return html`<li part="progress-partner" class="progress-partner">
      <span class="progress-name">${partnerName(partner)}${partner.aspirant ? ` (${aspirantLabel()})` : ''}</span>
      ${this.#state(progress.interests, msg('Belangen ingevuld'), msg('Belangen nog niet ingevuld'))}
      ${this.#state(
        progress.contributions,
        msg('Halen en brengen ingevuld'),
        msg('Halen en brengen nog niet ingevuld'),
      )}
    </li>`;
  }

  #state(done: boolean, yes: string, no: string): TemplateResult {
    return html`<span class="state ${done ? 'state-done' : 'state-todo'}"
      ><span class="state-shape" aria-hidden="true">${done ? '✓' : '○'}</span><span>${done ? yes : no}</span></span
    >`;
  }

  // ---- after the reveal ----

  #view(facilitator: boolean): View {
    const file = this.workshop!;
    const view: View = {
      facilitator,
      marking: facilitator && this.marking,
      items: new Map(),
      partners: new Map(file.partners.map((p) => [p.id, p])),
      interests: new Map(),
      contributions: new Map(),
      questions: new Map(),
      tensions: new Map(),
    };
    for (const interest of file.interests) {
      view.items.set(interest.id, interest);
      if (filled(interest.text)) push(view.interests, interest.partnerId, interest);
    }
    for (const contribution of file.contributions) {
      view.items.set(contribution.id, contribution);
      if (filled(contribution.text)) push(view.contributions, contribution.partnerId, contribution);
    }
    for (const question of file.questions) push(view.questions, question.itemId, question);
    file.tensions.forEach((tension, index) => {
      const numbered = { tension, number: index + 1 };
      for (const id of new Set(tension.itemIds)) push(view.tensions, id, numbered);
    });
    return view;
  }

  #cards(facilitator: boolean): TemplateResult {
    const file = this.workshop!;
    const view = this.#view(facilitator);
    if (!file.partners.length) return html`<p class="muted">${msg('Er zijn nog geen partners.')}</p>`;
    return html`
      <div part="partners" class="partners">
        ${repeat(
          file.partners,
          (p) => p.id,
          (p) => this.#partner(p, view),
        )}
      </div>
      ${view.marking ? this.#tensionPanel(view) : nothing} ${this.#tensions(view)}
    `;
  }

  #partner(partner: Partner, view: View): TemplateResult {
    const interests = view.interests.get(partner.id) ?? [];
    const contributions = view.contributions.get(partner.id) ?? [];
    return html`<section part="partner" class="partner panel">
      <h3 part="partner-name">
        ${partnerName(partner)} ${partner.aspirant ? html`<span class="aspirant">${aspirantLabel()}</span>` : nothing}
      </h3>
      ${SCOPE_ORDER.map((scope) => {
        const items = interests.filter((i) => i.scope === scope);
        return scope === 'personal' && !items.length ? nothing : this.#group(scopeLabel(scope), items, view);
      })}
      ${DIRECTION_ORDER.map((direction) =>
        this.#group(
          directionLabel(direction),
          contributions.filter((c) => c.direction === direction),
          view,
        ),
      )}
    </section>`;
  }

  #group(label: string, items: Item[], view: View): TemplateResult {
    return html`<div part="group" class="group">
      <h4>${label}</h4>
      ${
        items.length
          ? html`<ul class="items">
              ${repeat(
                items,
                (item) => item.id,
                (item) => guard(this.#itemDependencies(item, view), () => this.#item(item, view)),
              )}
            </ul>`
          : html`<p class="muted">${msg('Nog niet ingevuld.')}</p>`
      }
    </div>`;
  }

  /**
   * Everything an item's rendering depends on. The store keeps unchanged
   * items, questions and tensions identical, so an item is only rendered
   * again when something of its own changed.
   */
  #itemDependencies(item: Item, view: View): unknown[] {
    const asking = this.asking === item.id;
    return [
      item,
      this.language,
      view.marking && this.selected.has(item.id),
      view.marking,
      asking,
      asking && this.askError,
      this.why === item.id,
      ...(view.questions.get(item.id) ?? []),
      '|',
      ...(view.tensions.get(item.id) ?? []).flatMap(({ tension, number }) => [tension, number]),
    ];
  }

  #item(item: Item, view: View): TemplateResult {
    const interest = isInterest(item) ? item : undefined;
    const tensions = view.tensions.get(item.id);
    const questions = view.questions.get(item.id);
    const selected = view.marking && this.selected.has(item.id);
    const name = short(item.text);
    const classes = [
      'item',
      interest?.kind === 'demand' ? 'demand' : '',
      tensions ? 'in-tension' : '',
      selected ? 'selected' : '',
    ].join(' ');
    const canAskWhy = interest && !filled(interest.motivation);
    return html`<li part="item" class=${classes} data-item=${item.id}>
      <div class="item-head">
        <span part="item-text" class="item-text" id=${`text-${item.id}`}>${item.text}</span>
        ${interest ? kindMarker(interest.kind) : nothing}
      </div>
      ${
        interest && filled(interest.motivation)
          ? html`<p part="motivation"><span class="label">${msg('Waarom:')}</span> ${interest.motivation}</p>`
          : nothing
      }
      ${
        item.themes?.length
          ? html`<div class="themes" part="themes">
              <span class="label">${msg('Thema’s:')}</span>
              <ul class="theme-list">
                ${item.themes.map((theme) => html`<li>${theme}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${
        tensions
          ? html`<p class="markers">
              ${tensions.map(
                ({ tension, number }) =>
                  html`<span part="tension-marker" class="tension-marker ${tension.resolved ? 'resolved' : ''}"
                    ><span aria-hidden="true">⚡</span>${
                      tension.resolved ? msg(str`Spanning ${number} (opgelost)`) : msg(str`Spanning ${number}`)
                    }</span
                  >`,
              )}
            </p>`
          : nothing
      }
      ${
        view.marking
          ? html`<label part="pick" class="pick">
              <input
                type="checkbox"
                data-pick=${item.id}
                .checked=${selected}
                @change=${(e: Event) => this.#pick(item.id, (e.target as HTMLInputElement).checked)}
              />
              ${msg('Kies voor spanning')}<span class="visually-hidden">: ${name}</span>
            </label>`
          : nothing
      }
      <div part="item-actions" class="actions">
        <button
          type="button"
          data-ask=${item.id}
          aria-expanded=${this.asking === item.id ? 'true' : 'false'}
          aria-label=${msg(str`Vraag stellen over '${name}'`)}
          @click=${() => this.#toggleAsk(item.id)}
        >
          ${msg('Vraag stellen')}
        </button>
        ${
          canAskWhy
            ? html`<button
                type="button"
                data-why=${item.id}
                aria-expanded=${this.why === item.id ? 'true' : 'false'}
                aria-label=${msg(str`Waarom? Doorvragen bij '${name}'`)}
                @click=${() => this.#toggleWhy(item.id)}
              >
                ${msg('Waarom?')}
              </button>`
            : nothing
        }
      </div>
      ${canAskWhy && this.why === item.id ? this.#whyPrompt(interest, questions ?? []) : nothing}
      ${this.asking === item.id ? this.#questionForm(item) : nothing}
      ${
        questions
          ? html`<ul part="questions" class="questions" aria-label=${msg(str`Vragen over '${name}'`)}>
              ${repeat(
                questions,
                (q) => q.id,
                (q) => this.#question(q),
              )}
            </ul>`
          : nothing
      }
    </li>`;
  }

  // ---- questions ----

  /** Follow-up questions that help find the interest behind a position. */
  #whySuggestions(interest: Interest): string[] {
    const suggestions = [
      msg('Wat maakt dit belangrijk voor jullie?'),
      msg('Wat gebeurt er als dit niet lukt?'),
      msg('Welk belang zit hierachter?'),
      msg('Wat levert het jullie op als dit lukt?'),
    ];
    if (interest.kind === 'demand') suggestions.push(msg('Wat maakt dit voor jullie niet onderhandelbaar?'));
    return suggestions;
  }

  #whyPrompt(interest: Interest, questions: Question[]): TemplateResult {
    const asked = new Set(questions.map((q) => q.text.trim()));
    const id = `why-${interest.id}`;
    return html`<div part="why" class="why" role="group" aria-labelledby=${id}>
      <p id=${id}>
        ${msg(
          str`Een standpunt zegt wat iemand wil; het belang zegt waarom. Kies een vraag om door te vragen bij '${short(interest.text)}':`,
        )}
      </p>
      <ul>
        ${this.#whySuggestions(interest).map((text) => {
          const done = asked.has(text);
          return html`<li>
            <button
              type="button"
              aria-disabled=${done ? 'true' : 'false'}
              @click=${() => this.#askWhy(interest.id, text, done)}
            >
              ${text}${done ? html`<span> (${msg('gesteld')})</span>` : nothing}
            </button>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  #questionForm(item: Item): TemplateResult {
    const field = `ask-${item.id}`;
    const error = `ask-error-${item.id}`;
    return html`<form
      part="question-form"
      class="question-form"
      @submit=${(e: SubmitEvent) => this.#ask(e, item.id)}
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.#closeAsk(item.id)}
    >
      <label for=${field}
        >${msg('Je vraag')}<span class="visually-hidden"> ${msg(str`over '${short(item.text)}'`)}</span></label
      >
      <input
        id=${field}
        type="text"
        name="question"
        autocomplete="off"
        maxlength=${LIMITS.textLength}
        aria-invalid=${this.askError ? 'true' : 'false'}
        aria-describedby=${this.askError ? error : nothing}
      />
      ${this.askError ? html`<p id=${error} class="error">${this.askError}</p>` : nothing}
      <div class="actions">
        <button class="primary" type="submit">${msg('Vraag toevoegen')}</button>
        <button type="button" @click=${() => this.#closeAsk(item.id)}>${msg('Annuleren')}</button>
      </div>
    </form>`;
  }

  #question(question: Question): TemplateResult {
    const field = `answer-${question.id}`;
    const name = short(question.text);
    return html`<li part="question" class="question" data-question=${question.id}>
      <p><span class="label">${msg('Vraag:')}</span> ${question.text}</p>
      <label for=${field}>${msg('Antwoord')}<span class="visually-hidden"> ${msg(str`op '${name}'`)}</span></label>
      <textarea
        id=${field}
        rows="2"
        maxlength=${LIMITS.textLength}
        .value=${question.answer ?? ''}
        @input=${(e: InputEvent) =>
          this.store?.updateQuestion(question.id, { answer: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
      ${
        filled(question.answer)
          ? html`<p class="print-only"><span class="label">${msg('Antwoord:')}</span> ${question.answer}</p>`
          : nothing
      }
      <button type="button" @click=${() => this.#unask(question)}>
        ${msg('Verwijder')}<span class="visually-hidden"> ${msg(str`vraag '${name}'`)}</span>
      </button>
    </li>`;
  }

  #toggleAsk(itemId: string): void {
    if (this.asking === itemId) return this.#closeAsk(itemId);
    this.asking = itemId;
    this.askError = '';
    this.#focusAfterUpdate(`#ask-${CSS.escape(itemId)}`);
  }

  #closeAsk(itemId: string): void {
    this.asking = undefined;
    this.askError = '';
    this.#focusAfterUpdate(`[data-ask="${CSS.escape(itemId)}"]`);
  }

  #ask(event: SubmitEvent, itemId: string): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('question') as HTMLInputElement;
    const text = input.value.trim();
    if (!text) {
      this.askError = this.say(() => msg('Typ eerst je vraag.'));
      input.focus();
      return;
    }
    this.store?.addQuestion(itemId, text);
    this.announcement = this.say(() => msg(str`Vraag toegevoegd: ${text}`));
    this.#closeAsk(itemId);
  }

  #askWhy(itemId: string, text: string, done: boolean): void {
    if (done) return;
    this.store?.addQuestion(itemId, text);
    this.announcement = this.say(() => msg(str`Vraag toegevoegd: ${text}`));
  }

  #toggleWhy(itemId: string): void {
    this.why = this.why === itemId ? undefined : itemId;
  }

  #unask(question: Question): void {
    this.store?.removeQuestion(question.id);
    this.announcement = this.say(() => msg(str`Vraag verwijderd: ${question.text}`));
    this.#focusAfterUpdate(`[data-ask="${CSS.escape(question.itemId)}"]`);
  }

  // ---- marking a tension ----

  #toggleMarking(): void {
    if (this.marking) return this.#stopMarking();
    this.marking = true;
    this.announcement = this.say(() =>
      msg('Spanning markeren: kies met de vakjes bij de onderdelen twee of meer dingen die tegen elkaar in werken.'),
    );
  }

  #stopMarking(): void {
    if (!this.marking) return;
    this.marking = false;
    this.selected = new Set();
    this.tensionText = '';
    this.tensionError = '';
  }

  #pick(itemId: string, checked: boolean): void {
    this.selected = toggled(this.selected, itemId, checked);
    this.tensionError = '';
  }

  #tensionPanel(view: View): TemplateResult {
    const chosen = [...this.selected].map((id) => view.items.get(id)).filter((item): item is Item => !!item);
    return html`<section part="tension-panel" class="tension-panel" aria-labelledby="tension-panel-heading">
      <h3 id="tension-panel-heading">${msg('Nieuwe spanning')}</h3>
      <p aria-live="polite">
        ${
          chosen.length
            ? msg(str`${chosen.length} gekozen:`)
            : msg('Nog niets gekozen. Kies twee of meer onderdelen met de vakjes.')
        }
      </p>
      ${
        chosen.length
          ? html`<ul class="chosen">
              ${chosen.map((item) => html`<li>${this.#itemName(item, view)}</li>`)}
            </ul>`
          : nothing
      }
      <label for="tension-text">${msg('Wat werkt hier tegen elkaar in?')}</label>
      <textarea
        id="tension-text"
        rows="2"
        maxlength=${LIMITS.textLength}
        aria-describedby=${this.tensionError ? 'tension-error' : nothing}
        .value=${this.tensionText}
        @input=${(e: InputEvent) => (this.tensionText = (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${this.tensionError ? html`<p id="tension-error" class="error">${this.tensionError}</p>` : nothing}
      <div class="actions">
        <button class="primary" type="button" @click=${() => this.#saveTension(chosen)}>
          ${msg('Spanning opslaan')}
        </button>
        <button type="button" @click=${this.#cancelMarking}>${msg('Annuleren')}</button>
      </div>
    </section>`;
  }

  #saveTension(chosen: Item[]): void {
    if (chosen.length < 2) {
      this.tensionError = this.say(() => msg('Kies minstens twee onderdelen die tegen elkaar in werken.'));
      return;
    }
    const id = this.store!.addTension(
      chosen.map((item) => item.id),
      this.tensionText.trim(),
    );
    this.#stopMarking();
    this.announcement = this.say(() => msg('Spanning opgeslagen.'));
    this.#focusAfterUpdate(`[data-tension="${CSS.escape(id)}"]`);
  }

  #cancelMarking(): void {
    this.#stopMarking();
    this.#focusAfterUpdate('[part="mark-button"]');
  }

  // ---- the tensions ----

  #itemName(item: Item, view: View): string {
    const partner = partnerName(view.partners.get(item.partnerId));
    const where = isInterest(item) ? scopeLabel(item.scope) : directionLabel(item.direction);
    return `${partner} – ${where}: ${item.text.trim() || msg('(zonder tekst)')}`;
  }

  #tensions(view: View): TemplateResult | typeof nothing {
    const tensions = this.workshop!.tensions;
    if (!tensions.length) return nothing;
    return html`<section part="tensions" class="tensions" aria-labelledby="tensions-heading">
      <h3 id="tensions-heading">${msg('Spanningen')}</h3>
      <ul class="tension-list">
        ${repeat(
          tensions,
          (t) => t.id,
          (t, index) => this.#tension(t, index + 1, view),
        )}
      </ul>
    </section>`;
  }

  #tension(tension: Tension, number: number, view: View): TemplateResult {
    const items = tension.itemIds.map((id) => view.items.get(id)).filter((item): item is Item => !!item);
    const field = `tension-text-${tension.id}`;
    return html`<li
      part="tension"
      class="tension ${tension.resolved ? 'resolved' : ''}"
      data-tension=${tension.id}
      tabindex="-1"
      aria-labelledby=${`tension-name-${tension.id}`}
    >
      <p class="tension-head">
        <span class="tension-marker ${tension.resolved ? 'resolved' : ''}" id=${`tension-name-${tension.id}`}
          ><span aria-hidden="true">⚡</span>${msg(str`Spanning ${number}`)}</span
        >
        <span class="label">${tension.resolved ? msg('Opgelost') : msg('Open')}</span>
      </p>
      <p class="label" id=${`tension-between-${tension.id}`}>${msg('Tussen:')}</p>
      <ul class="tension-items" aria-labelledby=${`tension-between-${tension.id}`}>
        ${items.map((item) => html`<li>${this.#itemName(item, view)}</li>`)}
      </ul>
      ${
        view.facilitator
          ? html`<label for=${field}
                >${msg('Wat werkt hier tegen elkaar in?')}<span class="visually-hidden">
                  (${msg(str`spanning ${number}`)})</span
                ></label
              >
              <textarea
                id=${field}
                rows="2"
                maxlength=${LIMITS.textLength}
                .value=${tension.text}
                @input=${(e: InputEvent) =>
                  this.store?.updateTension(tension.id, { text: (e.target as HTMLTextAreaElement).value })}
              ></textarea>
              <p class="print-only">${tension.text}</p>
              <div class="tension-controls">
                <label class="check">
                  <input
                    type="checkbox"
                    .checked=${tension.resolved}
                    @change=${(e: Event) => this.#resolve(tension, number, (e.target as HTMLInputElement).checked)}
                  />
                  ${msg('Opgelost')}<span class="visually-hidden"> (${msg(str`spanning ${number}`)})</span>
                </label>
                <button type="button" @click=${() => this.#removeTension(tension, number)}>
                  ${msg('Verwijder')}<span class="visually-hidden"> ${msg(str`spanning ${number}`)}</span>
                </button>
              </div>`
          : html`<p>${tension.text.trim() || msg('(nog niet beschreven)')}</p>`
      }
    </li>`;
  }

  #resolve(tension: Tension, number: number, resolved: boolean): void {
    this.store?.updateTension(tension.id, { resolved });
    this.announcement = this.say(() =>
      resolved ? msg(str`Spanning ${number} is opgelost.`) : msg(str`Spanning ${number} staat weer open.`),
    );
  }

  #removeTension(tension: Tension, number: number): void {
    this.store?.removeTension(tension.id);
    this.announcement = this.say(() => msg(str`Spanning ${number} verwijderd.`));
    this.#focusAfterUpdate('[part="mark-button"]');
  }

  // ---- helpers ----

  async #focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    target?.focus();
    target?.scrollIntoView({ block: 'nearest' });
  }
}
