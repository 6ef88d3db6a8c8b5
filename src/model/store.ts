import * as Y from 'yjs';
import type { ChangeListener, ChangeSource, Patch, Session, WorkshopStore } from './store-api.js';
import {
  clipText,
  FORMAT,
  LIMITS,
  VERSION,
  type Action,
  type AmbitionPart,
  type Consent,
  type Contribution,
  type Draft,
  type Interest,
  type Partner,
  type Question,
  type Step,
  type Tension,
  type WorkshopFile,
} from './types.js';

type Entity = { id: string };
type YEntity = Y.Map<unknown>;

const COLLECTIONS = ['partners', 'interests', 'contributions', 'questions', 'tensions', 'drafts', 'actions'] as const;
type Collection = (typeof COLLECTIONS)[number];

const newId = (prefix: string): string =>
  `${prefix}-${crypto.getRandomValues(new Uint32Array(2)).reduce((s, n) => s + n.toString(36), '')}`;

/**
 * Sets the defined values of `patch` on `map`, texts cut off at the limit;
 * `undefined` or `''` deletes optional keys.
 */
function assign(map: YEntity, patch: object, optional: readonly string[] = []): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || (value === '' && optional.includes(key))) map.delete(key);
    else map.set(key, Array.isArray(value) ? [...value] : typeof value === 'string' ? clipText(value) : value);
  }
}

const freeze = <T>(value: T): T => Object.freeze(value);

/**
 * The workshop kept in one Yjs document: the single source of truth that
 * persistence and sync attach to. Every mutation is one transaction; user
 * changes are undoable, remote ones are not.
 */
