// custom-elements.json is committed; this fails when it no longer matches the
// code, or when an element leaves out a design token that the styles read.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const before = readFileSync('custom-elements.json', 'utf8');
execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { stdio: 'pipe' });
const after = readFileSync('custom-elements.json', 'utf8');
if (before !== after) {
  console.error('custom-elements.json was stale and has been regenerated: review and commit it.');
  process.exit(1);
}

const tokens = [...new Set(readFileSync('src/styles/tokens.ts', 'utf8').match(/--na-[a-z-]+/g))];
const elements = JSON.parse(after).modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.customElement),
);
const missing = elements.flatMap(({ tagName, cssProperties = [] }) =>
  tokens.filter((token) => !cssProperties.some((property) => property.name === token)).map((t) => `${tagName}: ${t}`),
);
if (missing.length) {
  console.error(`Design tokens read by the styles but not documented (@cssproperty):\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`custom-elements.json matches the code; ${elements.length} elements document all ${tokens.length} tokens.`);
