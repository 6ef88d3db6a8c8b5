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
    :host(:state(concealed)) {
      display: none;
    }
    h2 {
      font-size: 1.125rem;
    }
    h3 {
      font-size: 1rem;
      margin-block: var(--_space) 0.25rem;
    }
    h2 button {
      display: flex;
      gap: 0.5rem;
      align-items: baseline;
      width: 100%;
      padding: 0.4rem 0.5rem;
      border: none;
      background: none;
      font: inherit;
      text-align: start;
    }
    .marker {
      flex: none;
      display: inline-block;
      width: 0;
      height: 0;
      border-block: 0.35em solid transparent;
      border-inline-start: 0.55em solid currentColor;
      transition: transform var(--_duration);
    }
    [aria-expanded='true'] .marker {
      transform: rotate(90deg);
    }
    @media (forced-colors: active) {
      /* Without its background the fold button needs an edge; the marker keeps its triangle shape. */
      h2 button {
        border: 1px solid ButtonText;
      }
      .marker {
        forced-color-adjust: none;
      }
    }
    ul,
    ol {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    li + li {
      margin-block-start: 0.25rem;
    }
    .tip {
      margin-block-start: var(--_space);
      padding: 0 calc(var(--_space) * 0.75) calc(var(--_space) * 0.75);
      border-inline-start: 0.35rem solid var(--_demand);
      background: var(--_bg);
    }
    .warning {
      margin-block-start: calc(var(--_space) / 2);
      padding: calc(var(--_space) / 2);
      border: 2px solid var(--_demand);
      border-radius: var(--_radius);
    }
    ol.steps {
      list-style: none;
      padding-inline-start: 0.5rem;
    }
    .steps li.current {
      font-weight: 600;
    }
    @media (prefers-reduced-motion: reduce) {
      .marker {
        transition: none;
      }
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];
