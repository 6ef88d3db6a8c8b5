import { msg, str } from '@lit/localize';
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { WorkshopStore } from '../../model/store-api.js';

/** One section of a step. */
export interface Section {
  id: string;
  label: string;
}

export interface SectionTabsOptions {
  /** Under which key the shown section is remembered on this device (the step). */
  key: string;
  store(): WorkshopStore | undefined;
  /** The sections, in order. */
  sections(): readonly Section[];
  /** The name of the row of tabs, e.g. "Onderdelen van stap 4". */
  label(): string;
  /** The section shown while none was chosen on this device (the first when absent). */
  initial?(): string | undefined;
  /** Whether the sections are shown now (always when absent): the keys move between them only then. */
  active?(): boolean;
}

/** What shows that the user works in a section: it stays shown. */
const WORK = ['focusin', 'pointerdown', 'click', 'keydown'] as const;

/** Keys that move to the next and the previous section from anywhere in the workshop. */
export const NEXT_KEY = 'PageDown';
export const PREVIOUS_KEY = 'PageUp';

/**
 * A step organised in sections, one shown at a time: a row of tabs (the ARIA
 * tabs pattern: arrow keys, Home and End move between the tabs), a panel per
 * section, a button at the end of each panel to the next one, and Alt+Page
 * Down and Alt+Page Up to move on and back from anywhere in the workshop (the bar too). The
 * section shown is remembered per step on this device (`session.sections`).
 * Printed, every section shows.
 */
