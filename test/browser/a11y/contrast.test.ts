import { expect } from '@open-wc/testing';
import { resetLocale, root, settle, type Widget } from '../helpers.js';
import { ADVICE_CASES, backgroundBehind, contrastRatio, isRendered, mountAdvice, parseColor } from './support.js';

/** The WCAG 1.4.3 minimum for normal text, since the badges and icons are small bold text. */
const MIN_RATIO = 4.5;

function expectReadable(element: Widget, selector: string): number {
  const nodes = [...root(element).querySelectorAll<HTMLElement>(selector)].filter(isRendered);
  for (const node of nodes) {
    const ratio = contrastRatio(parseColor(getComputedStyle(node).color), backgroundBehind(node));
    expect(ratio, `${selector} "${node.textContent?.trim()}" contrast`).to.be.at.least(MIN_RATIO);
  }
  return nodes.length;
}

describe('contrast of verdicts and icons', () => {
  afterEach(resetLocale);

  for (const adviceCase of ADVICE_CASES) {
    it(`passes advice: ${adviceCase.name}`, async () => {
      const element = await mountAdvice(adviceCase);
      const badges = expectReadable(element, '[part~="verdict"]');
      const icons = expectReadable(element, '.reason-icon');
      expect(badges, 'verdict badges checked').to.be.greaterThan(0);
      expect(icons, 'reason icons checked').to.be.greaterThan(0);
      expectReadable(element, '.checked-date, .summary, .disclaimer, .progress');
    });
  }

  it('keeps contrast with host colours', async () => {
    const element = await mountAdvice(ADVICE_CASES[1]);
    // A host that sets its own off-white background and green.
    element.style.setProperty('--keuzehulp-color-background', '#fdfcf7');
    element.style.setProperty('--keuzehulp-color-positive', '#1d6b3f');
    await settle(element);
    expect(expectReadable(element, '[part~="verdict"], .reason-icon')).to.be.greaterThan(0);
  });
});
