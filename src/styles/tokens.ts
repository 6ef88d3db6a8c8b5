import { css } from 'lit';

/**
 * The design tokens every element reads. Each `--na-*` property falls back to
 * the NL Design System "basis" token of the host page, then to a default, so
 * a municipality's theme applies as is and an explicit `--na-*` always wins.
 * Inside shadow roots the private `--_*` names are used.
 *
 * The elements take the colour scheme of the page: on a page that supports
 * dark mode (`color-scheme: light dark`) they follow the user's preference,
 * on a light-only page they stay light, so light text never lands on the
 * page's white. The colours they choose themselves have a light and a dark
 * value (`light-dark()`), as the system colours Canvas and CanvasText do.
 */
export const tokens = css`
  :host {
    --_font: var(--na-font-family, var(--basis-text-font-family-default, inherit));
    --_heading-font: var(--na-heading-font-family, var(--basis-heading-font-family, var(--_font)));
    --_text: var(--na-color-text, var(--basis-color-default-color-default, CanvasText));
    --_muted: var(
      --na-color-muted,
      var(--basis-color-default-color-subtle, color-mix(in srgb, var(--_text) 72%, var(--_bg)))
    );
    --_bg: var(--na-color-background, var(--basis-color-default-bg-default, Canvas));
    --_surface: var(
      --na-color-surface,
      var(--basis-color-default-bg-subtle, color-mix(in srgb, var(--_text) 4%, var(--_bg)))
    );
    --_border: var(
      --na-color-border,
      var(--basis-color-default-border-default, color-mix(in srgb, var(--_text) 45%, var(--_bg)))
    );
    --_accent: var(--na-color-accent, var(--basis-color-action-1-bg-default, light-dark(#1f5fa8, #3572d6)));
    --_on-accent: var(--na-color-on-accent, var(--basis-color-action-1-color-default, #ffffff));
    --_wish: var(--na-color-wish, light-dark(#1d6b3a, #7fd49b));
    --_demand: var(--na-color-demand, light-dark(#a4262c, #ff9e9e));
    --_focus: var(--na-color-focus, var(--basis-focus-outline-color, light-dark(#0b57d0, #a8c7fa)));
    --_radius: var(--na-radius, var(--basis-border-radius-md, 6px));
    --_space: var(--na-space, var(--basis-space-block-md, 0.75rem));
    --_duration: var(--na-duration, 150ms);

    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0ms;
    }
  }
`;
