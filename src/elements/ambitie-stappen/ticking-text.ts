import type { Part } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';

/** A source of ticks: a running timer tells its listeners that time moved on. */
export class Ticks {
  readonly #listeners = new Set<() => void>();

  /** Calls `listener` on every tick until the returned function is called. */
  listen(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  tick(): void {
    for (const listener of this.#listeners) listener();
  }
}

/**
 * Text that follows `ticks` by itself: each tick writes only this text, so a
 * running timer does not render the element around it again.
 */
class TickingText extends AsyncDirective {
  #ticks?: Ticks;
  #read: () => string = () => '';
  #stop?: () => void;

  render(_ticks: Ticks, read: () => string): string {
    return read();
  }

  override update(_part: Part, [ticks, read]: Parameters<this['render']>): string {
    this.#read = read;
    if (ticks !== this.#ticks || !this.#stop) {
      this.#stop?.();
      this.#ticks = ticks;
      this.#listen();
    }
    return read();
  }

  #listen(): void {
    this.#stop = this.#ticks?.listen(() => this.setValue(this.#read()));
  }

  protected override disconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }

  protected override reconnected(): void {
    this.#listen();
  }
}

export const tickingText = directive(TickingText);
