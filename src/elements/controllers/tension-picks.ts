import { msg } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toggled } from '../shared/toggled.js';

/**
 * Picking items for a new tension: which items are picked, what pulls
 * against what, and the problem when fewer than two were picked. Used
 * wherever a tension is marked (the overview and the canvas).
 */
export class TensionPicks implements ReactiveController {
  #picked: ReadonlySet<string> = new Set();
  #text = '';
  #error = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Runs a text maker in the host's language. */
    private readonly say: <T>(fn: () => T) => T,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get picked(): ReadonlySet<string> {
    return this.#picked;
  }

  get text(): string {
    return this.#text;
  }

  get error(): string {
    return this.#error;
  }

  has(id: string): boolean {
    return this.#picked.has(id);
  }

  pick(id: string, on: boolean): void {
    this.#picked = toggled(this.#picked, id, on);
    this.#error = '';
    this.host.requestUpdate();
  }

  write(text: string): void {
    this.#text = text;
    this.host.requestUpdate();
  }

  /** Forgets the picks, the text and the problem. */
  clear(): void {
    if (!this.#picked.size && !this.#text && !this.#error) return;
    this.#picked = new Set();
    this.#text = '';
    this.#error = '';
    this.host.requestUpdate();
  }

  /**
   * The tension to save from the picked `ids` (in the order to save them):
   * its items and text, forgetting the picks; or `undefined`, with the
   * problem said, when fewer than two are picked.
   */
  take(ids: readonly string[]): { itemIds: string[]; text: string } | undefined {
    if (ids.length < 2) {
      this.#error = this.say(() => msg('Kies minstens twee onderdelen die tegen elkaar in werken.'));
      this.host.requestUpdate();
      return undefined;
    }
    const tension = { itemIds: [...ids], text: this.#text.trim() };
    this.clear();
    return tension;
  }
}
