import { css } from 'lit';

/** Styles for `kindMarker()`: a word and a shape, with the wish/demand colour as extra; dashed while not chosen. */
export const kindStyles = css`
  .kind {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-weight: 600;
    font-size: 0.9em;
  }
  .kind-shape {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    border: 2px solid currentColor;
  }
  .kind-wish {
    color: var(--_wish);
  }
  .kind-wish .kind-shape {
    border-radius: 50%;
  }
  .kind-demand {
    color: var(--_demand);
  }
  .kind-demand .kind-shape {
    background: currentColor;
  }
  .kind-open {
    font-weight: 400;
    font-style: italic;
  }
  .kind-open .kind-shape {
    border-style: dashed;
  }
  @media (forced-colors: active) {
    .kind {
      color: CanvasText;
    }
  }
`;
