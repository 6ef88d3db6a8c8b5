// Every import a page editor or bundler user is shown resolves to a built
// file: the specifiers in the README's code and the package's exports.
// Run after the build.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const fromReadme = [...readFileSync('README.md', 'utf8').matchAll(/['"](netwerkambitie(?:\/[^'"\s]+)?)['"]/g)].map(
  (m) => m[1],
);
const fromExports = Object.keys(pkg.exports)
  .filter((key) => !key.includes('*'))
  .map((key) => key.replace(/^\./, pkg.name));
const specifiers = [...new Set([...fromReadme, ...fromExports])];

const broken = specifiers.filter((specifier) => {
  try {
    return !existsSync(fileURLToPath(import.meta.resolve(specifier)));
  } catch {
    return true;
  }
});
if (broken.length) {
  console.error(`These imports do not resolve to a built file:\n  ${broken.join('\n  ')}`);
  process.exit(1);
}
console.log(`${specifiers.length} package imports resolve: ${specifiers.join(', ')}`);
