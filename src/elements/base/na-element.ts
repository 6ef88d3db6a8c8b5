import { consume } from '@lit/context';
import { LitElement, type PropertyValues, type ReactiveControllerHost } from 'lit';
import { state } from 'lit/decorators.js';
import { workshopContext } from '../../context/workshop-context.js';
import { inLanguage, languageOf, loadLanguage, watchLanguage, type Language } from '../../i18n/locale.js';
import type { Derived } from '../../model/derived.js';
import type { Permissions } from '../../model/permissions.js';
import type { WorkshopStore } from '../../model/store-api.js';
import type { WorkshopFile } from '../../model/types.js';
import { same, type Slice } from './slice.js';

/** What an element lends the sections it renders: its workshop, its language and its rendering. */
export interface SectionHost {
  readonly host: ReactiveControllerHost;
  root(): ParentNode;
  store(): WorkshopStore | undefined;
  workshop(): WorkshopFile | undefined;
  derived(): Derived | undefined;
  may(): Permissions | undefined;
  language(): Language;
  say<T>(fn: () => T): T;
}

/**
 * What every element of the library shares: the workshop store from the
 * nearest `<netwerk-ambitie>`, rendering again only when what it shows changed
 * (its `select()`), and rendering in its own language (`lang` on itself, an
 * ancestor, or `<html>`), live.
 *
 * Every element, `<netwerk-ambitie>` too, reads these design tokens; each
 * falls back to the NL Design System basis token named, then to a default.
 *
 * @cssproperty --na-font-family - Body font (falls back to `--basis-text-font-family-default`, then the page's font).
 * @cssproperty --na-heading-font-family - Heading font (falls back to `--basis-heading-font-family`).
 * @cssproperty --na-color-text - Text colour (falls back to `--basis-color-default-color-default`).
 * @cssproperty --na-color-muted - Secondary text colour.
 * @cssproperty --na-color-background - Background of fields and cards.
 * @cssproperty --na-color-surface - Background of panels.
 * @cssproperty --na-color-border - Borders (falls back to `--basis-color-default-border-default`).
 * @cssproperty --na-color-accent - Primary actions and the current step (falls back to `--basis-color-action-1-bg-default`).
 * @cssproperty --na-color-on-accent - Text on the accent colour.
 * @cssproperty --na-color-wish - Marker of a wish (negotiable).
 * @cssproperty --na-color-demand - Marker of a demand (non-negotiable).
 * @cssproperty --na-color-focus - Focus ring.
 * @cssproperty --na-radius - Corner radius (falls back to `--basis-border-radius-md`).
 * @cssproperty --na-space - Base spacing.
 * @cssproperty --na-duration - Length of transitions (0 when the user prefers reduced motion).
 */
export class NaElement extends LitElement {
  /** The workshop store of the nearest `<netwerk-ambitie>`. */
  @consume({ context: workshopContext, subscribe: true })
  @state()
  protected store?: WorkshopStore;

  /** The language this element renders in. */
  @state()
  protected language: Language = 'nl';

  #unsubscribe?: () => void;
  #unwatch?: () => void;
  /** The slice the last render showed. */
  #shown?: Slice;

  /** The current workshop, or `undefined` outside a provider. */
  protected get workshop(): WorkshopFile | undefined {
    return this.store?.snapshot;
  }

  /** What the model derives from the current workshop: progress, limits, themes, matches, consent. */
  protected get derived(): Derived | undefined {
    const file = this.workshop;
    return file && this.store?.derive(file);
  }

  /** What this device may do; without a workshop, nothing but reading. */
  protected get may(): Permissions | undefined {
    return this.store?.permissions;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#followLanguage();
    this.#unwatch = watchLanguage(() => this.#followLanguage());
    this.#subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatch?.();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #followLanguage(): void {
    this.language = languageOf(this);
    void loadLanguage(this.language);
    this.requestUpdate();
  }

  #subscribe(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = this.store?.subscribe(() => {
      if (!same(this.#shown, this.#slice())) this.requestUpdate();
    });
  }

  #slice(): Slice {
    const store = this.store;
    return store ? this.select(store.snapshot, store.derive(store.snapshot), store) : [];
  }

  /**
   * What this element shows of the workshop: the values (snapshot parts,
   * derived data, session) its render reads. After a change in the workshop
   * it renders again only when one of them is another value or object than
   * before; unchanged parts of a snapshot keep their identity. The default
   * is the whole workshop and session; elements narrow it.
   */
  protected select(file: WorkshopFile, _derived: Derived, store: WorkshopStore): Slice {
    return [file, store.session];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('store' as keyof NaElement)) this.#subscribe();
  }

  /** Renders with `msg()` answering in this element's language. */
  protected override update(changed: PropertyValues<this>): void {
    this.#shown = this.#slice();
    inLanguage(this.language, () => super.update(changed));
  }

  /** What the sections this element renders may read and do. */
  protected lend(): SectionHost {
    return {
      host: this,
      root: () => this.renderRoot,
      store: () => this.store,
      workshop: () => this.workshop,
      derived: () => this.derived,
      may: () => this.may,
      language: () => this.language,
      say: (fn) => this.say(fn),
    };
  }

  /** Runs `fn` in this element's language, for texts made outside `render()`. */
  protected say<T>(fn: () => T): T {
    return inLanguage(this.language, fn);
  }
}
