// `npm run bench`: prints the sizes of every entry and the speed of the
// elements on a generated workshop (30 partners × 10 interests × 10
// contributions) in headless Chromium, against a bare Lit baseline.
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
  const { partners, items } = await page.evaluate(() => ({ partners: bench.partners, items: bench.items }));
  console.log(`\nSpeed on ${partners} partners, ${items} items (headless Chromium)`);

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

  const renders = {};
  for (const tag of ['belangen-overzicht', 'ambitie-canvas']) {
    const times = [];
    for (let i = 0; i < 5; i++) times.push(await page.evaluate((t) => bench.firstRender(t), tag));
    renders[`first render <${tag}>`] = { median: ms(median(times)), p95: ms(p95(times)) };
  }
  console.table(renders);

  const typing = async (setup) => {
    await page.evaluate(setup);
    await page.focus('#bench-field').catch(() => {});
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press(i % 10 === 9 ? 'Backspace' : 'KeyA');
      await page.waitForTimeout(15);
    }
    return page.evaluate(() => bench.latencies());
  };
  const card = await typing(() => bench.typingSetup());
  const base = await typing(() => bench.baselineSetup());
  console.table({
    'keystroke in a card → overview updated': { median: ms(median(card)), p95: ms(p95(card)), samples: card.length },
    'bare Lit template (baseline)': { median: ms(median(base)), p95: ms(p95(base)), samples: base.length },
    ratio: { median: `${(median(card) / median(base)).toFixed(2)}×`, p95: `${(p95(card) / p95(base)).toFixed(2)}×` },
  });
} finally {
  await browser.close();
  server.close();
}

console.log('\nSync: 30 clients in one room on loopback');
const { spawnSync } = await import('node:child_process');
spawnSync('node', ['server/bench-sync.mjs'], { stdio: 'inherit' });
