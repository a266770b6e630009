import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { catalogue } from '../../src/catalogue/index.js';
import { getLocale } from '../../src/i18n/locale.js';
import {
  answer,
  currentQuestion,
  mount,
  resetLocale,
  root,
  settle,
  stepHeading,
  switchLanguage,
  walkToAdvice,
  type Widget,
} from './helpers.js';

/**
 * Dutch source texts of every message that the locale translates differently (names
 * such as "Onlinehulp Vlaanderen" stay the same), from the translation file.
 */
async function dutchMessages(locale: 'en' | 'fr'): Promise<string[]> {
  const xliff = await (await fetch(`/xliff/${locale}.xlf`)).text();
  const units = [...xliff.matchAll(/<source>([\s\S]*?)<\/source>\s*<target>([\s\S]*?)<\/target>/g)];
  return units
    .filter(([, source, target]) => !target.includes(source))
    .flatMap(([, source]) => source.split(/<x [^>]*\/>/))
    .map((part) => part.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').trim())
    .filter((part) => part.length >= 14);
}

/** Returns the visible text of the widget, with the tool facts' source titles left out (they keep the source's language). */
function visibleText(element: Widget): string {
  const clone = root(element).querySelector('.root')?.cloneNode(true) as HTMLElement;
  for (const link of clone.querySelectorAll('a[part="source-link"]')) link.remove();
  return clone.textContent?.replace(/\s+/g, ' ') ?? '';
}

function expectNoDutch(text: string, dutch: string[], locale: 'en' | 'fr'): void {
  for (const message of dutch) expect(text.includes(message), `Dutch text on screen: "${message}"`).to.be.false;
  for (const tool of catalogue) {
    const summary = tool.texts.summary;
    if (summary.nl !== summary[locale]) expect(text.includes(summary.nl), `${tool.id}: Dutch summary`).to.be.false;
  }
}

describe('languages', () => {
  afterEach(resetLocale);

  for (const locale of ['en', 'fr'] as const) {
    it(`walks to the advice in ${locale}`, async () => {
      const dutch = await dutchMessages(locale);
      const element = await mount();
      await switchLanguage(element, locale, locale);
      expectNoDutch(visibleText(element), dutch, locale);
      await answer(element, 'privacy', 'yes');
      expectNoDutch(visibleText(element), dutch, locale);
      await walkToAdvice(element, { budget: 'unknown' });
      expect(root(element).querySelector('.advice')).to.exist;
      for (const details of root(element).querySelectorAll('details')) details.setAttribute('open', '');
      expectNoDutch(visibleText(element), dutch, locale);
      expect(root(element).querySelector('.root')?.getAttribute('lang')).to.equal(locale);
    });
  }

  it('switches language on the advice', async () => {
    const element = await mount();
    await walkToAdvice(element, { privacy: 'yes', budget: 'yes' });
    const dutchHeading = stepHeading(element).textContent;
    await switchLanguage(element, 'fr', 'fr');
    expect(stepHeading(element).textContent).not.to.equal(dutchHeading);
    const zoom = catalogue.find((tool) => tool.id === 'zoom');
    expect(visibleText(element)).to.contain(zoom?.texts.summary.fr);
    expect(root(element).querySelector('.advice')).to.exist;
    await switchLanguage(element, 'nl', 'nl');
    expect(stepHeading(element).textContent).to.equal(dutchHeading);
  });

  it('keeps the answers on a switch', async () => {
    const element = await mount();
    await answer(element, 'privacy', 'yes');
    await switchLanguage(element, 'en', 'en');
    expect(currentQuestion(element)).to.equal('budget');
    element.shadowRoot?.querySelector<HTMLButtonElement>('button.secondary')?.click();
    await settle(element);
    expect(root(element).querySelector<HTMLInputElement>('#privacy-yes')?.checked).to.be.true;
  });

  it('maps regional codes to their language', async () => {
    for (const [code, expected] of [
      ['fr-BE', 'fr'],
      ['nl-be', 'nl'],
      ['en-GB', 'en'],
      ['FR', 'fr'],
    ]) {
      const element = await mount();
      await switchLanguage(element, code, expected);
      expect(root(element).querySelector('.root')?.getAttribute('lang')).to.equal(expected);
    }
  });

  it('falls back to Dutch with one warning', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const element = await mount({ lang: 'de' });
      element.requestUpdate();
      await settle(element);
      expect(getLocale()).to.equal('nl');
      expect(warnings.filter((warning) => warning.includes('"de"'))).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });

  it('follows the closest ancestor lang', async () => {
    const wrapper = await fixture<HTMLElement>(html`<section lang="fr-BE"><div><beeldbel-keuzehulp></beeldbel-keuzehulp></div></section>`);
    const element = wrapper.querySelector('beeldbel-keuzehulp') as Widget;
    await waitUntil(() => root(element).querySelector('.root')?.getAttribute('lang') === 'fr', 'French not active');
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => root(element).querySelector('.root')?.getAttribute('lang') === 'en', 'ancestor change not followed');
  });

  it('follows a lang set while detached', async () => {
    const element = await mount();
    const parent = element.parentElement as HTMLElement;
    element.remove();
    element.setAttribute('lang', 'en');
    await settle(element);
    parent.append(element);
    await waitUntil(() => root(element).querySelector('.root')?.getAttribute('lang') === 'en', 'English not shown after re-attach');
    await waitUntil(() => !stepHeading(element).textContent?.includes('Vraag'), 'Dutch text after re-attach');
  });

  it('follows a new ancestor after a move', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><section lang="fr"></section><beeldbel-keuzehulp></beeldbel-keuzehulp></div>`);
    const element = wrapper.querySelector('beeldbel-keuzehulp') as Widget;
    await settle(element);
    expect(root(element).querySelector('.root')?.getAttribute('lang')).to.equal('nl');
    wrapper.querySelector('section')?.append(element);
    await waitUntil(() => root(element).querySelector('.root')?.getAttribute('lang') === 'fr', 'French not shown after the move');
  });

  it('prefers its own lang over the page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr"><beeldbel-keuzehulp lang="en"></beeldbel-keuzehulp></div>`);
    const element = wrapper.querySelector('beeldbel-keuzehulp') as Widget;
    await waitUntil(() => root(element).querySelector('.root')?.getAttribute('lang') === 'en', 'own lang not used');
  });

  it('shares one language between two instances', async () => {
    // Runtime localization has one active locale per copy of the script: the
    // language set last wins for every instance on the page.
    const wrapper = await fixture<HTMLElement>(html`<div>
      <beeldbel-keuzehulp lang="nl"></beeldbel-keuzehulp>
      <beeldbel-keuzehulp></beeldbel-keuzehulp>
    </div>`);
    const [first, second] = [...wrapper.querySelectorAll('beeldbel-keuzehulp')] as Widget[];
    await settle(first);
    await switchLanguage(second, 'fr', 'fr');
    await settle(first);
    expect(root(first).querySelector('.root')?.getAttribute('lang')).to.equal('fr');
    expect(stepHeading(first).textContent).to.equal(stepHeading(second).textContent);
  });

  it('wraps buttons at 280 px and 32 px text', async () => {
    for (const locale of ['nl', 'fr'] as const) {
      const element = await mount();
      element.style.width = '280px';
      element.style.setProperty('--keuzehulp-font-size', '32px');
      await switchLanguage(element, locale, locale);
      await walkToAdvice(element, { privacy: 'yes', budget: 'yes' });
      const right = element.getBoundingClientRect().right + 0.5;
      for (const button of root(element).querySelectorAll<HTMLElement>('.actions button')) {
        expect(button.getBoundingClientRect().right, `${locale}: ${button.textContent?.trim()}`).to.be.at.most(right);
      }
    }
  });

  it('fits long French at 320 px', async () => {
    const element = await mount();
    element.style.width = '320px';
    await switchLanguage(element, 'fr', 'fr');
    await walkToAdvice(element, { privacy: 'yes', budget: 'unknown' });
    for (const details of root(element).querySelectorAll('details')) details.setAttribute('open', '');
    await settle(element);
    const base = root(element).querySelector<HTMLElement>('.root') as HTMLElement;
    expect(base.scrollWidth, 'widget overflows').to.be.at.most(base.clientWidth);
    for (const node of root(element).querySelectorAll<HTMLElement>('.root *')) {
      if (node.closest('.table-scroll')) continue;
      expect(node.getBoundingClientRect().right, `${node.tagName}.${node.className} overflows`).to.be.at.most(
        element.getBoundingClientRect().right + 0.5,
      );
    }
  });
});
