import type * as Y from 'yjs';
import type { Card } from './card.js';
import { readText, type Collection } from './collection.js';
import { byPartner, LIMITS, type TextName } from './schema.js';
import {
  FORMAT,
  VERSION,
  type Action,
  type Contribution,
  type DismissedTheme,
  type Draft,
  type Interest,
  type Match,
  type Partner,
  type Question,
  type Step,
  type Tension,
  type WorkshopFile,
} from './types.js';

const freeze = <T>(value: T): T => Object.freeze(value);

/** What a snapshot is read from: the shared document's parts and the cards. */
export interface SnapshotSource {
  collections: {
    partners: Collection<'partners'>;
    questions: Collection<'questions'>;
    tensions: Collection<'tensions'>;
    drafts: Collection<'drafts'>;
    actions: Collection<'actions'>;
    matches: Collection<'matches'>;
    dismissedThemes: Collection<'dismissedThemes'>;
  };
  texts: Record<TextName, Y.Text>;
  meta: Y.Map<unknown>;
  clock: Y.Map<string>;
  card(partnerId: string): Card;
}

/**
 * Reads the workshop's documents into a frozen workshop file. Each part is
 * built anew only when what it is built from changed, so unchanged parts (and
 * unchanged entities) keep their identity from one snapshot to the next. What
 * a merge can leave behind is shown as a valid file: past the limits the last
 * in order wait out of sight, and what refers to something removed does not show.
 */
export class SnapshotReader {
  readonly #parts = new Map<string, { inputs: readonly unknown[]; value: unknown }>();

  readonly #source: SnapshotSource;

  constructor(source: SnapshotSource) {
    this.#source = source;
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

  read(): WorkshopFile {
    const all = this.#source.collections.partners.list;
    // Past the limit (devices that each added the last partner that fit), the last in order wait out of sight.
    const partners =
      all.length > LIMITS.partners
        ? this.#part('limitedPartners', [all], () => freeze(all.slice(0, LIMITS.partners)))
        : all;
    const cardsOf = partners.map((p) => this.#source.card(p.id));
    const {
      questions: q,
      tensions: t,
      drafts: d,
      actions: a,
      matches: m,
      dismissedThemes: x,
    } = this.#source.collections;
    // An id that two entities share (never made so by this store, but a document can be written so)
    // shows once, where it comes first in the file, so that every snapshot is a file its import accepts.
    const firsts = this.#part(
      'firsts',
      [partners, ...cardsOf.flatMap((card) => card.membership), q.ids, t.ids, m.ids, x.ids, d.ids, a.ids],
      () =>
        sharedIds([
          ['partners', partners],
          ...cardsOf.map((card, i) => [`interests ${i}`, card.items[0]] as const),
          ...cardsOf.map((card, i) => [`contributions ${i}`, card.items[1]] as const),
          ['questions', q.list],
          ['tensions', t.list],
          ['matches', m.list],
          ['dismissedThemes', x.list],
          ['drafts', d.list],
          ['actions', a.list],
        ]),
    );
    const once = <T extends { id: string }>(list: readonly T[], place: string): readonly T[] =>
      firsts.size ? list.filter((e) => (firsts.get(e.id) ?? place) === place) : list;
    const cards = cardsOf.map((card, i) => {
      const [interests, contributions] = card.items;
      return [once(interests, `interests ${i}`), once(contributions, `contributions ${i}`)] as const;
    });
    const interests = this.#part('interests', [partners, ...cards.map((c) => c[0])], () =>
      freeze(cards.flatMap((c) => c[0])),
    );
    const contributions = this.#part('contributions', [partners, ...cards.map((c) => c[1])], () =>
      freeze(cards.flatMap((c) => c[1])),
    );
    const partnerIds = this.#part('partnerIds', [partners], () => new Set(partners.map((p) => p.id)));
    const itemIds = this.#part('itemIds', [partners, ...cardsOf.flatMap((card) => card.membership)], () => {
      const ids = new Set<string>();
      for (const item of interests) ids.add(item.id);
      for (const item of contributions) ids.add(item.id);
      return ids;
    });
    // References that no longer resolve (an item or partner removed, perhaps on
    // another device at the same time) hide what leans on them, until an undo brings it back.
    const questions = this.#part<readonly Question[]>('questions', [q.list, itemIds], (previous) =>
      stable(
        previous,
        once(q.list, 'questions').filter((question) => itemIds.has(question.itemId)),
      ),
    );
    const tensions = this.#part<readonly Tension[]>('tensions', [t.list, itemIds], (previous) =>
      stable(
        previous,
        once(t.list, 'tensions').filter(
          (tension) => tension.itemIds.length && tension.itemIds.every((id) => itemIds.has(id)),
        ),
      ),
    );
    const matches = this.#part<readonly Match[]>('matches', [m.list, itemIds], (previous) =>
      stable(
        previous,
        once(m.list, 'matches').filter((match) => itemIds.has(match.getId) && itemIds.has(match.bringId)),
      ),
    );
    const dismissedThemes = this.#part<readonly DismissedTheme[]>('dismissedThemes', [x.list], () =>
      freeze(once(x.list, 'dismissedThemes')),
    );
    const tensionIds = this.#part('tensionIds', [tensions], () => new Set(tensions.map((tension) => tension.id)));
    const drafts = this.#part<readonly Draft[]>('drafts', [d.list, partnerIds, tensionIds], (previous) =>
      stable(
        previous,
        once(d.list, 'drafts').map((draft) => onlyKnown(draft, partnerIds, tensionIds)),
      ),
    );
    const actions = this.#part<readonly Action[]>('actions', [a.list, partnerIds], (previous) =>
      stable(
        previous,
        once(a.list, 'actions').map((action) =>
          action.owner && !partnerIds.has(action.owner) ? withoutOwner(action) : action,
        ),
      ),
    );
    const text = (name: TextName) => readText(this.#source.texts[name]);
    const optional = (name: TextName) => text(name) || undefined;
    const ambition: WorkshopFile['ambition'] = { drafts: freeze(drafts) as Draft[] };
    for (const part of ['problem', 'solution', 'opportunities', 'form', 'statement'] as const) {
      const value = optional(part);
      if (value !== undefined) ambition[part] = value;
    }
    const notes = optional('notes');
    const step = this.#source.meta.get('step');
    const file: WorkshopFile = {
      format: FORMAT,
      version: VERSION,
      title: text('title'),
      step: ([1, 2, 3, 4, 5] as unknown[]).includes(step) ? (step as Step) : 1,
      revealed: this.#source.meta.get('revealed') === true,
      partners: partners as Partner[],
      interests: interests as Interest[],
      contributions: contributions as Contribution[],
      questions: questions as Question[],
      tensions: tensions as Tension[],
      matches: matches as Match[],
      dismissedThemes: dismissedThemes as DismissedTheme[],
      ambition: freeze(ambition),
      followUp: freeze({ ...(notes !== undefined ? { notes } : {}), actions: freeze(actions) as Action[] }),
    };
    const updatedAt = [this.#source.clock, ...partners.map((p) => this.#source.card(p.id).clock)]
      .map((clock) => clock.get('updatedAt'))
      .filter((v): v is string => typeof v === 'string')
      .sort()
      .at(-1);
    if (updatedAt) file.updatedAt = updatedAt;
    return freeze(file);
  }
}

