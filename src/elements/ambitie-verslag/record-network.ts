import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import '../netwerk-beeld/define.js';

/** The network picture in the record: the partners around the ambition, linked by confirmed matches and shared themes. */
export function networkSection(): TemplateResult {
  return html`<section part="network" class="section">
    <h3>${msg('Netwerkbeeld')}</h3>
    <netwerk-beeld></netwerk-beeld>
  </section>`;
}
