import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { NaErrorEvent } from '../../events.js';
import { inLanguage, type Language } from '../../i18n/locale.js';
import type { Held } from '../../model/held.js';
import type { ConnectionState, Session } from '../../model/store-api.js';
import type { YWorkshopStore } from '../../model/store.js';
import { allowedOrigins, syncAddressProblem } from '../../sync/attributes.js';

type RefusalTexts = typeof import('../../sync/messages.js');

/** After this many failed attempts in a row, the page says the sync server cannot be reached (and keeps trying). */
const UNREACHABLE_AFTER = 3;

/** What the connection needs from `<netwerk-ambitie>`. */
export interface SyncHost {
  /** The element: it fires `na-error`. */
  readonly element: HTMLElement;
  /** The store the element works with now; a connection made for another one is over. */
  store(): YWorkshopStore;
  /** The `sync`, `token`, `workshop-id` and `sync-allow` attributes. */
  url(): string | undefined;
  token(): string | undefined;
  room(): string;
  allow(): string | undefined;
  language(): Language;
  /** Resolves when the texts of the element's language have loaded. */
  languageLoaded(): Promise<void>;
  /** Says `notice` on screen (made in the element's language) and fires `na-error`. */
  tell(store: YWorkshopStore, notice: () => Pick<Session, 'refusedChange' | 'syncTrouble'>): void;
  /** The device carries changes the server no longer holds: take the store back to what it holds. */
  takeBack(store: YWorkshopStore, held: Held, server: Uint8Array, partnerId: string | undefined): void;
}

/**
 * The connection of `<netwerk-ambitie>` to the sync server: it starts (the
 * client loads only then) and stops with the element's store, keeps the
 * connection's state in the store's session, and says it in words.
 */
export class SyncLink {
  /** Why the sync server refused this device: the server's reason code, or why the address is refused. */
  #refusal?: string;
  /** The texts about a refused connection, loaded the first time one is refused. */
  #texts?: RefusalTexts;
  /** The sync server has not been reached in several attempts in a row. */
  #unreachable = false;
  /** Ends the connection, if any. */
  stop: () => void = () => {};

  constructor(private readonly link: SyncHost) {}

  /** Connects `store` to the sync server of the `sync` attribute (or leaves it unconnected without one). */
  start(store: YWorkshopStore): void {
    this.stop();
    const link = this.link;
    const url = link.url();
    if (!url) {
      if (store.session.connection)
        store.setSession({ connection: undefined, presence: undefined, syncTrouble: undefined });
      return;
    }
    let connection: { destroy(): void } | undefined;
    let closed = false;
    this.stop = () => {
      closed = true;
      connection?.destroy();
    };
    this.#refusal = undefined;
    this.#unreachable = false;
    const problem = syncAddressProblem(url, location, allowedOrigins(link.allow()));
    if (problem) {
      this.#refusal = `address-${problem}`;
      store.setSession({ presence: [], syncTrouble: undefined });
      // Said as soon as the texts of the page's language are there.
      Promise.all([link.languageLoaded(), this.#refusalTexts()]).then(([, { addressMessage }]) => {
        if (closed) return;
        const message = inLanguage(link.language(), () => addressMessage(`address-${problem}`, url));
        store.setSession({ connection: 'refused', syncTrouble: message });
        link.element.dispatchEvent(new NaErrorEvent(message));
      });
      return;
    }
    store.setSession({ connection: 'connecting', presence: [], syncTrouble: undefined });
    import('../../sync/client.js').then(
      ({ connectSync, refusedChangeMessage, unreachableMessage }) => {
        if (closed) return;
        connection = connectSync({
          documents: (listener) => store.eachDocument(listener),
          url,
          token: link.token() ?? '',
          room: link.room(),
          onState: (state, reason) => this.#state(store, state, reason),
          onPresence: (presence) => store.setSession({ presence }),
          onClock: (clockOffset) => store.setSession({ clockOffset }),
          onRefused: (refused) =>
            link.tell(store, () => ({ refusedChange: refusedChangeMessage(refused, link.language()) })),
          onBehind: (held, server, partnerId) => link.takeBack(store, held, server, partnerId),
          watchReveal: (onRevealed) => {
            let shown = store.snapshot.revealed;
            return store.subscribe((snapshot) => {
              if (snapshot.revealed && !shown) onRevealed();
              shown = snapshot.revealed;
            });
          },
          onFailedAttempt: (failures) => {
            // After several failed attempts in a row, say that the server cannot be reached (once, until it is reached).
            if (failures < UNREACHABLE_AFTER || this.#unreachable) return;
            this.#unreachable = true;
            link.tell(store, () => ({ syncTrouble: unreachableMessage(url) }));
          },
        });
      },
      (error: unknown) => {
        console.warn('netwerkambitie: the sync client could not be loaded.', error);
        this.#state(store, 'refused');
      },
    );
  }

  #state(store: YWorkshopStore, connection: ConnectionState, reason?: string): void {
    if (store !== this.link.store()) return;
    // Once the server answers (or refuses), it is no longer said to be unreachable.
    this.#unreachable &&= connection !== 'connected' && connection !== 'refused';
    if (connection !== 'refused') {
      store.setSession(this.#unreachable ? { connection } : { connection, syncTrouble: undefined });
      return;
    }
    this.#refusal = reason;
    void this.#refusalTexts().then(({ refusalMessage }) => {
      if (store !== this.link.store() || this.#refusal !== reason) return;
      const message = inLanguage(this.link.language(), () => refusalMessage(reason));
      store.setSession({ connection, presence: [], syncTrouble: message });
      this.link.element.dispatchEvent(new NaErrorEvent(message));
    });
  }

  #refusalTexts(): Promise<RefusalTexts> {
    return import('../../sync/messages.js').then((texts) => (this.#texts = texts));
  }

  /** The connection to the sync server in words, for everyone (a polite live region). */
  render(): TemplateResult | typeof nothing {
    const { connection } = this.link.store().session;
    if (!connection) return nothing;
    const text =
      connection === 'connected'
        ? msg('Verbonden')
        : connection === 'reconnecting'
          ? msg('Opnieuw verbinden… je wijzigingen blijven bewaard')
          : this.#unreachable
            ? msg('Niet bereikbaar; opnieuw proberen…')
            : connection === 'connecting'
              ? msg('Verbinden…')
              : msg(str`Geweigerd: ${this.#texts?.refusalReason(this.#refusal) ?? ''}`);
    return html`<p part="connection" class="connection" role="status">${text}</p>`;
  }
}
