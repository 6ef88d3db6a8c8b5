// Bundle sizes (minified + gzip) of the library's entries, made with the same
// tools as the real build. Used by `npm run bench` (printed) and by the size
// check in `npm test` (budgets).
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { plugins } from '../rollup.config.mjs';

const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id);

/**
 * Bundles `input` and returns { entry, chunks } in gzipped bytes: `entry` is
 * what loads at once, `chunks` what loads on demand.
 */
export async function gzipSize(input, { external = () => false, inlineDynamic = false } = {}) {
  const bundle = await rollup({ input, external, plugins: plugins(), onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: inlineDynamic });
  await bundle.close();
  let entry = 0;
  let chunks = 0;
  for (const file of output) {
    if (file.type !== 'chunk') continue;
    const size = gzipSync(file.code, { level: 9 }).length;
    if (file.isEntry) entry += size;
    else chunks += size;
  }
  return { entry, chunks };
}

/** The element folders that have a define file. */
export const elementEntries = () =>
  readdirSync('src/elements', { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(`src/elements/${d.name}`).includes('define.ts'))
    .map((d) => d.name);

/** Every size the project tracks, in gzipped bytes. */
export async function measureSizes() {
  const rows = [];
  const standalone = await gzipSize('src/define.ts');
  rows.push({ name: 'dist/netwerkambitie.js (without sync client)', bytes: standalone.entry });
  rows.push({ name: 'dist/netwerkambitie.js with sync client', bytes: standalone.entry + standalone.chunks });
  rows.push({ name: 'store alone (with Yjs)', bytes: (await gzipSize('src/model/store.ts')).entry });
  for (const tag of elementEntries()) {
    const file = `src/elements/${tag}/define.ts`;
    rows.push({ name: `${tag} (Lit external)`, bytes: (await gzipSize(file, { external: isLit })).entry });
    rows.push({ name: `${tag} with Lit`, bytes: (await gzipSize(file)).entry });
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
    name: 'dist/netwerkambitie.js without the sync client',
    measure: async () => (await gzipSize('src/define.ts')).entry,
    limit: 86 * 1024,
    goal: 60 * 1024,
  },
  {
    name: '<facilitator-tips> alone, with Lit',
    measure: async () => (await gzipSize('src/elements/facilitator-tips/define.ts')).entry,
    limit: 14 * 1024,
    goal: 14 * 1024,
  },
];
