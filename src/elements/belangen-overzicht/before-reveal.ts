import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { aspirantLabel } from '../../i18n/labels.js';
import type { Derived, PartnerProgress } from '../../model/derived.js';
import type { Partner, WorkshopFile } from '../../model/types.js';
import { partnerName } from '../shared/partner-choice.js';

/**
 * Before the reveal: to the facilitator whether everyone is done, to the
 * partners that the cards will be shown together; to both who is done.
 */
export function beforeReveal(file: WorkshopFile, derived: Derived, facilitator: boolean): TemplateResult {
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
                  (p) => progressOf(p, derived.progress(p.id)),
                )}
              </ul>`
          : html`<p class="muted">${msg('Nog geen partners.')}</p>`
      }
    </section>
  `;
}

function progressOf(partner: Partner, progress: PartnerProgress): TemplateResult {
  return html`<li part="progress-partner" class="progress-partner">
    <span class="progress-name">${partnerName(partner)}${partner.aspirant ? ` (${aspirantLabel()})` : ''}</span>
    ${doneOrNot(progress.interests, msg('Belangen ingevuld'), msg('Belangen nog niet ingevuld'))}
    ${doneOrNot(progress.contributions, msg('Halen en brengen ingevuld'), msg('Halen en brengen nog niet ingevuld'))}
  </li>`;
}

function doneOrNot(done: boolean, yes: string, no: string): TemplateResult {
  return html`<span class="state ${done ? 'state-done' : 'state-todo'}"
    ><span class="state-shape" aria-hidden="true">${done ? '✓' : '○'}</span><span>${done ? yes : no}</span></span
  >`;
}
