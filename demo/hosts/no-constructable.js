// Removes constructable stylesheets before the widget loads, so the page behaves like
// a browser without them (Safari before 16.4, Firefox before 101). Lit then falls back
// to <style> elements in the shadow root.
for (const name of ['replace', 'replaceSync']) {
  delete window.CSSStyleSheet.prototype[name];
}
delete window.Document.prototype.adoptedStyleSheets;
delete window.ShadowRoot.prototype.adoptedStyleSheets;
