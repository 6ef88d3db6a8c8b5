import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How focus lands: select an input's text, scroll the target into view. */
export interface FocusOptions {
  select?: boolean;
  scroll?: boolean;
}

/**
 * Puts focus on an element of the host's shadow root after its next render:
 * the element that an action made, opened or left behind. `focus(selector)`
 * asks for a render, so it also works when nothing else changed.
 */
export class FocusAfterRender implements ReactiveController {
  #selector?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    private readonly options: FocusOptions = {},
  ) {
    host.addController(this);
  }

  focus(selector: string): void {
    this.#selector = selector;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const selector = this.#selector;
    if (!selector) return;
    this.#selector = undefined;
    const target = this.host.renderRoot.querySelector<HTMLElement>(selector);
    if (!target) return;
    target.focus();
    if (this.options.select && target instanceof HTMLInputElement) target.select();
    if (this.options.scroll) target.scrollIntoView({ block: 'nearest' });
  }
}
