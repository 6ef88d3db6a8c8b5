import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { content, panel } from '../../styles/panel.js';
import { tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  content,
  panel,
  css`
    :host {
      container-type: inline-size;
    }
    .base {
      display: grid;
      gap: var(--_space);
    }
    h2,
    h3 {
      margin: 0 0 calc(var(--_space) / 2);
    }
    h2 {
      font-size: 1.25rem;
    }
    h3 {
      font-size: 1rem;
    }
    ol.steps {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
      gap: calc(var(--_space) / 2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .step {
      display: grid;
      align-content: start;
      gap: 0.25rem;
      padding: calc(var(--_space) / 2);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      transition:
        border-color var(--_duration),
        box-shadow var(--_duration);
    }
    .step.current {
      border: 3px solid var(--_accent);
      box-shadow: inset 0.4rem 0 0 var(--_accent);
      padding-inline-start: calc(var(--_space) / 2 + 0.4rem);
    }
    .step button,
    .step .name {
      display: grid;
      justify-items: start;
      width: 100%;
      padding: 0.3rem 0.5rem;
      text-align: start;
    }
    .step .name {
      min-height: 2.75rem;
    }
    .number {
      font-size: 0.875em;
      color: var(--_muted);
    }
    .label {
      font-weight: 700;
      overflow-wrap: anywhere;
    }
    .now {
      justify-self: start;
      padding: 0 0.4rem;
      border-radius: var(--_radius);
      background: var(--_accent);
      color: var(--_on-accent);
      font-size: 0.875em;
      font-weight: 700;
    }
    .meta {
      display: grid;
      font-size: 0.875em;
      color: var(--_muted);
    }
    .note {
      font-style: italic;
    }
    .extras {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space) calc(var(--_space) * 2);
      align-items: start;
    }
    .agenda ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .timer {
      padding: calc(var(--_space) / 2) var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      transition: background-color var(--_duration);
    }
    .timer.over {
      border: 3px solid var(--_demand);
    }
    .face {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: baseline;
      margin-block-end: calc(var(--_space) / 2);
    }
    .time {
      font-size: 1.75rem;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .over-text {
      font-weight: 700;
      color: var(--_demand);
    }
    .state {
      color: var(--_muted);
    }
    .buttons,
    .history {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2);
      align-items: center;
    }
    .history {
      margin-inline-start: auto;
    }
    /* Folds (timer settings, the agenda in the bar) open over what follows, within the panel. */
    .base {
      position: relative;
    }
    .popover {
      position: absolute;
      z-index: 2;
      inset-inline-end: var(--_space);
      display: grid;
      gap: calc(var(--_space) / 2);
      width: max-content;
      max-width: min(22rem, calc(100% - 2 * var(--_space)));
      margin-block-start: 0.25rem;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      box-shadow: 0 0.25rem 1rem color-mix(in srgb, var(--_text) 20%, transparent);
      font-weight: 400;
    }
    .settings summary {
      display: inline-flex;
      align-items: center;
      min-height: 2.75rem;
      padding-inline: 0.6rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      list-style: none;
    }
    .settings summary::-webkit-details-marker {
      display: none;
    }
    .popover label {
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
    .icon {
      font-size: 1.25em;
      line-height: 1;
    }

    /* ---- the compact bar: everything on one or two lines ---- */
    :host([compact]) .base {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) / 2);
      padding: calc(var(--_space) / 2);
    }
    :host([compact]) nav {
      flex: 1 1 auto;
      min-width: 0;
    }
    :host([compact]) ol.steps {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
    :host([compact]) .step {
      flex: 1 1 auto;
      grid-template-columns: auto minmax(0, 1fr);
      align-items: center;
      gap: 0;
      padding: 0 0 0.15rem;
      border-width: 1px;
    }
    :host([compact]) .step.current {
      border-width: 3px;
      box-shadow: none;
      padding-inline-start: 0;
      background: color-mix(in srgb, var(--_accent) 12%, var(--_bg));
    }
    :host([compact]) .step button,
    :host([compact]) .step .name {
      display: flex;
      grid-column: 1 / -1;
      align-items: center;
      gap: 0.4rem;
      min-height: 2.25rem;
      padding: 0.1rem 0.5rem 0;
      /* Transparent, but drawn in forced colours, where the button needs an edge of its own. */
      border: 1px solid transparent;
      background: none;
      white-space: nowrap;
    }
    :host([compact]) .badge {
      display: inline-grid;
      place-items: center;
      min-width: 1.5em;
      height: 1.5em;
      border: 1px solid currentColor;
      border-radius: 50%;
      font-size: 0.85em;
      font-weight: 700;
    }
    :host([compact]) .current .badge {
      background: var(--_accent);
      border-color: var(--_accent);
      color: var(--_on-accent);
    }
    :host([compact]) .now {
      margin-inline-start: 0.5rem;
      padding: 0 0.3rem;
      font-size: 0.75em;
    }
    :host([compact]) .step .meta {
      display: flex;
      grid-column: 1 / -1;
      gap: 0 1ch;
      padding-inline: 0.5rem;
      font-size: 0.8em;
      white-space: nowrap;
    }
    :host([compact]) .step .now + .meta {
      grid-column: 2;
      padding-inline-start: 0.5ch;
    }
    :host([compact]) button,
    :host([compact]) .settings summary {
      min-height: 2.25rem;
      padding-block: 0.2rem;
    }
    :host([compact]) .extras {
      display: contents;
    }
    :host([compact]) .timer {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4rem;
      padding: 0.15rem 0.4rem;
    }
    :host([compact]) .face {
      margin: 0;
    }
    :host([compact]) .time {
      font-size: 1.6rem;
      line-height: 1.2;
    }
    :host([compact]) .agenda {
      order: 2;
    }
    :host([compact]) .agenda summary {
      padding-block: 0.3rem;
      font-weight: 600;
    }
    :host([compact]) .history {
      order: 3;
    }
    :host([compact]) slot[name='controls'] {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2);
      order: 4;
    }
    :host([compact]) .note,
    :host([compact]) .presence {
      order: 5;
      flex-basis: 100%;
      margin: 0;
      font-size: 0.875em;
    }
    /* On a phone the bar keeps to a few lines: the steps as numbers, the current one named below them. */
    .now-line {
      display: none;
    }
    @container (max-width: 36rem) {
      :host([compact]) ol.steps {
        flex-wrap: nowrap;
      }
      :host([compact]) .step {
        flex: 1 1 0;
        min-width: 0;
        padding: 0;
      }
      :host([compact]) .step button,
      :host([compact]) .step .name {
        justify-content: center;
        padding: 0.15rem;
      }
      :host([compact]) .step .label,
      :host([compact]) .step .meta,
      :host([compact]) .now {
        /* Heard, not seen; kept at the panel's start, so their text never reaches past its edge. */
        position: absolute;
        inset-block-start: 0;
        inset-inline-start: 0;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
      :host([compact]) .now-line {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1ch;
        align-items: baseline;
        margin: 0.25rem 0 0;
        font-size: 0.875em;
        color: var(--_muted);
      }
      :host([compact]) .now-line strong {
        color: var(--_text);
      }
    }
    /* On a phone the steps take two lines each, so the work below stays in sight. */
    @container (max-width: 36rem) {
      ol.steps {
        grid-template-columns: 1fr;
        gap: 0.25rem;
      }
      .step {
        grid-template-columns: auto minmax(0, 1fr);
        align-items: center;
        gap: 0.25rem 0.75rem;
        padding-block: 0.25rem;
      }
      .step button,
      .step .name {
        grid-column: 1 / -1;
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        align-content: center;
        gap: 0 0.5ch;
      }
      .step .name {
        min-height: 0;
      }
      .step .meta {
        grid-column: 1 / -1;
        display: flex;
        flex-wrap: wrap;
        gap: 0 1.5ch;
      }
      .step.current .meta {
        grid-column: 2;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .step,
      .timer {
        transition: none;
      }
    }
    @media (forced-colors: active) {
      .step.current,
      .timer.over {
        border-color: Highlight;
      }
      .now {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
    }
    @media print {
      .base {
        border: none;
        background: none;
      }
      .timer,
      .history,
      .note {
        display: none;
      }
    }
  `,
];
