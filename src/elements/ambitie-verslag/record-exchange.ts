import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ambitionPartLabel, consentLabel, directionLabel, kindLabel } from '../../i18n/labels.js';
import type { Derived } from '../../model/derived.js';
import { ofPartner } from '../../model/schema.js';
import {
  AMBITION_PARTS,
  isInterest,
  type Draft,
  type Item,
  type Tension,
  type WorkshopFile,
} from '../../model/types.js';

import { empty, userText } from './record-parts.js';

function itemRef(file: WorkshopFile, derived: Derived, id: string): TemplateResult {
  const item: Item | undefined = derived.items.get(id);
  if (!item) return html`<span class="empty">${msg('(verwijderd)')}</span>`;
  const partner = file.partners.find((p) => p.id === item.partnerId);
  const what = isInterest(item) ? (item.kind ? kindLabel(item.kind) : msg('Belang')) : directionLabel(item.direction);
  return html`<span class="ref">“${userText(item.text)}”</span>
    (${partner ? html`${userText(partner.name)}, ` : nothing}${what.toLocaleLowerCase()})`;
}

export function questionsSection(file: WorkshopFile, derived: Derived): TemplateResult {
  return html`
    <section part="questions" class="section">
      <h3>${msg('Vragen en antwoorden')}</h3>
      ${
        file.questions.length
          ? html`<ul class="list-plain">
              ${file.questions.map(
                (q) =>
                  html`<li class="item">
                    <p class="detail">${msg('Over')} ${itemRef(file, derived, q.itemId)}</p>
                    <p><span class="detail-label">${msg('Vraag')}:</span> ${userText(q.text)}</p>
                    <p>
                      <span class="detail-label">${msg('Antwoord')}:</span>
                      ${q.answer?.trim() ? userText(q.answer) : html`<span class="empty">${msg('nog geen antwoord')}</span>`}
                    </p>
                  </li>`,
              )}
            </ul>`
          : empty(msg('Er zijn geen vragen gesteld.'))
      }
    </section>
  `;
}

function tensionOf(file: WorkshopFile, derived: Derived, tension: Tension): TemplateResult {
  const status = tension.resolved ? 'resolved' : 'open';
  return html`<li class="item">
    <p>
      <span class="state state-${status}"
        ><span class="state-shape" aria-hidden="true"></span>${tension.resolved ? msg('Opgelost') : msg('Open')}</span
      >
    </p>
    <p class="detail">
      ${tension.itemIds.map(
        (id, index) => html`${index ? html` ${msg('tegenover')} ` : nothing}${itemRef(file, derived, id)}`,
      )}
    </p>
    ${tension.text ? html`<p>${userText(tension.text)}</p>` : nothing}
  </li>`;
}

export function tensionsSection(file: WorkshopFile, derived: Derived): TemplateResult {
  const open = file.tensions.filter((t) => !t.resolved).length;
  return html`
    <section part="tensions" class="section">
      <h3>${msg('Spanningen')}</h3>
      ${
        file.tensions.length
          ? html`<p>${msg(str`${open} open, ${file.tensions.length - open} opgelost.`)}</p>
              <ul class="list-plain">
                ${file.tensions.map((t) => tensionOf(file, derived, t))}
              </ul>`
          : empty(msg('Er zijn geen spanningen gemarkeerd.'))
      }
    </section>
  `;
}

function draftOf(file: WorkshopFile, draft: Draft): TemplateResult {
  const open = draft.openAtAdoption?.length ?? 0;
  return html`<li class="draft" part="draft">
    <p class="draft-text">${userText(draft.text)}</p>
    ${
      open
        ? html`<p class="detail">
            ${
              open === 1
                ? msg('Vastgesteld terwijl 1 spanning nog open stond.')
                : msg(str`Vastgesteld terwijl ${open} spanningen nog open stonden.`)
            }
          </p>`
        : nothing
    }
    <ul class="consents">
      ${file.partners.map((partner) => {
        const consent = ofPartner(draft.consent, partner.id);
        const reason = ofPartner(draft.reasons, partner.id);
        return html`<li>
          ${userText(partner.name)}:
          <span class="consent">${consent ? consentLabel(consent) : msg('nog niet gereageerd')}</span>${
            reason ? html` — <span class="detail-label">${msg('reden')}:</span> ${userText(reason)}` : nothing
          }
        </li>`;
      })}
    </ul>
  </li>`;
}

export function ambitionSection(file: WorkshopFile): TemplateResult {
  const { ambition } = file;
  return html`
    <section part="ambition" class="section page">
      <h3>${msg('De ambitie in vier delen')}</h3>
      ${AMBITION_PARTS.map(
        (part) =>
          html`<div class="part">
            <h4>${ambitionPartLabel(part)}</h4>
            ${ambition[part]?.trim() ? html`<p>${userText(ambition[part])}</p>` : empty()}
          </div>`,
      )}
      <h4>${msg('Concepten en instemming')}</h4>
      ${
        ambition.drafts.length
          ? html`<ol>
              ${ambition.drafts.map((d) => draftOf(file, d))}
            </ol>`
          : empty(msg('Er zijn geen concepten.'))
      }
    </section>
  `;
}
