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
    }
    .history {
      margin-inline-start: auto;
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
