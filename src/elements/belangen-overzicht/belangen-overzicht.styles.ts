import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { kindStyles } from '../../styles/kind.js';
import { content, panel } from '../../styles/panel.js';
import { tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  kindStyles,
  content,
  panel,
  css`
    :host {
      container-type: inline-size;
    }
    :host([large]) {
      font-size: 1.4em;
    }
    h2 {
      font-size: 1.5em;
    }
    h3 {
      font-size: 1.2em;
    }
    h4 {
      font-size: 1em;
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .base {
      display: grid;
      gap: calc(var(--_space) * 1.5);
      min-width: 0;
    }
    .header {
      display: grid;
      gap: var(--_space);
    }
    .intro {
      color: var(--_muted);
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.75);
      align-items: center;
    }
    button[aria-pressed='true'] {
      border-width: 3px;
      border-color: var(--_accent);
      font-weight: 600;
    }
    button[aria-pressed='true']::before {
      content: '✓ ' / '';
    }
    button[aria-disabled='true'] {
      cursor: default;
      opacity: 0.75;
    }
    .marking-note {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.5) var(--_space);
      align-items: center;
    }
    .marking-note p {
      flex: 1 1 20em;
    }
    .note,
    .waiting {
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-inline-start: 0.4rem solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_surface);
    }

    /* Before the reveal: who is done. */
    .progress {
      display: grid;
      gap: calc(var(--_space) * 0.5);
    }
    .progress-list {
      display: grid;
      gap: calc(var(--_space) * 0.5);
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    }
    .progress-partner {
      display: grid;
      gap: 0.2em;
      padding: calc(var(--_space) * 0.75);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      overflow-wrap: anywhere;
    }
    .progress-name {
      font-weight: 600;
    }
    .state {
      display: flex;
      gap: 0.4em;
      align-items: baseline;
    }
    .state-shape {
      flex: none;
      inline-size: 1.1em;
      text-align: center;
      font-weight: 700;
    }
    .state-todo {
      color: var(--_muted);
    }

    /* After the reveal: the partners side by side. */
    .partners {
      display: grid;
      gap: var(--_space);
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 19em), 1fr));
      align-items: start;
    }
    .partner {
      display: grid;
      gap: calc(var(--_space) * 0.75);
      min-width: 0;
      /* Cards off screen are neither styled nor laid out until they come near; print shows them all. */
      content-visibility: auto;
      contain-intrinsic-size: auto 19em auto 40em;
    }
    .aspirant {
      display: block;
      font-size: 0.8em;
      font-weight: 400;
      color: var(--_muted);
    }
    .group {
      display: grid;
      gap: calc(var(--_space) * 0.5);
    }
    .items {
      display: grid;
      gap: calc(var(--_space) * 0.5);
    }
    .item {
      display: grid;
      gap: calc(var(--_space) * 0.5);
      min-width: 0;
      padding: calc(var(--_space) * 0.75);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      overflow-wrap: anywhere;
    }
    .more .count {
      color: var(--_muted);
    }
    .item.demand {
      border-inline-start: 0.3rem solid var(--_demand);
    }
    .item.in-tension {
      border-style: dashed;
      border-width: 2px;
    }
    .item.selected {
      outline: 3px solid var(--_accent);
      outline-offset: 1px;
    }
    .item-head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3em 0.75em;
      align-items: baseline;
      justify-content: space-between;
    }
    .item-text {
      font-weight: 600;
    }
    .label {
      font-weight: 600;
    }
    .themes {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3em;
      align-items: baseline;
      font-size: 0.9em;
    }
    .theme-list {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3em;
    }
    .theme-list li {
      padding: 0 0.5em;
      border: 1px solid var(--_border);
      border-radius: 1em;
    }
    .markers {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3em;
    }
    .tension-marker {
      display: inline-flex;
      gap: 0.3em;
      align-items: center;
      padding: 0 0.5em;
      border: 2px dashed currentColor;
      border-radius: var(--_radius);
      font-size: 0.9em;
      font-weight: 600;
    }
    .tension-marker.resolved {
      border-style: dotted;
      font-weight: 400;
      color: var(--_muted);
    }
    .pick {
      display: flex;
      gap: 0.5em;
      align-items: center;
      min-height: 2.75rem;
      font-weight: 600;
    }
    .pick input {
      inline-size: 1.4em;
      block-size: 1.4em;
      margin: 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em;
    }
    .why,
    .question-form {
      display: grid;
      gap: 0.5em;
      padding: calc(var(--_space) * 0.75);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .why ul {
      display: grid;
      gap: 0.4em;
    }
    .why button {
      inline-size: 100%;
      text-align: start;
    }
    .questions {
      display: grid;
      gap: 0.5em;
      padding-inline-start: 0.75em;
      border-inline-start: 3px solid var(--_border);
    }
    .question {
      display: grid;
      gap: 0.3em;
    }
    .question label {
      font-size: 0.9em;
      font-weight: 600;
    }
    .question > button {
      justify-self: start;
    }

    /* Marking a tension. */
    .tension-panel {
      display: grid;
      gap: calc(var(--_space) * 0.75);
      padding: var(--_space);
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    .chosen {
      display: grid;
      gap: 0.2em;
      padding-inline-start: 1.2em;
      list-style: disc;
    }

    /* The tensions. */
    .tensions {
      display: grid;
      gap: var(--_space);
    }
    .tension-list {
      display: grid;
      gap: calc(var(--_space) * 0.75);
    }
    .tension {
      display: grid;
      gap: 0.5em;
      padding: var(--_space);
      border: 2px dashed var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      overflow-wrap: anywhere;
    }
    .tension.resolved {
      border-style: dotted;
    }
    .tension:focus {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .tension-head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3em 0.75em;
      align-items: baseline;
    }
    .tension-items {
      display: grid;
      gap: 0.2em;
      padding-inline-start: 1.2em;
      list-style: disc;
    }
    .tension-controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 1em;
      align-items: center;
    }
    .check {
      display: inline-flex;
      gap: 0.5em;
      align-items: center;
      min-height: 2.75rem;
    }
    .check input {
      inline-size: 1.3em;
      block-size: 1.3em;
      margin: 0;
    }

    .print-only {
      display: none;
    }
    @media (forced-colors: active) {
      .item.selected {
        outline-color: Highlight;
      }
      .tension-marker {
        border-color: CanvasText;
      }
    }
    @media print {
      :host {
        font-size: 10pt;
      }
      .toolbar,
      .actions,
      .why,
      .question-form,
      .tension-panel,
      .pick,
      .question > button,
      .tension-controls {
        display: none;
      }
      .partners {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
      .partner,
      .item,
      .tension {
        content-visibility: visible;
        break-inside: avoid;
        background: none;
      }
      textarea,
      .question label,
      .tension label {
        display: none;
      }
      .print-only {
        display: block;
      }
    }
  `,
];
