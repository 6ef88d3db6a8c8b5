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

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/define.ts', 'src/elements/shared/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [documentedEventsOnly()],
};
