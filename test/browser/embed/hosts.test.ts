/**
 * Every host page in demo/hosts/ loads the built bundle. Each test opens one in an
 * iframe and completes the flow to the advice through the shadow root.
 */
import { expect } from '@open-wc/testing';
import {
  completeFlow,
  headingText,
  loadHost,
  problems,
  removeHosts,
  shadow,
  waitFor,
  widgetIn,
  widgetWarnings,
  type HostPage,
  type HostWidget,
} from './host-page.js';

const TAG = 'beeldbel-keuzehulp';

interface FlowPage {
  path: string;
  /** Widget warnings the page may cause: one for a second copy of the script. */
  warnings: number;
}

const flowPages: FlowPage[] = [
  { path: 'twice-same-url.html', warnings: 1 },
  { path: 'twice-two-urls.html', warnings: 1 },
  { path: 'before-script.html', warnings: 0 },
  { path: 'added-later.html', warnings: 0 },
  { path: 'defer.html', warnings: 0 },
  { path: 'async.html', warnings: 0 },
  { path: 'module.html', warnings: 0 },
  { path: 'module-twice.html', warnings: 1 },
  { path: 'small-root-font.html', warnings: 0 },
  { path: 'sticky-header.html', warnings: 0 },
  { path: 'cms-paragraph.html', warnings: 0 },
  { path: 'bare-tag.html', warnings: 0 },
  { path: 'csp-strict.html', warnings: 0 },
  { path: 'csp-twice.html', warnings: 1 },
  { path: 'csp-twice-strict.html', warnings: 1 },
  { path: 'csp-no-network.html', warnings: 0 },
  { path: 'no-constructable.html', warnings: 0 },
  { path: 'csp-nonce-fallback.html', warnings: 0 },
  { path: 'csp-no-nonce-fallback.html', warnings: 0 },
];

/** Pages with a test of their own below, not in flowPages. */
const otherPages = ['two-languages.html', 'empty.html', 'csp-other-lit.html'];

/** Loads a page, completes the flow and checks what every page must give. */
async function openAndComplete(path: string): Promise<{ page: HostPage; widget: HostWidget }> {
  const page = await loadHost(`/demo/hosts/${path}`);
  const widget = await widgetIn(page);
  await completeFlow(widget);
  expect(headingText(widget)).to.equal('Jouw advies');
  return { page, widget };
}

function computed(element: Element | null, property: string): string {
  if (!element) throw new Error(`no element to read ${property} from`);
  return (element.ownerDocument.defaultView as Window).getComputedStyle(element).getPropertyValue(property);
}

