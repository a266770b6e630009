import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { resetLocale, root, settle, type Widget } from '../helpers.js';
import { ADVICE_CASES, isRendered, mountAdvice } from './support.js';

function disclosures(element: Widget): HTMLDetailsElement[] {
  return [...root(element).querySelectorAll<HTMLDetailsElement>('details')];
}

describe('print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await resetLocale();
  });

  it('prints the advice, not buttons', async () => {
    const element = await mountAdvice(ADVICE_CASES[0]);
    expect(isRendered(root(element).querySelector('.advice .actions')!), 'buttons on screen').to.be.true;
    await emulateMedia({ media: 'print' });
    await settle(element);
    for (const actions of root(element).querySelectorAll('.actions')) {
      expect(getComputedStyle(actions).display, 'buttons in print').to.equal('none');
    }
    for (const selector of ['.your-answers', '[part~="answers"]', '[part~="tool-card"]', '[part~="comparison"]', '[part~="checklist"]', '[part~="route"]']) {
      const node = root(element).querySelector(selector);
      expect(node, `${selector} exists`).to.exist;
      expect(isRendered(node!), `${selector} printed`).to.be.true;
    }
    const region = root(element).querySelector<HTMLElement>('.table-scroll')!;
    expect(region.scrollWidth, 'the comparison fits the page').to.be.at.most(region.clientWidth);
  });

  it('opens facts while printing', async () => {
    const element = await mountAdvice(ADVICE_CASES[3]);
    const [kept, ...others] = disclosures(element);
    expect(others.length, 'facts disclosures').to.be.greaterThan(0);
    kept.open = true;
    await settle(element);
    window.dispatchEvent(new Event('beforeprint'));
    await settle(element);
    expect(disclosures(element).every((details) => details.open), 'all open for print').to.be.true;
    for (const link of root(element).querySelectorAll('.facts-details a')) {
      expect(isRendered(link), 'source links printed').to.be.true;
    }
    window.dispatchEvent(new Event('afterprint'));
    await settle(element);
    expect(kept.open, 'one the user opened stays open').to.be.true;
    expect(others.some((details) => details.open), 'the others close again').to.be.false;
  });
});
