import { msg } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { WorkshopStore } from '../../model/store-api.js';
import type { WorkshopFile } from '../../model/types.js';
import { adoptSheet } from '../../styles/adopt.js';
import { panel } from '../../styles/panel.js';
import { SectionTabs, sectionStyles } from '../controllers/section-tabs.js';
import { recall, remember } from '../shared/device-memory.js';
import { styles } from './guided-workshop.styles.js';
import { PartnerSwitcher } from './partner-switcher.js';

/** What the guided workshop needs from `<netwerk-ambitie>`. */
export interface GuidedHost {
  readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };
  store(): WorkshopStore;
  /** The sync server's address, when the workshop has one. */
  sync(): string | undefined;
  workshopId(): string;
}

/** Fields where typing happens: they keep the browser's own undo. */
const TEXT_INPUTS = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'number', 'date']);

function typingIn(event: Event): boolean {
  const target = event.composedPath()[0];
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

/**
 * The complete guided workshop, laid out for a projected screen: one compact
 * bar with the steps, the agenda and the shared timer, large text and full
 * screen; under it the current step's work first, with the facilitator's
 * tips beside it. Steps with much to do are organised in sections shown one
 * at a time (step 1 here; steps 4 and 5 in their elements). On the
 * facilitator's screen a partner switcher keeps the partner chosen across
 * steps 1 and 2. Ctrl/⌘+Z undoes and Shift+Ctrl/⌘+Z (or Ctrl+Y) redoes the
 * last change made on this device, outside text fields, which keep the
 * browser's own undo of what is being typed.
 *
 * Loaded with the first guided workshop shown, so a page that composes its
 * own elements never downloads it.
 */
export class GuidedWorkshop implements ReactiveController {
  #large = recall('large-text') === 'on';
  #tips = recall('tips') !== 'off';
  #said = '';
  /** The store whose remembered sections were restored. */
  #restored?: WorkshopStore;
  /** The sections last remembered on this device. */
  #remembered?: Readonly<Record<string, string>>;
  readonly #switcher: PartnerSwitcher;
  readonly #stepOne: SectionTabs;
  /** The paper cards' fold has been opened: its cards are built from then on. */
  #paperOpened = false;
  #paperToggled = (event: Event) => {
    if (this.#paperOpened || !(event.target as HTMLDetailsElement).open) return;
    this.#paperOpened = true;
    this.guided.host.requestUpdate();
  };

  constructor(private readonly guided: GuidedHost) {
    const host = guided.host;
    host.addController(this);
    this.#switcher = new PartnerSwitcher(guided.workshopId, () => {
      host.requestUpdate();
      return host.updateComplete;
    });
    this.#stepOne = new SectionTabs(host, {
      key: '1',
      store: guided.store,
      label: () => msg('Onderdelen van stap 1'),
      sections: () => [
        { id: 'partners', label: msg('Partners') },
        { id: 'cards', label: msg('Belangenkaarten') },
      ],
      initial: () => (guided.store().snapshot.partners.length ? 'cards' : 'partners'),
      active: () => guided.store().snapshot.step === 1 && this.#facilitator,
    });
    const root = host.shadowRoot;
    if (root) for (const sheet of [panel, styles, sectionStyles]) adoptSheet(root, sheet.styleSheet!);
  }

  hostConnected(): void {
    this.guided.host.addEventListener('keydown', this.#key);
    document.addEventListener('fullscreenchange', this.#fullscreenChanged);
  }

  hostDisconnected(): void {
    this.guided.host.removeEventListener('keydown', this.#key);
    document.removeEventListener('fullscreenchange', this.#fullscreenChanged);
  }

  /** The sections this device chose in each step, remembered per workshop. */
  hostUpdate(): void {
    const store = this.guided.store();
    if (this.#restored === store) {
      const sections = store.session.sections;
      if (sections && sections !== this.#remembered)
        remember(`${this.guided.workshopId()}:sections`, JSON.stringify(sections));
      this.#remembered = sections;
      return;
    }
    this.#restored = store;
    try {
      const kept: unknown = JSON.parse(recall(`${this.guided.workshopId()}:sections`) ?? 'null');
      if (kept && typeof kept === 'object' && !store.session.sections) {
        const sections = Object.fromEntries(Object.entries(kept).filter(([, v]) => typeof v === 'string'));
        store.setSession({ sections });
      }
    } catch {
      // Nothing usable remembered.
    }
  }

  get #facilitator(): boolean {
    return this.guided.store().session.role === 'facilitator';
  }

  #announce(text: string): void {
    this.#said = text;
    this.guided.host.requestUpdate();
  }

  #key = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || !(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    const undo = key === 'z' && !event.shiftKey;
    const redo = (key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey && !event.shiftKey);
    if ((!undo && !redo) || typingIn(event)) return;
    event.preventDefault();
    const store = this.guided.store();
    if (undo ? !store.canUndo : !store.canRedo) {
      this.#announce(undo ? msg('Er is niets om ongedaan te maken.') : msg('Er is niets om opnieuw te doen.'));
      return;
    }
    if (undo) store.undo();
    else store.redo();
    this.#announce(undo ? msg('Laatste wijziging ongedaan gemaakt.') : msg('Wijziging opnieuw gedaan.'));
  };

  #fullscreenChanged = (): void => this.guided.host.requestUpdate();

  get #fullscreen(): boolean {
    return document.fullscreenElement === this.guided.host;
  }

  #toggleFullscreen(): void {
    if (this.#fullscreen) void document.exitFullscreen();
    else
      this.guided.host
        .requestFullscreen()
        .catch(() => this.#announce(msg('Volledig scherm is op deze pagina niet toegestaan.')));
  }

  #toggleLarge(): void {
    this.#large = !this.#large;
    remember('large-text', this.#large ? 'on' : undefined);
    this.guided.host.requestUpdate();
  }

  #toggleTips(): void {
    this.#tips = !this.#tips;
    remember('tips', this.#tips ? undefined : 'off');
    this.guided.host.requestUpdate();
  }

  render(): TemplateResult {
    const store = this.guided.store();
    const file = store.snapshot;
    const facilitator = this.#facilitator;
    const tips = facilitator && this.#tips;
    return html`
      <section
        part="workshop"
        class="workshop ${this.#large ? 'large' : ''}"
        aria-label=${file.title || msg('Netwerkambitie')}
      >
        <ambitie-stappen part="bar" compact>
          <div slot="controls" part="view" class="view" role="group" aria-label=${msg('Weergave')}>
            <button type="button" aria-pressed=${this.#large ? 'true' : 'false'} @click=${() => this.#toggleLarge()}>
              ${msg('Grote tekst')}
            </button>
            ${
              document.fullscreenEnabled
                ? html`<button
                    type="button"
                    aria-pressed=${this.#fullscreen ? 'true' : 'false'}
                    @click=${() => this.#toggleFullscreen()}
                  >
                    ${msg('Volledig scherm')}
                  </button>`
                : nothing
            }
            ${
              facilitator
                ? html`<button type="button" aria-pressed=${tips ? 'true' : 'false'} @click=${() => this.#toggleTips()}>
                    ${msg('Tips')}
                  </button>`
                : nothing
            }
          </div>
        </ambitie-stappen>
        <div class="work ${tips ? 'with-tips' : ''}">
          <div class="step">${this.#work(file, facilitator)}</div>
          ${tips ? html`<facilitator-tips></facilitator-tips>` : nothing}
        </div>
        <p class="visually-hidden" role="status">${this.#said}</p>
      </section>
    `;
  }

  /**
   * The current step's work. A partner's device opens on its own card, with
   * its own get and bring beside it while the workshop is in step 1 or 2.
   */
  #work(file: WorkshopFile, facilitator: boolean): TemplateResult {
    // A partner fills in steps 1 and 2 on its own device, ahead of the meeting too. One
    // template for both steps keeps the elements (and the focus in them) when the step moves on.
    const partnerWork = html`<belangen-kaart></belangen-kaart><halen-brengen></halen-brengen>`;
    const derived = this.guided.store().derive(file);
    const chosen = this.#switcher.partner(file)?.id;
    switch (file.step) {
      case 1:
        return facilitator ? this.#prepareAndFill(file) : partnerWork;
      case 2:
        return facilitator
          ? html`${this.#switcher.render(file, derived, 2)}
              <halen-brengen partner=${ifDefined(chosen)}></halen-brengen>`
          : partnerWork;
      case 3:
        return html`<belangen-overzicht></belangen-overzicht>`;
      case 4:
        return html`<ambitie-canvas sections></ambitie-canvas>`;
      case 5:
        return html`<ambitie-verslag sections></ambitie-verslag>`;
    }
  }

  /** Step 1 on the facilitator's screen: the partners (with invitations and paper cards, built when their fold first opens), and their cards. */
  #prepareAndFill(file: WorkshopFile): TemplateResult {
    const tabs = this.#stepOne;
    const derived = this.guided.store().derive(file);
    const chosen = this.#switcher.partner(file)?.id;
    const invite = this.guided.sync() ? html`<partner-uitnodigingen></partner-uitnodigingen>` : nothing;
    return html`${tabs.tabs()}
    ${tabs.panel(
      'partners',
      html`<partner-lijst></partner-lijst>${invite}
        <details part="paper" class="paper panel" @toggle=${this.#paperToggled}>
          <summary>${msg('Lege belangenkaarten op papier')}</summary>
          ${this.#paperOpened ? html`<belangen-kaart blank></belangen-kaart>` : nothing}
        </details>`,
    )}
    ${tabs.panel(
      'cards',
      html`${this.#switcher.render(file, derived, 1)}<belangen-kaart partner=${ifDefined(chosen)}></belangen-kaart>`,
    )}`;
  }
}
