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
    .base,
    .screen {
      display: grid;
      gap: var(--_space);
    }
    h2 {
      font-size: 1.25rem;
    }
    h3 {
      font-size: 1.1rem;
      overflow-wrap: anywhere;
    }
    .status:empty {
      display: none;
    }
    .empty {
      padding: var(--_space);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    ul.list {
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
    .invitation {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: start;
    }
    .details {
      display: grid;
      gap: calc(var(--_space) / 2);
      flex: 1 1 14rem;
      min-width: 0;
    }
    /* A QR code scans only dark on light, whatever the colour scheme or a forced palette. */
    .qr {
      display: block;
      flex: none;
      width: 9rem;
      height: 9rem;
      forced-color-adjust: none;
    }
    .qr-waiting {
      display: grid;
      place-items: center;
      border: 1px dashed var(--_border);
      text-align: center;
    }
    .code {
      font-family: ui-monospace, monospace;
      font-size: 1.2em;
      letter-spacing: 0.08em;
    }
    .actions,
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2) var(--_space);
      align-items: center;
    }
    a.button {
      display: inline-flex;
      align-items: center;
      min-height: 2.75rem;
      padding: 0.4rem 0.9rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: inherit;
    }
    .sheets {
      display: none;
    }
    @media (forced-colors: active) {
      .partner {
        border-color: CanvasText;
      }
    }
    @media print {
      .base {
        border: none;
        background: none;
        padding: 0;
      }
      .screen {
        display: none;
      }
      .sheets {
        display: block;
      }
      .sheet {
        display: grid;
        justify-items: center;
        gap: 6mm;
        text-align: center;
        font-size: 14pt;
        break-inside: avoid;
      }
      .sheet:not(:last-child) {
        break-after: page;
      }
      .sheet-workshop {
        font-size: 12pt;
      }
      .sheet-name {
        font-size: 26pt;
      }
      .sheet .qr {
        width: 95mm;
        height: 95mm;
      }
      .sheet-address {
        font-size: 18pt;
        font-weight: 700;
        overflow-wrap: anywhere;
      }
      .sheet-code {
        font-family: ui-monospace, monospace;
        font-size: 32pt;
        font-weight: 700;
        letter-spacing: 0.12em;
      }
    }
  `,
];
