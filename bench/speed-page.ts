// Runs in the browser: renders the elements, the guided workshop and a bare
// Lit baseline on generated workshops, and measures to the next frame (style,
// layout and paint included), not to Lit's updateComplete.
import { html, render } from 'lit';
import '../src/define.js';
import type { NetwerkAmbitie } from '../src/elements/netwerk-ambitie/netwerk-ambitie.js';
import type { WorkshopFile } from '../src/model/types.js';
import * as Y from 'yjs';
import { textAnalysis } from '../src/model/analysis.js';
import { YWorkshopStore } from '../src/model/store.js';
import { generateWorkshop } from './generate.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** Resolves once the browser has produced the next frame (after style, layout and paint). */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Collects the garbage of what was set up before (Chromium runs with --expose-gc), so a measurement does not pay for it. */
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

const stage = () => {
  const div = document.createElement('div');
  document.body.replaceChildren(div);
  return div;
};

let run = 0;

async function provider(file: WorkshopFile, storage: 'none' | 'indexeddb'): Promise<NetwerkAmbitie> {
  const element = document.createElement('netwerk-ambitie') as NetwerkAmbitie;
  element.storage = storage;
  element.workshopId = `bench-${run++}-${Date.now()}`;
  return element;
}

/** Time from adding `tag` (inside a provider that holds the workshop) to the next frame. */
async function firstRender(tag: string, partners: number, interests: number, contributions: number): Promise<number> {
  const file = generateWorkshop(partners, interests, contributions);
  const host = stage();
  const workshop = await provider(file, 'none');
  workshop.append(document.createElement('span'));
  host.append(workshop);
  await workshop.ready;
  workshop.importWorkshop(file);
  await nextFrame();
  collectGarbage();
  // Marked, so that a trace shows what the render did.
  performance.mark('first-render');
  const element = document.createElement(tag) as Updatable;
  workshop.replaceChildren(element);
  await element.updateComplete;
  await nextFrame();
  return performance.measure('first-render', 'first-render').duration;
}

const latencies: number[] = [];
let stopWatching = () => {};

/** Records, for every key pressed, the time from keydown to the next frame. */
function watchKeys(): void {
  stopWatching();
  latencies.length = 0;
  const onKey = () => {
    const start = performance.now();
    void nextFrame().then(() => latencies.push(performance.now() - start));
  };
  window.addEventListener('keydown', onKey, { capture: true });
  stopWatching = () => window.removeEventListener('keydown', onKey, { capture: true });
}

/**
 * Resolves once `count` keys have been measured and the page is idle again
 * (storage written, spelling checked), as between the keys of someone typing.
 */
async function measured(count: number): Promise<void> {
  while (latencies.length < count) await nextFrame();
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 200 }));
}

/**
 * The guided workshop as shipped (IndexedDB on), in step 1 with the
 * facilitator's card of the first partner open; marks its first text field.
 */
async function guided(partners: number, interests: number, contributions: number): Promise<void> {
  const file = { ...generateWorkshop(partners, interests, contributions), step: 1 as const, revealed: false };
  const host = stage();
  const workshop = await provider(file, 'indexeddb');
  host.append(workshop);
  await workshop.ready;
  workshop.importWorkshop(file);
  // The cards are the step's section shown once there are partners; the partner switcher shows the first.
  const card = await until(() => workshop.shadowRoot!.querySelector<Updatable>('belangen-kaart[partner="p0"]'));
  await card.updateComplete;
  const field = await until(() => card.shadowRoot!.querySelector('textarea'));
  field.id = 'bench-field';
  await nextFrame();
  collectGarbage();
  watchKeys();
}

