// Keeps the page's console warnings and uncaught errors for the test to read.
window.recorded = { warnings: [], errors: [] };
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.recorded.warnings.push(args.map(String).join(' '));
  warn(...args);
};
window.addEventListener('error', (event) => window.recorded.errors.push(String(event.message)));
