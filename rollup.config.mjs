import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

/**
 * The standalone file for a script tag: every element and its dependencies in
 * dist/netwerkambitie.js; the sync client becomes a chunk beside it that is
 * loaded only when a workshop has `sync` set.
 * (The per-element ESM build for bundlers is made by `tsc -p tsconfig.build.json`.)
 */
export default {
  input: { netwerkambitie: 'src/define.ts' },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    esbuild({ tsconfig: './tsconfig.json', target: 'es2022' }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
