import { expect } from '@open-wc/testing';
import * as Y from 'yjs';
import { refusals } from '../../src/model/rules.js';
import { YWorkshopStore } from '../../src/model/store.js';
import type { ChangeSource } from '../../src/model/store-api.js';
import {
  autoStart,
  pauseTimer,
  readTimer,
  resetTimer,
  startTimer,
  timerForStep,
  timerOf,
  type TimerState,
} from '../../src/model/timer.js';
import { exampleWorkshop } from '../support/example.js';

const MINUTE = 60_000;
/** A moment on the wall clock (ms since 1970), as devices write it. */
const T0 = Date.UTC(2027, 2, 15, 9, 30);

describe('the shared timer', () => {
  it('counts down the step it was started for, pauses, counts over time, and resets', () => {
    const fresh = timerOf(undefined, 4, 15 * MINUTE, T0);
    expect(fresh).to.deep.equal({ step: 4, duration: 15 * MINUTE, left: 15 * MINUTE, started: false, running: false });

    const running = startTimer(undefined, 4, 15 * MINUTE, T0);
    expect(timerOf(running, 4, 15 * MINUTE, T0 + 90_000)).to.include({ left: 13.5 * MINUTE, running: true });
    // A device that reckons the time a moment before the start shows the whole time, not more.
    expect(timerOf(running, 4, 15 * MINUTE, T0 - 40).left).to.equal(15 * MINUTE);
    // Another step shows its own time, not started.
    expect(timerOf(running, 3, 10 * MINUTE, T0 + 90_000)).to.include({ left: 10 * MINUTE, started: false });

    const paused = pauseTimer(running, T0 + 5 * MINUTE);
    expect(timerOf(paused, 4, 15 * MINUTE, T0 + 60 * MINUTE)).to.include({
      left: 10 * MINUTE,
      started: true,
      running: false,
    });
    const resumed = startTimer(paused, 4, 15 * MINUTE, T0 + 60 * MINUTE);
    // Past its time it goes on counting: below zero is over time.
    expect(timerOf(resumed, 4, 15 * MINUTE, T0 + 71 * MINUTE + 23_000).left).to.equal(-(MINUTE + 23_000));
    const pausedOver = pauseTimer(resumed, T0 + 71 * MINUTE);
    expect(timerOf(pausedOver, 4, 15 * MINUTE, T0 + 90 * MINUTE).left).to.equal(-MINUTE);

    expect(timerOf(resetTimer(pausedOver, 4, 15 * MINUTE), 4, 15 * MINUTE, T0 + 90 * MINUTE)).to.include({
      left: 15 * MINUTE,
      started: false,
    });
  });

  it('pauses when the workshop moves on, or starts the new step’s timer when set to start with the step', () => {
    const running = startTimer(undefined, 1, 10 * MINUTE, T0);
    const moved = timerForStep(running, 2, 5 * MINUTE, T0 + MINUTE)!;
    expect(moved).to.deep.equal({ step: 1, duration: 10 * MINUTE, left: 9 * MINUTE, auto: false });
    expect(timerOf(moved, 1, 10 * MINUTE, T0 + 30 * MINUTE).left).to.equal(9 * MINUTE);
    expect(timerForStep(undefined, 2, 5 * MINUTE, T0)).to.equal(undefined);

    const auto = autoStart(moved, true, 1, 10 * MINUTE);
    const next = timerForStep(auto, 2, 5 * MINUTE, T0 + 2 * MINUTE)!;
    expect(next).to.deep.equal({ step: 2, duration: 5 * MINUTE, startedAt: T0 + 2 * MINUTE, auto: true });
    expect(timerOf(next, 2, 5 * MINUTE, T0 + 3 * MINUTE)).to.include({ left: 4 * MINUTE, running: true });
  });

  it('reads only a timer that keeps to its schema', () => {
    const read = (values: Record<string, unknown>) => readTimer((key) => values[key]);
    expect(read({})).to.equal(undefined);
    expect(read({ step: 2, duration: 5 * MINUTE })).to.deep.equal({ step: 2, duration: 5 * MINUTE, auto: false });
    expect(read({ step: 6, duration: 5 * MINUTE })).to.equal(undefined);
    expect(read({ step: 2, duration: '5' })).to.equal(undefined);
    expect(read({ step: 2, duration: 5 * MINUTE, startedAt: Number.NaN })).to.equal(undefined);
    expect(read({ step: 2, duration: 5 * MINUTE, auto: 'yes' })).to.equal(undefined);
  });

  describe('in the store', () => {
    it('is shared state outside the workshop file: no undo, no export, no change event, kept by an import', async () => {
      const store = new YWorkshopStore();
      store.replace(await exampleWorkshop());
      const sources: ChangeSource[] = [];
      store.subscribe((_, source) => sources.push(source));
      const file = store.snapshot;
      const timer = startTimer(store.timer, 4, 15 * MINUTE, T0);
      store.setTimer(timer);
      expect(store.timer).to.deep.equal(timer);
      expect(Object.isFrozen(store.timer)).to.equal(true);
      expect(sources).to.deep.equal(['timer']);
      expect(store.snapshot, 'the workshop file is the same object').to.equal(file);
      expect(JSON.stringify(store.snapshot)).not.to.contain('startedAt');

      store.setTimer(pauseTimer(timer, T0 + MINUTE));
      expect(store.timer).to.deep.equal({ step: 4, duration: 15 * MINUTE, left: 14 * MINUTE, auto: false });
      store.undo(); // undoes the import, not the timer
      expect(store.timer?.left).to.equal(14 * MINUTE);
      store.replace(await exampleWorkshop());
      expect(store.timer?.left).to.equal(14 * MINUTE);

      // Moving the step and the timer together is one change of the workshop.
      sources.length = 0;
      store.batch(() => {
        store.setStep(5);
        store.setTimer(timerForStep(store.timer, 5, 5 * MINUTE, T0 + 2 * MINUTE));
      });
      expect(sources).to.deep.equal(['user']);
      store.setTimer(undefined);
      expect(store.timer).to.equal(undefined);
    });

    it('arrives at another device, which shows the same time left', () => {
      const here = new YWorkshopStore();
      const there = new YWorkshopStore();
      here.doc.on('update', (update: Uint8Array) => Y.applyUpdate(there.doc, update));
      const sources: ChangeSource[] = [];
      there.subscribe((_, source) => sources.push(source));
      here.setTimer(startTimer(undefined, 3, 15 * MINUTE, T0));
      expect(sources).to.deep.equal(['timer']);
      expect(timerOf(there.timer, 3, 15 * MINUTE, T0 + MINUTE).left).to.equal(14 * MINUTE);
    });
  });

  describe('under the server’s rules', () => {
    /** What the rules make of `change` to a copy of `store`'s shared document, made by `who`. */
    function check(store: YWorkshopStore, who: Parameters<typeof refusals>[1], change: (doc: Y.Doc) => void) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(store.doc));
      let found = new Set<string>();
      doc.on('afterTransaction', (transaction: Y.Transaction) => (found = refusals(transaction, who)));
      doc.transact(() => change(doc));
      return [...found];
    }
    const timer = (doc: Y.Doc) => doc.getMap('na:timer');
    const write = (doc: Y.Doc, state: TimerState) => {
      for (const [key, value] of Object.entries(state)) timer(doc).set(key, value);
    };

    it('let the facilitator change it, and nobody else', () => {
      const store = new YWorkshopStore();
      const started = startTimer(undefined, 2, 5 * MINUTE, T0);
      expect(check(store, { role: 'facilitator' }, (doc) => write(doc, started))).to.deep.equal([]);
      expect(check(store, { role: 'partner', partner: 'p1' }, (doc) => write(doc, started))).to.deep.equal(['timer']);
      store.setTimer(started);
      expect(check(store, { role: 'partner', partner: 'p1' }, (doc) => timer(doc).delete('startedAt'))).to.deep.equal([
        'timer',
      ]);
    });

    it('refuse values its schema does not declare, from the facilitator too', () => {
      const store = new YWorkshopStore();
      const facilitator = { role: 'facilitator' as const };
      expect(check(store, facilitator, (doc) => timer(doc).set('step', 9))).to.deep.equal(['schema']);
      expect(check(store, facilitator, (doc) => timer(doc).set('startedAt', 'now'))).to.deep.equal(['schema']);
      expect(check(store, facilitator, (doc) => timer(doc).set('colour', 'red'))).to.deep.equal(['schema']);
      expect(check(store, facilitator, (doc) => timer(doc).set('left', new Y.Map()))).to.deep.equal(['schema']);
    });
  });
});
