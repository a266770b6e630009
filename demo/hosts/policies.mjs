// The Content-Security-Policy headers of the host pages in this folder, sent as real
// response headers. A <meta http-equiv> policy covers only what comes after it in the
// page, and browsers ignore some directives (such as frame-ancestors) in a meta tag.

const strict = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  // lit-html creates one Trusted Types policy, named "lit-html".
  'trusted-types lit-html',
];

const policies = {
  '/demo/hosts/csp-strict.html': strict,
  '/demo/hosts/csp-no-network.html': [
    ...strict,
    "connect-src 'none'",
    "img-src 'none'",
    "font-src 'none'",
    "media-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ],
  // Each copy of the script creates its own lit-html policy.
  '/demo/hosts/csp-twice.html': [...strict.slice(0, -1), "trusted-types lit-html 'allow-duplicates'"],
  // A second copy of the classic script stops before Lit creates its policy.
  '/demo/hosts/csp-twice-strict.html': strict,
  '/demo/hosts/csp-nonce-fallback.html': [
    ...strict.filter((directive) => !directive.startsWith('style-src')),
    "style-src 'self' 'nonce-keuzehulp-test'",
  ],
  '/demo/hosts/csp-no-nonce-fallback.html': strict,
  '/demo/hosts/csp-other-lit.html': strict,
};

/** Dev-server middleware: sends the policy of the requested host page, if it has one. */
export function hostPolicyHeader(context, next) {
  const policy = policies[context.path];
  if (policy) context.set('Content-Security-Policy', policy.join('; '));
  return next();
}
