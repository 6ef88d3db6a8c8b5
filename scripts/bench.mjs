// `npm run bench`: prints the sizes of every entry (the first download apart),
// the store's cost per keystroke, and the speed of the elements and of the
// guided workshop as shipped on generated workshops of 5 to 50 partners (and
// the format's maximum, 50 × 200) in headless Chromium, to the next frame,
// against a bare Lit template of the same screen.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { chromium } from 'playwright';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { chromiumArgs, chromiumPath, requireChromium } from './chromium.mjs';
import { measureSizes } from './sizes.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(2)} ms`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

console.log('Sizes (minified + gzip)');
console.table(Object.fromEntries((await measureSizes()).map((r) => [r.name, { gzip: kb(r.bytes) }])));

requireChromium();
const out = 'bench-results';
mkdirSync(out, { recursive: true });
const bundle = await rollup({
  input: 'bench/speed-page.ts',
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    esbuild({ tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
  onwarn: () => {},
});
await bundle.write({ dir: out, format: 'es', inlineDynamicImports: true, entryFileNames: 'speed-page.js' });
writeFileSync(
  join(out, 'index.html'),
  '<!doctype html><html lang="nl"><meta charset="utf-8"><title>bench</title><script type="module" src="speed-page.js"></script><body></body></html>',
);

const server = createServer((req, res) => {
  const file = join(out, req.url === '/' ? 'index.html' : req.url.slice(1));
  res.setHeader('content-type', extname(file) === '.js' ? 'text/javascript' : 'text/html');
  createReadStream(file)
    .on('error', () => res.writeHead(404).end())
    .pipe(res);
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => 'bench' in window);

  const store = {};
  for (const [partners, items] of [
    [30, 10],
    [50, 100],
  ]) {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await page.evaluate(([p, n]) => bench.storeTyping(p, n), [partners, items]));
    const perKey = median(runs.map((r) => r.perKey));
    const baseline = median(runs.map((r) => r.baseline));
    store[`${partners} partners × ${items * 2} items`] = {
      'store per keystroke': ms(perKey),
      'bare Y.Text': ms(baseline),
      ratio: `${(perKey / baseline).toFixed(1)}×`,
      'growth over 600 keys': kb(median(runs.map((r) => r.growth))),
    };
  }
  console.log('\nThe store: 600 keystrokes into one text, snapshot read after each (median of 3 runs)');
  console.table(store);

  const flipOver = {};
  for (const [partners, items] of [
    [30, 10],
    [50, 100],
  ]) {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await page.evaluate(([p, n]) => bench.flipOver(p, n), [partners, items]));
    flipOver[`${partners} partners × ${items * 2} items`] = {
      'suggestions and matches, first': ms(median(runs.map((r) => r.first))),
      'after a keystroke': ms(median(runs.map((r) => r.keystroke))),
      'after confirming a match': ms(median(runs.map((r) => r.confirm))),
    };
  }
  console.log('\nThe flip-over’s analysis in the model: theme suggestions and get/bring matches (median of 3 runs)');
  console.table(flipOver);

  /** The first run of `measure` (cold: code and caches new) and the median of `warm` more. */
  const coldAndWarm = async (measure, warm) => {
    const cold = await measure();
    const times = [];
    for (let i = 0; i < warm; i++) times.push(await measure());
    return { cold, warm: median(times) };
  };
  const typing = async (setup, size) => {
    await page.evaluate(([name, [p, i, c]]) => bench[name](p, i, c), [setup, size]);
    await page.focus('#bench-field');
    for (let i = 0; i < 40; i++) await page.keyboard.press(i % 10 === 9 ? 'Backspace' : 'KeyA');
    await page.waitForFunction((n) => bench.latencies().length >= n, 40);
    return page.evaluate(() => bench.latencies());
  };

  const sizes = [
    [5, 10, 10],
    [10, 10, 10],
    [30, 10, 10],
    [50, 10, 10],
    [50, 100, 100],
  ];
  const table = {};
  for (const size of sizes) {
    const [p, i, c] = size;
    const first = (tag) =>
      coldAndWarm(() => page.evaluate(([t, s]) => bench.firstRender(t, ...s), [tag, size]), p * (i + c) > 2000 ? 1 : 4);
    const overview = await first('belangen-overzicht');
    const canvas = await first('ambitie-canvas');
    const card = await typing('guided', size);
    const base = await typing('baseline', size);
    table[`${p} × ${i + c}`] = {
      'overview first (cold)': ms(overview.cold),
      'overview first': ms(overview.warm),
      'canvas first (cold)': ms(canvas.cold),
      'canvas first': ms(canvas.warm),
      'key in guided workshop': ms(median(card)),
      'key, bare Lit': ms(median(base)),
      ratio: `${(median(card) / median(base)).toFixed(2)}×`,
      'key p95 guided / bare': `${ms(p95(card))} / ${ms(p95(base))}`,
    };
  }
  console.log(
    '\nTo the next frame (style, layout and paint included): first render of an element on a filled workshop, the cold first run apart;',
  );
  console.log(
    'a keystroke in a card of the guided workshop (step 1, IndexedDB on) against a bare Lit template of the same screen (median of 40 keys).',
  );
  console.table(table);
} finally {
  await browser.close();
  server.close();
}

console.log('\nSync: 30 clients in one room on loopback');
const { spawnSync } = await import('node:child_process');
spawnSync('node', ['server/bench-sync.mjs'], { stdio: 'inherit' });
