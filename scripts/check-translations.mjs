// Every Dutch text in the source has an English translation, and the
// generated English catalogue matches the translations. Run
// `npm run localize:extract`, translate the new <trans-unit>s in
// xliff/en.xlf, then `npm run localize:build`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const run = (...args) => execFileSync('npx', ['lit-localize', ...args], { stdio: 'pipe' });
run('extract');
const xliff = readFileSync('xliff/en.xlf', 'utf8');
const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
const missing = units
  .filter(([, , body]) => !/<target>/.test(body))
  .map(([, id, body]) => `${id}: ${body.match(/<source>([\s\S]*?)<\/source>/)?.[1]}`);
if (missing.length) {
  console.error(`${missing.length} text(s) without English translation in xliff/en.xlf:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
run('build');
try {
  execFileSync('git', ['diff', '--exit-code', '--stat', '--', 'xliff', 'src/i18n/generated'], { stdio: 'inherit' });
} catch {
  console.error(
    'The translations were out of date; they are regenerated now: review and commit xliff/ and src/i18n/generated/.',
  );
  process.exit(1);
}
console.log(`${units.length} texts, all translated.`);
