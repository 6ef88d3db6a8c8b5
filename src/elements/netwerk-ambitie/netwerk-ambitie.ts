import { ContextProvider } from '@lit/context';
import { msg, str } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { workshopContext } from '../../context/workshop-context.js';
import { NaChangeEvent, NaErrorEvent, NaStepEvent } from '../../events.js';
import { download, fileName } from '../../export/download.js';
import { describeProblem } from '../../i18n/file-problems.js';
import { inLanguage, languageOf, loadLanguage, watchLanguage, type Language } from '../../i18n/locale.js';
import { same, type Slice } from '../base/slice.js';
import { defineUsed } from '../lazy.js';
import type { Held } from '../../model/held.js';
import { keptName, persistWorkshop, type Persistence } from '../../model/persistence.js';
import type { ChangeSource, Role, Session } from '../../model/store-api.js';
import { YWorkshopStore } from '../../model/store.js';
import type { WorkshopFile } from '../../model/types.js';
import { parseWorkshopFile } from '../../model/validate.js';
import { readToken } from '../../sync/token.js';
import type { GuidedWorkshop } from './guided-workshop.js';
import { styles } from './netwerk-ambitie.styles.js';
import { SyncLink } from './sync-link.js';

const ROLES: readonly Role[] = ['facilitator', 'partner'];
const STORAGES: ReadonlyArray<NetwerkAmbitie['storage']> = ['indexeddb', 'none'];

/** Where a `storage` value keeps the workshop: anything but `none` (an unknown value too) is IndexedDB. */
const kept = (storage: unknown) => (storage === 'none' ? 'none' : 'indexeddb');

/** Whether `nodes` are content of their own: an element, or text that is not only white space. */
const hasContent = (nodes: Iterable<Node>): boolean =>
  [...nodes].some((node) => node.nodeType === Node.ELEMENT_NODE || !!node.textContent?.trim());

const warnUnknown = (name: string, value: unknown, instead: string) =>
  console.warn(
    `netwerkambitie: <netwerk-ambitie ${name}="${String(value)}"> is not a known value; using "${instead}".`,
  );

/**
 * Owns one workshop: keeps it in the browser (IndexedDB), shares it with
 * every other tab that opens the same workshop, and provides it to the
 * elements inside. On its own, `<netwerk-ambitie></netwerk-ambitie>` shows the
 * complete guided workshop; put elements inside to compose your own page.
 *
 * The guided workshop is laid out for a projected screen: one compact bar
 * with the steps, the agenda and the shared timer, buttons for large text
 * (which scales the bar too), full screen and the facilitator's tips; then
 * the current step's work. Steps 1, 4 and 5 are organised in sections shown
 * one at a time (tabs; Alt+Page Down and Alt+Page Up move on and back, and the
 * section is remembered per step on the device). The facilitator's screen
 * keeps the partner chosen in steps 1 and 2. Ctrl/⌘+Z undoes and
 * Shift+Ctrl/⌘+Z or Ctrl+Y redoes the last change made on this device
 * (outside text fields, which keep the browser's own undo). It loads with the
 * first guided workshop shown.
 *
 * @tag netwerk-ambitie
 * @summary The workshop: state, storage and the guided workshop as default content.
 *
 * @slot - Your own composition of elements. When nothing is slotted, the complete guided workshop is shown.
 *
 * @event na-change - The workshop was changed on this device. `detail`: the whole `WorkshopFile` (read-only).
 * @event na-step - The workshop moved to another step on this device. `detail`: `{ step }`.
 * @event na-error - Storage or sync is in trouble. `detail`: `{ message }`, the text also shown on screen.
 *
 * @csspart notice - Messages about trouble: the workshop is not being saved, the sync server refused this device or cannot be reached, the sync address is refused, or an attribute has a value the element does not know.
 * @csspart notice-action - The export button inside the notice, shown when storage or sync is in trouble.
 * @csspart workshop - The guided workshop shown when nothing is slotted.
 * @csspart paper - The fold with blank paper interest cards to print, in the guided workshop's first step (facilitator).
 * @csspart bar - The guided workshop's bar (`<ambitie-stappen compact>`): the steps, agenda and timer, and the view buttons.
 * @csspart view - The buttons for large text, full screen and the facilitator's tips.
 * @csspart partner-switcher - The choice of the partner whose card the facilitator's screen shows (steps 1 and 2).
 * @csspart section-nav - The tabs of a step's sections and the keys that move between them (step 1, facilitator).
 * @csspart section-tabs - The row of tabs, one per section.
 * @csspart section-tab - One section's tab (the one shown also has `section-tab-current`).
 * @csspart section-tab-current - The tab of the section shown.
 * @csspart connection - The state of the connection to the sync server, in words (only when `sync` is set).
 *
 * The design tokens (`--na-*` custom properties) are those of every element; see `NaElement`.
 */
