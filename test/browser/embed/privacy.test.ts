/**
 * The privacy promises, checked on a host page whose Content-Security-Policy forbids
 * every connection, image, font, media file and form submission: the widget makes no
 * request, sets no cookie, writes no storage, keeps answers out of the URL, and its
 * links and events carry nothing the user chose.
 */
import { expect } from '@open-wc/testing';
import { bundledTools } from '../../../src/catalogue/generated/catalogue-data.js';
import { questions } from '../../../src/decision/index.js';
import {
  completeFlow,
  loadHost,
  problems,
  removeHosts,
  settle,
  shadow,
  waitFor,
  widgetIn,
  type HostPage,
  type HostWidget,
} from './host-page.js';

const PAGE = '/demo/hosts/csp-no-network.html';

/** Opens every "why we ask" disclosure on the way, so nothing stays unrendered. */
async function openDisclosures(widget: HostWidget): Promise<void> {
  for (const summary of shadow(widget).querySelectorAll<HTMLElement>('summary')) summary.click();
  await settle(widget);
}

/** Runs a full flow with the given choice per question, then switches the language to English and back. */
async function fullFlow(widget: HostWidget, choose?: (id: string, options: string[]) => string): Promise<void> {
  await openDisclosures(widget);
  await completeFlow(widget, choose);
  await openDisclosures(widget);
  widget.setAttribute('lang', 'en');
  await waitFor(() => shadow(widget).querySelector('.root')?.getAttribute('lang') === 'en', 'no switch to en');
  widget.setAttribute('lang', 'nl');
  await waitFor(() => shadow(widget).querySelector('.root')?.getAttribute('lang') === 'nl', 'no switch to nl');
  await settle(widget);
}

async function storageSnapshot(page: HostPage): Promise<string> {
  const { win } = page;
  const entries = (storage: Storage) =>
    Array.from({ length: storage.length }, (_, index) => storage.key(index) as string)
      .sort()
      .map((key) => `${key}=${storage.getItem(key)}`);
  const databases = (await win.indexedDB.databases()).map((database) => database.name).sort();
  const caches = (await win.caches.keys()).sort();
  const workers = (await win.navigator.serviceWorker.getRegistrations()).length;
  return JSON.stringify({
    cookie: win.document.cookie,
    local: entries(win.localStorage),
    session: entries(win.sessionStorage),
    databases,
    caches,
    workers,
  });
}

function addressSnapshot(page: HostPage): string {
  const { win } = page;
  return JSON.stringify({
    href: win.location.href,
    hash: win.location.hash,
    history: win.history.length,
    title: win.document.title,
  });
}

/** Every URL in the bundled catalogue, as written and as the URL parser writes it. */
const catalogueUrls = new Set(
  bundledTools
    .flatMap((tool) => [tool.url, ...tool.facts.map((fact) => fact.source.url)])
    .flatMap((url) => [url.trim(), new URL(url).href]),
);

/** Every id an event may carry: questions, answers, tools and routes. */
const knownIds = new Set<string>([
  ...questions.flatMap((question) => [question.id, ...question.options]),
  ...bundledTools.map((tool) => tool.id),
  'protected',
  'open',
]);

