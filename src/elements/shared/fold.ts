import { nothing, type ChildPart, type ReactiveControllerHost } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * The content of a `<details>` fold, built the first time the fold opens and
 * kept from then on: a closed fold costs nothing to render, lay out or keep
 * up to date. Place it in the fold, after its `<summary>`:
 * `<details><summary>…</summary>${openedContent(() => html`…`)}</details>`.
 * Opening the fold renders its element again, so the content is made in
 * that element's render (its language, its loading of elements).
 */
class OpenedContent extends Directive {
  #fold?: HTMLDetailsElement;
  #opened = false;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('openedContent() belongs inside a <details> element.');
  }

  render(content: () => unknown): unknown {
    return this.#opened ? content() : nothing;
  }

  override update(part: ChildPart, [content]: Parameters<this['render']>): unknown {
    const fold = part.parentNode as HTMLDetailsElement;
    if (fold !== this.#fold) {
      this.#fold = fold;
      const host = part.options?.host as ReactiveControllerHost | undefined;
      fold.addEventListener('toggle', () => {
        if (!fold.open || this.#opened) return;
        this.#opened = true;
        host?.requestUpdate();
      });
    }
    this.#opened ||= fold.open;
    return this.render(content);
  }
}

export const openedContent = directive(OpenedContent);
