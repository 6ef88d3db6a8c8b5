import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  css`
    :host {
      display: block;
      container-type: inline-size;
    }
    .notice {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: center;
      justify-content: space-between;
      margin-block-end: var(--_space);
      padding: var(--_space);
      border: 2px solid var(--_demand);
      border-inline-start-width: 0.5rem;
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .notice p {
      margin: 0;
      flex: 1 1 20rem;
    }
    @media print {
      .notice {
        display: none;
      }
    }
  `,
];
