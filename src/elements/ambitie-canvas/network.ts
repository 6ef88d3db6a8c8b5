import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import '../netwerk-beeld/define.js';

/**
 * The network on the flip-over and the poster: the partners around the
 * ambition, linked by the matches people confirmed and the themes they
 * share (`<netwerk-beeld>`, loaded with the canvas).
 */
export function networkSection(): TemplateResult {
  return html`<section class="panel network" part="network" aria-labelledby="network-heading">
    <h3 id="network-heading">${msg('Netwerkbeeld')}</h3>
    <p class="hint">
      ${msg('Wie met wie verbonden is: wat de een brengt en de ander komt halen, en de thema’s die partners delen.')}
    </p>
    <netwerk-beeld></netwerk-beeld>
  </section>`;
}
