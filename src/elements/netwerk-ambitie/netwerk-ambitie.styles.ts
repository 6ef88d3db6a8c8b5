import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { panel } from '../../styles/panel.js';
import { tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  controls,
  panel,
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
    .workshop {
      display: grid;
      gap: calc(var(--_space) * 1.5);
    }
    .work {
      display: grid;
      gap: calc(var(--_space) * 1.5);
      grid-template-columns: minmax(0, 1fr);
      align-items: start;
    }
    .step {
      display: grid;
      gap: calc(var(--_space) * 1.5);
      min-width: 0;
    }
    @container (min-width: 60rem) {
      .work.with-tips {
        grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem);
      }
    }
    @media print {
      .notice,
      facilitator-tips,
      ambitie-stappen {
        display: none;
      }
    }
  `,
];