export class YWorkshopStore implements WorkshopStore {
  readonly doc: Y.Doc;
  readonly #meta: Y.Map<unknown>;
  readonly #ambition: Y.Map<unknown>;
  readonly #lists: Record<Collection, Y.Array<YEntity>>;
  readonly #undo: Y.UndoManager;
  readonly #listeners = new Set<ChangeListener>();
  /** Entity snapshots by their Yjs map, dropped when the map changes. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly #cache = new WeakMap<Y.AbstractType<any>, object>();
  #snapshot?: WorkshopFile;
  #session: Session = { role: 'facilitator', storage: 'loading' };

  constructor(doc: Y.Doc = new Y.Doc()) {
    this.doc = doc;
    this.#meta = doc.getMap('meta');
    this.#ambition = doc.getMap('ambition');
    this.#lists = Object.fromEntries(COLLECTIONS.map((name) => [name, doc.getArray<YEntity>(name)])) as Record<
      Collection,
      Y.Array<YEntity>
    >;
    this.#undo = new Y.UndoManager([this.#meta, this.#ambition, ...Object.values(this.#lists)], {
      trackedOrigins: new Set([this]),
    });
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.changedParentTypes.size === 0) return;
      for (const type of transaction.changedParentTypes.keys()) this.#cache.delete(type);
      this.#snapshot = undefined;
      const local = transaction.origin === this || transaction.origin === this.#undo;
      this.#notify(local ? 'user' : 'remote');
    });
  }

  get session(): Session {
    return this.#session;
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
    return this.#undo.canUndo();
  }

  get canRedo(): boolean {
    return this.#undo.canRedo();
  }

  undo(): void {
    this.#undo.stopCapturing();
    this.#undo.undo();
  }

  redo(): void {
    this.#undo.redo();
  }

  /**
   * Runs `change` as one local transaction. A `step` change stands alone in the
   * undo history; other changes (typing) merge with what came just before.
   */
  #change(change: () => void, step = true, updatedAt = new Date().toISOString()): void {
    if (step) this.#undo.stopCapturing();
    this.doc.transact(() => {
      change();
      this.#meta.set('updatedAt', updatedAt);
    }, this);
    if (step) this.#undo.stopCapturing();
  }

  // ---- reading ----

  get snapshot(): WorkshopFile {
    return (this.#snapshot ??= this.#read());
  }

  #entities<T extends Entity>(name: Collection, read: (map: YEntity) => T): readonly T[] {
    return freeze(
      this.#lists[name].map((map) => {
        let entity = this.#cache.get(map) as T | undefined;
        if (!entity) {
          entity = freeze(read(map));
          this.#cache.set(map, entity);
        }
        return entity;
      }),
    );
  }

  #read(): WorkshopFile {
    const meta = this.#meta;
    const text = (map: Y.Map<unknown>, key: string) => map.get(key) as string | undefined;
    const optional = <T extends object>(entity: T, map: YEntity, keys: readonly string[]): T => {
      for (const key of keys) {
        const value = map.get(key);
        if (value !== undefined) Object.assign(entity, { [key]: Array.isArray(value) ? freeze([...value]) : value });
      }
      return entity;
    };
    const ambition = { drafts: this.#entities<Draft>('drafts', readDraft) } as WorkshopFile['ambition'];
    for (const part of ['problem', 'solution', 'opportunities', 'form', 'statement'] as const) {
      const value = text(this.#ambition, part);
      if (value !== undefined) ambition[part] = value;
    }
    const notes = text(this.#ambition, 'notes');
    const file: WorkshopFile = {
      format: FORMAT,
      version: VERSION,
      title: text(meta, 'title') ?? '',
      step: (meta.get('step') as Step | undefined) ?? 1,
      revealed: (meta.get('revealed') as boolean | undefined) ?? false,
      partners: this.#entities<Partner>('partners', (m) => ({
        id: m.get('id') as string,
        name: (m.get('name') as string | undefined) ?? '',
        aspirant: (m.get('aspirant') as boolean | undefined) ?? false,
      })) as Partner[],
      interests: this.#entities<Interest>('interests', (m) =>
        optional(
          {
            id: m.get('id') as string,
            partnerId: m.get('partnerId') as string,
            scope: m.get('scope') as Interest['scope'],
            text: (m.get('text') as string | undefined) ?? '',
            kind: m.get('kind') as Interest['kind'],
          },
          m,
          ['motivation', 'themes'],
        ),
      ) as Interest[],
      contributions: this.#entities<Contribution>('contributions', (m) =>
        optional(
          {
            id: m.get('id') as string,
            partnerId: m.get('partnerId') as string,
            direction: m.get('direction') as Contribution['direction'],
            text: (m.get('text') as string | undefined) ?? '',
          },
          m,
          ['themes'],
        ),
      ) as Contribution[],
      questions: this.#entities<Question>('questions', (m) =>
        optional(
          { id: m.get('id') as string, itemId: m.get('itemId') as string, text: (m.get('text') as string) ?? '' },
          m,
          ['answer'],
        ),
      ) as Question[],
      tensions: this.#entities<Tension>('tensions', (m) => ({
        id: m.get('id') as string,
        itemIds: freeze([...((m.get('itemIds') as string[] | undefined) ?? [])]),
        text: (m.get('text') as string | undefined) ?? '',
        resolved: (m.get('resolved') as boolean | undefined) ?? false,
      })) as Tension[],
      ambition: freeze(ambition),
      followUp: freeze({
        ...(notes !== undefined ? { notes } : {}),
        actions: this.#entities<Action>('actions', (m) =>
          optional({ id: m.get('id') as string, text: (m.get('text') as string) ?? '' }, m, ['owner', 'due']),
        ) as Action[],
      }),
    };
    const updatedAt = text(meta, 'updatedAt');
    if (updatedAt) file.updatedAt = updatedAt;
    return freeze(file);
  }

  // ---- helpers for writing ----

  #find(name: Collection, id: string): YEntity {
    const map = this.#lists[name].toArray().find((m) => m.get('id') === id);
    if (!map) throw new Error(`No ${name} with id ${id}`);
    return map;
  }

  #insert(name: Collection, prefix: string, fields: object, optional: readonly string[] = []): string {
    const id = newId(prefix);
    this.#change(() => this.#lists[name].push([entityMap({ id, ...fields }, optional)]));
    return id;
  }

  #update(name: Collection, id: string, patch: object, optional: readonly string[] = []): void {
    const map = this.#find(name, id);
    this.#change(() => assign(map, patch, optional), false);
  }

  /** Removes entities of `name` that match; returns the ids removed. */
  #removeWhere(name: Collection, match: (map: YEntity) => boolean): string[] {
    const list = this.#lists[name];
    const removed: string[] = [];
    for (let i = list.length - 1; i >= 0; i--) {
      const map = list.get(i);
      if (match(map)) {
        removed.push(map.get('id') as string);
        list.delete(i, 1);
      }
    }
    return removed;
  }

  #move(name: Collection, id: string, toIndex: number): void {
    const list = this.#lists[name];
    const from = list.toArray().findIndex((m) => m.get('id') === id);
    if (from < 0) throw new Error(`No ${name} with id ${id}`);
    const to = Math.max(0, Math.min(list.length - 1, toIndex));
    if (from === to) return;
    this.#change(() => {
      const copy = cloneMap(list.get(from));
      list.delete(from, 1);
      list.insert(to, [copy]);
    });
  }

  /** Whether the partner with `partnerId` has `LIMITS.itemsPerPartner` interests and contributions (also within a batch). */
  #partnerFull(partnerId: string): boolean {
    let count = 0;
    for (const name of ['interests', 'contributions'] as const)
      for (const map of this.#lists[name]) if (map.get('partnerId') === partnerId) count++;
    return count >= LIMITS.itemsPerPartner;
  }

  /** Removes items and everything that points at them (questions, tensions). */
  #removeItems(ids: Set<string>): void {
    this.#removeWhere('questions', (m) => ids.has(m.get('itemId') as string));
    this.#removeWhere('tensions', (m) => ((m.get('itemIds') as string[]) ?? []).some((i) => ids.has(i)));
  }

  // ---- workshop ----

  setTitle(title: string): void {
    this.#change(() => this.#meta.set('title', clipText(title)), false);
  }

  setStep(step: Step): void {
    this.#change(() => this.#meta.set('step', step));
  }

  setRevealed(revealed: boolean): void {
    this.#change(() => this.#meta.set('revealed', revealed));
  }

  // ---- partners ----

  addPartner(partner: Patch<Partner> = {}): string | undefined {
    if (this.#lists.partners.length >= LIMITS.partners) return undefined;
    return this.#insert('partners', 'p', { name: '', aspirant: false, ...partner });
  }

  updatePartner(id: string, patch: Patch<Partner>): void {
    this.#update('partners', id, patch);
  }

  movePartner(id: string, toIndex: number): void {
    this.#move('partners', id, toIndex);
  }

  removePartner(id: string): void {
    this.#find('partners', id);
    this.#change(() => {
      const owned = (m: YEntity) => m.get('partnerId') === id;
      const items = new Set([...this.#removeWhere('interests', owned), ...this.#removeWhere('contributions', owned)]);
      this.#removeItems(items);
      for (const draft of this.#lists.drafts) {
        (draft.get('consent') as Y.Map<Consent>).delete(id);
        (draft.get('reasons') as Y.Map<string>).delete(id);
      }
      for (const action of this.#lists.actions) if (action.get('owner') === id) action.delete('owner');
      this.#removeWhere('partners', (m) => m.get('id') === id);
    });
  }

  // ---- interests and contributions ----

  addInterest(partnerId: string, interest: Patch<Interest> = {}): string | undefined {
    this.#find('partners', partnerId);
    if (this.#partnerFull(partnerId)) return undefined;
    return this.#insert('interests', 'i', { partnerId, scope: 'organisation', kind: 'wish', text: '', ...interest }, [
      'motivation',
      'themes',
    ]);
  }

  updateInterest(id: string, patch: Patch<Interest>): void {
    this.#update('interests', id, patch, ['motivation', 'themes']);
  }

  removeInterest(id: string): void {
    this.#find('interests', id);
    this.#change(() => {
      this.#removeWhere('interests', (m) => m.get('id') === id);
      this.#removeItems(new Set([id]));
    });
  }

  addContribution(
    partnerId: string,
    contribution: Patch<Contribution> & Pick<Contribution, 'direction'>,
  ): string | undefined {
    this.#find('partners', partnerId);
    if (this.#partnerFull(partnerId)) return undefined;
    return this.#insert('contributions', 'c', { partnerId, text: '', ...contribution }, ['themes']);
  }

  updateContribution(id: string, patch: Patch<Contribution>): void {
    this.#update('contributions', id, patch, ['themes']);
  }

  removeContribution(id: string): void {
    this.#find('contributions', id);
    this.#change(() => {
      this.#removeWhere('contributions', (m) => m.get('id') === id);
      this.#removeItems(new Set([id]));
    });
  }

  moveItem(id: string, toIndex: number): void {
    const name: Collection = this.#lists.interests.toArray().some((m) => m.get('id') === id)
      ? 'interests'
      : 'contributions';
    const map = this.#find(name, id);
    // Siblings: the items of the same partner (and list, for contributions).
    const siblings = this.#lists[name]
      .toArray()
      .filter((m) => m.get('partnerId') === map.get('partnerId') && m.get('direction') === map.get('direction'));
    const target = siblings[Math.max(0, Math.min(siblings.length - 1, toIndex))];
    const all = this.#lists[name].toArray();
    this.#move(name, id, all.indexOf(target));
  }

  // ---- the exchange ----

  addQuestion(itemId: string, text: string): string {
    return this.#insert('questions', 'q', { itemId, text }, ['answer']);
  }

  updateQuestion(id: string, patch: Patch<Question>): void {
    this.#update('questions', id, patch, ['answer']);
  }

  removeQuestion(id: string): void {
    this.#find('questions', id);
    this.#change(() => this.#removeWhere('questions', (m) => m.get('id') === id));
  }

  addTension(itemIds: string[], text = ''): string {
    return this.#insert('tensions', 't', { itemIds: [...itemIds], text, resolved: false });
  }

  updateTension(id: string, patch: Patch<Tension>): void {
    this.#update('tensions', id, patch);
  }

  removeTension(id: string): void {
    this.#find('tensions', id);
    this.#change(() => this.#removeWhere('tensions', (m) => m.get('id') === id));
  }

  // ---- the ambition ----

  setAmbition(part: AmbitionPart | 'statement', text: string): void {
    this.#change(() => this.#ambition.set(part, clipText(text)), part !== 'statement');
  }

  addDraft(text: string): string {
    const id = newId('d');
    this.#change(() => this.#lists.drafts.push([draftMap({ id, text, consent: {} })]));
    return id;
  }

  updateDraft(id: string, patch: Pick<Partial<Draft>, 'text'>): void {
    this.#update('drafts', id, patch);
  }

  removeDraft(id: string): void {
    this.#find('drafts', id);
    this.#change(() => this.#removeWhere('drafts', (m) => m.get('id') === id));
  }

  setConsent(draftId: string, partnerId: string, consent: Consent | undefined, reason?: string): void {
    const draft = this.#find('drafts', draftId);
    this.#find('partners', partnerId);
    this.#change(() => {
      const consents = draft.get('consent') as Y.Map<Consent>;
      const reasons = draft.get('reasons') as Y.Map<string>;
      if (consent) consents.set(partnerId, consent);
      else consents.delete(partnerId);
      if (consent === 'object' && reason) reasons.set(partnerId, clipText(reason));
      else reasons.delete(partnerId);
    });
  }

  // ---- follow-up ----

  setNotes(notes: string): void {
    this.#change(() => this.#ambition.set('notes', clipText(notes)), false);
  }

  addAction(action: Patch<Action> & Pick<Action, 'text'>): string {
    return this.#insert('actions', 'a', action, ['owner', 'due']);
  }

  updateAction(id: string, patch: Patch<Action>): void {
    this.#update('actions', id, patch, ['owner', 'due']);
  }

  removeAction(id: string): void {
    this.#find('actions', id);
    this.#change(() => this.#removeWhere('actions', (m) => m.get('id') === id));
  }

  // ---- the whole file ----

  batch(change: () => void): void {
    this.#change(change);
  }

  replace(file: WorkshopFile): void {
    this.#change(
      () => {
        this.#meta.clear();
        this.#ambition.clear();
        for (const list of Object.values(this.#lists)) list.delete(0, list.length);
        this.#meta.set('title', file.title);
        this.#meta.set('step', file.step);
        this.#meta.set('revealed', file.revealed);
        for (const part of ['problem', 'solution', 'opportunities', 'form', 'statement'] as const)
          if (file.ambition[part] !== undefined) this.#ambition.set(part, file.ambition[part]);
        if (file.followUp.notes !== undefined) this.#ambition.set('notes', file.followUp.notes);
        const fill = (name: Collection, entities: readonly object[], make = (e: object) => entityMap(e)) =>
          this.#lists[name].push(entities.map(make));
        fill('partners', file.partners);
        fill('interests', file.interests);
        fill('contributions', file.contributions);
        fill('questions', file.questions);
        fill('tensions', file.tensions);
        fill('drafts', file.ambition.drafts, (d) => draftMap(d as Draft));
        fill('actions', file.followUp.actions);
      },
      true,
      file.updatedAt,
    );
  }
}

function entityMap(fields: object, optional: readonly string[] = []): YEntity {
  const map = new Y.Map<unknown>();
  assign(map, fields, optional);
  return map;
}

function draftMap(draft: Draft): YEntity {
  const map = entityMap({ id: draft.id, text: draft.text });
  map.set('consent', new Y.Map(Object.entries(draft.consent)));
  map.set('reasons', new Y.Map(Object.entries(draft.reasons ?? {})));
  return map;
}

function readDraft(map: YEntity): Draft {
  const reasons = (map.get('reasons') as Y.Map<string>).toJSON() as Record<string, string>;
  return {
    id: map.get('id') as string,
    text: (map.get('text') as string | undefined) ?? '',
    consent: freeze((map.get('consent') as Y.Map<Consent>).toJSON() as Record<string, Consent>),
    ...(Object.keys(reasons).length ? { reasons: freeze(reasons) } : {}),
  };
}

/** A fresh copy of an entity map (Yjs cannot move a type from one place to another). */
function cloneMap(map: YEntity): YEntity {
  if (map.has('consent')) return draftMap(readDraft(map));
  return entityMap(map.toJSON());
}
