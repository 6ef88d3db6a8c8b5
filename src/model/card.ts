import * as Y from 'yjs';
import { Collection } from './collection.js';
import type { History } from './history.js';
import { LIMITS } from './schema.js';
import type { Contribution, Interest } from './types.js';

export type CardEntity = 'interests' | 'contributions';
export const CARD: CardEntity[] = ['interests', 'contributions'];

const freeze = <T>(value: T): T => Object.freeze(value);

/** One partner's card: its own document with its interests and contributions. */
export class Card {
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

  /**
   * What the ids of the card's visible items depend on: the same objects
   * until an item comes, goes or moves (typing changes nothing here).
   */
  get membership(): readonly unknown[] {
    const items = this.items;
    return items[0] === this.interests.list && items[1] === this.contributions.list
      ? [this.interests.ids, this.contributions.ids]
      : items;
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
