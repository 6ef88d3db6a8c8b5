import { css, html, type TemplateResult } from 'lit';
import { stepLabel } from '../../i18n/labels.js';
import { DIRECTIONS } from '../../model/types.js';
import { listHint, listQuestion } from '../shared/get-bring-questions.js';

/** How many lines a blank paper card has for what a partner comes to get, and to bring. */
const LINES = 3;

/** On a blank paper card, after the interests: what the partner comes to get and to bring (step 2), side by side. */
export function blankGetBring(): TemplateResult {
  return html`<section class="sheet-scope sheet-get-bring">
    <h3>${stepLabel(2)}</h3>
    <div class="get-bring">
      ${DIRECTIONS.map(
        (direction) =>
          html`<div class="direction">
            <h4>${listQuestion(direction)}</h4>
            <p class="sheet-question">${listHint(direction)}</p>
            ${Array.from({ length: LINES }, () => html`<span class="line" aria-hidden="true"></span>`)}
          </div>`,
      )}
    </div>
  </section>`;
}

/**
 * Get and bring side by side where there is room; on paper the card's
 * writing lines are a little closer together, so that the interests and get
 * and bring fit on one A4.
 */
export const blankGetBringStyles = css`
  .get-bring {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 0.5rem 1.5rem;
  }
  .get-bring h4 {
    margin: 0.25rem 0 0;
    font-size: 1rem;
  }
  @media print {
    .get-bring {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 0 6mm;
    }
    .get-bring h4 {
      font-size: 10.5pt;
    }
    .sheet .line {
      height: 6mm;
    }
  }
`;
