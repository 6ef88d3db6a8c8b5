import { expect } from '@open-wc/testing';
import * as Y from 'yjs';
import { YWorkshopStore } from '../../src/model/store.js';
import { parseWorkshopFile } from '../../src/model/validate.js';

// Three devices edit one workshop at once and exchange their updates in a
// random order at random times, as devices on a flaky network do; in the end
// they must be equal, hold no id twice, export a file their own import takes,
// and (when nobody removes or undoes) keep every word anyone typed.

/** A small seeded random generator (mulberry32), so a failing seed can be run again. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T | undefined => (list.length ? list[int(list.length)] : undefined);
  return { next, int, pick };
}

type Message = { to: number; card?: string; update: Uint8Array };

class Replica {
  readonly store = new YWorkshopStore();
  constructor(
    readonly index: number,
    outbox: Message[],
    count: number,
  ) {
    this.store.eachDocument((doc, card) => {
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === 'network') return;
        for (let to = 0; to < count; to++) if (to !== index) outbox.push({ to, card, update });
      });
    });
  }

  receive({ card, update }: Message): void {
    Y.applyUpdate(card === undefined ? this.store.doc : this.store.cardDocument(card), update, 'network');
  }
}

/** Types `word` into `text` at a random place between words. */
function typeInto(text: string, word: string, rng: ReturnType<typeof random>): string {
  const gaps = [0, text.length, ...[...text].flatMap((char, i) => (char === ' ' ? [i] : []))];
  const at = rng.pick(gaps)!;
  return `${text.slice(0, at)} ${word} ${text.slice(at)}`;
}

interface Run {
  replicas: Replica[];
  typed: Set<string>;
}

function play(seed: number, { destructive }: { destructive: boolean }): Run {
  const rng = random(seed);
  const outbox: Message[] = [];
  const replicas = [0, 1, 2].map((i) => new Replica(i, outbox, 3));
  const typed = new Set<string>();
  let words = 0;
  const word = (r: Replica) => {
    const w = `w${seed}x${r.index}x${words++}`;
    typed.add(w);
    return w;
  };

  // Everyone starts from the same workshop: two partners with a few items.
  const first = replicas[0].store;
  const a = first.addPartner({ name: 'A' })!;
  const b = first.addPartner({ name: 'B' })!;
  first.addInterest(a, { text: 'eerste' });
  first.addContribution(b, { direction: 'get', text: 'halen' });
  first.addDraft('concept');
  deliverAll(outbox, replicas);

  const deliverSome = () => {
    const count = rng.int(outbox.length + 1);
    for (let i = 0; i < count; i++) {
      const [message] = outbox.splice(rng.int(outbox.length), 1);
      replicas[message.to].receive(message);
    }
  };

  const operations: ((r: Replica) => void)[] = [
    (r) => r.store.addPartner({ name: word(r) }),
    (r) => {
      const p = rng.pick(r.store.snapshot.partners);
      if (p) r.store.updatePartner(p.id, { name: typeInto(p.name, word(r), rng) });
    },
    (r) => {
      const p = rng.pick(r.store.snapshot.partners);
      if (p) r.store.movePartner(p.id, rng.int(r.store.snapshot.partners.length));
    },
    (r) => {
      const p = rng.pick(r.store.snapshot.partners);
      if (p) r.store.addInterest(p.id, { text: word(r), kind: rng.next() < 0.5 ? 'wish' : 'demand' });
    },
    (r) => {
      const p = rng.pick(r.store.snapshot.partners);
      if (p) r.store.addContribution(p.id, { direction: rng.next() < 0.5 ? 'get' : 'bring', text: word(r) });
    },
    (r) => {
      const i = rng.pick(r.store.snapshot.interests);
      if (i) r.store.updateInterest(i.id, { text: typeInto(i.text, word(r), rng) });
    },
    (r) => {
      const i = rng.pick(r.store.snapshot.interests);
      if (i) r.store.updateInterest(i.id, { motivation: typeInto(i.motivation ?? '', word(r), rng) });
    },
    (r) => {
      const c = rng.pick(r.store.snapshot.contributions);
      if (c) r.store.updateContribution(c.id, { text: typeInto(c.text, word(r), rng) });
    },
    (r) => {
      const item = rng.pick([...r.store.snapshot.interests, ...r.store.snapshot.contributions]);
      if (item) r.store.moveItem(item.id, rng.int(5));
    },
    (r) => {
      const item = rng.pick([...r.store.snapshot.interests, ...r.store.snapshot.contributions]);
      if (item) r.store.addQuestion(item.id, word(r));
    },
    (r) => {
      const q = rng.pick(r.store.snapshot.questions);
      if (q) r.store.updateQuestion(q.id, { answer: typeInto(q.answer ?? '', word(r), rng) });
    },
    (r) => {
      const part = rng.pick(['problem', 'solution', 'opportunities', 'form', 'statement'] as const)!;
      r.store.setAmbition(part, typeInto(r.store.snapshot.ambition[part] ?? '', word(r), rng));
    },
    (r) => r.store.setTitle(typeInto(r.store.snapshot.title, word(r), rng)),
    (r) => {
      const d = rng.pick(r.store.snapshot.ambition.drafts);
      if (d) r.store.updateDraft(d.id, { text: typeInto(d.text, word(r), rng) });
    },
    (r) => {
      const d = rng.pick(r.store.snapshot.ambition.drafts);
      const p = rng.pick(r.store.snapshot.partners);
      if (d && p) r.store.setConsent(d.id, p.id, rng.pick(['agree', 'can-live-with', 'object'] as const));
    },
    (r) => r.store.addAction({ text: word(r), owner: rng.pick(r.store.snapshot.partners)?.id }),
    (r) => {
      const items = [...r.store.snapshot.interests, ...r.store.snapshot.contributions];
      const [x, y] = [rng.pick(items), rng.pick(items)];
      if (x && y && x !== y) r.store.addTension([x.id, y.id], word(r));
    },
  ];
  const removals: ((r: Replica) => void)[] = [
    (r) => {
      const p = rng.pick(r.store.snapshot.partners);
      if (p) r.store.removePartner(p.id);
    },
    (r) => {
      const i = rng.pick(r.store.snapshot.interests);
      if (i) r.store.removeInterest(i.id);
    },
    (r) => {
      const c = rng.pick(r.store.snapshot.contributions);
      if (c) r.store.removeContribution(c.id);
    },
    (r) => r.store.undo(),
    (r) => r.store.undo(),
    (r) => r.store.redo(),
  ];
  const all = destructive ? [...operations, ...removals] : operations;

  for (let step = 0; step < 40; step++) {
    const replica = replicas[rng.int(3)];
    all[rng.int(all.length)](replica);
    if (rng.next() < 0.3) deliverSome();
  }
  deliverAll(outbox, replicas);
  return { replicas, typed };
}

