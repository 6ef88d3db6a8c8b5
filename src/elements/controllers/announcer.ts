import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A message for screen readers: the element renders `region()` once, in an
 * `aria-live` role="status" paragraph, and `announce()` puts the latest change
 * there, rendering the host again.
 */
export class Announcer implements ReactiveController {
  #text = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** What was said last. */
  get text(): string {
    return this.#text;
  }

  announce(text: string): void {
    this.#text = text;
    this.host.requestUpdate();
  }

  hostConnected(): void {}

  /** The live region, with `part` and `class` as the element names them. */
  region(part: string | undefined = 'status', className = 'visually-hidden'): TemplateResult {
    return html`<p class=${className} role="status" part=${part ?? nothing}>${this.#text || nothing}</p>`;
  }
}
