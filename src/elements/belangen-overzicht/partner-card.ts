import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { aspirantLabel, directionLabel, scopeLabel } from '../../i18n/labels.js';
import { isInterest, type Direction, type Item, type Partner, type Scope } from '../../model/types.js';
import { kindMarker } from '../shared/kind-marker.js';
import { BoundedLists } from '../shared/more.js';
import { partnerName } from '../shared/partner-choice.js';
import { filled, short, type OverviewHost, type View } from './overview-view.js';
import type { ItemQuestions } from './questions.js';
import type { TensionMarking } from './tension-marking.js';

const SCOPE_ORDER: readonly Scope[] = ['organisation', 'personal', 'shared'];
const DIRECTION_ORDER: readonly Direction[] = ['get', 'bring'];

/** How many items a group of a column shows at first, and how many more each "Meer tonen" adds. */
export const SHOWN = { first: 8, more: 20 } as const;

/**
 * One partner's column after the reveal: its interests by scope and what it
 * comes to get and brings (the first items of each, more on request; all in
 * print), each item with its motivation, themes, tensions, a checkbox while a
 * tension is marked, and its questions.
 */
export class PartnerColumn {
  /** The items of each group (by partner and group), the first few shown (all in print). */
  readonly #groups: BoundedLists;

  constructor(
    private readonly overview: OverviewHost,
    private readonly questions: ItemQuestions,
    private readonly marking: TensionMarking,
  ) {
    this.#groups = new BoundedLists(overview.host, SHOWN.first, SHOWN.more);
  }

  render(partner: Partner, view: View): TemplateResult {
    const interests = view.interests.get(partner.id) ?? [];
    const contributions = view.contributions.get(partner.id) ?? [];
    return html`<section part="partner" class="partner panel">
      <h3 part="partner-name">
        ${partnerName(partner)} ${partner.aspirant ? html`<span class="aspirant">${aspirantLabel()}</span>` : nothing}
      </h3>
      ${SCOPE_ORDER.map((scope) => {
        const items = interests.filter((i) => i.scope === scope);
        return scope === 'personal' && !items.length
          ? nothing
          : this.#group(partner, scope, scopeLabel(scope), items, view);
      })}
      ${DIRECTION_ORDER.map((direction) =>
        this.#group(
          partner,
          direction,
          directionLabel(direction),
          contributions.filter((c) => c.direction === direction),
          view,
        ),
      )}
    </section>`;
  }

  #group(partner: Partner, group: Scope | Direction, label: string, items: Item[], view: View): TemplateResult {
    const bounded = this.#groups.firstOf(
      `${group} ${partner.id}`,
      items,
      msg(str`${label} van ${partnerName(partner)}`),
    );
    return html`<div part="group" class="group">
      <h4>${label}</h4>
      ${
        items.length
          ? html`<ul class="items">
                ${repeat(
                  bounded.shown,
                  (item) => item.id,
                  (item) => guard(this.#itemDependencies(item, view), () => this.#item(item, view)),
                )}
              </ul>
              ${bounded.more}`
          : html`<p class="muted">${msg('Nog niet ingevuld.')}</p>`
      }
    </div>`;
  }

  /**
   * Everything an item's rendering depends on. The store keeps unchanged
   * items, questions and tensions identical, so an item is only rendered
   * again when something of its own changed.
   */
  #itemDependencies(item: Item, view: View): unknown[] {
    return [
      item,
      this.overview.language(),
      view.marking && this.marking.has(item.id),
      view.marking,
      ...this.questions.dependencies(item.id),
      ...(view.questions.get(item.id) ?? []),
      '|',
      ...(view.tensions.get(item.id) ?? []).flatMap(({ tension, number }) => [tension, number]),
    ];
  }

  #item(item: Item, view: View): TemplateResult {
    const interest = isInterest(item) ? item : undefined;
    const tensions = view.tensions.get(item.id);
    const questions = view.questions.get(item.id);
    const selected = view.marking && this.marking.has(item.id);
    const name = short(item.text);
    const classes = [
      'item',
      interest?.kind === 'demand' ? 'demand' : '',
      tensions ? 'in-tension' : '',
      selected ? 'selected' : '',
    ].join(' ');
    return html`<li part="item" class=${classes} data-item=${item.id}>
      <div class="item-head">
        <span part="item-text" class="item-text" id=${`text-${item.id}`}>${item.text}</span>
        ${interest ? kindMarker(interest.kind) : nothing}
      </div>
      ${
        interest && filled(interest.motivation)
          ? html`<p part="motivation"><span class="label">${msg('Waarom:')}</span> ${interest.motivation}</p>`
          : nothing
      }
      ${
        item.themes?.length
          ? html`<div class="themes" part="themes">
              <span class="label">${msg('Thema’s:')}</span>
              <ul class="theme-list">
                ${item.themes.map((theme) => html`<li>${theme}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${
        tensions
          ? html`<p class="markers">
              ${tensions.map(
                ({ tension, number }) =>
                  html`<span part="tension-marker" class="tension-marker ${tension.resolved ? 'resolved' : ''}"
                    ><span aria-hidden="true">⚡</span>${
                      tension.resolved ? msg(str`Spanning ${number} (opgelost)`) : msg(str`Spanning ${number}`)
                    }</span
                  >`,
              )}
            </p>`
          : nothing
      }
      ${view.marking ? this.marking.pick(item, name) : nothing} ${this.questions.render(item, questions)}
    </li>`;
  }
}
