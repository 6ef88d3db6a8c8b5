import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { kindHint, kindLabel } from '../../i18n/labels.js';
import type { Kind } from '../../model/types.js';

/**
 * A wish or demand shown in words and with a shape (open circle for a wish,
 * filled square for a demand, a dashed square while neither is chosen),
 * never by colour alone. Style `.kind`, `.kind-wish`, `.kind-demand` and
 * `.kind-open` with `kindStyles`.
 */
export const kindMarker = (kind: Kind | undefined): TemplateResult =>
  kind
    ? html`<span class="kind kind-${kind}" part="kind kind-${kind}"
        ><span class="kind-shape" aria-hidden="true"></span>${kindLabel(kind)}<span class="visually-hidden">
          (${kindHint(kind)})</span
        ></span
      >`
    : html`<span class="kind kind-open" part="kind kind-open"
        ><span class="kind-shape" aria-hidden="true"></span>${msg('Wens of eis: nog niet gekozen')}</span
      >`;
