import { attachContextRoot } from '../../context/context-root.js';
import { defineElement } from '../../define-element.js';
import { AmbitieCanvas } from './ambitie-canvas.js';

attachContextRoot();
defineElement('ambitie-canvas', AmbitieCanvas);

declare global {
  interface HTMLElementTagNameMap {
    'ambitie-canvas': AmbitieCanvas;
  }
}
