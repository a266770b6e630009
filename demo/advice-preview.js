// Answers the questions of the widget on this page, so the review or the advice shows
// without clicking. Reads from the address:
//   answers=privacy:yes,budget:no   answers to give (others: "unknown")
//   stop=question|review|advice     where to stop (default: advice)
//   lang=nl|en|fr                   the widget's language
//   facts=1                         open the first tool's facts disclosure
//   view=comparison                 scroll to the part of the advice with this class
const params = new URLSearchParams(location.search);
const widget = document.querySelector('beeldbel-keuzehulp');
const requested = Object.fromEntries(
  (params.get('answers') ?? 'privacy:yes,budget:yes')
    .split(',')
    .filter(Boolean)
    .map((pair) => pair.split(':')),
);
const stop = params.get('stop') ?? 'advice';

if (params.has('lang')) widget.setAttribute('lang', params.get('lang'));

// Waits for the widget to render the last change.
const waitForRender = async () => {
  await widget.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
};

async function run() {
  await customElements.whenDefined('beeldbel-keuzehulp');
  await widget.updateComplete;
  await waitForRender();
  const shadow = widget.shadowRoot;
  if (stop === 'question') return;
  for (let guard = 0; guard < 20; guard++) {
    const radio = shadow.querySelector('input[type="radio"]');
    if (!radio) break;
    const id = `${radio.name}-${requested[radio.name] ?? 'unknown'}`;
    shadow.getElementById(id)?.click();
    await waitForRender();
    shadow.querySelector('button[type="submit"]').click();
    await waitForRender();
  }
  if (stop === 'review') return;
  shadow.querySelector('button.primary').click();
  await waitForRender();
  if (params.get('facts') === '1') shadow.querySelector('.facts-details')?.setAttribute('open', '');
  // A screenshot shows the top of the page, or the part asked for.
  const part = params.get('view') && shadow.querySelector(`.${params.get('view')}`);
  if (part) part.scrollIntoView();
  else window.scrollTo(0, 0);
}

run();
