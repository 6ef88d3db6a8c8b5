import { attachContextRoot } from '../../context/context-root.js';
import { defineElement } from '../../define-element.js';
import { PartnerUitnodigingen } from './partner-uitnodigingen.js';

attachContextRoot();
defineElement('partner-uitnodigingen', PartnerUitnodigingen);

declare global {
  interface HTMLElementTagNameMap {
    'partner-uitnodigingen': PartnerUitnodigingen;
  }
}