function deliverAll(outbox: Message[], replicas: Replica[]): void {
  while (outbox.length) {
    const message = outbox.shift()!;
    replicas[message.to].receive(message);
  }
}

function check(seed: number, { replicas, typed }: Run, keepsEveryWord: boolean): void {
  const [first, ...others] = replicas.map((r) => JSON.stringify(r.store.snapshot));
  for (const other of others) expect(other, `seed ${seed}: the devices are equal`).to.equal(first);
  const file = replicas[0].store.snapshot;
  const ids = [
    ...file.partners,
    ...file.interests,
    ...file.contributions,
    ...file.questions,
    ...file.tensions,
    ...file.ambition.drafts,
    ...file.followUp.actions,
  ].map((e) => e.id);
  expect(new Set(ids).size, `seed ${seed}: no id twice`).to.equal(ids.length);
  expect(() => parseWorkshopFile(JSON.parse(JSON.stringify(file))), `seed ${seed}: the export imports`).not.to.throw();
  if (!keepsEveryWord) return;
  const everything = first;
  const lost = [...typed].filter((word) => !everything.includes(word));
  expect(lost, `seed ${seed}: words typed and lost`).to.deep.equal([]);
}

/** Seeds `from` to `to`, in runs of 50 (each run a test of its own). */
const runs = (from: number, to: number): [number, number][] =>
  Array.from({ length: Math.ceil((to - from + 1) / 50) }, (_, i) => [from + i * 50, Math.min(to, from + i * 50 + 49)]);

describe('three devices editing at once', () => {
  for (const [first, last] of runs(1, 300))
    it(`converge with removals and undo, on seeds ${first}–${last}: equal, no duplicate id, every export imports`, () => {
      for (let seed = first; seed <= last; seed++) check(seed, play(seed, { destructive: true }), false);
    });

  for (const [first, last] of runs(1001, 1300))
    it(`keep every word typed when nobody removes anything, on seeds ${first}–${last}`, () => {
      for (let seed = first; seed <= last; seed++) check(seed, play(seed, { destructive: false }), true);
    });
});
