import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { textAnalysis } from '../../model/analysis.js';
import type { Derived } from '../../model/derived.js';
import type { BringMatch, GetMatches } from '../../model/matches.js';
import type { Contribution, Verdict } from '../../model/types.js';
import { shortText } from '../shared/short-text.js';
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
  /** How many matches of a get are shown, by the get's id (absent: the best few). */
  shownMatches: ReadonlyMap<string, number>;
  moreMatches(getId: string, shown: number): void;
}

/**
 * What partners come to get, and who brings something that meets it: per get
 * the best few matches (those people confirmed first), the rest on request,
 * each confirmed or dismissed by the facilitator; then what nobody brings.
 */
export function getBringMatrix(view: MatrixView): TemplateResult {
  const gets = view.derived.commonGround(textAnalysis).matches.filter((m) => m.get.text.trim());
  const unmatched = gets.filter((m) => !m.matched);
  const cards = firstOf(gets, view.shownGets, view.moreGets, msg('wat partners komen halen'));
  return html`<section class="panel matrix" part="matrix" aria-labelledby="matrix-heading">
    <h3 id="matrix-heading">${msg('Halen en brengen')}</h3>
    <p class="intro">
      ${msg(
        'Wat een partner komt halen, en welke andere partners iets brengen dat erbij past. Een voorstel telt pas mee als jullie het bevestigen.',
      )}
    </p>
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

/** The ids of what focus goes to after a match of `get` changes: the get's line, or one match. */
const ids = (kit: CanvasKit, get: Contribution) => ({
  get: kit.id(`get ${get.id}`),
  match: (bring: Contribution) => kit.id(`match ${get.id} ${bring.id}`),
  undo: (bring: Contribution) => kit.id(`undo ${get.id} ${bring.id}`),
});

/** Records what the facilitator decided about `match`, says so, and puts focus where the list goes on. */
function judge(view: MatrixView, get: Contribution, match: BringMatch, verdict: Verdict | undefined): void {
  const { kit } = view;
  kit.store?.judgeMatch(get.id, match.bring.id, verdict);
  const to = ids(kit, get);
  kit.focus(verdict === 'confirmed' ? `#${to.undo(match.bring)}` : `#${to.get}`);
  const who = kit.name(match.bring.partnerId);
  const what = shortText(match.bring.text);
  kit.announce(() =>
    verdict === 'confirmed'
      ? msg(str`Bevestigd: ${who} brengt ‘${what}’.`)
      : verdict === 'dismissed'
        ? msg(str`Genegeerd: ‘${what}’ van ${who}.`)
        : msg(str`‘${what}’ van ${who} is weer een voorstel.`),
  );
}

/** Brings back every dismissed match of `m`, as one undoable step. */
function restore(view: MatrixView, m: GetMatches): void {
  const { kit } = view;
  const count = m.dismissed.length;
  kit.store?.batch(() => {
    for (const match of m.dismissed) kit.store?.judgeMatch(m.get.id, match.bring.id, undefined);
  });
  kit.focus(`#${ids(kit, m.get).get}`);
  kit.announce(() =>
    count === 1
      ? msg('1 genegeerde koppeling staat weer in de lijst.')
      : msg(str`${count} genegeerde koppelingen staan weer in de lijst.`),
  );
}

function getCard(view: MatrixView, m: GetMatches): TemplateResult {
  const { kit } = view;
  const count = view.shownMatches.get(m.get.id) ?? SHOWN.matches;
  const getter = kit.name(m.get.partnerId);
  const matches = firstOf(
    m.matches,
    count,
    // "Meer tonen" shows them all; it moves focus to the first new one and says how many came.
    () => view.moreMatches(m.get.id, m.matches.length),
    msg(str`wie brengt wat ${getter} komt halen`),
  );
  const edit = kit.facilitator;
  return html`<li class="card get" part="get">
    <p id=${ids(kit, m.get).get} tabindex="-1">
      <strong>${msg(str`${getter} komt halen:`)}</strong>
      <span class="item-text">${m.get.text}</span>
    </p>
    ${
      m.matched
        ? html`<p class="sub">${msg('Wordt gebracht door:')}</p>
            <ul class="items">
              ${repeat(
                matches.shown,
                (match) => match.bring.id,
                (match) => matchLine(view, m.get, match, edit),
              )}
            </ul>
            ${matches.more}`
        : html`<p class="none">${msg('Nog niemand brengt dit.')}</p>`
    }
    ${
      edit && m.dismissed.length
        ? html`<p class="actions">
            <button type="button" class="small" @click=${() => restore(view, m)}>
              ${msg(str`Genegeerde koppelingen terugzetten (${m.dismissed.length})`)}<span class="visually-hidden"
                >: ${msg(str`bij wat ${getter} komt halen`)}</span
              >
            </button>
          </p>`
        : nothing
    }
  </li>`;
}

/** One bring that meets `get`: who brings what, why it matches, and (for the facilitator) confirm, dismiss or take back. */
function matchLine(view: MatrixView, get: Contribution, match: BringMatch, edit: boolean): TemplateResult {
  const { kit } = view;
  const to = ids(kit, get);
  const who = kit.name(match.bring.partnerId);
  const what = shortText(match.bring.text);
  const wanted = shortText(get.text);
  const confirmed = match.verdict === 'confirmed';
  const why = match.themes.length
    ? msg(str`gedeeld thema: ${kit.list(match.themes)}`)
    : match.words.length
      ? msg(str`zelfde woorden: ${kit.list(match.words)}`)
      : '';
  return html`<li id=${to.match(match.bring)} tabindex="-1" part="match">
    <strong class="who">${who}:</strong>
    <span class="item-text">${match.bring.text}</span>
    ${confirmed ? html`<span class="badge">${msg('bevestigd')}</span>` : nothing}
    <span class="via">(${confirmed ? why || msg('door jullie gekoppeld') : msg(str`voorstel, ${why}`)})</span>
    ${
      !edit
        ? nothing
        : confirmed
          ? html`<span class="actions">
              <button
                type="button"
                class="small"
                id=${to.undo(match.bring)}
                aria-label=${msg(str`Bevestiging terugnemen: ‘${what}’ van ${who} bij ‘${wanted}’`)}
                @click=${() => judge(view, get, match, undefined)}
              >
                ${msg('Terugnemen')}
              </button>
            </span>`
          : html`<span class="actions">
              <button
                type="button"
                class="small primary"
                aria-label=${msg(str`Bevestigen: ‘${what}’ van ${who} bij ‘${wanted}’`)}
                @click=${() => judge(view, get, match, 'confirmed')}
              >
                ${msg('Bevestigen')}
              </button>
              <button
                type="button"
                class="small"
                aria-label=${msg(str`Negeren: ‘${what}’ van ${who} bij ‘${wanted}’`)}
                @click=${() => judge(view, get, match, 'dismissed')}
              >
                ${msg('Negeren')}
              </button>
            </span>`
    }
  </li>`;
}
