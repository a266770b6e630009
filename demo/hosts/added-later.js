// The host page's own script adds the widget after the page has loaded, as a
// single-page app or a tab panel does.
window.addEventListener('load', () => {
  window.setTimeout(() => {
    const widget = document.createElement('beeldbel-keuzehulp');
    widget.setAttribute('heading-level', '2');
    document.getElementById('widget-slot').append(widget);
  }, 50);
});
