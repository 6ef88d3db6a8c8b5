import { attachContextRoot } from '../../context/context-root.js';
import { defineElement } from '../../define-element.js';
import { FacilitatorTips } from './facilitator-tips.js';

attachContextRoot();
defineElement('facilitator-tips', FacilitatorTips);

declare global {
  interface HTMLElementTagNameMap {
    'facilitator-tips': FacilitatorTips;
  }
}
