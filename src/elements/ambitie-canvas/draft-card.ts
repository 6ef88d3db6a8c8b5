import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { consentLabel } from '../../i18n/labels.js';
import type { ConsentStatus } from '../../model/consent.js';
import { ofPartner } from '../../model/schema.js';
import { CONSENTS, LIMITS, type Consent, type Draft, type Partner, type WorkshopFile } from '../../model/types.js';
import type { CanvasKit } from './canvas-kit.js';

/**
 * One draft statement: its text, every partner's response (agree, can live
 * with, object with a reason) on the devices that may give it, who has not
 * responded or objects, and adopting it as the shared ambition. While
 * tensions are open, adopting asks first, in place: the question names the
 * open tensions, and Escape or "Nog niet" goes back without adopting.
 */
export class DraftCard {
  /** The draft whose adoption waits for the facilitator to confirm it despite open tensions. */
  #confirming?: string;

  constructor(private readonly kit: CanvasKit) {}

  #removeDraft(draft: Draft, n: number): void {
    this.kit.store?.removeDraft(draft.id);
    this.kit.focus('#drafts-heading');
    this.kit.announce(() => msg(str`Concept ${n} verwijderd.`));
  }

  #respond(draft: Draft, partner: Partner, consent: Consent): void {
    this.kit.store?.setConsent(
      draft.id,
      partner.id,
      consent,
      consent === 'object' ? ofPartner(draft.reasons, partner.id) : undefined,
    );
    if (consent === 'object')
      this.kit.announce(() => msg(str`Schrijf op waarom ${this.kit.name(partner.id)} bezwaar maakt.`));
  }

  /** Adopts `draft`; while tensions are open, asks first (`confirmed` once the facilitator said yes). */
  #adopt(draft: Draft, n: number, confirmed = false): void {
    const open = this.#openTensions().length;
    if (open && !confirmed) {
      this.#confirming = draft.id;
      this.kit.focus(`#${this.kit.id(`adopt question ${draft.id}`)}`);
      this.kit.update();
      return;
    }
    this.#confirming = undefined;
    this.kit.store?.adoptDraft(draft.id);
    this.kit.focus('#statement-heading');
    this.kit.announce(() =>
      open === 0
        ? msg(str`Concept ${n} is vastgesteld als de gedeelde ambitie.`)
        : open === 1
          ? msg(str`Concept ${n} is vastgesteld als de gedeelde ambitie, met 1 spanning nog open.`)
          : msg(str`Concept ${n} is vastgesteld als de gedeelde ambitie, met ${open} spanningen nog open.`),
    );
  }

  /** Goes back from the question without adopting, to the adopt button. */
  #cancelAdopt(draft: Draft): void {
    this.#confirming = undefined;
    this.kit.focus(`#${this.kit.id(`adopt ${draft.id}`)}`);
    this.kit.update();
    this.kit.announce(() => msg('Niet vastgesteld.'));
  }

  #openTensions() {
    return this.kit.canvas.workshop()?.tensions.filter((t) => !t.resolved) ?? [];
  }

  render(file: WorkshopFile, draft: Draft, n: number): TemplateResult {
    const edit = this.kit.facilitator;
    const status = this.kit.canvas.derived()!.consent(draft);
    const statement = file.ambition.statement?.trim();
    const adopted = !!statement && statement === draft.text.trim();
    return html`<li class="card draft" part="draft">
      <h5>${msg(str`Concept ${n}`)} ${adopted ? html`<span class="badge">${msg('vastgesteld')}</span>` : nothing}</h5>
      ${this.kit.textField({
        key: `draft ${draft.id}`,
        label: msg(str`Tekst van concept ${n}`),
        value: draft.text,
        editable: edit,
        onInput: (value) => this.kit.store?.updateDraft(draft.id, { text: value }),
      })}
      <fieldset class="round" part="consent-round">
        <legend>${msg(str`Reacties op concept ${n}`)}</legend>
        <ul class="responses">
          ${repeat(
            file.partners,
            (p) => p.id,
            (p) => html`<li>${this.#response(draft, p)}</li>`,
          )}
        </ul>
      </fieldset>
      <ul class="print-text responses-print">
        ${file.partners.map((p) => html`<li><strong>${this.kit.name(p.id)}:</strong> ${this.#said(draft, p.id)}</li>`)}
      </ul>
      ${this.#consentSummary(status)} ${this.#adoption(draft, n, status, adopted)}
      ${
        edit
          ? html`<p class="actions">
              <button
                type="button"
                aria-label=${msg(str`Verwijderen: concept ${n}`)}
                @click=${() => this.#removeDraft(draft, n)}
              >
                ${msg('Verwijderen')}
              </button>
            </p>`
          : nothing
      }
    </li>`;
  }

  /** A partner's response to `draft` in words, with the reason of an objection. */
  #said(draft: Draft, partnerId: string): TemplateResult {
    const consent = ofPartner(draft.consent, partnerId);
    const reason = ofPartner(draft.reasons, partnerId)?.trim();
    return html`${consent ? consentLabel(consent) : msg('nog geen reactie')}${
      consent === 'object' ? html` — ${msg(str`reden: ${reason || msg('nog niet gegeven')}`)}` : nothing
    }`;
  }

  #response(draft: Draft, partner: Partner): TemplateResult {
    const name = this.kit.name(partner.id);
    const consent = ofPartner(draft.consent, partner.id);
    const reason = ofPartner(draft.reasons, partner.id) ?? '';
    if (!this.kit.canvas.may()?.respondFor(partner.id))
      return html`<p class="response-text" part="response">
        <strong>${name}:</strong> ${this.#said(draft, partner.id)}
      </p>`;
    const group = this.kit.id(`consent ${draft.id} ${partner.id}`);
    const reasonId = this.kit.id(`reason ${draft.id} ${partner.id}`);
    const missingReason = consent === 'object' && !reason.trim();
    return html`<fieldset class="response" part="response">
      <legend>${name}</legend>
      <div class="choices">
        ${CONSENTS.map(
          (choice) =>
            html`<label class="choice">
              <input
                type="radio"
                name=${group}
                value=${choice}
                .checked=${live(consent === choice)}
                @change=${() => this.#respond(draft, partner, choice)}
              />
              ${consentLabel(choice)}
            </label>`,
        )}
      </div>
      ${
        consent === 'object'
          ? html`<div class="field reason">
              <label for=${reasonId}>${msg(str`Waarom maakt ${name} bezwaar?`)}</label>
              <textarea
                id=${reasonId}
                rows="2"
                required
                maxlength=${LIMITS.textLength}
                aria-invalid=${missingReason ? 'true' : 'false'}
                aria-describedby=${`${reasonId}-hint`}
                .value=${live(reason)}
                @input=${(event: InputEvent) =>
                  this.kit.store?.setConsent(
                    draft.id,
                    partner.id,
                    'object',
                    (event.target as HTMLTextAreaElement).value,
                  )}
              ></textarea>
              <p id=${`${reasonId}-hint`} class="hint ${missingReason ? 'problem' : ''}">
                ${
                  missingReason
                    ? msg('Een bezwaar heeft een reden nodig: dan weten jullie wat er in het concept moet veranderen.')
                    : msg('De reden helpt om het concept aan te passen.')
                }
              </p>
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  #consentSummary(status: ConsentStatus): TemplateResult {
    const names = (ids: string[]) => this.kit.list(ids.map((id) => this.kit.name(id)));
    return html`<div class="consent-summary" part="consent-summary">
      <p class=${status.missing.length ? 'missing' : ''}>
        ${
          status.missing.length
            ? msg(str`Nog geen reactie van: ${names(status.missing)}.`)
            : msg('Alle partners hebben gereageerd.')
        }
      </p>
      ${status.objecting.length ? html`<p class="objecting">${msg(str`Bezwaar van: ${names(status.objecting)}.`)}</p>` : nothing}
    </div>`;
  }

  #adoption(draft: Draft, n: number, status: ConsentStatus, adopted: boolean): TemplateResult {
    if (adopted) {
      const open = draft.openAtAdoption?.length ?? 0;
      return html`<p class="adopt" part="adopt">
        ${
          open === 0
            ? msg('Dit concept is vastgesteld als de gedeelde ambitie.')
            : open === 1
              ? msg('Dit concept is vastgesteld als de gedeelde ambitie, terwijl 1 spanning nog open stond.')
              : msg(
                  str`Dit concept is vastgesteld als de gedeelde ambitie, terwijl ${open} spanningen nog open stonden.`,
                )
        }
      </p>`;
    }
    const blockers: string[] = [];
    const names = (ids: string[]) => this.kit.list(ids.map((id) => this.kit.name(id)));
    if (!draft.text.trim()) blockers.push(msg('het concept heeft nog geen tekst'));
    if (!this.kit.canvas.workshop()?.partners.length) blockers.push(msg('er zijn nog geen partners'));
    if (status.missing.length) blockers.push(msg(str`nog geen reactie van ${names(status.missing)}`));
    if (status.objecting.length) blockers.push(msg(str`bezwaar van ${names(status.objecting)}`));
    const why = status.adoptable
      ? msg('Iedereen is het eens of kan ermee leven: dit concept kan de gedeelde ambitie worden.')
      : msg(str`Vaststellen kan nog niet: ${blockers.join('; ')}.`);
    const whyId = this.kit.id(`why ${draft.id}`);
    const asking = this.kit.facilitator && status.adoptable && this.#confirming === draft.id;
    return html`<div class="adopt" part="adopt">
      ${
        this.kit.facilitator
          ? html`<button
              type="button"
              class="primary"
              id=${this.kit.id(`adopt ${draft.id}`)}
              ?disabled=${!status.adoptable}
              aria-describedby=${whyId}
              @click=${() => this.#adopt(draft, n)}
            >
              ${msg(str`Concept ${n} vaststellen als gedeelde ambitie`)}
            </button>`
          : nothing
      }
      <p id=${whyId} class="why">${why}</p>
      ${asking ? this.#question(draft, n) : nothing}
    </div>`;
  }

  /** The question before adopting while tensions are open: which ones, and adopt anyway or not yet. */
  #question(draft: Draft, n: number): TemplateResult {
    const open = this.#openTensions();
    const questionId = this.kit.id(`adopt question ${draft.id}`);
    const keydown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      this.#cancelAdopt(draft);
    };
    return html`<div class="confirm" role="group" aria-labelledby=${questionId} @keydown=${keydown}>
      <p id=${questionId} class="hint problem" tabindex="-1">
        ${
          open.length === 1
            ? msg(str`Er staat nog 1 spanning open. Toch concept ${n} vaststellen als de gedeelde ambitie?`)
            : msg(
                str`Er staan nog ${open.length} spanningen open. Toch concept ${n} vaststellen als de gedeelde ambitie?`,
              )
        }
      </p>
      <ul class="items">
        ${open.map((t) => html`<li class="tension-text">${t.text.trim() || msg('Spanning zonder omschrijving')}</li>`)}
      </ul>
      <p class="hint">${msg('Het verslag vermeldt welke spanningen nog open stonden.')}</p>
      <p class="actions">
        <button type="button" class="primary" @click=${() => this.#adopt(draft, n, true)}>
          ${msg('Toch vaststellen')}
        </button>
        <button type="button" @click=${() => this.#cancelAdopt(draft)}>${msg('Nog niet')}</button>
      </p>
    </div>`;
  }
}
