import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import esbuild from 'rollup-plugin-esbuild';

/**
 * Yjs prints its rare warnings through `lib0/logging`. Its browser variant
 * brings lib0's DOM and schema helpers along (about 2.7 KB gzipped) to style
 * them; the variant Node resolves writes the same to the console and runs in
 * any browser.
 */
const consoleLogging = {
  name: 'lib0-console-logging',
  resolveId: (id) => (id === 'lib0/logging' ? fileURLToPath(import.meta.resolve('lib0/logging')) : null),
};

/** The plugins of every bundle the project makes or measures. */
export const plugins = () => [
  // The markup and styles in html`` and css`` templates, without the whitespace and comments.
  minifyHTML({ failOnError: true }),
  consoleLogging,
  nodeResolve({ browser: true, exportConditions: ['production'] }),
  esbuild({ tsconfig: './tsconfig.json', target: 'es2022' }),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

const graphs = new WeakMap();
/** Every module that src/standalone.ts imports statically, itself included (found once per build). */
function firstDownload(getModuleInfo) {
  if (graphs.has(getModuleInfo)) return graphs.get(getModuleInfo);
  const entry = fileURLToPath(new URL('./src/standalone.ts', import.meta.url));
  const graph = new Set();
  const visit = (id) => {
    if (graph.has(id)) return;
    graph.add(id);
    for (const imported of getModuleInfo(id)?.importedIds ?? []) visit(imported);
  };
  visit(entry);
  graphs.set(getModuleInfo, graph);
  return graph;
}

/**
 * The standalone file for a script tag: dist/netwerkambitie.js defines
 * `<netwerk-ambitie>`; every other element, the English texts and the sync
 * client are chunks in dist/chunks/ that load when first needed (the partner
 * invitations' QR library only with the first invitation shown).
 * dist/service.js is the script of the workshop service's own page; it loads
 * dist/netwerkambitie.js and shares its chunks.
 * (The per-element ESM build for bundlers is made by `tsc -p tsconfig.build.json`.)
 */
export default {
  input: { netwerkambitie: 'src/standalone.ts', service: 'src/service/page.ts' },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    // An element's chunk is named after its tag.
    // What netwerkambitie.js loads at once stays in it, however service.js shares it.
    manualChunks: (id, { getModuleInfo }) => (firstDownload(getModuleInfo).has(id) ? 'netwerkambitie' : undefined),
    chunkFileNames: ({ facadeModuleId }) =>
      `chunks/${facadeModuleId?.endsWith('/define.ts') ? basename(dirname(facadeModuleId)) : '[name]'}-[hash].js`,
    sourcemap: true,
  },
  plugins: plugins(),
};
