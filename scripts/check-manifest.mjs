// custom-elements.json is committed; this fails when it no longer matches the code.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const before = readFileSync('custom-elements.json', 'utf8');
execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { stdio: 'pipe' });
const after = readFileSync('custom-elements.json', 'utf8');
if (before !== after) {
  console.error('custom-elements.json was stale and has been regenerated: review and commit it.');
  process.exit(1);
}
console.log('custom-elements.json matches the code.');
