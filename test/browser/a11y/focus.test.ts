import { expect } from '@open-wc/testing';
import { answer, mount, resetLocale, root, settle, stepHeading, type Widget } from '../helpers.js';
import { ADVICE_CASES, INTERACTIVE, focused, isRendered, mountAdvice, press } from './support.js';

/** WCAG 2.5.8: a target is at least 24 by 24 CSS px. */
const MIN_TARGET = 24;

/** Tabs from the step heading until focus leaves the widget, and returns every element that got focus, in order. */
async function tabStops(element: Widget): Promise<HTMLElement[]> {
  stepHeading(element).focus();
  const stops: HTMLElement[] = [];
  for (let count = 0; count < 400; count++) {
    await press(element, 'Tab');
    const target = focused(element);
    if (!target || stops.includes(target)) break;
    stops.push(target);
    const style = getComputedStyle(target);
    const width = parseFloat(style.outlineWidth);
    expect(style.outlineStyle, `outline of ${label(target)}`).to.not.equal('none');
    expect(width, `outline width of ${label(target)}`).to.be.greaterThan(0);
  }
  return stops;
}

function label(target: Element): string {
  const text = (target.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${target.localName}${target.id ? `#${target.id}` : ''}> "${text}"`;
}

/** Returns the interactive elements a user can see, with only the first radio of a group, since Tab stops once per group. */
function expectedStops(element: Widget): HTMLElement[] {
  const groups = new Set<string>();
  return [...root(element).querySelectorAll<HTMLElement>(INTERACTIVE)].filter((target) => {
    if (!isRendered(target)) return false;
    if (target instanceof HTMLInputElement && target.type === 'radio') {
      if (groups.has(target.name)) return false;
      groups.add(target.name);
    }
    return true;
  });
}

/**
 * Returns true for a link inside a sentence. Such a link is exempt from the size rule
 * (WCAG 2.5.8, "inline"), because the line of text around it sets its height.
 */
function isInlineInText(target: HTMLElement): boolean {
  if (target.localName !== 'a') return false;
  const parent = target.parentElement as HTMLElement;
  return [...parent.childNodes].some(
    (node) =>
      node !== target &&
      (node.nodeType === Node.TEXT_NODE || (node instanceof HTMLElement && isRendered(node))) &&
      (node.textContent ?? '').trim() !== '',
  );
}

async function checkStep(element: Widget, name: string): Promise<void> {
  const stops = await tabStops(element);
  const expected = expectedStops(element);
  expect(expected.length, `${name}: interactive elements`).to.be.greaterThan(1);
  for (const target of expected) {
    const reached = target instanceof HTMLInputElement && target.type === 'radio'
      ? stops.some((stop) => stop instanceof HTMLInputElement && stop.name === target.name)
      : stops.includes(target);
    expect(reached, `${name}: Tab reaches ${label(target)}`).to.be.true;
  }
  for (const target of root(element).querySelectorAll<HTMLElement>(INTERACTIVE)) {
    if (!isRendered(target) || isInlineInText(target)) continue;
    const box = target.getBoundingClientRect();
    expect(box.width, `${name}: width of ${label(target)}`).to.be.at.least(MIN_TARGET);
    expect(box.height, `${name}: height of ${label(target)}`).to.be.at.least(MIN_TARGET);
  }
}

describe('focus order and targets', () => {
  afterEach(resetLocale);

  it('covers a question with its error', async () => {
    const element = await mount();
    root(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(element);
    await answer(element, 'privacy', 'yes');
    await checkStep(element, 'budget question');
  });

  it('covers the review', async () => {
    const element = await mount();
    await answer(element, 'privacy', 'no');
    await answer(element, 'residentialCare', 'yes');
    await checkStep(element, 'review');
  });

  for (const adviceCase of [ADVICE_CASES[0], ADVICE_CASES[3]]) {
    it(`covers advice: ${adviceCase.name}`, async () => {
      const element = await mountAdvice(adviceCase, 'nl', {
        'contact-email': 'privacy@example.org',
        'contact-url': 'https://example.org/contact',
      });
      root(element).querySelector<HTMLDetailsElement>('details.facts-details')!.open = true;
      await settle(element);
      await checkStep(element, adviceCase.name);
    });
  }
});
