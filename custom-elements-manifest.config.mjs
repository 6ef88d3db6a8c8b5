import { readFileSync } from 'node:fs';

/**
 * Events are documented with `@event` in each element's JSDoc; the analyzer
 * also guesses events from `dispatchEvent(new X(...))` calls, without names or
 * descriptions. Keep only the documented ones.
 */
const documentedEventsOnly = () => ({
  name: 'documented-events-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules)
      for (const declaration of module.declarations ?? [])
        if (declaration.events)
          declaration.events = declaration.events.filter((event) => event.name?.startsWith('na-') && event.description);
  },
});

/**
 * The design tokens are documented once, on `NaElement`, and elements that
 * extend it inherit them. `<netwerk-ambitie>` reads the same tokens without
 * extending `NaElement`; give it the same list.
 */
const sharedTokens = () => ({
  name: 'shared-tokens',
  packageLinkPhase({ customElementsManifest }) {
    const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
    const tokens = declarations.find((declaration) => declaration.name === 'NaElement')?.cssProperties ?? [];
    for (const declaration of declarations)
      if (declaration.customElement && !declaration.cssProperties?.length)
        declaration.cssProperties = tokens.map((token) => ({ ...token }));
  },
});

/**
 * The files in a fixed order, so the manifest is the same on every machine
 * and under any load (the file search returns them in the order it finds them).
 */
const inFileOrder = ({ ts, globs }) =>
  [...globs].sort().map((glob) => ts.createSourceFile(glob, readFileSync(glob, 'utf8'), ts.ScriptTarget.ES2015, true));

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/define.ts', 'src/elements/shared/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  overrideModuleCreation: inFileOrder,
  plugins: [documentedEventsOnly(), sharedTokens()],
};
