// Any Lit dev-mode warning (other than the note that dev mode is on) fails the test run.
globalThis.litIssuedWarnings = new Set(['dev-mode']);
const warn = console.warn.bind(console);
console.warn = (...args) => {
  const text = args.map(String).join(' ');
  if (/Lit is in dev mode/.test(text)) return;
  if (/lit\.dev\/msg|Lit\b.*warning|scheduled an update/i.test(text)) throw new Error(`Lit warned: ${text}`);
  warn(...args);
};
