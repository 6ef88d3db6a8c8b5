import { attachContextRoot } from '../../context/context-root.js';
import { defineElement } from '../../define-element.js';
import { PartnerLijst } from './partner-lijst.js';

attachContextRoot();
defineElement('partner-lijst', PartnerLijst);

declare global {
  interface HTMLElementTagNameMap {
    'partner-lijst': PartnerLijst;
  }
}