export class NetwerkAmbitie extends LitElement {
  static override styles = styles;

  /** Storage key and room name of the workshop. */
  @property({ attribute: 'workshop-id', reflect: true })
  workshopId = 'netwerkambitie';

  /** Where the workshop is kept: `indexeddb` (in this browser) or `none` (memory only). */
  @property({ reflect: true })
  storage: 'indexeddb' | 'none' = 'indexeddb';

  /**
   * URL of a sync server for multi-device workshops (`wss://…`); absent means
   * no server. The element connects only to a WebSocket address on the page's
   * own host or on an origin that `sync-allow` lists; any other address is
   * refused, said on screen and fired as `na-error`, and nothing is sent.
   */
  @property()
  sync?: string;

  /**
   * The sync servers this page allows besides its own host: WebSocket
   * origins separated by spaces, e.g. `wss://sync.example wss://sync2.example:8443`.
   */
  @property({ attribute: 'sync-allow' })
  syncAllow?: string;

  /** Access token for the sync server. */
  @property()
  token?: string;

  /**
   * Who uses this device: `facilitator` (leads, reveals, moves steps) or
   * `partner`. The `role` attribute is read and then moved to `data-role`:
   * these values are not ARIA roles, and left in place they would mislead
   * assistive technology.
   */
  @property()
  override role: Role = 'facilitator';

  /** The id of the partner this device belongs to. */
  @property()
  partner?: string;

  /** Resolves when the stored workshop (or the fact that storage is unavailable) and the texts of its language have loaded. */
  readonly ready: Promise<void>;

  @state() private language: Language = 'nl';
  @state() private hasContent = false;

