import type { Derived } from './derived.js';
import type { Permissions } from './permissions.js';
import type { TimerState } from './timer.js';
import type {
  Action,
  AmbitionPart,
  Consent,
  Contribution,
  Draft,
  Interest,
  Partner,
  Question,
  Step,
  Tension,
  Verdict,
  WorkshopFile,
} from './types.js';

/** Who this device is in the workshop. */
export type Role = 'facilitator' | 'partner';

/** Where the workshop is being kept. */
export type StorageState =
  /** Stored state is still being read. */
  | 'loading'
  /** Every change is kept in this browser. */
  | 'saved'
  /** Changes live in memory only (storage off or failing): export to keep them. */
  | 'memory';

/** The connection to a sync server, when the workshop has one. */
export type ConnectionState =
  | 'connecting'
  | 'connected'
  /** Lost; trying again. Changes are kept and sent on reconnect. */
  | 'reconnecting'
  /** The server refused this device (token wrong, expired or missing). */
  | 'refused';

/** Someone connected to the same workshop through the sync server. */
export interface Presence {
  role: Role;
  /** The partner id of a partner device. */
  partner?: string;
}

/** The state of this device, not shared with other devices. */
export interface Session {
  role: Role;
  /** The partner this device belongs to, if any. */
  partner?: string;
  storage: StorageState;
  /** Shown on screen while the workshop cannot be kept in this browser. */
  storageTrouble?: string;
  /** Shown on screen when the sync server refused this device. */
  syncTrouble?: string;
  /** Shown on screen when the sync server refused (and this device undid) a change made here. */
  refusedChange?: string;
  /** Set only when the workshop is synced through a server. */
  connection?: ConnectionState;
  /** The other devices connected to the workshop (sync only). */
  presence?: readonly Presence[];
  /** How far the sync server's clock is ahead of this device's, in ms (sync only): the shared timer counts on the server's. */
  clockOffset?: number;
  /** The section of each step this device shows, by step (steps organised in sections). */
  sections?: Readonly<Record<string, string>>;
}

/**
 * What caused a change: this device's user (a mutation, undo or redo), another
 * tab or device or the stored state (`remote`), the device's session, or the
 * shared timer (`timer`, on this device or another; the workshop file is the same).
 */
export type ChangeSource = 'user' | 'remote' | 'session' | 'timer';
export type ChangeListener = (snapshot: WorkshopFile, source: ChangeSource) => void;

/** A mutable part of an entity: everything except its id and owner. */
export type Patch<T> = Partial<Omit<T, 'id' | 'partnerId' | 'itemId'>>;

/**
 * The workshop as elements see it: an immutable snapshot, typed mutations and
 * change notification. This is a type only, so elements that read the store do
 * not pull in Yjs.
 *
 * The store keeps the workshop within the limits of a workshop file
 * (`LIMITS`), so that every export imports again: a text longer than
 * `LIMITS.textLength` is cut off at that length, a workshop with
 * `LIMITS.partners` partners gets no more, and a partner that has
 * `LIMITS.itemsPerPartner` interests and contributions gets no more (see
 * `derive().full()`).
 */
export interface WorkshopStore {
  /** The whole workshop, frozen; a new object after every change. */
  readonly snapshot: WorkshopFile;
  readonly session: Session;
  readonly canUndo: boolean;
  readonly canRedo: boolean;

  /** What the workshop's rules and analyses make of `file` (the current snapshot when absent), computed once per snapshot. */
  derive(file?: WorkshopFile): Derived;
  /** What this device may do, by the session's role and partner. */
  readonly permissions: Permissions;

  /** Calls `listener` after every change of the workshop or the session. */
  subscribe(listener: ChangeListener): () => void;

  setSession(patch: Partial<Session>): void;

  setTitle(title: string): void;
  setStep(step: Step): void;
  setRevealed(revealed: boolean): void;

  /**
   * The timebox timer every device of the workshop shows (see `model/timer.ts`);
   * `undefined` until the facilitator first uses it. Not part of the workshop file.
   */
  readonly timer: TimerState | undefined;
  /** Sets the shared timer (the facilitator's to change); not undoable, and no change of the workshop file. */
  setTimer(timer: TimerState | undefined): void;

  /** Adds a partner; `undefined`, and nothing changes, when the workshop has `LIMITS.partners` partners. */
  addPartner(partner?: Patch<Partner>): string | undefined;
  updatePartner(id: string, patch: Patch<Partner>): void;
  movePartner(id: string, toIndex: number): void;
  /** Removes the partner and everything that belongs to it, as one undoable step. */
  removePartner(id: string): void;

  /** Adds an interest; `undefined`, and nothing changes, when the partner is full (`derive().full()`). */
  addInterest(partnerId: string, interest?: Patch<Interest>): string | undefined;
  updateInterest(id: string, patch: Patch<Interest>): void;
  removeInterest(id: string): void;

  /** Adds a contribution; `undefined`, and nothing changes, when the partner is full (`derive().full()`). */
  addContribution(
    partnerId: string,
    contribution: Patch<Contribution> & Pick<Contribution, 'direction'>,
  ): string | undefined;
  updateContribution(id: string, patch: Patch<Contribution>): void;
  removeContribution(id: string): void;

  /** Moves an interest or contribution among the items of its partner. */
  moveItem(id: string, toIndex: number): void;

  addQuestion(itemId: string, text: string): string;
  updateQuestion(id: string, patch: Patch<Question>): void;
  removeQuestion(id: string): void;

  addTension(itemIds: string[], text?: string): string;
  updateTension(id: string, patch: Patch<Tension>): void;
  removeTension(id: string): void;

  setAmbition(part: AmbitionPart | 'statement', text: string): void;
  addDraft(text: string): string;
  updateDraft(id: string, patch: Pick<Partial<Draft>, 'text'>): void;
  removeDraft(id: string): void;
  /** Records a partner's response to a draft; `undefined` takes it back. */
  setConsent(draftId: string, partnerId: string, consent: Consent | undefined, reason?: string): void;

  /**
   * Adopts draft `id` as the shared ambition (its text becomes the
   * statement), noting on the draft which tensions are open at that moment
   * (`openAtAdoption`), as one undoable step.
   */
  adoptDraft(id: string): void;

  /**
   * Records what people decided about the match of get `getId` and bring
   * `bringId` (`confirmed` or `dismissed`); `undefined` takes the decision
   * back, so the match is a suggestion again. The same for every device.
   */
  judgeMatch(getId: string, bringId: string, verdict: Verdict | undefined): void;
  /** Dismisses the suggested theme `name`: no device suggests it again, in any of its forms. */
  dismissSuggestion(name: string): void;
  /** Brings every dismissed theme suggestion back. */
  restoreSuggestions(): void;

  setNotes(notes: string): void;
  addAction(action: Patch<Action> & Pick<Action, 'text'>): string;
  updateAction(id: string, patch: Patch<Action>): void;
  removeAction(id: string): void;

  /** Runs several mutations as one change: one notification, one undoable step. */
  batch(change: () => void): void;

  /** Replaces the whole workshop with a validated file, as one undoable step. */
  replace(file: WorkshopFile): void;

  undo(): void;
  redo(): void;
}
