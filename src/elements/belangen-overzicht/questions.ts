import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { isInterest, LIMITS, type Interest, type Item, type Question } from '../../model/types.js';
import { filled, short, type OverviewHost } from './overview-view.js';

/**
 * Asking about an item after the reveal: the "Vraag stellen" form, the
 * "Waarom?" prompt with questions that bring the interest behind a position
 * to light, and the questions with their answers. One form and one prompt
 * are open at a time.
 */
export class ItemQuestions {
  /** The item whose question form is open. */
  #asking?: string;
  /** A problem with the question being asked. */
  #askError = '';
  /** The interest whose "Waarom?" prompt is open. */
  #why?: string;

  constructor(private readonly ov: OverviewHost) {}

  /** What of this state an item's rendering depends on. */
  dependencies(itemId: string): unknown[] {
    const asking = this.#asking === itemId;
    return [asking, asking && this.#askError, this.#why === itemId];
  }

  /** The buttons of an item, its open form or prompt, and its questions. */
  render(item: Item, questions: Question[] | undefined): TemplateResult {
    const interest = isInterest(item) ? item : undefined;
    const canAskWhy = interest && !filled(interest.motivation);
    const name = short(item.text);
    return html`<div part="item-actions" class="actions">
        <button
          type="button"
          data-ask=${item.id}
          aria-expanded=${this.#asking === item.id ? 'true' : 'false'}
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
                aria-expanded=${this.#why === item.id ? 'true' : 'false'}
                aria-label=${msg(str`Waarom? Doorvragen bij '${name}'`)}
                @click=${() => this.#toggleWhy(item.id)}
              >
                ${msg('Waarom?')}
              </button>`
            : nothing
        }
      </div>
      ${canAskWhy && this.#why === item.id ? this.#whyPrompt(interest, questions ?? []) : nothing}
      ${this.#asking === item.id ? this.#questionForm(item) : nothing}
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
      }`;
  }

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
        aria-invalid=${this.#askError ? 'true' : 'false'}
        aria-describedby=${this.#askError ? error : nothing}
      />
      ${this.#askError ? html`<p id=${error} class="error">${this.#askError}</p>` : nothing}
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
          this.ov.store()?.updateQuestion(question.id, { answer: (e.target as HTMLTextAreaElement).value })}
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
    if (this.#asking === itemId) return this.#closeAsk(itemId);
    this.#asking = itemId;
    this.#askError = '';
    this.ov.focus(`#ask-${CSS.escape(itemId)}`);
  }

  #closeAsk(itemId: string): void {
    this.#asking = undefined;
    this.#askError = '';
    this.ov.focus(`[data-ask="${CSS.escape(itemId)}"]`);
  }

  #ask(event: SubmitEvent, itemId: string): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('question') as HTMLInputElement;
    const text = input.value.trim();
    if (!text) {
      this.#askError = this.ov.say(() => msg('Typ eerst je vraag.'));
      this.ov.host.requestUpdate();
      input.focus();
      return;
    }
    this.ov.store()?.addQuestion(itemId, text);
    this.ov.announce(() => msg(str`Vraag toegevoegd: ${text}`));
    this.#closeAsk(itemId);
  }

  #askWhy(itemId: string, text: string, done: boolean): void {
    if (done) return;
    this.ov.store()?.addQuestion(itemId, text);
    this.ov.announce(() => msg(str`Vraag toegevoegd: ${text}`));
  }

  #toggleWhy(itemId: string): void {
    this.#why = this.#why === itemId ? undefined : itemId;
    this.ov.host.requestUpdate();
  }

  #unask(question: Question): void {
    this.ov.store()?.removeQuestion(question.id);
    this.ov.announce(() => msg(str`Vraag verwijderd: ${question.text}`));
    this.ov.focus(`[data-ask="${CSS.escape(question.itemId)}"]`);
  }
}
