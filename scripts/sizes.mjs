// Bundle sizes (minified + gzip) of the library's entries, made with the same
// tools as the real build. Used by `npm run bench` (printed) and by the size
// check in `npm test` (budgets).
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import config, { plugins } from '../rollup.config.mjs';

const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id);
const gzip = (code) => gzipSync(code, { level: 9 }).length;

/**
 * Bundles `input` and returns { first, later } in gzipped bytes: `first` is
 * the entry and every chunk it imports statically (what a page downloads
 * before anything shows), `later` the chunks it imports on demand.
 */
export async function gzipSize(input, { external = () => false, inlineDynamic = false } = {}) {
  const bundle = await rollup({ input, external, plugins: plugins(), onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: inlineDynamic });
  await bundle.close();
  return split(output);
}

function split(output) {
  const chunks = new Map(output.filter((file) => file.type === 'chunk').map((file) => [file.fileName, file]));
  const first = new Set();
  const visit = (file) => {
    // Externals (Lit, when it is left out) are not chunks of this bundle.
    if (!file || first.has(file)) return;
    first.add(file);
    for (const name of file.imports) visit(chunks.get(name));
  };
  for (const file of chunks.values()) if (file.isEntry) visit(file);
  const sizes = { first: 0, later: 0 };
  for (const file of chunks.values()) sizes[first.has(file) ? 'first' : 'later'] += gzip(file.code);
  return sizes;
}

/** The standalone file as `npm run build` makes it (rollup.config.mjs), split in first download and later. */
export async function standaloneSize() {
  const bundle = await rollup({ ...config, onwarn: () => {} });
  const { output } = await bundle.generate(config.output);
  await bundle.close();
  return split(output);
}

/** The element folders that have a define file. */
export const elementEntries = () =>
  readdirSync('src/elements', { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(`src/elements/${d.name}`).includes('define.ts'))
    .map((d) => d.name);

/** Every size the project tracks, in gzipped bytes. */
export async function measureSizes() {
  const rows = [];
  const standalone = await standaloneSize();
  rows.push({ name: 'first download: dist/netwerkambitie.js and its static imports', bytes: standalone.first });
  rows.push({ name: 'dist/chunks/ loaded when needed (elements, English, sync client)', bytes: standalone.later });
  rows.push({
    name: 'everything at once (src/define.ts, without sync client)',
    bytes: (await gzipSize('src/define.ts')).first,
  });
  rows.push({ name: 'store alone (with Yjs)', bytes: (await gzipSize('src/model/store.ts')).first });
  for (const tag of elementEntries()) {
    const file = `src/elements/${tag}/define.ts`;
    rows.push({ name: `${tag} (Lit external)`, bytes: (await gzipSize(file, { external: isLit })).first });
    rows.push({ name: `${tag} with Lit`, bytes: (await gzipSize(file)).first });
  }
  return rows;
}

/**
 * Budgets in gzipped bytes. `limit` is a ceiling: the size check fails above
 * it. `goal` is the size the bundle is meant to reach; where the goal is lower
 * than the limit, the check reports how far off it the bundle still is.
 */
export const BUDGETS = [
  {
    name: 'first download: dist/netwerkambitie.js and the chunks it imports statically',
    measure: async () => (await standaloneSize()).first,
    limit: 50 * 1024,
    goal: 50 * 1024,
  },
  {
    name: '<facilitator-tips> alone, with Lit',
    measure: async () => (await gzipSize('src/elements/facilitator-tips/define.ts')).first,
    limit: 14 * 1024,
    goal: 14 * 1024,
  },
];
