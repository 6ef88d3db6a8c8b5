import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';

/**
 * How many entries a long list of the canvas shows at first, and how many
 * more each "more" adds; of the bringers that meet a get, the best few (the
 * rest all at once on request).
 */
export const SHOWN = { cards: 12, items: 8, matches: 3 } as const;

/**
 * The first `shown` of `list`, and a button that asks for more when there
 * are more (the caller adds `SHOWN.cards`): long lists build only what is asked for.
 */
export function firstOf<T>(
  list: readonly T[],
  shown: number,
  more: () => void,
  what: string,
): { shown: readonly T[]; more: TemplateResult | typeof nothing } {
  if (list.length <= shown) return { shown: list, more: nothing };
  return {
    shown: list.slice(0, shown),
    more: html`<p class="more">
      <button type="button" class="small" @click=${more}>
        ${msg('Meer tonen')}<span class="visually-hidden">: ${what}</span>
        <span class="count">${msg(str`(nog ${list.length - shown})`)}</span>
      </button>
    </p>`,
  };
}
