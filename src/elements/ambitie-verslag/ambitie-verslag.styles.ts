import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { kindStyles } from '../../styles/kind.js';
import { content, panel } from '../../styles/panel.js';
import { tokens } from '../../styles/tokens.js';
import { sectionStyles } from '../controllers/section-tabs.js';

export const styles = [
  tokens,
  controls,
  kindStyles,
  content,
  panel,
  sectionStyles,
  css`
    :host {
      overflow-wrap: anywhere;
    }
    h2,
    h3,
    h4,
    h5 {
      margin: 0 0 calc(var(--_space) * 0.5);
    }
    h2 {
      font-size: 1.75rem;
    }
    h3 {
      font-size: 1.35rem;
    }
    h4 {
      font-size: 1.1rem;
      margin-block-start: var(--_space);
    }
    h5 {
      font-size: 1rem;
      margin-block-start: calc(var(--_space) * 0.75);
    }
    p {
      margin: 0 0 calc(var(--_space) * 0.5);
    }
    ul,
    ol {
      margin: 0 0 var(--_space);
    }

    /* User text keeps its line breaks. */
    .user {
      white-space: pre-line;
    }
    .missing,
    .empty,
    .detail {
      color: var(--_muted);
    }
    .empty {
      font-style: italic;
    }
    .detail-label {
      font-weight: 600;
    }

    .record > * {
      margin-block: 0 calc(var(--_space) * 2);
    }
    .kicker {
      margin: 0;
      color: var(--_muted);
      font-weight: 600;
    }
    .date {
      color: var(--_muted);
    }

    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.5);
      margin-block-end: var(--_space);
    }
    .import label {
      display: block;
      font-weight: 600;
    }
    .import .hint {
      color: var(--_muted);
      font-size: 0.9em;
    }
    .confirm {
      margin-block-start: var(--_space);
      padding: var(--_space);
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    .confirm:focus-within {
      outline: 1px solid var(--_accent);
    }
    .status:not(:empty) {
      margin-block: var(--_space) 0;
      font-weight: 600;
    }
    .import-error {
      margin-block-start: var(--_space);
      padding: var(--_space);
      border: 2px solid var(--_demand);
      border-inline-start-width: 0.5rem;
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    .import-error p {
      margin: 0;
    }

    .statement {
      padding: var(--_space) calc(var(--_space) * 1.5);
      border: 2px solid var(--_accent);
      border-inline-start-width: 0.5rem;
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .statement blockquote {
      margin: 0;
      font-size: 1.35rem;
      font-weight: 600;
      line-height: 1.4;
    }

    .list-plain {
      list-style: none;
      padding: 0;
    }
    .item {
      margin-block: 0 calc(var(--_space) * 0.5);
      padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
      border-inline-start: 4px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .item > p:last-child {
      margin-block-end: 0;
    }
    .aspirant {
      font-style: italic;
    }
    .ref {
      font-style: italic;
    }
    .state {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
      font-weight: 600;
    }
    .state-shape {
      display: inline-block;
      width: 0.8em;
      height: 0.8em;
      border: 2px solid currentColor;
      border-radius: 50%;
    }
    .state-resolved .state-shape {
      background: currentColor;
    }
    .state-open {
      color: var(--_demand);
    }
    @media (forced-colors: active) {
      .state {
        color: CanvasText;
      }
    }
    .draft {
      margin-block-end: var(--_space);
    }
    .draft-text {
      font-weight: 600;
    }
    .consent {
      font-weight: 600;
    }

    .actions-editor {
      list-style: none;
      padding: 0;
    }
    .action {
      margin-block-end: var(--_space);
    }
    .action fieldset {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
      gap: calc(var(--_space) * 0.5) var(--_space);
      align-items: end;
      margin: 0;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .action legend {
      font-weight: 600;
      padding-inline: 0.25rem;
    }
    .field {
      min-width: 0;
    }
    .field-text {
      grid-column: 1 / -1;
    }
    .field button {
      justify-self: start;
    }
    .notes-field {
      min-height: 6rem;
    }
    .columns li,
    .carry > li {
      margin-block-end: calc(var(--_space) * 0.5);
    }

    .print-only {
      display: none;
    }

    @media print {
      :host {
        color-scheme: light;
        font-size: 11pt;
      }
      .screen-only,
      button,
      input,
      select,
      textarea {
        display: none !important;
      }
      .print-only {
        display: block;
      }
      .page {
        break-before: page;
      }
      .item,
      .part,
      .draft,
      .statement,
      .consents > li,
      .columns > li,
      .carry > li {
        break-inside: avoid;
      }
      h2,
      h3,
      h4,
      h5 {
        break-after: avoid;
      }
      /* On paper the wish/demand hint is spelled out. */
      .kind .visually-hidden {
        position: static !important;
        width: auto;
        height: auto;
        margin: 0;
        overflow: visible;
        clip: auto;
        white-space: normal;
      }
    }
  `,
];
