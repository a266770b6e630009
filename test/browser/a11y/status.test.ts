import { expect, fixture, html } from '@open-wc/testing';
import { answer, clickButton, mount, resetLocale, root, settle, switchLanguage, walkToAdvice, type Widget } from '../helpers.js';
import { getLocale } from '../../../src/i18n/locale.js';

function statusRegions(element: Widget): HTMLElement[] {
  return [...root(element).querySelectorAll<HTMLElement>('[role="status"]')];
}

describe('status region and language', () => {
  afterEach(resetLocale);

  it('keeps one status node', async () => {
    const element = await mount();
    const [status] = statusRegions(element);
    expect(statusRegions(element), 'one status region from the first render').to.have.length(1);
    expect(status.textContent?.trim(), 'empty at the start').to.equal('');

    await clickButton(element, 'button[type="submit"]');
    expect(statusRegions(element)[0], 'same node after the error').to.equal(status);
    const missing = status.textContent?.trim();
    expect(missing, 'says an answer is missing').to.not.equal('');

    await answer(element, 'privacy', 'no');
    expect(statusRegions(element)[0], 'same node after a step').to.equal(status);
    await answer(element, 'residentialCare', 'no');
    await clickButton(element, 'button.primary');
    expect(statusRegions(element)[0], 'same node on the advice').to.equal(status);
    const ready = status.textContent?.trim();
    expect(ready, 'says the advice is ready').to.not.equal('');
    expect(ready, 'a new message').to.not.equal(missing);

    await switchLanguage(element, 'fr', 'fr');
    expect(statusRegions(element)[0], 'same node after a language switch').to.equal(status);
    expect(statusRegions(element), 'still one region').to.have.length(1);
  });

  it('sets lang on its root', async () => {
    const element = await mount();
    const base = () => root(element).querySelector('[part~="base"]')!;
    expect(base().getAttribute('lang')).to.equal('nl');
    for (const lang of ['en', 'fr', 'nl']) {
      await switchLanguage(element, lang, lang);
      expect(base().getAttribute('lang'), `root after ${lang}`).to.equal(lang);
      expect(getLocale(), `active locale after ${lang}`).to.equal(lang);
    }
  });

  it('differs from the host lang', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="fr"><beeldbel-keuzehulp lang="en"></beeldbel-keuzehulp></div>`);
    const element = host.querySelector('beeldbel-keuzehulp') as Widget;
    await settle(element);
    await switchLanguage(element, 'en', 'en');
    expect(root(element).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
    await walkToAdvice(element, { privacy: 'yes' });
    expect(root(element).querySelector('[part~="base"]')!.getAttribute('lang'), 'on the advice').to.equal('en');
  });
});
