// Runs in the browser: renders the elements and a bare Lit baseline on a
// generated workshop, and measures first render and keystroke-to-DOM times.
import { html, render } from 'lit';
import '../src/define.js';
import type { NetwerkAmbitie } from '../src/elements/netwerk-ambitie/netwerk-ambitie.js';
import type { WorkshopFile } from '../src/model/types.js';
import * as Y from 'yjs';
import { YWorkshopStore } from '../src/model/store.js';
import { generateWorkshop } from './generate.js';

type Updatable = Element & { updateComplete?: Promise<unknown> };

const file = generateWorkshop(30, 10, 10);

function all(root: Element | ShadowRoot): Updatable[] {
  const out: Updatable[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    out.push(el);
    if (el.shadowRoot) out.push(...all(el.shadowRoot));
  }
  return out;
}

async function settled(root: Element): Promise<void> {
  for (let i = 0; i < 4; i++) await Promise.all([root, ...all(root)].map((el) => (el as Updatable).updateComplete));
}

const stage = () => {
  const div = document.createElement('div');
  document.body.replaceChildren(div);
  return div;
};

async function firstRender(tag: string): Promise<number> {
  const host = stage();
  const provider = document.createElement('netwerk-ambitie') as NetwerkAmbitie;
  provider.storage = 'none';
  provider.workshopId = `bench-${tag}`;
  provider.append(document.createElement('span'));
  host.append(provider);
  await provider.ready;
  provider.importWorkshop(file);
  await settled(provider);
  const start = performance.now();
  provider.replaceChildren(document.createElement(tag));
  await settled(provider);
  return performance.now() - start;
}

/** Sets up a card and the overview of the same workshop, returns the field to type in. */
async function typingSetup(): Promise<void> {
  const host = stage();
  const provider = document.createElement('netwerk-ambitie') as NetwerkAmbitie;
  provider.storage = 'none';
  provider.workshopId = 'bench-typing';
  provider.append(document.createElement('span'));
  host.append(provider);
  await provider.ready;
  provider.importWorkshop(file);
  const card = document.createElement('belangen-kaart');
  card.setAttribute('partner', 'p0');
  provider.replaceChildren(card, document.createElement('belangen-overzicht'));
  await settled(provider);
  const field = all(card.shadowRoot!).find((el) =>
    el.matches('textarea, input[type="text"], input:not([type])'),
  ) as HTMLElement;
  field.id = 'bench-field';
  field.focus();
  watch(provider.querySelector('belangen-overzicht')!);
}

function baselineSetup(): void {
  const host = stage();
  let data: WorkshopFile = file;
  const draw = () =>
    render(
      html`<textarea
          id="bench-field"
          .value=${data.interests[0].text}
          @input=${(e: Event) => {
            const text = (e.target as HTMLTextAreaElement).value;
            data = { ...data, interests: [{ ...data.interests[0], text }, ...data.interests.slice(1)] };
            draw();
          }}
        ></textarea>
        <div class="grid">
          ${data.partners.map(
            (p) =>
              html`<section>
                <h3>${p.name}</h3>
                <ul>
                  ${data.interests
                    .filter((i) => i.partnerId === p.id)
                    .map((i) => html`<li><strong>${i.kind}</strong> ${i.text} <em>${i.motivation}</em></li>`)}
                </ul>
                <ul>
                  ${data.contributions.filter((c) => c.partnerId === p.id).map((c) => html`<li>${c.direction}: ${c.text}</li>`)}
                </ul>
              </section>`,
          )}
        </div>`,
      host,
    );
  draw();
  (host.querySelector('#bench-field') as HTMLElement).focus();
  watch(host.querySelector('.grid')!);
}

/** Records the time of each keydown and of the first DOM change after it. */
const latencies: number[] = [];
let keyAt = 0;
function watch(root: Element): void {
  latencies.length = 0;
  const observer = new MutationObserver(() => {
    if (keyAt) {
      latencies.push(performance.now() - keyAt);
      keyAt = 0;
    }
  });
  const observe = (node: Element | ShadowRoot) => {
    observer.observe(node, { subtree: true, childList: true, characterData: true });
    for (const el of Array.from(node.querySelectorAll('*'))) if (el.shadowRoot) observe(el.shadowRoot);
  };
  // Only the overview (or the baseline's grid) is watched: the DOM that shows what was typed in the card.
  observe(root.shadowRoot ?? root);
  window.addEventListener('keydown', () => (keyAt = performance.now()), { capture: true });
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

Object.assign(window, {
  bench: {
    storeTyping,
    firstRender,
    typingSetup,
    baselineSetup,
    latencies: () => [...latencies],
    partners: file.partners.length,
    items: file.interests.length + file.contributions.length,
  },
});