/** For each id found in more than one place, the place where it comes first. */
function sharedIds(
  places: readonly (readonly [place: string, entities: readonly { id: string }[]])[],
): Map<string, string> {
  const first = new Map<string, string>();
  const shared = new Map<string, string>();
  for (const [place, entities] of places)
    for (const { id } of entities) {
      const known = first.get(id);
      if (known === undefined) first.set(id, place);
      else if (known !== place) shared.set(id, known);
    }
  return shared;
}

/** `next`, or `previous` when it holds the same entities: unchanged parts keep their identity. */
function stable<T>(previous: readonly T[] | undefined, next: readonly T[]): readonly T[] {
  return previous && previous.length === next.length && previous.every((e, i) => e === next[i])
    ? previous
    : freeze(next);
}

/**
 * A draft with the responses of partners that are in the workshop only, and
 * of the tensions open at its adoption those that are still there.
 */
function onlyKnown(draft: Draft, partners: ReadonlySet<string>, tensions: ReadonlySet<string>): Draft {
  const known = (record: Record<string, unknown> | undefined) =>
    !record || Object.keys(record).every((k) => partners.has(k));
  const open = draft.openAtAdoption;
  const openKnown = !open || open.every((id) => tensions.has(id));
  if (known(draft.consent) && known(draft.reasons) && openKnown) return draft;
  const keep = <T>(record: Record<string, T>) => byPartner(Object.entries(record).filter(([k]) => partners.has(k)));
  const { reasons, openAtAdoption, ...rest } = draft;
  const kept = reasons && keep(reasons);
  const stillOpen = openAtAdoption?.filter((id) => tensions.has(id));
  return freeze({
    ...rest,
    consent: freeze(keep(draft.consent)),
    ...(kept && Object.keys(kept).length ? { reasons: freeze(kept) } : {}),
    ...(stillOpen?.length ? { openAtAdoption: freeze(stillOpen) } : {}),
  });
}

function withoutOwner(action: Action): Action {
  const rest = { ...action };
  delete rest.owner;
  return freeze(rest);
}
