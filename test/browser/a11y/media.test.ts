import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, resetMouse, sendMouse } from '@web/test-runner-commands';
import { mount, resetLocale, root, type Widget } from '../helpers.js';
import { ADVICE_CASES, focused, isButton, mountAdvice, press, tabUntil } from './support.js';

/** Fails when a focused control shows no outline. */
function expectOutline(target: HTMLElement, label: string): void {
  const style = getComputedStyle(target);
  expect(style.outlineStyle, `${label} outline style`).to.not.equal('none');
  expect(parseFloat(style.outlineWidth), `${label} outline width`).to.be.greaterThan(0);
}

/** Returns the rules of the widget's stylesheet that apply under `forced-colors: active`. */
function forcedColorRules(element: Widget): CSSStyleRule[] {
  const sheets = [...root(element).adoptedStyleSheets, ...[...root(element).querySelectorAll('style')].map((style) => style.sheet!)];
  return sheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'))
    .flatMap((rule) => [...rule.cssRules])
    .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
}

/** Scrolls `target` into view and hovers its middle with the mouse. */
async function hover(target: HTMLElement): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe('forced colours and reduced motion', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await executeServerCommand('emulate-forced-colors', { value: 'none' });
    await resetMouse();
    await resetLocale();
  });

  it('keeps selection and focus visible', async () => {
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.be.true;
    const element = await mount();
    await press(element, 'Tab');
    await press(element, 'ArrowDown');
    const radio = focused(element) as HTMLInputElement;
    expect(radio.checked, 'checked by keyboard').to.be.true;
    // A native radio: the system draws its checked state in its own colours.
    expect(getComputedStyle(radio).appearance, 'radio appearance').to.equal('auto');
    expect(getComputedStyle(radio).forcedColorAdjust, 'radio colour adjust').to.not.equal('none');
    expectOutline(radio, 'radio');
    const next = await tabUntil(element, (target) => isButton(target, 'Volgende'), 5);
    expectOutline(next, 'Volgende');

    const rules = forcedColorRules(element);
    expect(rules.length, 'forced-colours rules').to.be.greaterThan(0);
    for (const rule of rules) {
      expect(rule.style.outlineStyle, `${rule.selectorText} outline`).to.not.equal('none');
      if (rule.selectorText.includes('focus')) {
        expect(rule.style.outlineColor, `${rule.selectorText} outline colour`).to.equal('highlight');
      }
      if (/input|radio|option/.test(rule.selectorText)) {
        expect(rule.style.getPropertyValue('forced-color-adjust'), `${rule.selectorText}`).to.not.equal('none');
      }
    }
    const focusRules = rules.filter((rule) => rule.selectorText.includes('input:focus-visible'));
    expect(focusRules, 'a focus rule for the answers').to.have.length(1);

    const probe = document.createElement('span');
    probe.style.color = 'Highlight';
    document.body.append(probe);
    expect(getComputedStyle(next).outlineColor, 'outline in the system colour').to.equal(getComputedStyle(probe).color);
    probe.remove();
  });

  it('runs no motion when reduced', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await mountAdvice(ADVICE_CASES[0]);
    // Hover and focus change the buttons' colours, and each change would start a transition.
    for (const target of root(element).querySelectorAll<HTMLElement>('.advice .actions button')) {
      await hover(target);
      expect(root(element).getAnimations(), 'running animations on hover').to.deep.equal([]);
    }
    await tabUntil(element, (target) => target.localName === 'button');
    await press(element, 'Tab');
    root(element).querySelector<HTMLDetailsElement>('details')!.open = true;
    expect(root(element).getAnimations(), 'running animations').to.deep.equal([]);
    for (const node of root(element).querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(node);
      const durations = `${style.transitionDuration},${style.animationDuration}`.split(',').map((value) => parseFloat(value));
      expect(Math.max(...durations), `motion on <${node.localName} class="${node.className}">`).to.equal(0);
      expect(style.animationName, `animation on <${node.localName}>`).to.equal('none');
    }
  });

  it('moves without reduced motion', async () => {
    // The control: the same hover starts a colour transition when motion is allowed,
    // so the check above can see one.
    const element = await mountAdvice(ADVICE_CASES[0]);
    const button = root(element).querySelector<HTMLElement>('.advice .actions button.secondary')!;
    await hover(button);
    expect(root(element).getAnimations().length, 'a transition on hover').to.be.greaterThan(0);
  });
});
