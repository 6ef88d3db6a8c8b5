import { generateNKeysBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { Collection, readText, setText, writeEntity, type YEntity } from './collection.js';
import { deriver, permissions, type Derived, type Permissions } from './derived.js';
import { History } from './history.js';
import { readLegacyLayout } from './legacy.js';
import { ENTITIES, LIMITS, TEXT_NAMES, type EntityName, type TextName } from './schema.js';
import type { ChangeListener, ChangeSource, Patch, Session, WorkshopStore } from './store-api.js';
import {
  FORMAT,
  VERSION,
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
  type WorkshopFile,
} from './types.js';

type MainEntity = 'partners' | 'questions' | 'tensions' | 'drafts' | 'actions';
type CardEntity = 'interests' | 'contributions';
const MAIN: MainEntity[] = ['partners', 'questions', 'tensions', 'drafts', 'actions'];
const CARD: CardEntity[] = ['interests', 'contributions'];

const newId = (prefix: string): string =>
  `${prefix}-${crypto.getRandomValues(new Uint32Array(2)).reduce((s, n) => s + n.toString(36), '')}`;

const freeze = <T>(value: T): T => Object.freeze(value);

/** `next`, or `previous` when it holds the same entities: unchanged parts keep their identity. */
function stable<T>(previous: readonly T[] | undefined, next: readonly T[]): readonly T[] {
  return previous && previous.length === next.length && previous.every((e, i) => e === next[i])
    ? previous
    : freeze(next);
}

/**
 * Called for each document of the workshop (`partnerId` names a card's
 * partner); may return what to do when the listener is stopped.
 */
export type DocumentListener = (doc: Y.Doc, partnerId?: string) => (() => void) | void;

/** One partner's card: its own document with its interests and contributions. */
class Card {
  readonly doc = new Y.Doc();
  readonly interests: Collection<'interests'>;
  readonly contributions: Collection<'contributions'>;
  readonly clock = this.doc.getMap<string>('na:clock');
  readonly undo: Y.UndoManager;
  /** The card's items within the limit: the last input and output. */
  #limited?: [readonly Interest[], readonly Contribution[], readonly Interest[], readonly Contribution[]];

  constructor(partnerId: string, history: History, origin: unknown) {
    this.interests = new Collection('interests', this.doc.getMap('na:interests'), partnerId);
    this.contributions = new Collection('contributions', this.doc.getMap('na:contributions'), partnerId);
    this.undo = history.track([this.interests.map, this.contributions.map], origin);
  }

  collection(name: CardEntity): Collection<CardEntity> {
    return name === 'interests' ? this.interests : this.contributions;
  }

  get count(): number {
    return this.items[0].length + this.items[1].length;
  }

  /**
   * The card's interests and contributions, at most `LIMITS.itemsPerPartner`
   * of them: when devices that each added the last one that fit meet, the
   * ones added last in order wait in the document, out of sight, until there
   * is room again. So every snapshot is a file its own import accepts.
   */
  get items(): [readonly Interest[], readonly Contribution[]] {
    const interests = this.interests.list;
    const contributions = this.contributions.list;
    const known = this.#limited;
    if (known && known[0] === interests && known[1] === contributions) return [known[2], known[3]];
    let kept: [readonly Interest[], readonly Contribution[]] = [interests, contributions];
    const over = interests.length + contributions.length - LIMITS.itemsPerPartner;
    if (over > 0) {
      const order = (id: string, name: CardEntity) => String(this.collection(name).map.get(id)?.get('order') ?? '');
      const all = [
        ...interests.map((e) => [order(e.id, 'interests'), e.id] as const),
        ...contributions.map((e) => [order(e.id, 'contributions'), e.id] as const),
      ].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
      const out = new Set(all.slice(all.length - over).map(([, id]) => id));
      kept = [freeze(interests.filter((e) => !out.has(e.id))), freeze(contributions.filter((e) => !out.has(e.id)))];
    }
    this.#limited = [interests, contributions, ...kept];
    return kept;
  }
}

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
  readonly #cards = new Map<string, Card>();
  readonly #history = new History();
  readonly #undo: Y.UndoManager;
  readonly #listeners = new Set<ChangeListener>();
  readonly #documentListeners = new Map<DocumentListener, (() => void)[]>();
  #snapshot?: WorkshopFile;
  readonly #parts = new Map<string, { inputs: readonly unknown[]; value: unknown }>();
  #session: Session = { role: 'facilitator', storage: 'loading' };
  /** Set while a user action runs: notify once at its end. */
  #pending?: ChangeSource | 'none';
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
    this.#undo = this.#history.track(
      [...MAIN.map((name) => this.#collections[name].map), ...Object.values(this.#texts), this.#meta],
      this,
    );
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
      this.#pending = undefined;
      if (changed !== 'none') this.#notify(changed === 'user' ? 'user' : source);
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
    return (this.#snapshot ??= this.#read());
  }

  /** A part of the snapshot, built anew only when what it is built from changed. */
  #part<T>(key: string, inputs: readonly unknown[], build: (previous?: T) => T): T {
    const known = this.#parts.get(key);
    if (known && known.inputs.length === inputs.length && known.inputs.every((v, i) => v === inputs[i]))
      return known.value as T;
    const value = build(known?.value as T | undefined);
    this.#parts.set(key, { inputs, value });
    return value;
  }

  #read(): WorkshopFile {
    const all = this.#collections.partners.list;
    // Past the limit (devices that each added the last partner that fit), the last in order wait out of sight.
    const partners =
      all.length > LIMITS.partners
        ? this.#part('limitedPartners', [all], () => freeze(all.slice(0, LIMITS.partners)))
        : all;
    const cards = partners.map((p) => this.#card(p.id).items);
    const interests = this.#part('interests', [partners, ...cards.map((c) => c[0])], () =>
      freeze(cards.flatMap((c) => c[0])),
    );
    const contributions = this.#part('contributions', [partners, ...cards.map((c) => c[1])], () =>
      freeze(cards.flatMap((c) => c[1])),
    );
    const partnerIds = this.#part('partnerIds', [partners], () => new Set(partners.map((p) => p.id)));
    const itemIds = this.#part('itemIds', [interests, contributions], () => {
      const ids = new Set<string>();
      for (const item of interests) ids.add(item.id);
      for (const item of contributions) ids.add(item.id);
      return ids;
    });
    // References that no longer resolve (an item or partner removed, perhaps on
    // another device at the same time) hide what leans on them, until an undo brings it back.
    const { questions: q, tensions: t, drafts: d, actions: a } = this.#collections;
    const questions = this.#part<readonly Question[]>('questions', [q.list, itemIds], (previous) =>
      stable(
        previous,
        q.list.filter((question) => itemIds.has(question.itemId)),
      ),
    );
    const tensions = this.#part<readonly Tension[]>('tensions', [t.list, itemIds], (previous) =>
      stable(
        previous,
        t.list.filter((tension) => tension.itemIds.length && tension.itemIds.every((id) => itemIds.has(id))),
      ),
    );
    const drafts = this.#part<readonly Draft[]>('drafts', [d.list, partnerIds], (previous) =>
      stable(
        previous,
        d.list.map((draft) => onlyPartners(draft, partnerIds)),
      ),
    );
    const actions = this.#part<readonly Action[]>('actions', [a.list, partnerIds], (previous) =>
      stable(
        previous,
        a.list.map((action) => (action.owner && !partnerIds.has(action.owner) ? withoutOwner(action) : action)),
      ),
    );
    const text = (name: TextName) => readText(this.#texts[name]);
    const optional = (name: TextName) => text(name) || undefined;
    const ambition: WorkshopFile['ambition'] = { drafts: freeze(drafts) as Draft[] };
    for (const part of ['problem', 'solution', 'opportunities', 'form', 'statement'] as const) {
      const value = optional(part);
      if (value !== undefined) ambition[part] = value;
    }
    const notes = optional('notes');
    const step = this.#meta.get('step');
    const file: WorkshopFile = {
      format: FORMAT,
      version: VERSION,
      title: text('title'),
      step: ([1, 2, 3, 4, 5] as unknown[]).includes(step) ? (step as Step) : 1,
      revealed: this.#meta.get('revealed') === true,
      partners: partners as Partner[],
      interests: interests as Interest[],
      contributions: contributions as Contribution[],
      questions: questions as Question[],
      tensions: tensions as Tension[],
      ambition: freeze(ambition),
      followUp: freeze({ ...(notes !== undefined ? { notes } : {}), actions: freeze(actions) as Action[] }),
    };
    const updatedAt = [this.#clock, ...partners.map((p) => this.#card(p.id).clock)]
      .map((clock) => clock.get('updatedAt'))
      .filter((v): v is string => typeof v === 'string')
      .sort()
      .at(-1);
    if (updatedAt) file.updatedAt = updatedAt;
    return freeze(file);
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
    return this.#addItem('interests', partnerId, { scope: 'organisation', kind: 'wish', text: '', ...interest });
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
        fill(this.#collections.drafts, file.ambition.drafts, clear);
        fill(this.#collections.actions, file.followUp.actions, clear);
      },
      origin,
    );
  }

  /**
   * Moves a workshop kept in the first document layout (every entity in a
   * list, texts as plain strings) into this layout, once, and empties the old
   * one. Returns whether there was anything to move. Not undoable.
   */
  migrateLegacyLayout(): boolean {
    const legacy = readLegacyLayout(this.doc);
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

/** A draft with the responses of partners that are in the workshop only. */
function onlyPartners(draft: Draft, partners: ReadonlySet<string>): Draft {
  const known = (record: Record<string, unknown> | undefined) =>
    !record || Object.keys(record).every((k) => partners.has(k));
  if (known(draft.consent) && known(draft.reasons)) return draft;
  const keep = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).filter(([k]) => partners.has(k)));
  const { reasons, ...rest } = draft;
  const kept = reasons && keep(reasons);
  return freeze({
    ...rest,
    consent: freeze(keep(draft.consent)),
    ...(kept && Object.keys(kept).length ? { reasons: freeze(kept) } : {}),
  });
}

function withoutOwner(action: Action): Action {
  const rest = { ...action };
  delete rest.owner;
  return freeze(rest);
}
