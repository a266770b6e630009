import { expect } from '@open-wc/testing';
import { answer, mount, resetLocale, root, type Widget } from '../helpers.js';
import { ADVICE_CASES, mountAdvice } from './support.js';

function levels(element: Widget): number[] {
  return [...root(element).querySelectorAll('[role="heading"], h1, h2, h3, h4, h5, h6')].map((node) =>
    node.getAttribute('role') === 'heading' ? Number(node.getAttribute('aria-level')) : Number(node.localName[1]),
  );
}

/** Checks that the title has the host's level and later headings go at most one level deeper at a time, never past 6. */
function expectOutline(found: number[], titleLevel: number, where: string): void {
  expect(found[0], `${where}: title level`).to.equal(titleLevel);
  found.forEach((level, index) => {
    expect(level, `${where}: heading ${index + 1}`).to.be.within(titleLevel, 6);
    if (index > 0) expect(level - found[index - 1], `${where}: step to heading ${index + 1}`).to.be.at.most(1);
  });
}

describe('heading outline', () => {
  afterEach(resetLocale);

  it('nests under heading-level 3', async () => {
    const element = await mount({ 'heading-level': '3' });
    const title = root(element).querySelector('[part~="title"]')!;
    expect(title.getAttribute('aria-level')).to.equal('3');
    expect(root(element).querySelector('#step-heading')!.getAttribute('aria-level'), 'question').to.equal('4');
    expectOutline(levels(element), 3, 'question');
    await answer(element, 'privacy', 'no');
    await answer(element, 'residentialCare', 'no');
    expect(root(element).querySelector('#step-heading')!.getAttribute('aria-level'), 'review').to.equal('4');
    expectOutline(levels(element), 3, 'review');

    const advice = await mountAdvice(ADVICE_CASES[0], 'nl', { 'heading-level': '3' });
    expect(root(advice).querySelector('#step-heading')!.getAttribute('aria-level'), 'advice').to.equal('4');
    const toolName = root(advice).querySelector('.tool-name')!;
    expect(Number(toolName.getAttribute('aria-level')), 'tool name').to.be.above(4);
    expectOutline(levels(advice), 3, 'advice');
  });

  for (const level of ['1', '2', '4', '5', '6']) {
    it(`stays valid at level ${level}`, async () => {
      const element = await mountAdvice(ADVICE_CASES[1], 'nl', { 'heading-level': level });
      expectOutline(levels(element), Number(level), `advice at ${level}`);
    });
  }
});
