import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { answer, clickButton, mount, resetLocale, root, settle, switchLanguage, type Widget } from '../helpers.js';
import { ADVICE_CASES, focused, isRendered, mountAdvice } from './support.js';

/** Sets the widget's width and text size the way a host page would. */
async function resize(element: Widget, width: number, fontSize?: number): Promise<void> {
  element.style.width = `${width}px`;
  if (fontSize) element.style.setProperty('--keuzehulp-font-size', `${fontSize}px`);
  await settle(element);
}

function openAllDisclosures(element: Widget): void {
  for (const details of root(element).querySelectorAll('details')) details.open = true;
}

/**
 * Checks that nothing sticks out of the widget's root sideways; only the comparison's
 * scroll region may hold wider content, and that region scrolls by keyboard.
 */
function expectNoLoss(element: Widget, name: string): void {
  const base = root(element).querySelector<HTMLElement>('.root')!;
  const box = base.getBoundingClientRect();
  for (const node of root(element).querySelectorAll<HTMLElement>('.root *')) {
    // Text for screen readers only is clipped to one pixel on purpose.
    if (node.closest('.visually-hidden') || node.parentElement?.closest('.table-scroll') || !isRendered(node)) continue;
    const rect = node.getBoundingClientRect();
    const where = `${name}: <${node.localName} class="${node.className}"> "${(node.textContent ?? '').trim().slice(0, 30)}"`;
    expect(rect.right, `${where} right edge`).to.be.at.most(box.right + 0.5);
    expect(rect.left, `${where} left edge`).to.be.at.least(box.left - 0.5);
  }
  expect(base.scrollWidth, `${name}: root scrollWidth`).to.be.at.most(base.clientWidth);
}

async function checkAllSteps(width: number, fontSize?: number, lang = 'nl'): Promise<void> {
  const name = `${lang}, ${width}px${fontSize ? ` at ${fontSize}px text` : ''}`;
  const question = await mount();
  await switchLanguage(question, lang, lang);
  await resize(question, width, fontSize);
  await clickButton(question, 'button[type="submit"]');
  openAllDisclosures(question);
  await settle(question);
  expectNoLoss(question, `${name}, first question`);
  await answer(question, 'privacy', 'unknown');
  expectNoLoss(question, `${name}, budget with notice`);

  const review = await mount();
  await switchLanguage(review, lang, lang);
  await resize(review, width, fontSize);
  await answer(review, 'privacy', 'no');
  await answer(review, 'residentialCare', 'yes');
  expectNoLoss(review, `${name}, review`);

  for (const adviceCase of ADVICE_CASES) {
    const element = await mountAdvice(adviceCase, lang, {
      'contact-email': 'privacy-en-informatieveiligheid@voorbeeldorganisatie.example.org',
      'contact-url': 'https://example.org/contact',
    });
    await resize(element, width, fontSize);
    openAllDisclosures(element);
    await settle(element);
    expectNoLoss(element, `${name}, advice ${adviceCase.name}`);
  }
}

describe('reflow and text size', () => {
  afterEach(resetLocale);

  it('loses nothing at 320px', async () => {
    await checkAllSteps(320);
  });

  it('loses nothing at 200% text', async () => {
    await checkAllSteps(640, 32);
  });

  it('loses nothing at 320px, 200% text', async () => {
    await checkAllSteps(320, 32);
  });

  it('loses nothing in English, French', async () => {
    await checkAllSteps(320, undefined, 'en');
    await checkAllSteps(320, undefined, 'fr');
  });

  it('scrolls the comparison by keyboard', async () => {
    const element = await mountAdvice(ADVICE_CASES[0]);
    await resize(element, 320);
    const region = root(element).querySelector<HTMLElement>('.table-scroll')!;
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.tabIndex, 'in the tab order').to.equal(0);
    const labelId = region.getAttribute('aria-labelledby') ?? '';
    const label = root(element).getElementById(labelId)?.textContent?.trim();
    expect(label, 'region label in the shadow root').to.be.a('string').and.not.equal('');
    expect(region.scrollWidth, 'the table is wider than the region').to.be.greaterThan(region.clientWidth);
    region.focus();
    expect(focused(element)).to.equal(region);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(region.scrollLeft, 'scrolled by ArrowRight').to.be.greaterThan(0);
  });
});
