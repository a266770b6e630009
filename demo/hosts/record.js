// Loaded first on every host page. It records uncaught errors, rejected promises,
// Content-Security-Policy violations, console warnings and the custom elements the page
// defines in window.hostRecord, where a test or a person at the console can read them.
window.hostRecord = { errors: [], rejections: [], violations: [], warnings: [], definitions: [] };

window.addEventListener('error', (event) => {
  window.hostRecord.errors.push(String(event.error ?? event.message));
});
window.addEventListener('unhandledrejection', (event) => {
  window.hostRecord.rejections.push(String(event.reason));
});
document.addEventListener('securitypolicyviolation', (event) => {
  window.hostRecord.violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`);
});

const originalWarn = console.warn;
console.warn = (...args) => {
  window.hostRecord.warnings.push(args.map(String).join(' '));
  originalWarn.apply(console, args);
};

const originalDefine = window.customElements.define;
window.customElements.define = function define(name, ...rest) {
  window.hostRecord.definitions.push(name);
  return originalDefine.call(this, name, ...rest);
};
