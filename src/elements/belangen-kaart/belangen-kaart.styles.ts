import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { kindStyles } from '../../styles/kind.js';
import { content } from '../../styles/panel.js';
import { tokens } from '../../styles/tokens.js';
import { editorStyles } from '../shared/partner-card.styles.js';
import { themeStyles } from '../shared/theme-input.js';
import { blankGetBringStyles } from './blank-get-bring.js';

/**
 * The paper size of blank cards. Browsers ignore `@page` inside a shadow root,
 * so the element adopts this sheet into the document while it shows blank cards.
 */
export const a4Page = css`
  @page {
    size: A4;
    margin: 15mm;
  }
`;

export const styles = [
  tokens,
  controls,
  content,
  kindStyles,
  themeStyles,
  editorStyles,
  css`
    .blank {
      display: grid;
      gap: calc(var(--_space) * 1.5);
    }
    .sheet {
      display: grid;
      align-content: start;
      gap: 0.75rem;
      max-width: 210mm;
      padding: clamp(0.75rem, 4cqi, 15mm);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      overflow-wrap: anywhere;
    }
    .sheet-head {
      display: grid;
      gap: 0.25rem;
      padding-block-end: 0.5rem;
      border-block-end: 2px solid currentColor;
    }
    .sheet-workshop,
    .sheet-question,
    .sheet-tip,
    .tick-hint {
      color: var(--_muted);
      font-size: 0.9rem;
    }
    .sheet-partner {
      display: flex;
      align-items: baseline;
      gap: 0.5rem;
      font-size: 1.15rem;
    }
    .sheet-partner .fill {
      flex: 1;
      font-weight: 600;
    }
    .sheet-scope {
      display: grid;
      gap: 0.35rem;
    }
    .entry {
      display: grid;
      padding-block-end: 0.35rem;
    }
    .line {
      display: block;
      height: 2rem;
      border-block-end: 1px solid currentColor;
    }
    .ticks {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.5rem;
      padding-block: 0.4rem 0.1rem;
    }
    .tick {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      font-weight: 600;
    }
    .box {
      display: inline-block;
      width: 1rem;
      height: 1rem;
      border: 2px solid currentColor;
    }
    .why {
      display: flex;
      align-items: flex-end;
      gap: 0.5rem;
    }
    .why > span:first-child {
      flex: none;
      max-width: 60%;
    }
    .why .line {
      flex: 1;
    }

    @media print {
      .blank {
        display: block;
      }
      .sheet {
        display: block;
        max-width: none;
        margin: 0;
        padding: 0;
        border: 0;
        font-size: 10.5pt;
        break-inside: avoid;
      }
      .sheet:not(:last-child) {
        break-after: page;
      }
      .sheet-head {
        padding-block-end: 2mm;
        margin-block-end: 2mm;
      }
      .sheet-head h2 {
        font-size: 17pt;
      }
      .sheet-partner {
        font-size: 12pt;
      }
      .sheet-workshop,
      .sheet-question,
      .sheet-tip,
      .tick-hint {
        font-size: 8.5pt;
        color: #333;
      }
      .sheet-scope {
        display: block;
        margin-block-start: 3mm;
      }
      .sheet-scope h3 {
        font-size: 12pt;
      }
      .entry {
        break-inside: avoid;
        padding-block-end: 2mm;
      }
      .line {
        height: 8.5mm;
        border-block-end-color: #555;
      }
      .ticks {
        padding-block: 1.5mm 0;
      }
      .box {
        width: 3.5mm;
        height: 3.5mm;
        border-width: 1.5px;
      }
    }
  `,
  blankGetBringStyles,
];
