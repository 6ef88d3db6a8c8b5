import { css } from 'lit';

/**
 * The flip-over printed as a poster on one A3 landscape page: the board (the
 * themes the partners share, get and bring, the points of attention) on the
 * left; the shared ambition, the network picture and the four parts of the
 * ambition on the right. What explains the flip-over on screen (introductions,
 * the items behind each theme, themes of one partner, why a bring meets a get
 * and why a demand matters) stays on screen. Whatever is left is scaled to the
 * page (`--_poster-zoom`, set by `PosterPage` just before printing).
 */
export const posterPrint = css`
  @media print {
    :host > article {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      grid-template-areas:
        'header header'
        'board statement'
        'board network'
        'board ambition';
      grid-template-rows: auto auto auto 1fr;
      gap: 3mm 6mm;
      align-items: start;
      zoom: var(--_poster-zoom, 1);
    }
    :host > article > [part~='header'] {
      grid-area: header;
    }
    :host > article > [part~='statement'] {
      grid-area: statement;
    }
    :host > article > .board {
      grid-area: board;
      gap: 3mm;
    }
    :host > article > [part~='network'] {
      grid-area: network;
    }
    :host > article > [part~='ambition'] {
      grid-area: ambition;
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
    h4:has(+ .own-themes) {
      display: none !important;
    }
    [part~='ambition'] .parts {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
`;
