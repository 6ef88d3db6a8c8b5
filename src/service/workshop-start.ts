import { msg } from '@lit/localize';
import { css, html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { NaElement } from '../elements/base/na-element.js';
import { controls } from '../styles/controls.js';
import { content, panel } from '../styles/panel.js';
import { tokens } from '../styles/tokens.js';
import { joinByCode, serviceErrorMessage, ServiceError, startWorkshop } from './api.js';

/** A short code as the service gives it out, `ABCD-EFGH`, from what was typed (any case, dash or not); `undefined` when it cannot be one. */
export function normalizeCode(typed: string): string | undefined {
  const chars = typed.toUpperCase().replace(/[\s-]/g, '');
  return /^[A-Z0-9]{8}$/.test(chars) ? `${chars.slice(0, 4)}-${chars.slice(4)}` : undefined;
}

/** What a workshop id may be, as the service checks it. */
const WORKSHOP_ID = /^[A-Za-z0-9._-]{1,80}$/;

/**
 * The start page of the workshop service, for whoever opens it without a
 * workshop link: a partner joins with the short code from the facilitator,
 * an organiser starts a workshop with the service's organiser secret. Either
 * way the service answers with a link, which this page then opens.
 */
export class WorkshopStart extends NaElement {
  static override styles = [
    tokens,
    controls,
    content,
    panel,
    css`
      :host {
        max-width: 40rem;
        margin-inline: auto;
        padding: var(--_space);
      }
      .page,
      form {
        display: grid;
        gap: var(--_space);
      }
      h1 {
        margin: 0;
        font-family: var(--_heading-font);
        font-size: 1.6rem;
      }
      h2 {
        font-size: 1.25rem;
      }
      .code {
        font-family: ui-monospace, monospace;
        font-size: 1.3rem;
        letter-spacing: 0.1em;
        text-transform: uppercase;
      }
      .error:empty {
        display: none;
      }
      form > button {
        justify-self: start;
      }
    `,
  ];

  @state() private joinError = '';
  @state() private startError = '';
  @state() private busy = false;

  /** Calls the service once at a time; shows what went wrong, or opens the link it gives. */
  async #ask(call: () => Promise<string>, fail: (message: string) => void): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      location.assign(await call());
    } catch (error) {
      fail(this.say(() => serviceErrorMessage(error)));
    } finally {
      this.busy = false;
    }
  }

  #join(event: SubmitEvent): void {
    event.preventDefault();
    const field = (event.target as HTMLFormElement).elements.namedItem('code') as HTMLInputElement;
    const code = normalizeCode(field.value);
    this.joinError = '';
    if (!code) {
      this.joinError = this.say(() => msg('Een code heeft 8 letters en cijfers, zoals ABCD-EFGH.'));
      field.focus();
      return;
    }
    void this.#ask(
      () => joinByCode(code),
      (message) => (this.joinError = message),
    );
  }

  #start(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const workshop = (form.elements.namedItem('workshop') as HTMLInputElement).value.trim();
    const secret = (form.elements.namedItem('secret') as HTMLInputElement).value;
    this.startError = '';
    if (!WORKSHOP_ID.test(workshop)) {
      this.startError = this.say(() => serviceErrorMessage(new ServiceError('bad-workshop-id')));
      (form.elements.namedItem('workshop') as HTMLInputElement).focus();
      return;
    }
    void this.#ask(
      () => startWorkshop(secret, workshop),
      (message) => (this.startError = message),
    );
  }

  protected override render(): TemplateResult {
    return html`<div class="page">
      <h1>${msg('Netwerkambitie')}</h1>
      <form class="panel" aria-labelledby="join-heading" @submit=${this.#join}>
        <h2 id="join-heading">${msg('Meedoen met een code')}</h2>
        <p>${msg('Heb je van de begeleider een code gekregen? Typ hem hier, met of zonder streepje.')}</p>
        <label class="field">
          <span class="field-label">${msg('Code')}</span>
          <input
            class="code"
            name="code"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            aria-invalid=${this.joinError ? 'true' : 'false'}
            aria-describedby="join-error"
          />
        </label>
        <p id="join-error" class="error" role="alert">${this.joinError}</p>
        <button class="primary" type="submit">${msg('Meedoen')}</button>
      </form>
      <form class="panel" aria-labelledby="start-heading" @submit=${this.#start}>
        <h2 id="start-heading">${msg('Een workshop starten')}</h2>
        <p>
          ${msg(
            'Voor organisatoren: kies een naam voor de workshop en geef het organisatorwachtwoord van deze server. Je krijgt dan het scherm van de begeleider.',
          )}
        </p>
        <label class="field">
          <span class="field-label">${msg('Naam van de workshop')}</span>
          <input name="workshop" autocomplete="off" spellcheck="false" aria-describedby="workshop-hint start-error" />
          <span id="workshop-hint" class="muted">
            ${msg('Letters, cijfers, punten, liggende streepjes en koppeltekens, zonder spaties; bijvoorbeeld zorgnetwerk-2027.')}
          </span>
        </label>
        <label class="field">
          <span class="field-label">${msg('Organisatorwachtwoord')}</span>
          <input name="secret" type="password" autocomplete="current-password" aria-describedby="start-error" />
        </label>
        <p id="start-error" class="error" role="alert">${this.startError}</p>
        <button class="primary" type="submit">${msg('Workshop starten')}</button>
      </form>
    </div>`;
  }
}
