import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { textAnalysis } from '../../model/analysis.js';
import type { Derived } from '../../model/derived.js';
import type { GetMatches } from '../../model/matches.js';
import type { CanvasKit } from './canvas-kit.js';
import { firstOf, SHOWN } from './more.js';

/** What the get/bring matrix needs from the canvas. */
export interface MatrixView {
  kit: CanvasKit;
  derived: Derived;
  /** Whether anything was got or brought at all. */
  anyContributions: boolean;
  /** How many gets are shown. */
  shownGets: number;
  moreGets(): void;
  /** How many matches of a get are shown, by the get's id (absent: the first few). */
  shownMatches: ReadonlyMap<string, number>;
  moreMatches(getId: string, shown: number): void;
}

/**
 * What partners come to get, and who brings something matching: the first
 * gets and the first matches of each, more on request; then what nobody brings.
 */
export function getBringMatrix(view: MatrixView): TemplateResult {
  const gets = view.derived.commonGround(textAnalysis).matches.filter((m) => m.get.text.trim());
  const unmatched = gets.filter((m) => m.matches.length === 0);
  const cards = firstOf(gets, view.shownGets, view.moreGets, msg('wat partners komen halen'));
  return html`<section class="panel matrix" part="matrix" aria-labelledby="matrix-heading">
    <h3 id="matrix-heading">${msg('Halen en brengen')}</h3>
    <p class="intro">${msg('Wat een partner komt halen, en welke andere partners iets brengen dat erbij past.')}</p>
    ${
      gets.length
        ? html`<ul class="cards">
              ${repeat(
                cards.shown,
                (m) => m.get.id,
                (m) => getCard(view, m),
              )}
            </ul>
            ${cards.more}`
        : html`<p class="empty">
            ${
              view.anyContributions
                ? msg('Niemand heeft nog gezegd wat hij komt halen.')
                : msg('Nog niets gehaald of gebracht: dat gebeurt in stap 2.')
            }
          </p>`
    }
    <h4>${msg('Wat niemand brengt')}</h4>
    ${
      unmatched.length
        ? html`<ul class="items unmatched" part="unmatched">
            ${unmatched.map(
              (m) =>
                html`<li>
                  <strong class="who">${view.kit.name(m.get.partnerId)}:</strong>
                  <span class="item-text">${m.get.text}</span>
                </li>`,
            )}
          </ul>`
        : html`<p class="empty">
            ${
              gets.length
                ? msg('Voor alles wat partners komen halen, brengt een andere partner iets.')
                : msg('Nog niets.')
            }
          </p>`
    }
  </section>`;
}

function getCard(view: MatrixView, m: GetMatches): TemplateResult {
  const count = view.shownMatches.get(m.get.id) ?? SHOWN.items;
  const matches = firstOf(
    m.matches,
    count,
    () => view.moreMatches(m.get.id, count + SHOWN.cards),
    msg(str`wie brengt wat ${view.kit.name(m.get.partnerId)} komt halen`),
  );
  return html`<li class="card get" part="get">
    <p>
      <strong>${msg(str`${view.kit.name(m.get.partnerId)} komt halen:`)}</strong>
      <span class="item-text">${m.get.text}</span>
    </p>
    ${
      m.matches.length
        ? html`<p class="sub">${msg('Wordt gebracht door:')}</p>
            <ul class="items">
              ${matches.shown.map(
                (match) =>
                  html`<li>
                    <strong class="who">${view.kit.name(match.bring.partnerId)}:</strong>
                    <span class="item-text">${match.bring.text}</span>
                    <span class="via"
                      >(${
                        match.themes.length
                          ? msg(str`gedeeld thema: ${view.kit.list(match.themes)}`)
                          : msg(str`voorstel, zelfde woorden: ${view.kit.list(match.words)}`)
                      })</span
                    >
                  </li>`,
              )}
            </ul>
            ${matches.more}`
        : html`<p class="none">${msg('Nog niemand brengt dit.')}</p>`
    }
  </li>`;
}
