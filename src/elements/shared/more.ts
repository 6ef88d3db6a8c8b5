import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { inLanguage, languageOf } from '../../i18n/locale.js';
import { announcerOf } from '../controllers/announcer.js';

// Long lists that show their first entries and more on request ("Meer
// tonen"), and show every entry in print.

/** Whether the page is being printed: bounded lists then show every entry. */
let printing = false;
/** The elements that render bounded lists, to render again when printing starts or ends. */
const hosts = new Set<ReactiveControllerHost>();
let listening = false;

function setPrinting(on: boolean): void {
  if (printing === on) return;
  printing = on;
  for (const host of hosts) {
    host.requestUpdate();
    // Printed at once after `beforeprint` (window.print() does not wait for Lit's next microtask).
    (host as Partial<{ performUpdate(): void }>).performUpdate?.();
  }
}

/** Whether the page is being printed (or is about to be). */
export const isPrinting = (): boolean => printing;

/** Says that printing starts now, for what lays the page out just before (`beforeprint` listeners run in turn). */
export function startPrinting(): void {
  listen();
  setPrinting(true);
}

function listen(): void {
  if (listening) return;
  listening = true;
  addEventListener('beforeprint', () => setPrinting(true));
  addEventListener('afterprint', () => setPrinting(false));
  const print = matchMedia('print');
  print.addEventListener('change', () => setPrinting(print.matches));
  printing = print.matches;
}

/**
 * Renders `host` again when the page starts or stops printing, so the
 * bounded lists it renders with `firstOf()` print whole.
 */
function printWholeLists(host: ReactiveControllerHost): void {
  const controller: ReactiveController = {
    hostConnected: () => {
      listen();
      hosts.add(host);
    },
    hostDisconnected: () => void hosts.delete(host),
  };
  host.addController(controller);
}

/**
 * The first `shown` entries of `list`, and a "Meer tonen" button when there
 * are more: long lists build only what is asked for. `more` asks for more
 * (the caller shows more entries and renders again). Render `more` right
 * after the list (`<ul>…</ul>${more}`): after a click, focus moves to the
 * first entry shown now, and the element's live region (its `Announcer`)
 * says how many were added. In print every entry shows (with
 * `BoundedLists` on the element).
 */
export function firstOf<T>(
  list: readonly T[],
  shown: number,
  more: () => void,
  what: string,
): { shown: readonly T[]; more: TemplateResult | typeof nothing } {
  if (printing || list.length <= shown) return { shown: list, more: nothing };
  return {
    shown: list.slice(0, shown),
    more: html`<p class="more">
      <button type="button" class="small" @click=${(event: Event) => showMore(event, more, list.length)}>
        ${msg('Meer tonen')}<span class="visually-hidden">: ${what}</span>
        <span class="count">${msg(str`(nog ${list.length - shown})`)}</span>
      </button>
    </p>`,
  };
}

/**
 * The bounded lists of an element, each by its key: how many entries each
 * shows (`first`, and `step` more each time more are asked for), and the
 * element renders again for print (`printWholeLists`).
 */
export class BoundedLists {
  #shown: ReadonlyMap<string, number> = new Map();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly first: number,
    private readonly step: number,
  ) {
    printWholeLists(host);
  }

  /** The list with `key`: its first entries and its "Meer tonen" (see `firstOf`). */
  firstOf<T>(key: string, list: readonly T[], what: string): ReturnType<typeof firstOf<T>> {
    const count = this.#shown.get(key) ?? this.first;
    return firstOf(
      list,
      count,
      () => {
        this.#shown = new Map([...this.#shown, [key, count + this.step]]);
        this.host.requestUpdate();
      },
      what,
    );
  }
}

async function showMore(event: Event, more: () => void, total: number): Promise<void> {
  const button = event.currentTarget as HTMLElement;
  const list = button.closest('.more')?.previousElementSibling;
  const root = button.getRootNode();
  const host = root instanceof ShadowRoot ? (root.host as HTMLElement & ReactiveControllerHost) : undefined;
  if (!list || !host?.updateComplete) return more();
  const before = list.children.length;
  more();
  await host.updateComplete;
  const first = list.children[before] as HTMLElement | undefined;
  if (!first) return;
  first.tabIndex = -1;
  first.focus();
  const now = list.children.length;
  announcerOf(host)?.announce(
    inLanguage(languageOf(host), () => msg(str`${now - before} meer getoond, ${now} van ${total}.`)),
  );
}
