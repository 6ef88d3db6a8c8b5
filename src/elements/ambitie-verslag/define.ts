import { attachContextRoot } from '../../context/context-root.js';
import { defineElement } from '../../define-element.js';
import { AmbitieVerslag } from './ambitie-verslag.js';

attachContextRoot();
defineElement('ambitie-verslag', AmbitieVerslag);

declare global {
  interface HTMLElementTagNameMap {
    'ambitie-verslag': AmbitieVerslag;
  }
}
