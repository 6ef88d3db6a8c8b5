import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** Each element's (first) announcer, for what shared parts of its sections have to say (see `announcerOf`). */
const announcers = new WeakMap<ReactiveControllerHost, Announcer>();

/** The announcer of `host`, if it has one. */
export const announcerOf = (host: ReactiveControllerHost): Announcer | undefined => announcers.get(host);

/**
 * A message for screen readers: the element renders `region()` once, in an
 * `aria-live` role="status" paragraph, and `announce()` puts the latest change
 * there, rendering the host again.
 */
export class Announcer implements ReactiveController {
  #text = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
    if (!announcers.has(host)) announcers.set(host, this);
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
