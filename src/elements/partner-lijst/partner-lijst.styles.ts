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
    .base {
      display: grid;
      gap: var(--_space);
    }
    h2 {
      font-size: 1.25rem;
    }
    .empty {
      display: grid;
      gap: calc(var(--_space) / 2);
      padding: var(--_space);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    .empty ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    ol.list {
      display: grid;
      gap: calc(var(--_space) / 2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .partner {
      display: grid;
      gap: calc(var(--_space) / 2);
      padding: calc(var(--_space) * 0.75);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    .partner-main {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2) var(--_space);
      align-items: end;
    }
    .partner-main .field {
      flex: 1 1 12rem;
      min-width: 0;
    }
    .number {
      font-weight: 600;
      min-width: 1.5rem;
    }
    .name {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .check {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      min-height: 2.75rem;
    }
    .check input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0;
    }
    .badge {
      display: inline-block;
      padding: 0 0.4rem;
      border: 1px dashed currentColor;
      border-radius: var(--_radius);
      font-size: 0.9em;
    }
    .progress {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem var(--_space);
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 0.95em;
    }
    .progress li {
      display: inline-flex;
      gap: 0.35em;
      align-items: baseline;
    }
    .mark {
      font-weight: 700;
    }
    .mark-done {
      color: var(--_wish);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2);
    }
    .confirm {
      display: grid;
      gap: calc(var(--_space) / 2);
      padding: calc(var(--_space) * 0.75);
      border: 2px solid var(--_demand);
      border-radius: var(--_radius);
    }
    .confirm p:focus {
      outline: none;
    }
    .confirm p:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2) var(--_space);
      align-items: center;
    }
    .status:empty {
      display: none;
    }
    .notice {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2) var(--_space);
      align-items: center;
    }
    @media (forced-colors: active) {
      .partner,
      .confirm {
        border-color: CanvasText;
      }
    }
    @media print {
      .base {
        border: none;
        background: none;
        padding: 0;
      }
      button,
      .notice,
      .check input,
      .check:has(input:not(:checked)) {
        display: none;
      }
      input {
        border: none;
        padding: 0;
      }
    }
  `,
];
