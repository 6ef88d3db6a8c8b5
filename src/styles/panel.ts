import { css } from 'lit';

/**
 * What the elements' content shares: a block host, headings in the heading
 * font without margins, paragraphs without margins, muted text (`.muted`),
 * and fields with their label above (`.field`, `.field-label`). Each element
 * sets its own heading sizes.
 */
export const content = css`
  :host {
    display: block;
  }
  h2,
  h3,
  h4,
  h5 {
    margin: 0;
    font-family: var(--_heading-font);
    line-height: 1.25;
  }
  p {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field-label {
    font-weight: 600;
  }
`;

/** A box on the surface colour (`.panel`): an element's frame, or a part of a larger element. */
export const panel = css`
  .panel {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;
