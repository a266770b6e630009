// Gives Lit the nonce that this page's Content-Security-Policy allows for styles. Lit
// puts it on the <style> elements it adds when constructable stylesheets are missing.
// A real site generates a fresh nonce for every response; this demo uses a fixed one.
window.litNonce = 'keuzehulp-test';
