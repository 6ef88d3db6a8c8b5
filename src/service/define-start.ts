import { defineElement } from '../define-element.js';
import { WorkshopStart } from './workshop-start.js';

defineElement('workshop-start', WorkshopStart);

declare global {
  interface HTMLElementTagNameMap {
    'workshop-start': WorkshopStart;
  }
}
