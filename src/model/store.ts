import { generateNKeysBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { Collection, readText, setText, writeEntity, type YEntity } from './collection.js';
import { deriver, type Derived } from './derived.js';
import { permissions, type Permissions } from './permissions.js';
import { Card, CARD, type CardEntity } from './card.js';
import { History } from './history.js';
import { SnapshotReader } from './snapshot.js';
import type { LegacyWorkshop } from './legacy.js';
import { ENTITIES, ENTITY_NAMES, LIMITS, TEXT_NAMES, TIMER, type EntityName, type TextName } from './schema.js';
import { themeKey } from './themes.js';
import { readTimer, type TimerState } from './timer.js';
import type { ChangeListener, ChangeSource, Patch, Session, WorkshopStore } from './store-api.js';
import {
  type Action,
  type AmbitionPart,
  type Consent,
  type Contribution,
  type Draft,
  type Interest,
  type Item,
  type Partner,
  type Question,
  type Step,
  type Tension,
  type Verdict,
  type WorkshopFile,
} from './types.js';

/** The entities that live in the workshop's shared document. */
type MainEntity = { [N in EntityName]: (typeof ENTITIES)[N]['home'] extends 'main' ? N : never }[EntityName];
const MAIN = ENTITY_NAMES.filter((name) => ENTITIES[name].home === 'main') as MainEntity[];

const newId = (prefix: string): string =>
  `${prefix}-${crypto.getRandomValues(new Uint32Array(2)).reduce((s, n) => s + n.toString(36), '')}`;

/**
 * An id made from `key` (two 32-bit FNV-1a hashes), so that two devices that
 * make the entity for the same key at the same time make one.
 */
const keyedId = (prefix: string, key: string): string => {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    a = Math.imul(a ^ key.charCodeAt(i), 0x01000193);
    b = Math.imul(b ^ key.charCodeAt(i), 0x811c9dc5);
  }
  return `${prefix}-${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
};

const freeze = <T>(value: T): T => Object.freeze(value);

/** The origin of this device's changes to the shared timer: outside the undo history, and no change of the workshop file. */
const TIMER_ORIGIN = Symbol('timer');

/**
 * Called for each document of the workshop (`partnerId` names a card's
 * partner); may return what to do when the listener is stopped.
 */
export type DocumentListener = (doc: Y.Doc, partnerId?: string) => (() => void) | void;

/**
 * The workshop kept in Yjs documents: the single source of truth that
 * persistence and sync attach to. The shared document holds the partners,
 * questions, tensions, drafts, actions, step and the workshop's texts; each
 * partner's card (its interests and contributions) is a document of its own.
 * Entities sit in keyed maps with an order key, so moving one changes only
 * its key; every text people type is collaborative text. Every mutation is
 * one user action; user changes are undoable, remote ones are not.
 */
export class YWorkshopStore implements WorkshopStore {
  /** The workshop's shared document. */
  readonly doc: Y.Doc;
  readonly #collections: { [N in MainEntity]: Collection<N> };
  readonly #texts: Record<TextName, Y.Text>;
  readonly #meta: Y.Map<unknown>;
  readonly #clock: Y.Map<string>;
  readonly #timerMap: Y.Map<unknown>;
  /** The shared timer as last read; `null` when it must be read again. */
  #timer: TimerState | undefined | null = null;
  readonly #cards = new Map<string, Card>();
  readonly #history = new History();
  readonly #undo: Y.UndoManager;
  readonly #listeners = new Set<ChangeListener>();
  readonly #documentListeners = new Map<DocumentListener, (() => void)[]>();
  #snapshot?: WorkshopFile;
  readonly #reader: SnapshotReader;
  #session: Session = { role: 'facilitator', storage: 'loading' };
  /** Set while a user action runs: notify once at its end. */
  #pending?: ChangeSource | 'none';
  /** The timer changed while a user action ran. */
  #timerMoved = false;
  /** The time a replaced workshop was last changed, kept while it is written. */
  #stampAs?: string;

  constructor(doc: Y.Doc = new Y.Doc()) {
    this.doc = doc;
    this.#collections = Object.fromEntries(
      MAIN.map((name) => [name, new Collection(name, doc.getMap(`na:${name}`))]),
    ) as { [N in MainEntity]: Collection<N> };
    this.#texts = Object.fromEntries(TEXT_NAMES.map((name) => [name, doc.getText(`na:${name}`)])) as Record<
      TextName,
      Y.Text
    >;
    this.#meta = doc.getMap('na:meta');
    this.#clock = doc.getMap('na:clock');
    this.#timerMap = doc.getMap('na:timer');
    this.#undo = this.#history.track(
      [...MAIN.map((name) => this.#collections[name].map), ...Object.values(this.#texts), this.#meta],
      this,
    );
    this.#reader = new SnapshotReader({
      collections: this.#collections,
      texts: this.#texts,
      meta: this.#meta,
      clock: this.#clock,
      card: (id) => this.#card(id),
    });
    this.#watch(doc);
    // Every partner, also one that arrives from another device, has its card.
    const cardsFor = () => {
      for (const id of this.#collections.partners.map.keys()) this.#card(id);
    };
    this.#collections.partners.map.observe(cardsFor);
    cardsFor();
  }

  #watch(doc: Y.Doc): void {
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.changedParentTypes.size === 0) return;
      if (transaction.changed.has(this.#timerMap as never)) {
        this.#timer = null;
        // Only the timer: the workshop file is the same.
        if (transaction.changed.size === 1) {
          if (this.#pending) this.#timerMoved = true;
          else this.#notify('timer');
          return;
        }
      }
      this.#snapshot = undefined;
      const local = transaction.origin === this || transaction.origin instanceof Y.UndoManager;
      if (this.#pending) this.#pending = local ? 'user' : this.#pending === 'none' ? 'remote' : this.#pending;
      else this.#notify(local ? 'user' : 'remote');
    });
  }

  #card(partnerId: string): Card {
    let card = this.#cards.get(partnerId);
    if (!card) {
      card = new Card(partnerId, this.#history, this);
      this.#cards.set(partnerId, card);
      this.#watch(card.doc);
      for (const [listener, stops] of this.#documentListeners) stops.push(listener(card.doc, partnerId) ?? (() => {}));
    }
    return card;
  }

  /**
   * Calls `listener` for the shared document and every card document, now and
   * whenever a partner (and so a card) appears; returns a function that stops it.
   */
  eachDocument(listener: DocumentListener): () => void {
    const stops = [listener(this.doc), ...[...this.#cards].map(([id, card]) => listener(card.doc, id))].map(
      (stop) => stop ?? (() => {}),
    );
    this.#documentListeners.set(listener, stops);
    return () => {
      this.#documentListeners.delete(listener);
      for (const stop of stops) stop();
    };
  }

  /** The document of a partner's card (made when needed). */
  cardDocument(partnerId: string): Y.Doc {
    return this.#card(partnerId).doc;
  }

  get session(): Session {
    return this.#session;
  }

  readonly #derive = deriver();

  derive(file: WorkshopFile = this.snapshot): Derived {
    return this.#derive(file);
  }

  #permissions?: [Session, Permissions];

  get permissions(): Permissions {
    if (this.#permissions?.[0] !== this.#session) this.#permissions = [this.#session, permissions(this.#session)];
    return this.#permissions[1];
  }

  setSession(patch: Partial<Session>): void {
    this.#session = freeze({ ...this.#session, ...patch });
    this.#notify('session');
  }

  subscribe(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #notify(source: ChangeSource): void {
    const snapshot = this.snapshot;
    for (const listener of this.#listeners) listener(snapshot, source);
  }

  get canUndo(): boolean {
    return this.#history.canUndo;
  }

  get canRedo(): boolean {
    return this.#history.canRedo;
  }

  undo(): void {
    this.#batched(() => this.#history.undo(), 'user');
  }

  redo(): void {
    this.#batched(() => this.#history.redo(), 'user');
  }

  /**
   * Runs `run` and notifies once at its end, when anything changed: with
   * `source` when nothing but `run` changed the workshop, as `user` when this
   * device's user did.
   */
  #batched(run: () => void, source: ChangeSource): void {
    if (this.#pending) return run();
    this.#pending = 'none';
    try {
      run();
    } finally {
      const changed = this.#pending;
      const timer = this.#timerMoved;
      this.#pending = undefined;
      this.#timerMoved = false;
      if (changed !== 'none') this.#notify(changed === 'user' ? 'user' : source);
      else if (timer) this.#notify('timer');
    }
  }

  /**
   * Runs `change` as one user action, also when it spans documents. Typing
   * (`typing` names the document's undo manager) merges with the typing just
   * before in the same document.
   */
  #change(change: () => void, typing?: Y.UndoManager): void {
    if (this.#pending) return change(); // within a batch: part of its action
    this.#batched(() => this.#history.record(change, typing), 'user');
  }

  /**
   * Runs `write` in one transaction of `doc` made by this device's user, and
   * stamps the document with the time when it changed (outside the undo history).
   */
  #in(doc: Y.Doc, write: () => void, origin: unknown = this): void {
    doc.transact((transaction) => {
      write();
      if (transaction.changed.size)
        doc.getMap<string>('na:clock').set('updatedAt', this.#stampAs ?? new Date().toISOString());
    }, origin);
  }

  // ---- reading ----

  get snapshot(): WorkshopFile {
    return (this.#snapshot ??= this.#reader.read());
  }

  // ---- helpers for writing ----

  /** The card that holds item `id`, and which list it is in. */
  #findItem(id: string): { card: Card; name: CardEntity } {
    for (const card of this.#cards.values())
      for (const name of CARD) if (card.collection(name).has(id)) return { card, name };
    throw new Error(`No item with id ${id}`);
  }

  #add<N extends MainEntity>(name: N, fields: object): string {
    const id = newId(ENTITIES[name].prefix);
    this.#change(() => this.#in(this.doc, () => this.#collections[name].add(id, fields)));
    return id;
  }

  #update(name: MainEntity, id: string, patch: object): void {
    const map = this.#collections[name].get(id);
    this.#change(() => this.#in(this.doc, () => writeEntity(name, map, patch)), this.#undo);
  }

  #remove(name: MainEntity, id: string): void {
    this.#collections[name].get(id);
    this.#change(() => this.#in(this.doc, () => this.#collections[name].remove(id)));
  }

  // ---- workshop ----

  setTitle(title: string): void {
    this.#change(() => this.#in(this.doc, () => setText(this.#texts.title, clip(title))), this.#undo);
  }

  setStep(step: Step): void {
    this.#change(() => this.#in(this.doc, () => this.#meta.set('step', step)));
  }

  setRevealed(revealed: boolean): void {
    this.#change(() => this.#in(this.doc, () => this.#meta.set('revealed', revealed)));
  }

  // ---- the shared timer ----

  get timer(): TimerState | undefined {
    if (this.#timer === null) this.#timer = readTimer((key) => this.#timerMap.get(key));
    return this.#timer;
  }

  setTimer(timer: TimerState | undefined): void {
    this.doc.transact(() => {
      for (const key of Object.keys(TIMER)) {
        const value = timer?.[key as keyof TimerState];
        if (value === undefined) {
          if (this.#timerMap.has(key)) this.#timerMap.delete(key);
        } else if (this.#timerMap.get(key) !== value) this.#timerMap.set(key, value);
      }
    }, TIMER_ORIGIN);
  }

  // ---- partners ----

  addPartner(partner: Patch<Partner> = {}): string | undefined {
    if (this.snapshot.partners.length >= LIMITS.partners) return undefined;
    const id = this.#add('partners', { name: '', aspirant: false, ...partner });
    this.#card(id);
    return id;
  }

  updatePartner(id: string, patch: Patch<Partner>): void {
    this.#update('partners', id, patch);
  }

  movePartner(id: string, toIndex: number): void {
    this.#moveIn(this.doc, this.#collections.partners, id, toIndex);
  }

  #moveIn(
    doc: Y.Doc,
    collection: Collection<EntityName>,
    id: string,
    toIndex: number,
    among?: readonly { id: string }[],
  ): void {
    collection.get(id);
    const list = among ?? collection.list;
    const target = list[Math.max(0, Math.min(list.length - 1, toIndex))];
    if (!target || target.id === id) return;
    this.#change(() => this.#in(doc, () => collection.moveTo(id, target.id)));
  }

  /**
   * Removes the partner as one undoable step. Its card stays in its document,
   * and questions, tensions, responses and actions that refer to it or its
   * items no longer show; undoing the removal brings all of it back.
   */
  removePartner(id: string): void {
    this.#remove('partners', id);
  }

  // ---- interests and contributions ----

  #addItem(name: CardEntity, partnerId: string, fields: object): string | undefined {
    this.#collections.partners.get(partnerId);
    const card = this.#card(partnerId);
    if (card.count >= LIMITS.itemsPerPartner) return undefined;
    const id = newId(ENTITIES[name].prefix);
    this.#change(() => this.#in(card.doc, () => card.collection(name).add(id, fields)));
    return id;
  }

  #updateItem(id: string, patch: object): void {
    const { card, name } = this.#findItem(id);
    const map = card.collection(name).get(id);
    this.#change(() => this.#in(card.doc, () => writeEntity(name, map, patch)), card.undo);
  }

  #removeItem(id: string): void {
    const { card, name } = this.#findItem(id);
    this.#change(() => this.#in(card.doc, () => card.collection(name).remove(id)));
  }

  addInterest(partnerId: string, interest: Patch<Interest> = {}): string | undefined {
    return this.#addItem('interests', partnerId, { scope: 'organisation', text: '', ...interest });
  }

  updateInterest(id: string, patch: Patch<Interest>): void {
    this.#updateItem(id, patch);
  }

  removeInterest(id: string): void {
    this.#removeItem(id);
  }

  addContribution(
    partnerId: string,
    contribution: Patch<Contribution> & Pick<Contribution, 'direction'>,
  ): string | undefined {
    return this.#addItem('contributions', partnerId, { text: '', ...contribution });
  }

  updateContribution(id: string, patch: Patch<Contribution>): void {
    this.#updateItem(id, patch);
  }

  removeContribution(id: string): void {
    this.#removeItem(id);
  }

  moveItem(id: string, toIndex: number): void {
    const { card, name } = this.#findItem(id);
    const list = card.collection(name).list as readonly Item[];
    const item = list.find((e) => e.id === id)!;
    // Siblings: the items of the same list (get or bring, for contributions).
    const siblings =
      'direction' in item ? list.filter((e) => 'direction' in e && e.direction === item.direction) : list;
    this.#moveIn(card.doc, card.collection(name), id, toIndex, siblings);
  }

  // ---- the exchange ----

  addQuestion(itemId: string, text: string): string {
    return this.#add('questions', { itemId, text });
  }

  updateQuestion(id: string, patch: Patch<Question>): void {
    this.#update('questions', id, patch);
  }

  removeQuestion(id: string): void {
    this.#remove('questions', id);
  }

  addTension(itemIds: string[], text = ''): string {
    return this.#add('tensions', { itemIds, text, resolved: false });
  }

  updateTension(id: string, patch: Patch<Tension>): void {
    this.#update('tensions', id, patch);
  }

  removeTension(id: string): void {
    this.#remove('tensions', id);
  }

  // ---- the ambition ----

  setAmbition(part: AmbitionPart | 'statement', text: string): void {
    this.#change(() => this.#in(this.doc, () => setText(this.#texts[part], clip(text))), this.#undo);
  }

  addDraft(text: string): string {
    return this.#add('drafts', { text });
  }

  updateDraft(id: string, patch: Pick<Partial<Draft>, 'text'>): void {
    this.#update('drafts', id, patch);
  }

  removeDraft(id: string): void {
    this.#remove('drafts', id);
  }

  setConsent(draftId: string, partnerId: string, consent: Consent | undefined, reason?: string): void {
    const draft = this.#collections.drafts.get(draftId);
    this.#collections.partners.get(partnerId);
    this.#change(() =>
      this.#in(this.doc, () => {
        const consents = ownMap(draft, 'consent');
        const reasons = ownMap(draft, 'reasons');
        if (consent) consents.set(partnerId, consent);
        else consents.delete(partnerId);
        if (consent === 'object' && reason) {
          const text = reasons.get(partnerId);
          if (text instanceof Y.Text) setText(text, clip(reason));
          else reasons.set(partnerId, new Y.Text(clip(reason)));
        } else reasons.delete(partnerId);
      }),
    );
  }

  adoptDraft(id: string): void {
    const drafts = this.#collections.drafts;
    const text = readText(drafts.get(id).get('text'));
    const open = this.snapshot.tensions.filter((t) => !t.resolved).map((t) => t.id);
    this.#change(() =>
      this.#in(this.doc, () => {
        setText(this.#texts.statement, clip(text));
        for (const draft of drafts.list)
          if (draft.id === id || draft.openAtAdoption)
            writeEntity('drafts', drafts.get(draft.id), { openAtAdoption: draft.id === id ? open : undefined });
      }),
    );
  }

  // ---- common ground ----

  judgeMatch(getId: string, bringId: string, verdict: Verdict | undefined): void {
    this.#findItem(getId);
    this.#findItem(bringId);
    const matches = this.#collections.matches;
    const same = matches.list.filter((m) => m.getId === getId && m.bringId === bringId);
    const keep = verdict && same.at(-1);
    if (!verdict && !same.length) return;
    if (keep && same.length === 1 && keep.verdict === verdict) return;
    this.#change(() =>
      this.#in(this.doc, () => {
        for (const match of same) if (match !== keep) matches.remove(match.id);
        if (!verdict) return;
        if (keep) writeEntity('matches', matches.get(keep.id), { verdict });
        else {
          const keyed = keyedId(ENTITIES.matches.prefix, `${getId}\u0000${bringId}`);
          matches.add(matches.has(keyed) ? newId(ENTITIES.matches.prefix) : keyed, { getId, bringId, verdict });
        }
      }),
    );
  }

  dismissSuggestion(name: string): void {
    const key = themeKey(name);
    const dismissed = this.#collections.dismissedThemes;
    if (!key || dismissed.list.some((d) => themeKey(d.name) === key)) return;
    const keyed = keyedId(ENTITIES.dismissedThemes.prefix, key);
    const id = dismissed.has(keyed) ? newId(ENTITIES.dismissedThemes.prefix) : keyed;
    this.#change(() => this.#in(this.doc, () => dismissed.add(id, { name: clip(name.trim()) })));
  }

  restoreSuggestions(): void {
    const dismissed = this.#collections.dismissedThemes;
    if (!dismissed.list.length) return;
    this.#change(() => this.#in(this.doc, () => dismissed.clear()));
  }

  // ---- follow-up ----

  setNotes(notes: string): void {
    this.#change(() => this.#in(this.doc, () => setText(this.#texts.notes, clip(notes))), this.#undo);
  }

  addAction(action: Patch<Action> & Pick<Action, 'text'>): string {
    return this.#add('actions', action);
  }

  updateAction(id: string, patch: Patch<Action>): void {
    this.#update('actions', id, patch);
  }

  removeAction(id: string): void {
    this.#remove('actions', id);
  }

  // ---- the whole file ----

  batch(change: () => void): void {
    this.#change(change);
  }

  replace(file: WorkshopFile): void {
    this.#stampAs = file.updatedAt;
    try {
      this.#change(() => this.#write(file, true));
    } finally {
      this.#stampAs = undefined;
    }
  }

  /**
   * Writes `file` into the documents. With `clear`, everything else goes;
   * without (a migration), entities merge in by id. Order keys follow the
   * file's order and are the same wherever the same file is written.
   */
  #write(file: WorkshopFile, clear: boolean, origin: unknown = this): void {
    const cards = new Map<string, { interests: Interest[]; contributions: Contribution[] }>();
    for (const p of file.partners) cards.set(p.id, { interests: [], contributions: [] });
    for (const i of file.interests) cards.get(i.partnerId)?.interests.push(i);
    for (const c of file.contributions) cards.get(c.partnerId)?.contributions.push(c);
    if (clear)
      for (const [id, card] of this.#cards)
        if (!cards.has(id)) this.#in(card.doc, () => CARD.forEach((n) => card.collection(n).clear()), origin);
    for (const [partnerId, items] of cards) {
      const card = this.#card(partnerId);
      this.#in(
        card.doc,
        () => {
          for (const name of CARD) fill(card.collection(name), items[name], clear);
        },
        origin,
      );
    }
    this.#in(
      this.doc,
      () => {
        if (clear) this.#meta.clear();
        this.#meta.set('step', file.step);
        this.#meta.set('revealed', file.revealed);
        for (const name of TEXT_NAMES) {
          const value = name === 'title' ? file.title : name === 'notes' ? file.followUp.notes : file.ambition[name];
          if (clear || value) setText(this.#texts[name], clip(value ?? ''));
        }
        fill(this.#collections.partners, file.partners, clear);
        fill(this.#collections.questions, file.questions, clear);
        fill(this.#collections.tensions, file.tensions, clear);
        // Files from before these were kept have neither.
        fill(this.#collections.matches, file.matches ?? [], clear);
        fill(this.#collections.dismissedThemes, file.dismissedThemes ?? [], clear);
        fill(this.#collections.drafts, file.ambition.drafts, clear);
        fill(this.#collections.actions, file.followUp.actions, clear);
      },
      origin,
    );
  }

  /**
   * Moves a workshop kept in the first document layout (every entity in a
   * list, texts as plain strings; read from this store's shared document with
   * `readLegacyLayout`) into this layout, once, and empties the old one.
   * Returns whether there was anything to move. Not undoable.
   */
  migrateLegacyLayout(legacy: LegacyWorkshop | undefined): boolean {
    if (!legacy) return false;
    this.#batched(() => {
      this.#write(legacy.file, false, 'migration');
      this.#in(this.doc, () => legacy.clear(), 'migration');
    }, 'remote');
    return true;
  }
}

const clip = (text: string) => readText(text);

/** Puts `entities` into `collection` in their order, with order keys from their place. */
function fill(collection: Collection<EntityName>, entities: readonly { id: string }[], clear: boolean): void {
  if (clear) collection.clear();
  const keys = orderKeys(entities.length);
  entities.forEach((entity, i) => collection.insert(entity.id, entity, keys[i]));
}

const orderKeys = (n: number): string[] => (n ? generateNKeysBetween(null, null, n) : []);

/** The per-partner map `key` of a draft, made when a malformed one is found. */
function ownMap(draft: YEntity, key: string): Y.Map<unknown> {
  let map = draft.get(key);
  if (!(map instanceof Y.Map)) draft.set(key, (map = new Y.Map()));
  return map as Y.Map<unknown>;
}
