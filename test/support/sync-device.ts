import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import * as Y from 'yjs';
import type { Held } from '../../src/model/held.js';
import type { Refusal } from '../../src/model/rules.js';
import type { ConnectionState, Presence } from '../../src/model/store-api.js';
import { YWorkshopStore } from '../../src/model/store.js';
import type { WorkshopFile } from '../../src/model/types.js';
import { connectSync, type SyncConnection } from '../../src/sync/client.js';
import { until } from './dom.js';

// Devices for tests with the real sync server: each is its own workshop store
// with its own connection, as separate laptops would be.

export interface TokenRequest {
  room: string;
  role?: 'facilitator' | 'partner';
  partner?: string;
  hours?: number;
  secret?: string;
}

export const token = (request: TokenRequest) => executeServerCommand<string, TokenRequest>('sync-token', request);

/** How long a change may take to travel through the sync server, in ms. */
export const NETWORK = 8000;

export class Device {
  readonly store = new YWorkshopStore();
  state?: ConnectionState;
  reason?: string;
  presence: Presence[] = [];
  /** What the server refused of this device's changes, each time. */
  readonly refusals: Refusal[][] = [];
  /** What the server said it holds of other devices' changes this device carried, each time. */
  readonly behind: { held: Held; partnerId?: string }[] = [];
  #connection?: SyncConnection;

  constructor(
    readonly name: string,
    readonly url: string,
    readonly room: string,
    readonly token: string,
  ) {}

  connect(): this {
    this.#connection = connectSync({
      documents: (listener) => this.store.eachDocument(listener),
      url: this.url,
      room: this.room,
      token: this.token,
      onState: (state, reason) => {
        this.state = state;
        this.reason = reason;
      },
      onPresence: (presence) => (this.presence = presence),
      onRefused: (refused) => this.refusals.push(refused),
      onBehind: (held, _server, partnerId) => this.behind.push({ held, partnerId }),
      watchReveal: (onRevealed) => {
        let shown = this.store.snapshot.revealed;
        return this.store.subscribe((snapshot) => {
          if (snapshot.revealed && !shown) onRevealed();
          shown = snapshot.revealed;
        });
      },
    });
    return this;
  }

  /** Leaves the room, as a device that loses its network. */
  disconnect(): void {
    this.#connection?.destroy();
    this.#connection = undefined;
    this.state = undefined;
  }

  async connected(): Promise<void> {
    await until(() => this.state === 'connected', `${this.name} is connected`, NETWORK);
  }

  async refused(): Promise<void> {
    await until(() => this.state === 'refused', `${this.name} is refused`, NETWORK);
  }

  /** Waits until the server has refused a change of this device for `what`. */
  async toldRefused(what: Refusal): Promise<void> {
    await until(() => this.refusals.some((r) => r.includes(what)), `${this.name} is told: ${what} refused`, NETWORK);
  }

  get file(): WorkshopFile {
    return this.store.snapshot;
  }
}

const bytes = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));

/** The workshop as the server keeps it in its SQLite file (the room's document and every card), read while it is down. */
export async function stored(room: string): Promise<YWorkshopStore> {
  const { update, cards } = await executeServerCommand<
    { update: string | null; cards: Record<string, string> },
    { room: string }
  >('sync-stored', { room });
  expect(update, 'the room is in the SQLite file').to.be.a('string');
  const kept = new YWorkshopStore();
  Y.applyUpdate(kept.doc, bytes(update!));
  for (const [partner, card] of Object.entries(cards)) Y.applyUpdate(kept.cardDocument(partner), bytes(card));
  return kept;
}

/** Whether the devices show the same workshop. */
export const same = (...devices: Device[]) => {
  const [first, ...others] = devices.map((device) => JSON.stringify(device.file));
  return others.every((other) => other === first);
};
