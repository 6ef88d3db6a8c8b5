import { attachContextRoot } from '../../context/context-root.js';
import { defineElement } from '../../define-element.js';
import { AmbitieStappen } from './ambitie-stappen.js';

attachContextRoot();
defineElement('ambitie-stappen', AmbitieStappen);

declare global {
  interface HTMLElementTagNameMap {
    'ambitie-stappen': AmbitieStappen;
  }
}