/** The same screen as a bare Lit template: the steps, the partner list and the card, drawn again on every key. */
function baseline(partners: number, interests: number, contributions: number): void {
  let file = { ...generateWorkshop(partners, interests, contributions), step: 1 as const };
  const host = stage();
  const draw = () =>
    render(
      html`<nav>
          <ol>
            ${[1, 2, 3, 4, 5].map((n) => html`<li><button>Stap ${n}</button></li>`)}
          </ol>
        </nav>
        <ul>
          ${file.partners.map(
            (p) =>
              html`<li><input .value=${p.name} /> ${p.aspirant ? 'aspirant' : ''}<button>Verwijderen</button></li>`,
          )}
        </ul>
        <section>
          <h2>Belangenkaart van ${file.partners[0].name}</h2>
          ${file.interests
            .filter((i) => i.partnerId === 'p0')
            .map(
              (i, n) =>
                html`<fieldset>
                  <legend>Belang ${n + 1}</legend>
                  <textarea
                    id=${n ? `f${n}` : 'bench-field'}
                    .value=${i.text}
                    @input=${(e: Event) => {
                      const text = (e.target as HTMLTextAreaElement).value;
                      file = { ...file, interests: file.interests.map((x) => (x.id === i.id ? { ...x, text } : x)) };
                      draw();
                    }}
                  ></textarea>
                  <label><input type="radio" .checked=${i.kind === 'wish'} />wens</label>
                  <label><input type="radio" .checked=${i.kind === 'demand'} />eis</label>
                  <textarea .value=${i.motivation ?? ''}></textarea>
                </fieldset>`,
            )}
        </section>`,
      host,
    );
  draw();
  collectGarbage();
  watchKeys();
}

async function until<T>(find: () => T | null | undefined): Promise<T> {
  for (;;) {
    const found = find();
    if (found) return found;
    await nextFrame();
  }
}

/**
 * What one keystroke costs the store: typing 600 keys into one interest's
 * motivation (and reading the snapshot after each, as the elements do) on a
 * workshop of `partners` partners with `items` interests and as many
 * contributions each; and how much the kept document grows. The baseline is
 * the same keystrokes into a bare Y.Text.
 */
function storeTyping(partners: number, items: number): { perKey: number; baseline: number; growth: number } {
  const store = new YWorkshopStore();
  store.replace(generateWorkshop(partners, items, items));
  const size = () =>
    [store.doc, ...store.snapshot.partners.map((p) => store.cardDocument(p.id))].reduce(
      (sum, doc) => sum + Y.encodeStateAsUpdate(doc).length,
      0,
    );
  const before = size();
  const id = store.snapshot.interests[0].id;
  let text = '';
  // Warm up once, as the cold first keystrokes are not what people feel.
  store.updateInterest(id, { motivation: 'x' });
  void store.snapshot;
  const start = performance.now();
  for (let key = 0; key < 600; key++) {
    text += 'abcdefghij klmnopqrstuvwxyz'[key % 27];
    store.updateInterest(id, { motivation: text });
    void store.snapshot;
  }
  const perKey = (performance.now() - start) / 600;
  const growth = size() - before;

  const doc = new Y.Doc();
  const bare = doc.getText('t');
  const baseStart = performance.now();
  for (let key = 0; key < 600; key++) bare.insert(key, 'a');
  const baseline = (performance.now() - baseStart) / 600;
  return { perKey, baseline, growth };
}

/**
 * What the flip-over's analysis costs the model on a workshop of `partners`
 * partners with `items` interests and as many contributions each: theme
 * suggestions and get/bring matches the first time, again after a keystroke
 * in one contribution (only that item is read again), and after a match is
 * confirmed (no text is read again). Each from `store.derive()`, as the canvas asks.
 */
function flipOver(partners: number, items: number): { first: number; keystroke: number; confirm: number } {
  const store = new YWorkshopStore();
  store.replace(generateWorkshop(partners, items, items));
  const analyse = () => {
    const start = performance.now();
    const ground = store.derive().commonGround(textAnalysis);
    void ground.suggestions;
    void ground.matches;
    return performance.now() - start;
  };
  const first = analyse();
  const get = store.snapshot.contributions.find((c) => c.direction === 'get')!;
  store.updateContribution(get.id, { text: `${get.text} a` });
  const keystroke = analyse();
  const match = store
    .derive()
    .commonGround(textAnalysis)
    .matches.find((m) => m.matches.length)!;
  store.judgeMatch(match.get.id, match.matches[0].bring.id, 'confirmed');
  const confirm = analyse();
  return { first, keystroke, confirm };
}

Object.assign(window, {
  bench: { storeTyping, flipOver, firstRender, guided, baseline, measured, latencies: () => [...latencies] },
});
