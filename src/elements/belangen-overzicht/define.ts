import { attachContextRoot } from '../../context/context-root.js';
import { defineElement } from '../../define-element.js';
import { BelangenOverzicht } from './belangen-overzicht.js';

attachContextRoot();
defineElement('belangen-overzicht', BelangenOverzicht);

declare global {
  interface HTMLElementTagNameMap {
    'belangen-overzicht': BelangenOverzicht;
  }
}
