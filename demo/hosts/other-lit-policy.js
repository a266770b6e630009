// Stands in for another Lit-based component on the host page: lit-html creates a
// Trusted Types policy named "lit-html" when it loads, and this page's policy does not
// allow a second one.
window.trustedTypes.createPolicy('lit-html', { createHTML: (value) => value });
