import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { directionLabel, partnersLabel, scopeLabel } from '../../i18n/labels.js';
import { openAtAdoption } from '../../model/consent.js';
import type { Derived } from '../../model/derived.js';
import { DIRECTIONS, SCOPES, type Interest, type Partner, type WorkshopFile } from '../../model/types.js';
import { kindMarker } from '../shared/kind-marker.js';

import { empty, partnerLabel, themeLine, userText } from './record-parts.js';

/** Every theme named in the workshop, with the partners whose items carry it; most shared first, then by name. */
function themesOf(file: WorkshopFile, derived: Derived): { theme: string; partners: Partner[] }[] {
  return derived.themes
    .map(({ name, partnerIds }) => ({ theme: name, partners: file.partners.filter((p) => partnerIds.includes(p.id)) }))
    .sort((a, b) => b.partners.length - a.partners.length || a.theme.localeCompare(b.theme));
}

/** The tensions that were open when the ambition was adopted, if any. */
function openWhenAdopted(file: WorkshopFile): TemplateResult | typeof nothing {
  const open = openAtAdoption(file);
  if (!open.length) return nothing;
  return html`<div class="adopted-open" part="adopted-open">
    <p>
      <span class="detail-label"
        >${
          open.length === 1
            ? msg('Vastgesteld terwijl deze spanning nog open stond')
            : msg(str`Vastgesteld terwijl deze ${open.length} spanningen nog open stonden`)
        }:</span
      >
    </p>
    <ul>
      ${open.map((t) => html`<li>${t.text.trim() ? userText(t.text) : msg('Spanning zonder omschrijving')}</li>`)}
    </ul>
  </div>`;
}

export function statementSection(file: WorkshopFile): TemplateResult {
  const { statement, drafts } = file.ambition;
  const latest = drafts.at(-1);
  return html`
    <section part="statement" class="statement">
      <h3>${msg('Gedeelde ambitie')}</h3>
      ${
        statement?.trim()
          ? html`<blockquote><p>${userText(statement)}</p></blockquote>
              ${openWhenAdopted(file)}`
          : html`<p class="empty">${msg('De gedeelde ambitie is nog niet vastgesteld.')}</p>
              ${
                latest
                  ? html`<p><span class="detail-label">${msg('Laatste concept')}:</span> ${userText(latest.text)}</p>`
                  : nothing
              }`
      }
    </section>
  `;
}

export function partnersSection(file: WorkshopFile): TemplateResult {
  return html`
    <section part="partners" class="section">
      <h3>${msg('Partners')}</h3>
      ${
        file.partners.length
          ? html`<ul>
              ${file.partners.map((p) => html`<li>${partnerLabel(p)}</li>`)}
            </ul>`
          : empty(msg('Nog geen partners.'))
      }
    </section>
  `;
}

function interestOf(interest: Interest): TemplateResult {
  return html`<li class="item" part="interest">
    <p>${kindMarker(interest.kind)} ${userText(interest.text)}</p>
    ${
      interest.motivation
        ? html`<p><span class="detail-label">${msg('Waarom')}:</span> ${userText(interest.motivation)}</p>`
        : nothing
    }
    ${themeLine(interest.themes)}
  </li>`;
}

export function interestsSection(file: WorkshopFile, derived: Derived): TemplateResult {
  return html`
    <section part="interests" class="section page">
      <h3>${msg('Belangen')}</h3>
      ${file.partners.length ? nothing : empty(msg('Nog geen partners.'))}
      ${file.partners.map((partner) => {
        const own = derived.interestsOf(partner.id);
        return html`
          <h4>${partnerLabel(partner)}</h4>
          ${
            own.length
              ? SCOPES.map((scope) => {
                  const inScope = own.filter((i) => i.scope === scope);
                  return inScope.length
                    ? html`<h5>${scopeLabel(scope)}</h5>
                        <ul class="list-plain">
                          ${inScope.map((i) => interestOf(i))}
                        </ul>`
                    : nothing;
                })
              : empty()
          }
        `;
      })}
    </section>
  `;
}

export function contributionsSection(file: WorkshopFile, derived: Derived): TemplateResult {
  return html`
    <section part="contributions" class="section">
      <h3>${msg('Halen en brengen')}</h3>
      ${file.partners.length ? nothing : empty(msg('Nog geen partners.'))}
      ${file.partners.map(
        (partner) => html`
          <h4>${partnerLabel(partner)}</h4>
          ${DIRECTIONS.map((direction) => {
            const own = derived.contributionsOf(partner.id, direction);
            return html`<h5>${directionLabel(direction)}</h5>
              ${
                own.length
                  ? html`<ul class="list-plain">
                      ${own.map(
                        (c) =>
                          html`<li class="item">
                            <p>${userText(c.text)}</p>
                            ${themeLine(c.themes)}
                          </li>`,
                      )}
                    </ul>`
                  : empty()
              }`;
          })}
        `,
      )}
    </section>
  `;
}

/** The get/bring matches the partners confirmed: who brings what, for what another comes to get. */
export function matchesSection(file: WorkshopFile, derived: Derived): TemplateResult {
  const name = (id: string) => file.partners.find((p) => p.id === id)?.name ?? '';
  const confirmed = derived.confirmedMatches;
  return html`
    <section part="matches" class="section">
      <h3>${msg('Afgesproken: wie brengt wat een ander komt halen')}</h3>
      ${
        confirmed.length
          ? html`<ul class="list-plain">
              ${confirmed.map(
                ({ get, bring }) =>
                  html`<li class="item" part="match">
                    <p>
                      <span class="detail-label">${msg(str`${name(bring.partnerId)} brengt`)}:</span>
                      ${userText(bring.text)}
                    </p>
                    <p class="detail">${msg(str`voor wat ${name(get.partnerId)} komt halen`)}: ${userText(get.text)}</p>
                  </li>`,
              )}
            </ul>`
          : empty(msg('Er zijn nog geen koppelingen van halen en brengen bevestigd.'))
      }
    </section>
  `;
}

/** Names an interest or contribution: its text, its partner and what kind of item it is. */
export function themesSection(file: WorkshopFile, derived: Derived): TemplateResult {
  const themes = themesOf(file, derived);
  return html`
    <section part="themes" class="section">
      <h3>${msg('Thema’s')}</h3>
      ${
        themes.length
          ? html`<ul>
              ${themes.map(
                ({ theme, partners }) =>
                  html`<li>
                    <strong>${userText(theme)}</strong>:
                    ${partners.map((p, index) => html`${index ? ', ' : nothing}${userText(p.name)}`)}
                    (${partnersLabel(partners.length)})
                  </li>`,
              )}
            </ul>`
          : empty(msg("Er zijn nog geen thema's benoemd."))
      }
    </section>
  `;
}
