// Keeps every Content-Security-Policy violation of the page for the test to read.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) =>
  window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`),
);
