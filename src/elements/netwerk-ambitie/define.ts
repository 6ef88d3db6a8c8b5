import { attachContextRoot } from '../../context/context-root.js';
import { defineElement } from '../../define-element.js';
import { NetwerkAmbitie } from './netwerk-ambitie.js';

attachContextRoot();
defineElement('netwerk-ambitie', NetwerkAmbitie);

declare global {
  interface HTMLElementTagNameMap {
    'netwerk-ambitie': NetwerkAmbitie;
  }
}