describe('privacy on the host page', () => {
  afterEach(removeHosts);

  it('makes no request in a flow', async () => {
    const page = await loadHost(PAGE);
    const widget = await widgetIn(page);
    const before = page.win.performance.getEntriesByType('resource').map((entry) => entry.name);
    // The page really loaded its own files, so the list is not empty by accident.
    expect(before.some((name) => name.endsWith('beeldbel-keuzehulp.iife.js'))).to.equal(true);
    await fullFlow(widget);
    const after = page.win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(after).to.deep.equal(before);
    expect(page.win.hostRecord.violations).to.deep.equal([]);
    expect(problems(page)).to.deep.equal([]);
  });

  it('renders nothing that loads', async () => {
    const page = await loadHost(PAGE);
    const widget = await widgetIn(page);
    await fullFlow(widget);
    const root = shadow(widget);
    expect(root.querySelectorAll('img, picture, source, iframe, object, embed, video, audio, link, script, svg image')).to.have.length(0);
    const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((style) => style.sheet as CSSStyleSheet)];
    expect(sheets.length).to.be.above(0);
    for (const sheet of sheets) {
      const text = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
      expect(text).not.to.match(/url\(|@import|@font-face/);
    }
  });

  it('really forbids requests', async () => {
    // The page's policy must block a request, or the first test proves nothing.
    const page = await loadHost(PAGE);
    await widgetIn(page);
    const image = page.doc.createElement('img');
    image.src = '/demo/hosts/nothing.png';
    page.doc.body.append(image);
    await waitFor(() => page.win.hostRecord.violations.some((text) => text.startsWith('img-src')), 'no img-src violation');
    image.remove();
  });

  it('sets no cookie or storage', async () => {
    const page = await loadHost(PAGE);
    const widget = await widgetIn(page);
    const before = await storageSnapshot(page);
    // host-data.js set the page's own cookie and storage, so the snapshot is not empty.
    expect(before).to.contain('host-session=abc123').and.to.contain('host-preference=dark');
    await fullFlow(widget);
    expect(await storageSnapshot(page)).to.equal(before);
  });

  it('keeps answers out of the URL', async () => {
    const page = await loadHost(PAGE);
    const widget = await widgetIn(page);
    const before = addressSnapshot(page);
    let navigations = 0;
    page.win.addEventListener('hashchange', () => navigations++);
    page.win.addEventListener('popstate', () => navigations++);
    page.win.addEventListener('beforeunload', () => navigations++);
    await fullFlow(widget, (_id, options) => options[0]);
    // Back to the review and forward again: the widget's own back, not the browser's.
    shadow(widget).querySelectorAll<HTMLButtonElement>('.advice .actions button.secondary')[0].click();
    await settle(widget);
    shadow(widget).querySelector<HTMLButtonElement>('[part~="review"] button.primary')?.click();
    await settle(widget);
    expect(addressSnapshot(page)).to.equal(before);
    expect(navigations).to.equal(0);
  });

  it('links only to fixed addresses', async () => {
    const helpLinks: string[][] = [];
    for (const choose of [(_id: string, options: string[]) => options[0], undefined]) {
      const page = await loadHost(PAGE);
      const widget = await widgetIn(page);
      await completeFlow(widget, choose);
      const root = shadow(widget);
      const hrefs = [...root.querySelectorAll('a[href]')].map((link) => link.getAttribute('href') as string);
      expect(hrefs.length).to.be.above(10);
      const outside = hrefs.filter((href) => !catalogueUrls.has(href));
      // Apart from the catalogue, only the host's contact and the fixed help links.
      const help = [...root.querySelectorAll('.help a[href]')].map((link) => link.getAttribute('href') as string);
      expect(outside.filter((href) => !help.includes(href))).to.deep.equal([]);
      expect(help).to.include('mailto:privacy@example.org').and.to.include('https://www.example.org/contact');
      helpLinks.push(help);
      removeHosts();
    }
    expect(helpLinks[0]).to.deep.equal(helpLinks[1]);
  });

  it('opens external links safely', async () => {
    const page = await loadHost(PAGE);
    const widget = await widgetIn(page);
    await completeFlow(widget);
    const links = [...shadow(widget).querySelectorAll<HTMLAnchorElement>('a[href]')];
    const external = links.filter((link) => /^https?:/.test(link.getAttribute('href') ?? ''));
    expect(external.length).to.be.above(10);
    for (const link of links) {
      const href = link.getAttribute('href') as string;
      expect(/^(https?:|mailto:)/.test(href), href).to.equal(true);
    }
    for (const link of external) {
      const href = link.getAttribute('href');
      expect(link.target, href ?? '').to.equal('_blank');
      const rel = link.rel.split(/\s+/);
      expect(rel, href ?? '').to.include('noopener').and.to.include('noreferrer');
      expect(link.textContent, href ?? '').to.contain('(opent in een nieuw tabblad)');
    }
  });

  it('sends only ids in events', async () => {
    const page = await loadHost(PAGE);
    const widget = await widgetIn(page);
    const details: unknown[] = [];
    for (const type of ['keuzehulp-answer', 'keuzehulp-advice']) {
      page.doc.addEventListener(type, (event) => details.push({ type, detail: (event as CustomEvent).detail }));
    }
    await completeFlow(widget);
    expect(details.filter((item) => (item as { type: string }).type === 'keuzehulp-advice')).to.have.length(1);
    expect(details.length).to.be.above(3);
    for (const item of details) {
      const detail = (item as { detail: Record<string, unknown> }).detail;
      for (const [key, value] of Object.entries(detail)) {
        const values = Array.isArray(value) ? value : [value];
        for (const single of values) expect(knownIds.has(single), `${key}: ${String(single)}`).to.equal(true);
      }
    }
  });
});
