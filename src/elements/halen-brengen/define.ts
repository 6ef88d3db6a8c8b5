import { attachContextRoot } from '../../context/context-root.js';
import { defineElement } from '../../define-element.js';
import { HalenBrengen } from './halen-brengen.js';

attachContextRoot();
defineElement('halen-brengen', HalenBrengen);

declare global {
  interface HTMLElementTagNameMap {
    'halen-brengen': HalenBrengen;
  }
}
