// `npm run bench`: prints the sizes of every entry (the first download apart),
// the store's cost per keystroke, and the speed of the elements and of the
// guided workshop as shipped on generated workshops of 5 to 50 partners (and
// the format's maximum, 50 × 200) in headless Chromium, to the next frame,
// against a bare Lit template of the same screen.
//
// Chromium runs without its 60 Hz frame clock (no vsync, no frame-rate
// limit): the next frame comes as soon as the work of a key is done, so a
// figure is that work (script, style, layout and paint) and not where in the
// 16.7 ms frame slot the key happened to land.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { chromium } from 'playwright';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { chromiumArgs, chromiumPath, requireChromium } from './chromium.mjs';
import { measureSizes } from './sizes.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(2)} ms`;
/** The value below which a share `q` of `xs` lies. */
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const median = (xs) => quantile(xs, 0.5);

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
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  // gc(): each measurement starts on a clean heap, not paying for the garbage of the workshop before.
  args: [...chromiumArgs, '--disable-frame-rate-limit', '--disable-gpu-vsync', '--js-flags=--expose-gc'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  /** A fresh page for each series, so that one element's code warmed up does not speed up another's cold run. */
  const freshPage = async () => {
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => 'bench' in window);
  };
  await freshPage();

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
  /** Keys typed before measuring (code and caches warm), then keys measured, one at a time. */
  const WARM_UP = 10;
  const KEYS = 40;
  /** Each size types in the guided workshop and in the bare template by turns, this many times. */
  const ROUNDS = 3;
  const typing = async (setup, size) => {
    await freshPage();
    await page.evaluate(([name, [p, i, c]]) => bench[name](p, i, c), [setup, size]);
    await page.focus('#bench-field');
    for (let i = 0; i < WARM_UP + KEYS; i++) {
      await page.keyboard.press(i % 10 === 9 ? 'Backspace' : 'KeyA');
      await page.evaluate((n) => bench.measured(n), i + 1);
    }
    return (await page.evaluate(() => bench.latencies())).slice(WARM_UP);
  };
  const spread = (xs) => `${ms(quantile(xs, 0.25))} – ${ms(quantile(xs, 0.75))}`;

  const sizes = [
    [5, 10, 10],
    [10, 10, 10],
    [30, 10, 10],
    [50, 10, 10],
    [50, 100, 100],
  ];
  const firstTable = {};
  const keyTable = {};
  for (const size of sizes) {
    const [p, i, c] = size;
    const first = async (tag) => {
      await freshPage();
      return coldAndWarm(
        () => page.evaluate(([t, s]) => bench.firstRender(t, ...s), [tag, size]),
        p * (i + c) > 2000 ? 3 : 5,
      );
    };
    const overview = await first('belangen-overzicht');
    const canvas = await first('ambitie-canvas');
    firstTable[`${p} × ${i + c}`] = {
      'overview first (cold)': ms(overview.cold),
      'overview first': ms(overview.warm),
      'canvas first (cold)': ms(canvas.cold),
      'canvas first': ms(canvas.warm),
    };
    const guided = [];
    const bare = [];
    const ratios = [];
    for (let round = 0; round < ROUNDS; round++) {
      const g = await typing('guided', size);
      const b = await typing('baseline', size);
      guided.push(...g);
      bare.push(...b);
      ratios.push(median(g) / median(b));
    }
    keyTable[`${p} × ${i + c}`] = {
      'key in guided workshop': ms(median(guided)),
      'middle half': spread(guided),
      'key, bare Lit': ms(median(bare)),
      'middle half ': spread(bare),
      ratio: `${(median(guided) / median(bare)).toFixed(2)}×`,
      'ratio per round': ratios.map((r) => r.toFixed(2)).join(' / '),
      'p95 guided / bare': `${ms(quantile(guided, 0.95))} / ${ms(quantile(bare, 0.95))}`,
    };
  }
  console.log('\nFirst render of an element on a filled workshop, to the next frame; the cold first run apart.');
  console.table(firstTable);
  console.log(
    `\nA keystroke in a card of the guided workshop (step 1, IndexedDB on) against a bare Lit template of the same screen, to the next frame:`,
  );
  console.log(
    `${WARM_UP} keys to warm up, then ${KEYS} keys one at a time (each after the page is idle again), in ${ROUNDS} rounds that alternate the two; the median of all keys, the middle half of them, and each round's ratio.`,
  );
  console.table(keyTable);
} finally {
  await browser.close();
  server.close();
}

console.log('\nSync: 30 clients in one room on loopback');
// The sync server runs the built model (dist/esm).
if (existsSync('dist/esm/model/rules.js')) {
  const { spawnSync } = await import('node:child_process');
  spawnSync('node', ['server/bench-sync.mjs'], { stdio: 'inherit' });
} else console.log('Skipped: the sync server needs the build first (npm run build).');
