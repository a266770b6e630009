import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { answer, clickButton, mount, resetLocale, root, settle, type Widget } from '../helpers.js';
import { ADVICE_CASES, mountAdvice, press } from './support.js';

/** A documented custom property, the value a host sets, and where that value must show. */
const PROPERTIES: [string, string, string, string, string][] = [
  // [property, value, selector, computed property, expected computed value]
  ['--keuzehulp-color-primary', '#010203', '.advice button.primary', 'background-color', 'rgb(1, 2, 3)'],
  ['--keuzehulp-color-primary-text', '#040506', '.advice button.primary', 'color', 'rgb(4, 5, 6)'],
  ['--keuzehulp-color-text', '#070809', '.root', 'color', 'rgb(7, 8, 9)'],
  ['--keuzehulp-color-muted', '#0a0b0c', '.disclaimer', 'color', 'rgb(10, 11, 12)'],
  ['--keuzehulp-color-background', '#fefdfc', '.root', 'background-color', 'rgb(254, 253, 252)'],
  ['--keuzehulp-color-surface', '#f0f1f2', '.cautions', 'background-color', 'rgb(240, 241, 242)'],
  ['--keuzehulp-color-positive', '#0d0e0f', '.verdict--recommended', 'color', 'rgb(13, 14, 15)'],
  ['--keuzehulp-color-caution', '#101112', '.verdict--possible', 'color', 'rgb(16, 17, 18)'],
  ['--keuzehulp-color-negative', '#131415', '.verdict--not-suitable', 'color', 'rgb(19, 20, 21)'],
  ['--keuzehulp-font-family', 'Georgia', '.root', 'font-family', 'Georgia'],
  ['--keuzehulp-font-size', '20px', '.root', 'font-size', '20px'],
  ['--keuzehulp-radius', '9px', '.advice button.primary', 'border-top-left-radius', '9px'],
];

interface Manifest {
  modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[];
}

/**
 * Returns the part names documented for hosts in the custom elements manifest, which the
 * build generates from the element's JSDoc (`npm test` builds first).
 */
async function documentedParts(): Promise<Set<string>> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === 'beeldbel-keuzehulp');
  return new Set((element?.cssParts ?? []).map((part) => part.name));
}

function renderedParts(element: Widget, into: Set<string>): void {
  for (const node of root(element).querySelectorAll('[part]')) {
    for (const name of node.getAttribute('part')!.split(/\s+/).filter(Boolean)) into.add(name);
  }
}

describe('parts and custom properties', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await resetLocale();
  });

  it('renders only documented parts', async () => {
    const documented = await documentedParts();
    expect(documented.size, 'parts in the JSDoc').to.be.greaterThan(10);
    const rendered = new Set<string>();

    const element = await mount();
    await clickButton(element, 'button[type="submit"]');
    renderedParts(element, rendered);
    await answer(element, 'privacy', 'unknown');
    renderedParts(element, rendered);
    await answer(element, 'budget', 'yes');
    const review = await mount();
    await answer(review, 'privacy', 'no');
    await answer(review, 'residentialCare', 'no');
    renderedParts(review, rendered);
    for (const adviceCase of ADVICE_CASES) {
      const advice = await mountAdvice(adviceCase, 'nl', {
        'contact-email': 'privacy@example.org',
        'contact-url': 'https://example.org/contact',
      });
      for (const details of root(advice).querySelectorAll('details')) details.open = true;
      await settle(advice);
      renderedParts(advice, rendered);
    }

    expect([...rendered].filter((name) => !documented.has(name)), 'rendered but not documented').to.deep.equal([]);
    expect([...documented].filter((name) => !rendered.has(name)), 'documented but never rendered').to.deep.equal([]);
  });

  it('follows every custom property', async () => {
    // Without motion the buttons show a new colour at once, not after their transition.
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await mountAdvice(ADVICE_CASES[0]);
    for (const [property, value, selector, css, expected] of PROPERTIES) {
      element.style.setProperty(property, value);
      await settle(element);
      const target = root(element).querySelector(selector);
      expect(target, selector).to.exist;
      expect(getComputedStyle(target!).getPropertyValue(css), `${property} on ${selector}`).to.equal(expected);
      element.style.removeProperty(property);
    }
    // The properties that style the element itself, and the focus colour.
    element.style.setProperty('--keuzehulp-color-border', '#161718');
    element.style.setProperty('--keuzehulp-spacing', '11px');
    element.style.setProperty('--keuzehulp-max-width', '555px');
    element.style.setProperty('--keuzehulp-color-focus', '#191a1b');
    await settle(element);
    const host = getComputedStyle(element);
    expect(host.borderTopColor, 'border').to.equal('rgb(22, 23, 24)');
    expect(host.paddingTop, 'spacing').to.equal('11px');
    expect(host.maxWidth, 'max width').to.equal('555px');
    root(element).querySelector<HTMLElement>('#step-heading')!.focus();
    await press(element, 'Tab');
    const focused = root(element).activeElement as HTMLElement;
    expect(getComputedStyle(focused).outlineColor, 'focus colour').to.equal('rgb(25, 26, 27)');
  });
});
