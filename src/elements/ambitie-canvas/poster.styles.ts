import { css } from 'lit';

/**
 * The flip-over printed as a poster on one A3 landscape page: the board (the
 * themes the partners share, get and bring, the points of attention) in three
 * columns on the left; the shared ambition, the network picture and the four
 * parts of the ambition on the right. What explains the flip-over on screen (introductions,
 * the items behind each theme, themes of one partner, why a bring meets a get
 * and why a demand matters) stays on screen. Whatever is left is scaled to the
 * page (`--_poster-zoom`, set by `PosterPage` just before printing).
 */
export const posterPrint = css`
  @media print {
    :host > article {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, 1fr)) minmax(0, 2fr);
      grid-template-areas:
        'header header header header'
        'common-ground get-bring attention statement'
        'common-ground get-bring attention network'
        'common-ground get-bring attention ambition';
      grid-template-rows: auto auto auto 1fr;
      gap: 3mm 4mm;
      align-items: start;
      zoom: var(--_poster-zoom, 1);
    }
    /* Whether the canvas shows everything at once or in sections, its parts meet on one grid. */
    :host > article .board,
    :host > article .sections,
    :host > article .section-panel,
    :host > article .section-panel[hidden] {
      display: contents !important;
    }
    :host > article > [part~='header'] {
      grid-area: header !important;
    }
    :host > article [part~='common-ground'] {
      grid-area: common-ground !important;
    }
    :host > article [part~='matrix'] {
      grid-area: get-bring !important;
    }
    :host > article [part~='attention'] {
      grid-area: attention !important;
    }
    :host > article [part~='statement'] {
      grid-area: statement !important;
    }
    :host > article [part~='network'] {
      grid-area: network !important;
    }
    :host > article [part~='ambition'] {
      grid-area: ambition !important;
    }
    .panel {
      padding: 2.5mm;
    }
    .intro,
    section > .hint,
    .via,
    .why,
    [part~='theme'] .items,
    .more,
    .own-themes,
    h4:has(+ .own-themes),
    .section-nav,
    .section-next {
      display: none !important;
    }
    [part~='ambition'] .parts {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
`;
