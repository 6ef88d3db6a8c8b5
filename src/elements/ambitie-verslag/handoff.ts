import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { confirmedIn } from '../../model/matches.js';
import { type WorkshopFile } from '../../model/types.js';
import { handoffColumns, handoffIntro } from '../../export/handoff.js';
import { ownerName, partnerLabel, userText } from './record-parts.js';

/** The hand-off to the next instrument, the partnerschapskaart: what goes along, and its five columns. */
export function handoffSection(file: WorkshopFile): TemplateResult {
  const { statement, drafts } = file.ambition;
  const latest = drafts.at(-1);
  const { actions } = file.followUp;
  const matches = confirmedIn(file);
  return html`
    <section part="handoff" class="section">
      <h3>${msg('Overdracht naar de partnerschapskaart')}</h3>
      <p>${handoffIntro()}</p>
      <h4>${msg('Wat meegaat')}</h4>
      <ul class="carry">
        <li>
          <span class="detail-label">${msg('De gedeelde ambitie')}:</span>
          ${
            statement?.trim()
              ? userText(statement)
              : latest
                ? html`${userText(latest.text)} <span class="empty">(${msg('concept')})</span>`
                : html`<span class="empty">${msg('nog niet vastgesteld')}</span>`
          }
        </li>
        <li>
          <span class="detail-label">${msg('De partners')}:</span>
          ${
            file.partners.length
              ? file.partners.map((p, index) => html`${index ? ', ' : nothing}${partnerLabel(p)}`)
              : html`<span class="empty">${msg('nog geen')}</span>`
          }
        </li>
        <li>
          <span class="detail-label">${msg('Wat partners elkaar brengen')}:</span>
          ${
            matches.length
              ? html`<ul>
                  ${matches.map(
                    ({ get, bring }) =>
                      html`<li>
                        ${userText(bring.text)} (${userText(ownerName(file, bring.partnerId))} →
                        ${userText(ownerName(file, get.partnerId))})
                      </li>`,
                  )}
                </ul>`
              : html`<span class="empty">${msg('nog geen')}</span>`
          }
        </li>
        <li>
          <span class="detail-label">${msg('De acties')}:</span>
          ${
            actions.length
              ? html`<ul>
                  ${actions.map(
                    (a) =>
                      html`<li>
                        ${userText(a.text)}${a.owner ? html` (${userText(ownerName(file, a.owner))})` : nothing}
                      </li>`,
                  )}
                </ul>`
              : html`<span class="empty">${msg('nog geen')}</span>`
          }
        </li>
      </ul>
      <h4>${msg('De vijf kolommen van de partnerschapskaart')}</h4>
      <ol class="columns">
        ${handoffColumns().map((c) => html`<li><strong>${c.name}</strong>: ${c.question}</li>`)}
      </ol>
    </section>
  `;
}
