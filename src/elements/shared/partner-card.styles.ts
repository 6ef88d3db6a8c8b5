import { css } from 'lit';

/** The layout of a partner's card (with `content` from styles/panel.ts): sections, item editors, the read-only view, and print. */
export const editorStyles = css`
  :host {
    container-type: inline-size;
  }
  h2 {
    font-size: 1.4rem;
  }
  h3 {
    font-size: 1.15rem;
  }
  .partner-choice {
    display: grid;
    gap: 0.25rem;
    max-width: 30rem;
    margin-block-end: var(--_space);
  }
  .partner-choice label,
  .item label,
  .item legend {
    font-weight: 600;
  }
  .card {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  .card-head {
    display: grid;
    gap: 0.35rem;
  }
  .aspirant {
    font-size: 0.9rem;
    font-weight: normal;
    color: var(--_muted);
  }
  .intro,
  .question,
  .hint {
    color: var(--_muted);
  }
  .hint {
    font-size: 0.9rem;
  }
  .message,
  .note,
  .empty,
  .tip,
  .limit {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .empty {
    border-style: dashed;
  }
  .note,
  .tip,
  .limit {
    border-inline-start-width: 0.35rem;
  }
  .section {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
    min-width: 0;
  }
  .optional {
    font-weight: normal;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .items {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    min-width: 0;
    /* Items off screen are neither laid out nor painted while another is typed in. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 24rem;
  }
  .item > fieldset {
    display: grid;
    gap: 0.4rem;
    min-width: 0;
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .item > fieldset > legend {
    padding-inline: 0.35rem;
  }
  .item label:not(:first-of-type),
  .item .kind-choice,
  .item .themes {
    margin-block-start: 0.4rem;
  }
  textarea {
    field-sizing: content;
    min-height: 2.75rem;
    max-height: 20rem;
  }
  .kind-choice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .kind-choice legend {
    margin-block-end: 0.25rem;
    padding: 0;
  }
  .kind-option {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
    font-weight: normal !important;
  }
  .kind-option:has(input:checked) {
    border-width: 2px;
    border-color: currentColor;
  }
  .kind-option input {
    width: 1.15rem;
    height: 1.15rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .kind-option .kind {
    font-size: 1em;
  }
  .kind-option .kind-hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .kind-missing {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.9rem;
    font-weight: 600;
  }
  .item-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-block-start: 0.5rem;
  }
  .add {
    justify-self: start;
  }
  .read-items {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .read-item {
    display: grid;
    gap: 0.3rem;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .read-text {
    font-weight: 600;
  }
  .read-text,
  .read-why {
    white-space: pre-line;
  }
  .read-label {
    font-weight: 600;
  }
  .print-only {
    display: none;
  }
  @media print {
    :host {
      color: #000;
    }
    .screen-only,
    .partner-choice,
    .note,
    .hint,
    button,
    select,
    [role='status'] {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .intro {
      display: none;
    }
    .section {
      break-inside: auto;
    }
    h2,
    h3 {
      break-after: avoid;
    }
    .read-item {
      break-inside: avoid;
    }
    .read-card {
      display: grid;
      gap: var(--_space);
    }
    .read-card:not(:last-child) {
      break-after: page;
    }
  }
`;
