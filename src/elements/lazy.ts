/**
 * Loading elements when they are first used: the standalone file defines
 * `<netwerk-ambitie>` at once and every other element the first time one
 * appears on the page or in the guided workshop, from the chunks beside it.
 */

/** Each tag's define module, by tag. */
const LOADERS: Readonly<Record<string, () => Promise<unknown>>> = {
  'ambitie-stappen': () => import('./ambitie-stappen/define.js'),
  'partner-lijst': () => import('./partner-lijst/define.js'),
  'belangen-kaart': () => import('./belangen-kaart/define.js'),
  'halen-brengen': () => import('./halen-brengen/define.js'),
  'belangen-overzicht': () => import('./belangen-overzicht/define.js'),
  'ambitie-canvas': () => import('./ambitie-canvas/define.js'),
  'ambitie-verslag': () => import('./ambitie-verslag/define.js'),
  'netwerk-beeld': () => import('./netwerk-beeld/define.js'),
  'facilitator-tips': () => import('./facilitator-tips/define.js'),
  'partner-uitnodigingen': () => import('./partner-uitnodigingen/define.js'),
};

const loading = new Set<string>();

/** Loads the define module of every element of the library in `root` that is not defined yet. */
export function defineUsed(root: ParentNode): void {
  for (const [tag, load] of Object.entries(LOADERS)) {
    if (loading.has(tag) || customElements.get(tag) || !root.querySelector(tag)) continue;
    loading.add(tag);
    load().catch((error: unknown) => {
      loading.delete(tag);
      console.warn(`netwerkambitie: <${tag}> could not be loaded.`, error);
    });
  }
}

/** Loads elements as they appear in `root`, now and later. */
export function defineOnUse(root: Document | ShadowRoot): void {
  defineUsed(root);
  new MutationObserver(() => defineUsed(root)).observe(root, { childList: true, subtree: true });
}
