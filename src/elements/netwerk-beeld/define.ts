import { attachContextRoot } from '../../context/context-root.js';
import { defineElement } from '../../define-element.js';
import { NetwerkBeeld } from './netwerk-beeld.js';

attachContextRoot();
defineElement('netwerk-beeld', NetwerkBeeld);

declare global {
  interface HTMLElementTagNameMap {
    'netwerk-beeld': NetwerkBeeld;
  }
}