export class SectionTabs implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    private readonly options: SectionTabsOptions,
  ) {
    host.addController(this);
  }

  /** Where the keys are heard: the whole workshop the host is part of (the element whose shadow root holds it), or the host. */
  #scope?: EventTarget;

  hostConnected(): void {
    const root = this.host.getRootNode();
    this.#scope = root instanceof ShadowRoot ? root.host : this.host;
    this.#scope.addEventListener('keydown', this.#key as EventListener);
    // Heard inside the host, before the control acts: what happens within a shadow root never reaches the host itself.
    for (const type of WORK) this.host.renderRoot.addEventListener(type, this.#working, true);
  }

  hostDisconnected(): void {
    this.#scope?.removeEventListener('keydown', this.#key as EventListener);
    for (const type of WORK) this.host.renderRoot.removeEventListener(type, this.#working, true);
  }

  /**
   * Work begun in the section shown keeps it shown: while none was chosen,
   * the section shown first may follow the workshop (step 1 shows the cards
   * once there are partners), but not once the user works in it (adding the
   * first partner stays with the partners).
   */
  #working = (event: Event): void => {
    const store = this.options.store();
    if (!store || store.session.sections?.[this.options.key] !== undefined) return;
    if (this.options.active && !this.options.active()) return;
    const shown = this.current;
    const panel = this.#panelId(shown);
    if (!event.composedPath().some((node) => node instanceof HTMLElement && node.id === panel)) return;
    const pin = () => {
      if (store.session.sections?.[this.options.key] === undefined)
        store.setSession({ sections: { ...store.session.sections, [this.options.key]: shown } });
    };
    // Focus can land during a render (focus after an action): remember it after that.
    if (event.type === 'focusin') queueMicrotask(pin);
    else pin();
  };

  /** The id of the section shown. */
  get current(): string {
    const sections = this.options.sections();
    const chosen = this.options.store()?.session.sections?.[this.options.key] ?? this.options.initial?.();
    return sections.some((s) => s.id === chosen) ? chosen! : (sections[0]?.id ?? '');
  }

  /** Shows section `id`; with `focus`, puts the focus on its tab. */
  show(id: string, focus = false): void {
    const store = this.options.store();
    if (!store) return;
    if (id !== this.current) store.setSession({ sections: { ...store.session.sections, [this.options.key]: id } });
    this.host.requestUpdate();
    if (focus)
      void this.host.updateComplete.then(() =>
        this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.#tabId(id))}`)?.focus(),
      );
  }

  /** Shows the section `delta` places on (or back), staying at the ends. */
  move(delta: number, focus = true): void {
    const sections = this.options.sections();
    const at = sections.findIndex((s) => s.id === this.current);
    const next = sections[Math.max(0, Math.min(sections.length - 1, at + delta))];
    if (next) this.show(next.id, focus);
  }

  #key = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (this.options.active && !this.options.active()) return;
    if (event.key !== NEXT_KEY && event.key !== PREVIOUS_KEY) return;
    event.preventDefault();
    this.move(event.key === NEXT_KEY ? 1 : -1);
  };

  #tabKey(event: KeyboardEvent, index: number): void {
    const sections = this.options.sections();
    const to =
      event.key === 'ArrowRight'
        ? (index + 1) % sections.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + sections.length) % sections.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? sections.length - 1
              : undefined;
    if (to === undefined) return;
    event.preventDefault();
    this.show(sections[to].id, true);
  }

  #tabId = (id: string) => `step${this.options.key}-${id}-tab`;
  #panelId = (id: string) => `step${this.options.key}-${id}`;

  /** The row of tabs, with the keys that move between sections. */
  tabs(): TemplateResult {
    const sections = this.options.sections();
    const current = this.current;
    return html`<div class="section-nav" part="section-nav">
      <div role="tablist" aria-label=${this.options.label()} class="section-tabs" part="section-tabs">
        ${sections.map(
          (section, index) =>
            html`<button
              type="button"
              role="tab"
              part=${section.id === current ? 'section-tab section-tab-current' : 'section-tab'}
              id=${this.#tabId(section.id)}
              aria-controls=${this.#panelId(section.id)}
              aria-selected=${section.id === current ? 'true' : 'false'}
              aria-keyshortcuts="Alt+PageDown Alt+PageUp"
              tabindex=${section.id === current ? 0 : -1}
              @click=${() => this.show(section.id)}
              @keydown=${(event: KeyboardEvent) => this.#tabKey(event, index)}
            >
              <span class="section-number" aria-hidden="true">${index + 1}</span> ${section.label}
            </button>`,
        )}
      </div>
      <p class="section-keys">${msg('Alt + Page Down / Page Up: volgend of vorig onderdeel')}</p>
    </div>`;
  }

  /** The panel of section `id`, hidden while another is shown (printed always), ending with a way to the next. */
  panel(id: string, content: unknown): TemplateResult {
    const sections = this.options.sections();
    const index = sections.findIndex((s) => s.id === id);
    const next = sections[index + 1];
    return html`<div
      role="tabpanel"
      class="section-panel"
      id=${this.#panelId(id)}
      aria-labelledby=${this.#tabId(id)}
      ?hidden=${id !== this.current}
    >
      ${content}
      ${
        next
          ? html`<p class="section-next">
              <button type="button" @click=${() => this.show(next.id, true)}>
                ${msg(str`Verder: ${next.label}`)} <span aria-hidden="true">→</span>
              </button>
            </p>`
          : nothing
      }
    </div>`;
  }
}

/** The styles of the tabs and panels, for the element that shows them. */
export const sectionStyles = css`
  .section-nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  .section-tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    border-block-end: 2px solid var(--_border);
  }
  .section-tabs [role='tab'] {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    margin-block-end: -2px;
    border-end-start-radius: 0;
    border-end-end-radius: 0;
    font-weight: 600;
  }
  .section-tabs [aria-selected='true'] {
    border: 2px solid var(--_accent);
    border-block-end: 4px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 12%, var(--_bg));
  }
  .section-number {
    display: inline-grid;
    place-items: center;
    min-width: 1.5em;
    height: 1.5em;
    border-radius: 50%;
    border: 1px solid currentColor;
    font-size: 0.8em;
  }
  [aria-selected='true'] .section-number {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .section-keys {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .section-panel {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    min-width: 0;
  }
  .section-next {
    display: flex;
    justify-content: flex-end;
  }
  @media (forced-colors: active) {
    .section-tabs [aria-selected='true'] {
      border-color: Highlight;
    }
  }
  @media print {
    .section-nav,
    .section-next {
      display: none !important;
    }
    .section-panel[hidden] {
      display: grid !important;
    }
  }
`;
