import { attachContextRoot } from '../../context/context-root.js';
import { defineElement } from '../../define-element.js';
import { BelangenKaart } from './belangen-kaart.js';

attachContextRoot();
defineElement('belangen-kaart', BelangenKaart);

declare global {
  interface HTMLElementTagNameMap {
    'belangen-kaart': BelangenKaart;
  }
}
