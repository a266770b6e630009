// Tells the parent window when every widget on this page has rendered, so a test can
// check from another origin that the page did not freeze.
function report() {
  const widgets = [...document.querySelectorAll('beeldbel-keuzehulp')];
  const rendered = widgets.filter((widget) => widget.shadowRoot?.querySelector('#step-heading'));
  if (rendered.length < widgets.length) {
    window.setTimeout(report, 20);
    return;
  }
  const languages = rendered.map((widget) => widget.shadowRoot.querySelector('.root').getAttribute('lang'));
  window.parent.postMessage({ page: window.location.pathname, rendered: rendered.length, languages }, '*');
}
window.addEventListener('load', () => window.setTimeout(report, 20));