describe('host pages', () => {
  afterEach(removeHosts);

  for (const { path, warnings } of flowPages) {
    it(`completes the flow: ${path}`, async () => {
      const { page } = await openAndComplete(path);
      expect(problems(page)).to.deep.equal([]);
      expect(page.win.hostRecord.definitions.filter((name) => name === TAG)).to.have.length(1);
      expect(page.doc.querySelectorAll(TAG)).to.have.length(1);
      const found = widgetWarnings(page);
      expect(found.length, found.join('\n')).to.be.at.most(warnings);
      if (!path.includes('no-nonce')) expect(page.win.hostRecord.violations).to.deep.equal([]);
    });
  }

  it('lists every page in the index', async () => {
    const response = await fetch('/demo/hosts/index.html');
    const index = new DOMParser().parseFromString(await response.text(), 'text/html');
    const listed = [...index.querySelectorAll('a[href$=".html"]')].map((link) => link.getAttribute('href'));
    const tested = [...flowPages.map((page) => page.path), ...otherPages];
    expect([...listed].sort()).to.deep.equal([...tested].sort());
    for (const link of index.querySelectorAll('li')) expect(link.textContent?.trim().length).to.be.above(20);
  });

  it('warns once for a second copy', async () => {
    const page = await loadHost('/demo/hosts/twice-two-urls.html');
    await widgetIn(page);
    const found = widgetWarnings(page);
    expect(found).to.have.length(1);
    expect(found[0]).to.contain('more than once');
  });

  it('keeps its size under 62.5%', async () => {
    const { page, widget } = await openAndComplete('small-root-font.html');
    // The host's own text is small and uppercase, so the page really is hostile.
    expect(computed(page.doc.querySelector('main p'), 'font-size')).to.equal('14px');
    expect(computed(page.doc.querySelector('main p'), 'text-transform')).to.equal('uppercase');
    const root = shadow(widget);
    for (const selector of ['.route', '.disclaimer', '.cautions li']) {
      const text = root.querySelector(selector);
      expect(computed(text, 'font-size'), selector).to.equal('16px');
      expect(computed(text, 'line-height'), selector).to.equal('24px');
      expect(computed(text, 'text-transform'), selector).to.equal('none');
      expect(computed(text, 'letter-spacing'), selector).to.equal('normal');
    }
    expect(computed(root.querySelector('.route'), 'color')).to.equal('rgb(29, 29, 27)');
    for (const button of root.querySelectorAll('button:not(.link-button)')) {
      expect(button.getBoundingClientRect().height, button.textContent ?? '').to.be.at.least(44);
    }
  });

  it('keeps question text size under 62.5%', async () => {
    const page = await loadHost('/demo/hosts/small-root-font.html');
    const root = shadow(await widgetIn(page));
    expect(computed(root.querySelector('.progress'), 'font-size')).to.equal('16px');
    expect(computed(root.querySelector('.option label'), 'font-size')).to.equal('16px');
    expect(computed(root.querySelector('.option label'), 'text-transform')).to.equal('none');
    expect(root.querySelector('.option')?.getBoundingClientRect().height).to.be.at.least(44);
    expect(root.querySelector('button[type="submit"]')?.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('renders styled under strict CSP', async () => {
    const { page, widget } = await openAndComplete('csp-strict.html');
    const button = shadow(widget).querySelector('button.primary');
    // Both values come from the widget's stylesheet, not from the browser's defaults.
    expect(computed(button, 'background-color')).to.equal('rgb(11, 83, 148)');
    expect(computed(button, 'min-height')).to.equal('44px');
    expect(shadow(widget).querySelectorAll('[style]')).to.have.length(0);
    expect(page.win.hostRecord.violations).to.deep.equal([]);
  });

  it('really enforces the strict CSP', async () => {
    const page = await loadHost('/demo/hosts/csp-strict.html');
    await widgetIn(page);
    // An inline style and an HTML string assignment must both be refused on this page.
    const probe = page.doc.createElement('div');
    probe.setAttribute('style', 'color: red');
    page.doc.body.append(probe);
    await waitFor(() => page.win.hostRecord.violations.some((text) => text.startsWith('style-src')), 'no style-src violation');
    expect(() => {
      probe.innerHTML = '<b>x</b>';
    }).to.throw();
    probe.remove();
  });

  it('works twice under Trusted Types', async () => {
    const { page } = await openAndComplete('csp-twice.html');
    expect(page.win.hostRecord.violations).to.deep.equal([]);
    expect(widgetWarnings(page)).to.have.length(1);
  });

  it('works twice without duplicate policies', async () => {
    const { page } = await openAndComplete('csp-twice-strict.html');
    expect(page.win.hostRecord.violations).to.deep.equal([]);
    expect(page.win.hostRecord.errors).to.deep.equal([]);
    expect(widgetWarnings(page)).to.have.length(1);
  });

  it('needs allow-duplicates beside Lit', async () => {
    // The limit the embedding guide states: without 'allow-duplicates', a page where
    // other Lit code created the lit-html policy first cannot start the widget.
    const page = await loadHost('/demo/hosts/csp-other-lit.html');
    await waitFor(() => page.win.hostRecord.errors.length > 0, 'no error from the second lit-html policy');
    expect(page.win.hostRecord.errors[0]).to.contain('"lit-html" already exists');
    expect(page.win.customElements.get(TAG)).to.equal(undefined);
  });

  it('falls back without constructable stylesheets', async () => {
    const { widget } = await openAndComplete('no-constructable.html');
    const root = shadow(widget);
    expect('adoptedStyleSheets' in root).to.equal(false);
    expect(root.querySelectorAll('style').length).to.be.at.least(1);
    expect(computed(root.querySelector('button.primary'), 'background-color')).to.equal('rgb(11, 83, 148)');
  });

  it('uses the nonce in the fallback', async () => {
    const { page, widget } = await openAndComplete('csp-nonce-fallback.html');
    const root = shadow(widget);
    const styles = [...root.querySelectorAll('style')];
    expect(styles.length).to.be.at.least(1);
    for (const style of styles) expect(style.nonce).to.equal('keuzehulp-test');
    expect(computed(root.querySelector('button.primary'), 'background-color')).to.equal('rgb(11, 83, 148)');
    expect(page.win.hostRecord.violations).to.deep.equal([]);
  });

  it('loses styles without the nonce', async () => {
    // The limit the embedding guide states: a strict style-src without a nonce blocks
    // Lit's fallback styles in browsers without constructable stylesheets.
    const { page, widget } = await openAndComplete('csp-no-nonce-fallback.html');
    expect(page.win.hostRecord.violations.some((text) => text.startsWith('style-src'))).to.equal(true);
    expect(computed(shadow(widget).querySelector('button.primary'), 'background-color')).not.to.equal('rgb(11, 83, 148)');
  });

  it('needs no stacking context', async () => {
    const { page, widget } = await openAndComplete('sticky-header.html');
    const root = shadow(widget);
    for (const element of root.querySelectorAll('*')) {
      if (element.closest('.visually-hidden') || ['STYLE', 'SCRIPT'].includes(element.tagName)) continue;
      const label = `${element.tagName.toLowerCase()}.${element.className}`;
      expect(computed(element, 'z-index'), label).to.equal('auto');
      expect(['static', 'relative'], label).to.include(computed(element, 'position'));
    }
    // Scroll the widget's buttons under the header: the header stays on top.
    const button = root.querySelector('button.primary') as HTMLElement;
    page.win.scrollBy(0, button.getBoundingClientRect().top - 40);
    const rect = button.getBoundingClientRect();
    expect(rect.top).to.be.below(80);
    const onTop = page.doc.elementFromPoint(rect.left + rect.width / 2, rect.top + Math.min(rect.height / 2, 30));
    expect(onTop?.closest('.site-header')).to.exist;
  });

  it('has no z-index in its styles', async () => {
    // The widget's stylesheet as served to the tests; the CSS text is unchanged by the build.
    const served = await (await fetch('/src/element/styles.ts')).text();
    const source = served.replace(/\/\*[\s\S]*?\*\//g, '');
    const rules = [...source.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((match) => ({
      selector: match[1].trim(),
      body: match[2],
    }));
    expect(rules.length).to.be.above(50);
    const layered = rules.filter((rule) => /z-index|position:\s*(fixed|sticky|absolute)/.test(rule.body));
    expect(layered.map((rule) => rule.selector)).to.deep.equal(['.visually-hidden']);
  });

  it('moves focus below the sticky header', async () => {
    const page = await loadHost('/demo/hosts/sticky-header.html', { height: 400 });
    const widget = await widgetIn(page);
    page.win.scrollTo(0, page.doc.body.scrollHeight);
    const root = shadow(widget);
    root.querySelector<HTMLInputElement>('input[type="radio"]')?.click();
    await widget.updateComplete;
    root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitFor(() => root.activeElement?.id === 'step-heading', 'focus did not move to the heading');
    const top = (root.activeElement as HTMLElement).getBoundingClientRect().top;
    // The host's scroll-padding-top keeps the focused heading out from under its 80px header.
    expect(top).to.be.at.least(80);
  });

  it('uses defaults for the bare tag', async () => {
    const page = await loadHost('/demo/hosts/bare-tag.html');
    const widget = await widgetIn(page);
    const root = shadow(widget);
    expect(root.querySelector('.root')?.getAttribute('lang')).to.equal('nl');
    expect(root.querySelector('.title')?.getAttribute('aria-level')).to.equal('2');
    await completeFlow(widget);
    expect(root.querySelector('[part~="contact"]')).to.equal(null);
    expect(widgetWarnings(page)).to.deep.equal([]);
  });

  it('keeps attributes inside a paragraph', async () => {
    const { page, widget } = await openAndComplete('cms-paragraph.html');
    expect(widget.parentElement?.tagName).to.equal('P');
    expect(page.doc.querySelectorAll('main > p').length).to.equal(2);
    const mail = shadow(widget).querySelector('a[href^="mailto:"]');
    expect(mail?.getAttribute('href')).to.equal('mailto:info@example.org');
  });

  it('upgrades after the host adds it', async () => {
    const page = await loadHost('/demo/hosts/added-later.html');
    const widget = await widgetIn(page);
    expect(widget.parentElement?.id).to.equal('widget-slot');
    widget.setAttribute('lang', 'en');
    await waitFor(() => shadow(widget).querySelector('.root')?.getAttribute('lang') === 'en', 'did not switch to en');
  });
});

describe('two widgets on one page', () => {
  afterEach(removeHosts);

  /** True when the page responded from its own process. Without that, the next test would hang. */
  let responsive = false;

  it('does not freeze the page', async () => {
    // Loaded from another origin, so the page runs in its own process: if it froze,
    // this test would still run and fail instead of hanging.
    const url = `http://127.0.0.1:${location.port}/demo/hosts/two-languages.html`;
    const message = new Promise<{ rendered: number; languages: string[] }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the page with two languages did not respond in 5 s')), 5000);
      window.addEventListener('message', function listener(event: MessageEvent) {
        if (event.data?.page !== '/demo/hosts/two-languages.html') return;
        clearTimeout(timer);
        window.removeEventListener('message', listener);
        resolve(event.data);
      });
    });
    const frame = document.createElement('iframe');
    frame.src = url;
    document.body.append(frame);
    try {
      const result = await message;
      expect(result.rendered).to.equal(2);
      // One module-wide language: both widgets show the same one.
      expect(new Set(result.languages).size).to.equal(1);
      responsive = true;
    } finally {
      frame.remove();
    }
  });

  it('both complete the flow', async function () {
    if (!responsive) this.skip();
    const page = await loadHost('/demo/hosts/two-languages.html');
    for (const index of [0, 1]) {
      const widget = await widgetIn(page, index);
      await completeFlow(widget);
      expect(shadow(widget).querySelector('.advice')).to.exist;
    }
    expect(problems(page)).to.deep.equal([]);
  });
});
