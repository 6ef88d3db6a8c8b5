import { html, type TemplateResult } from 'lit';
import { kindHint, kindLabel } from '../../i18n/labels.js';
import type { Kind } from '../../model/types.js';

/**
 * A wish or demand shown in words and with a shape (open circle for a wish,
 * filled square for a demand), never by colour alone. Style `.kind`,
 * `.kind-wish` and `.kind-demand` with `kindStyles`.
 */
export const kindMarker = (kind: Kind): TemplateResult =>
  html`<span class="kind kind-${kind}" part="kind kind-${kind}"
    ><span class="kind-shape" aria-hidden="true"></span>${kindLabel(kind)}<span class="visually-hidden">
      (${kindHint(kind)})</span
    ></span
  >`;