  #store = new YWorkshopStore();
  #provider = new ContextProvider(this, { context: workshopContext, initialValue: this.#store });
  #resolveReady!: () => void;
  #detach: Array<() => void> = [];
  #quiet = false;
  #languageLoaded: Promise<void> = Promise.resolve();
  #step = this.#store.snapshot.step;
  /** The connection to the sync server. */
  #sync = new SyncLink({
    element: this,
    store: () => this.#store,
    url: () => this.sync,
    token: () => this.token,
    room: () => this.workshopId,
    allow: () => this.syncAllow,
    language: () => this.language,
    languageLoaded: () => this.#languageLoaded,
    tell: (store, notice) => this.#tell(store, notice),
    takeBack: (store, held, server, partnerId) => void this.#takeBack(store, held, server, partnerId, 'server'),
  });
  /** The host set `role` itself (so a sync token does not override it). */
  #roleFromHost = false;
  #movingRole = false;
  #unwatchLanguage?: () => void;
  /** The guided workshop, once loaded. */
  #guided?: GuidedWorkshop;
  /** What the last render showed. */
  #shown?: Slice;
  /** The name this browser keeps the workshop under (`keptName`), since it was opened. */
  #keptName = '';
  #guidedLoaded?: Promise<void>;

  constructor() {
    super();
    this.ready = new Promise<void>((resolve) => (this.#resolveReady = resolve))
      .then(() => this.#languageLoaded)
      .then(() => this.#guidedLoaded);
  }

  /** The role in use: an unknown `role` value works as the facilitator's (and the notice says so). */
  get #role(): Role {
    return ROLES.includes(this.role) ? this.role : 'facilitator';
  }

  /** The store the elements inside work with. */
  get store(): YWorkshopStore {
    return this.#store;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'role' && this.#movingRole) return;
    super.attributeChangedCallback(name, old, value);
    if (name !== 'role' || value === null) return;
    this.#roleFromHost = true;
    this.#movingRole = true;
    this.removeAttribute('role');
    this.#movingRole = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!hasContent(this.childNodes)) this.#loadGuided();
    this.#followLanguage();
    this.#unwatchLanguage = watchLanguage(() => this.#followLanguage());
    this.#open();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatchLanguage?.();
    this.#close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('role') && !ROLES.includes(this.role)) warnUnknown('role', this.role, 'facilitator');
    if (changed.has('storage') && !STORAGES.includes(this.storage)) warnUnknown('storage', this.storage, 'indexeddb');
    // A host may set `sync` and `token` after the element started (from a link, say): connect then.
    const reconnect = this.hasUpdated && (changed.has('sync') || changed.has('token') || changed.has('syncAllow'));
    if (reconnect) this.#takeRoleFromToken();
    this.dataset.role = this.#role;
    if (changed.has('role') || changed.has('partner')) this.#shareSession();
    const storageChanged =
      changed.has('storage') &&
      changed.get('storage') !== undefined &&
      kept(changed.get('storage')) !== kept(this.storage);
    const idChanged = changed.has('workshopId') && changed.get('workshopId') !== undefined;
    // Who this device is, and whether it syncs, may say to keep the workshop elsewhere in this browser.
    const moved = this.hasUpdated && kept(this.storage) !== 'none' && this.#keptAs() !== this.#keptName;
    if ((storageChanged || idChanged || moved) && this.isConnected) {
      this.#close();
      this.#reopen(new YWorkshopStore());
      return;
    }
    if (reconnect && this.isConnected && this.#store.session.storage !== 'loading') this.#sync.start(this.#store);
  }

  /** The guided workshop's elements load when it first shows them (when they are not defined yet). */
  protected override updated(): void {
    defineUsed(this.renderRoot);
  }

  /** Works with `store` from now on: storage, other tabs and the sync server start again for it. */
  #reopen(store: YWorkshopStore): void {
    this.#store = store;
    this.#step = store.snapshot.step;
    this.#shareSession();
    this.#provider.setValue(store);
    this.#open();
  }

  /**
   * This device carries changes of other devices that the server no longer
   * holds (it restarted, or a backup was restored): the document is taken back
   * to what the server holds (`server`, keeping what was written here), in this
   * tab, in storage and, when the server said so (`from`), in the other tabs
   * (told before this one reconnects); then it connects again.
   */
  async #takeBack(
    store: YWorkshopStore,
    held: Held,
    server: Uint8Array,
    partnerId: string | undefined,
    from: 'server' | 'tab',
  ): Promise<void> {
    if (store !== this.#store) return;
    this.#close();
    const { takeBack } = await import('../../model/held.js');
    const next = await takeBack(store, held, server, partnerId, {
      kept: this.#keptName,
      announce: from === 'server',
      stored: kept(this.storage) !== 'none',
      onStorageFailure: (error) => this.#storageFailed(error),
    });
    if (store !== this.#store || !this.isConnected) return;
    this.#reopen(next);
    const { behindMessage } = await import('../../sync/notices.js');
    this.#tell(next, () => ({ refusedChange: behindMessage() }));
  }

  /** Tells the elements who uses this device. */
  #shareSession(): void {
    this.#store.setSession({ role: this.#role, partner: this.partner || undefined });
  }

  /** Starts storage, cross-tab sharing and the sync server (when `sync` is set) for the current workshop id. */
  #open(): void {
    const store = this.#store;
    this.#detach.push(store.subscribe((snapshot, source) => this.#changed(snapshot, source)));
    this.#takeRoleFromToken();
    this.#keptName = this.#keptAs();
    if (kept(this.storage) === 'none') {
      store.setSession({ storage: 'memory' });
      this.#resolveReady();
      this.#sync.start(store);
      return;
    }
    const persistence: Persistence = persistWorkshop(store, this.#keptName, (error) => this.#storageFailed(error));
    this.#detach.push(() => persistence.destroy());
    persistence.loaded.then(() => {
      if (store !== this.#store) return;
      if (store.session.storage === 'loading') store.setSession({ storage: 'saved' });
      this.#step = store.snapshot.step;
      this.#shareWithTabs(store);
      this.#resolveReady();
      this.#sync.start(store);
    });
  }

  /** Keeps the workshop equal in this browser's other tabs (the code for it loads now, on demand). */
  #shareWithTabs(store: YWorkshopStore): void {
    let stop: (() => void) | undefined;
    let stopped = false;
    this.#detach.push(() => {
      stopped = true;
      stop?.();
    });
    void import('../../model/cross-tab.js').then(({ connectWorkshopTabs }) => {
      if (stopped) return;
      stop = connectWorkshopTabs(store, this.#keptName, (held, server, partnerId) => {
        void this.#takeBack(store, held, server, partnerId, 'tab');
      });
    });
  }

  /** The name this browser keeps the workshop under, for the device as it is now. */
  #keptAs(): string {
    return keptName(this.workshopId, { synced: !!this.sync, role: this.#role, partner: this.partner || undefined });
  }

  /** A partner's token makes this device that partner's, unless the attributes say otherwise. */
  #takeRoleFromToken(): void {
    if (!this.sync) return;
    const claims = readToken(this.token);
    if (claims?.role !== 'partner') return;
    if (!this.#roleFromHost) this.role = 'partner';
    if (!this.partner && this.role === 'partner') this.partner = claims.partner;
    this.#shareSession();
  }

  /**
   * Tells the user about the sync connection on screen (a refused change, a
   * server out of reach; made in this element's language) and fires `na-error`.
   */
  #tell(store: YWorkshopStore, notice: () => Pick<Session, 'refusedChange' | 'syncTrouble'>): void {
    if (store !== this.#store) return;
    const told = inLanguage(this.language, notice);
    store.setSession(told);
    this.dispatchEvent(new NaErrorEvent((told.refusedChange ?? told.syncTrouble)!));
  }

  /** Follows the page's language; `ready` waits for its texts the first time. */
  #followLanguage(): void {
    this.language = languageOf(this);
    this.#languageLoaded = loadLanguage(this.language);
    this.requestUpdate();
  }

  #close(): void {
    this.#sync.stop();
    for (const detach of this.#detach.splice(0)) detach();
  }

  #storageFailed(error: unknown): void {
    console.warn('netwerkambitie: storage unavailable, working in memory.', error);
    const message = inLanguage(this.language, () =>
      msg(
        'Je werk wordt niet bewaard in deze browser (opslag is niet beschikbaar of vol). Alles blijft op dit scherm staan; exporteer het workshopbestand om het te bewaren.',
      ),
    );
    this.#store.setSession({ storage: 'memory', storageTrouble: message });
    this.dispatchEvent(new NaErrorEvent(message));
  }

  /** What this element shows of the workshop: it renders again only when one of these is another value than before. */
  #shows(): Slice {
    const store = this.#store;
    return [store, store.session, ...(this.#guided?.shows(store.snapshot) ?? [])];
  }

  #changed(snapshot: WorkshopFile, source: ChangeSource): void {
    if (source === 'timer') return;
    if (!same(this.#shown, this.#shows())) this.requestUpdate();
    if (source === 'session') return;
    const stepChanged = snapshot.step !== this.#step;
    this.#step = snapshot.step;
    if (source !== 'user' || this.#quiet) return;
    this.dispatchEvent(new NaChangeEvent(snapshot));
    if (stepChanged) this.dispatchEvent(new NaStepEvent(snapshot.step));
  }

  /** Runs a host's API call without firing the events meant for user actions. */
  #asHost(call: () => void): void {
    this.#quiet = true;
    try {
      call();
    } finally {
      this.#quiet = false;
    }
  }

  /** The whole workshop as a plain, format-1 workshop file. */
  exportWorkshop(): WorkshopFile {
    return structuredClone(this.#store.snapshot) as WorkshopFile;
  }

  /**
   * Checks `data` (a workshop file, as an object or JSON text) and replaces
   * the workshop with it as one undoable change. On bad input it throws an
   * error whose message says what is wrong and where, and changes nothing.
   */
  importWorkshop(data: unknown): void {
    const file = inLanguage(this.language, () => parseWorkshopFile(data, describeProblem));
    this.#asHost(() => this.#store.replace(file));
  }

  /** Takes back the last change made on this device. */
  undo(): void {
    this.#asHost(() => this.#store.undo());
  }

  /** Makes the last undone change again. */
  redo(): void {
    this.#asHost(() => this.#store.redo());
  }

  #exportFromNotice(): void {
    const file = this.#store.snapshot;
    download(fileName(file.title, 'json'), JSON.stringify(file, null, 2), 'application/json');
  }

  #slotChanged(event: Event): void {
    this.hasContent = hasContent((event.target as HTMLSlotElement).assignedNodes());
    if (!this.hasContent) this.#loadGuided();
  }

  /** Loads the guided workshop, shown when nothing is slotted (once; a composed page never loads it). */
  #loadGuided(): void {
    this.#guidedLoaded ??= import('./guided-workshop.js').then(
      ({ GuidedWorkshop }) => {
        this.#guided = new GuidedWorkshop({
          host: this,
          store: () => this.#store,
          sync: () => this.sync,
          workshopId: () => this.workshopId,
        });
        this.requestUpdate();
      },
      (error: unknown) => console.warn('netwerkambitie: the guided workshop could not be loaded.', error),
    );
  }

  /** What the page asked for that this element does not know, and what it does instead. */
  #wrongAttributeMessages(): string[] {
    const role = ROLES.includes(this.role) ? undefined : String(this.role);
    const storage = STORAGES.includes(this.storage) ? undefined : String(this.storage);
    return [
      role === undefined
        ? undefined
        : msg(
            str`Onbekende rol “${role}” op deze pagina: dit scherm werkt als facilitator. Gebruik “facilitator” of “partner”.`,
          ),
      storage === undefined
        ? undefined
        : msg(
            str`Onbekende opslag “${storage}” op deze pagina: de workshop wordt in deze browser bewaard. Gebruik “indexeddb” of “none”.`,
          ),
    ].filter((text): text is string => text !== undefined);
  }

  protected override render(): TemplateResult {
    this.#shown = this.#shows();
    return inLanguage(this.language, () => this.#render());
  }

  #render(): TemplateResult {
    const { storageTrouble, syncTrouble, refusedChange } = this.#store.session;
    const wrong = this.#wrongAttributeMessages();
    const trouble = [storageTrouble, syncTrouble].filter(Boolean);
    const told = [...wrong, ...trouble, refusedChange].filter(Boolean);
    return html`
      <div part="notice" class="notice" role="alert" ?hidden=${!told.length}>
        ${told.map((text) => html`<p>${text}</p>`)}
        <button part="notice-action" type="button" ?hidden=${!trouble.length} @click=${this.#exportFromNotice}>
          ${msg('Workshopbestand exporteren')}
        </button>
      </div>
      ${this.#sync.render()}
      <slot @slotchange=${this.#slotChanged}></slot>
      ${this.hasContent ? nothing : (this.#guided?.render() ?? nothing)}
    `;
  }
}
