import { css, unsafeCSS } from 'lit';
import { controls } from '../../styles/controls.js';
import { kindStyles } from '../../styles/kind.js';
import { content, panel } from '../../styles/panel.js';
import { tokens } from '../../styles/tokens.js';
import { sectionStyles } from '../controllers/section-tabs.js';
import { POSTER_PAGE } from './poster-page.js';
import { posterPrint } from './poster.styles.js';

export const styles = [
  tokens,
  controls,
  kindStyles,
  content,
  panel,
  sectionStyles,
  css`
    :host {
      container-type: inline-size;
      /* Long words and links wrap instead of running out of their box. */
      overflow-wrap: anywhere;
    }
    h2 {
      font-size: 1.6em;
    }
    h3 {
      font-size: 1.3em;
    }
    h4 {
      font-size: 1.1em;
      margin-block-start: calc(var(--_space) / 2);
    }
    h5 {
      font-size: 1em;
    }
    [tabindex='-1']:focus {
      outline: none;
    }
    [tabindex='-1']:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    ul,
    ol {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .canvas {
      display: grid;
      gap: calc(var(--_space) * 1.5);
    }
    .eyebrow,
    .intro,
    .empty,
    .hint,
    .why,
    .via,
    .sharers {
      color: var(--_muted);
    }
    .eyebrow {
      font-weight: 600;
    }
    .board {
      display: grid;
      gap: calc(var(--_space) * 1.5);
      grid-template-columns: minmax(0, 1fr);
      align-items: start;
    }
    @container (min-width: 48rem) {
      .board {
        grid-template-columns: repeat(2, minmax(0, 1fr));
        grid-template-rows: auto 1fr;
      }
      .common-ground {
        grid-row: span 2;
      }
    }
    @container (min-width: 80rem) {
      .board {
        grid-template-columns: repeat(3, minmax(0, 1fr));
        grid-template-rows: auto;
      }
      .common-ground {
        grid-row: auto;
      }
    }
    .panel {
      display: grid;
      gap: var(--_space);
      align-content: start;
      min-width: 0;
    }
    .statement {
      border: 3px solid var(--_accent);
      background: var(--_bg);
    }
    .statement-text {
      font-family: var(--_heading-font);
      font-size: 1.6em;
      font-weight: 700;
      line-height: 1.3;
      white-space: pre-line;
    }
    .statement-edit {
      display: grid;
      gap: var(--_space);
      justify-items: start;
    }
    .statement-editor {
      width: 100%;
    }
    .suggestions {
      display: grid;
      gap: var(--_space);
    }
    .responses {
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    }
    .cards,
    .responses {
      display: grid;
      gap: var(--_space);
      padding: 0;
      list-style: none;
    }
    .card {
      display: grid;
      gap: 0.5rem;
      min-width: 0;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      break-inside: avoid;
    }
    .items {
      display: grid;
      gap: 0.25rem;
    }
    .direction {
      font-size: 0.9em;
      font-weight: 600;
    }
    .badge {
      display: inline-block;
      padding: 0 0.4em;
      border: 1px solid currentColor;
      border-radius: var(--_radius);
      font-size: 0.8em;
      font-weight: 600;
      vertical-align: middle;
    }
    .sub {
      font-weight: 600;
    }
    .none,
    .missing,
    .objecting {
      font-weight: 600;
    }
    .more {
      margin: 0.25rem 0 0;
    }
    .more .count {
      color: var(--na-color-muted);
    }
    .actions,
    .rename,
    .merge {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: end;
    }
    .rename label,
    .merge label {
      flex-basis: 100%;
    }
    .rename input,
    .merge select {
      flex: 1 1 10rem;
      width: auto;
      max-width: 100%;
    }
    .own-themes {
      display: grid;
      gap: 0.5rem;
      padding: 0;
      list-style: none;
    }
    .own-theme {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      align-items: center;
      padding-block-end: 0.5rem;
      border-block-end: 1px solid var(--_border);
    }
    .own-theme > p {
      flex: 1 1 12rem;
    }
    .own-theme .theme-edit {
      display: contents;
    }
    .theme-panel {
      display: grid;
      flex-basis: 100%;
      gap: 0.75rem;
      margin-block-start: 0.5rem;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .theme-panel[hidden] {
      display: none;
    }
    button.small,
    button.inline {
      min-height: 2rem;
      padding: 0.1rem 0.6rem;
    }
    button.inline {
      margin-inline-start: 0.5rem;
    }
    .parts {
      display: grid;
      gap: var(--_space);
      grid-template-columns: minmax(0, 1fr);
    }
    @container (min-width: 40rem) {
      .parts {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
    }
    @container (min-width: 80rem) {
      .parts {
        grid-template-columns: repeat(4, minmax(0, 1fr));
      }
    }
    .field {
      align-content: start;
    }
    label,
    legend {
      font-weight: 600;
    }
    .field-text,
    .print-text,
    .item-text,
    .tension-text {
      white-space: pre-line;
    }
    .print-text {
      display: none;
    }
    fieldset {
      min-width: 0;
      margin: 0;
      padding: 0.5rem var(--_space) var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    legend {
      padding-inline: 0.25rem;
    }
    .new-tension[open] {
      display: grid;
      gap: var(--_space);
    }
    .picks {
      display: grid;
      margin-block-start: 0.5rem;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.25rem;
    }
    .choice,
    .pick {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      min-height: 2.75rem;
      font-weight: normal;
      cursor: pointer;
    }
    .choice input,
    .pick input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0;
      accent-color: var(--_accent);
    }
    /* A picked interest's marker and text stay beside its checkbox. */
    .pick {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
    }
    .reason {
      margin-block-start: 0.5rem;
    }
    .hint.problem {
      color: var(--_demand);
      font-weight: 600;
    }
    .adopt {
      display: grid;
      gap: 0.5rem;
      justify-items: start;
    }
    .outside {
      padding: var(--_space);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
    }

    /*
     * One section at a time (the guided workshop): the header on one line, and
     * the cards of a section side by side where there is room, so a section
     * fits a projected screen.
     */
    :host([sections]) .canvas {
      gap: var(--_space);
    }
    :host([sections]) .header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25rem var(--_space);
    }
    :host([sections]) .header .empty {
      flex-basis: 100%;
    }
    /*
     * On a wide screen a section's cards stand side by side in a lane that
     * scrolls sideways, as notes on a flip-over: a section stays about one
     * screen high however many themes, gets or demands there are.
     */
    @media screen {
      @container (min-width: 48rem) {
        :host([sections]) .section-panel ul.cards {
          grid-auto-flow: column;
          grid-auto-columns: minmax(17rem, 1fr);
          align-items: start;
          overflow-x: auto;
          overscroll-behavior-x: contain;
          scroll-snap-type: x proximity;
          padding-block-end: 0.5rem;
        }
        :host([sections]) .section-panel ul.cards > li {
          scroll-snap-align: start;
        }
      }
    }

    /* A poster for the projector: larger type, sections side by side. */
    @media screen {
      :host([poster]) {
        font-size: 1.35rem;
      }
      :host([poster]) .statement-text {
        font-size: 2.2em;
      }
      :host([poster]) .board {
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
        grid-template-rows: auto;
      }
      :host([poster]) .common-ground {
        grid-row: auto;
      }
    }

    @media (forced-colors: active) {
      .statement {
        border-color: CanvasText;
      }
    }

    /*
     * Printed as a poster: the canvas asks for its own pages (A3 landscape,
     * see poster-page.ts), shows every text as text, and leaves out the
     * controls. Nothing has a fixed height or hides overflow, so no text is cut.
     */
    @media print {
      :host {
        page: ${unsafeCSS(POSTER_PAGE)};
        font-size: 10pt;
      }
      button,
      input,
      select,
      textarea,
      [role='status'],
      .visually-hidden,
      .suggestions,
      .theme-edit,
      .actions,
      .new-tension,
      .round,
      .statement-edit {
        display: none !important;
      }
      .print-text {
        display: block;
      }
      .panel,
      .card {
        background: none;
      }
      .statement-text {
        font-size: 2em;
      }
      .board {
        grid-template-columns: repeat(3, minmax(0, 1fr));
        grid-template-rows: auto;
      }
      .common-ground {
        grid-row: auto;
      }
      .parts {
        grid-template-columns: repeat(4, minmax(0, 1fr));
      }
      .drafts {
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
      }
      /* Printed from the sections, the poster is laid out as a whole: the statement on top, three columns, the ambition. */
      :host([sections]) .sections {
        display: grid;
        gap: calc(var(--_space) * 1.5);
        grid-template-columns: repeat(3, minmax(0, 1fr));
      }
      :host([sections]) .section-panel:last-child {
        display: contents !important;
      }
      :host([sections]) .statement {
        order: -1;
        grid-column: 1 / -1;
      }
      :host([sections]) .ambition {
        grid-column: 1 / -1;
      }
    }
  `,
  posterPrint,
];
