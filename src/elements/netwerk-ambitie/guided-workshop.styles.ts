import { css } from 'lit';

/** The guided workshop's layout for a projected screen (adopted by `<netwerk-ambitie>` when it shows it). */
export const styles = css`
  :host(:fullscreen) {
    overflow: auto;
    padding: var(--_space);
    background: var(--_bg);
  }
  .workshop {
    display: grid;
    gap: var(--_space);
  }
  /* Large text scales everything, the bar too. */
  .workshop.large {
    font-size: 1.3em;
  }
  .view {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  .view [aria-pressed='true'] {
    border: 2px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 12%, var(--_bg));
    font-weight: 700;
  }
  .view [aria-pressed='true']::before {
    content: '✓ ' / '';
  }
  .work {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }
  .step {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  /* The step's work is as wide as the screen, whatever a long word or a wide table inside would ask. */
  .step > * {
    min-width: 0;
  }
  @container (min-width: 60rem) {
    .work.with-tips {
      grid-template-columns: minmax(0, 1fr) minmax(15rem, 20rem);
    }
  }
  /* The overview's own large text is this workshop's. */
  belangen-overzicht::part(large-button) {
    display: none;
  }
  .switcher {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
  }
  .switcher label {
    font-weight: 700;
  }
  .switcher select {
    flex: 1 1 12rem;
    min-width: 0;
    max-width: 24rem;
  }
  .switcher .position {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .view [aria-pressed='true'] {
      border-color: Highlight;
    }
  }
  @media print {
    .switcher,
    facilitator-tips {
      display: none;
    }
    .workshop.large {
      font-size: 1em;
    }
  }
`;
