// Every check a change must pass: types, lint, the manifest, the translations,
// the build, the package imports, the size limits, the tests in Chromium, the server's tests, the story tests and the static Storybook.
// Stops at the first failure.
import { spawnSync } from 'node:child_process';
import { requireChromium } from './chromium.mjs';

requireChromium();

const steps = [
  ['type check', 'tsc', ['--noEmit']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['manifest up to date', 'node', ['scripts/check-manifest.mjs']],
  ['translations complete', 'node', ['scripts/check-translations.mjs']],
  ['build', 'npm', ['run', '-s', 'build']],
  ['package imports', 'node', ['scripts/check-exports.mjs']],
  ['size limits', 'node', ['scripts/check-size.mjs']],
  ['tests in Chromium', 'web-test-runner', []],
  ['tests of the server', 'npm', ['run', '-s', 'test:server']],
  ['stories', 'npm', ['run', '-s', 'test:stories']],
  ['storybook build', 'npm', ['run', '-s', 'build-storybook']],
];

for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (status !== 0) {
    console.error(`✖ ${name} failed`);
    process.exit(status ?? 1);
  }
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
