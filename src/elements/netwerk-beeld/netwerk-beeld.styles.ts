import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { content } from '../../styles/panel.js';
import { tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  content,
  css`
    :host {
      --_match: var(--_accent);
      --_theme: var(--_text);
      /* Not styled, laid out or painted while off screen. */
      content-visibility: auto;
      contain-intrinsic-block-size: auto 40rem;
    }
    .figure {
      display: grid;
      gap: calc(var(--_space) / 2);
      margin: 0;
    }
    svg[part='picture'] {
      display: block;
      width: 100%;
      height: auto;
      max-height: 80vh;
      font-family: var(--_font);
      overflow: visible;
    }
    .line {
      fill: none;
      stroke-linecap: round;
    }
    .match .line {
      stroke: var(--_match);
      stroke-width: 4;
    }
    .theme .line {
      stroke: var(--_theme);
      stroke-width: 2.5;
      stroke-dasharray: 9 7;
      opacity: 0.8;
    }
    .arrow {
      fill: var(--_match);
    }
    .theme-names text {
      fill: var(--_text);
      font-style: italic;
    }
    text {
      fill: var(--_text);
      /* A halo in the background colour keeps labels readable where lines cross them. */
      paint-order: stroke;
      stroke: var(--_bg);
      stroke-width: 5px;
      stroke-linejoin: round;
    }
    .partner circle,
    .node {
      fill: var(--_bg);
      stroke: var(--_text);
      stroke-width: 3;
    }
    .partner.aspirant circle,
    .node.aspirant {
      stroke-dasharray: 4 3;
    }
    .partner text {
      font-weight: 600;
    }
    .centre circle {
      fill: var(--_surface);
      stroke: var(--_accent);
      stroke-width: 3;
    }
    .centre-heading {
      font-weight: 700;
    }
    .statement.pending {
      font-style: italic;
    }
    .legend ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .sample {
      flex: none;
      width: 3rem;
      height: 1rem;
    }
    .empty {
      color: var(--_muted);
    }

    @media (forced-colors: active) {
      :host {
        --_match: CanvasText;
        --_theme: CanvasText;
      }
      text {
        fill: CanvasText;
        stroke: Canvas;
      }
      .partner circle,
      .node,
      .centre circle {
        fill: Canvas;
        stroke: CanvasText;
      }
      .arrow {
        fill: CanvasText;
      }
    }

    @media print {
      :host {
        color-scheme: light;
        content-visibility: visible;
      }
      svg[part='picture'] {
        max-height: none;
      }
      .visually-hidden {
        display: none !important;
      }
    }
  `,
];
