import { expect } from '@open-wc/testing';
import { currentQuestion, mount, resetLocale, root, type Widget } from '../helpers.js';
import { focused, isButton, press, tabUntil } from './support.js';

function checkedAnswer(element: Widget): string | undefined {
  return root(element).querySelector<HTMLInputElement>('input[type="radio"]:checked')?.id;
}

function expectFocusOnHeading(element: Widget, where: string): void {
  expect(focused(element)?.id, `focus after ${where}`).to.equal('step-heading');
}

/** From the focused heading, chooses the first answer with Space, or the next with ArrowDown, and presses "Volgende". */
async function answerWithKeys(element: Widget, moves: number): Promise<void> {
  const radio = await tabUntil(element, (target) => target.matches('input[type="radio"]'), 3);
  expect(radio.id.startsWith(`${currentQuestion(element)}-`), 'tab reaches the answers').to.be.true;
  await press(element, 'Space');
  for (let move = 0; move < moves; move++) await press(element, 'ArrowDown');
  await tabUntil(element, (target) => isButton(target, 'Volgende'), 5);
  await press(element, 'Enter');
}

describe('keyboard only', () => {
  afterEach(resetLocale);

  it('walks to the advice and back', async () => {
    const element = await mount();
    // Tab from the page's start enters the widget at the first answer.
    await press(element, 'Tab');
    expect(focused(element)?.id, 'first tab stop').to.equal('privacy-yes');
    await press(element, 'Space');
    expect(checkedAnswer(element)).to.equal('privacy-yes');
    await tabUntil(element, (target) => isButton(target, 'Volgende'), 5);
    await press(element, 'Enter');
    expect(currentQuestion(element)).to.equal('budget');
    expectFocusOnHeading(element, 'Volgende');

    // "Volgende" without an answer: the error shows and focus goes to the first answer.
    await tabUntil(element, (target) => isButton(target, 'Volgende'), 5);
    await press(element, 'Enter');
    expect(root(element).querySelector('[part~="error"]'), 'error message').to.exist;
    expect(focused(element)?.id, 'focus after the error').to.equal('budget-yes');
    await press(element, 'Space');
    expect(root(element).querySelector('[part~="error"]'), 'error after answering').to.not.exist;
    await tabUntil(element, (target) => isButton(target, 'Volgende'), 5);
    await press(element, 'Enter');
    expectFocusOnHeading(element, 'the budget answer');

    // Vorige keeps the earlier answer.
    await tabUntil(element, (target) => isButton(target, 'Vorige'), 8);
    await press(element, 'Enter');
    expect(currentQuestion(element)).to.equal('budget');
    expectFocusOnHeading(element, 'Vorige');
    expect(checkedAnswer(element), 'answer kept').to.equal('budget-yes');
    // Shift+Tab from the answers goes back to the heading's step, not out of order.
    await tabUntil(element, (target) => isButton(target, 'Volgende'), 5);
    await press(element, 'Shift+Tab');
    expect(focused(element)?.localName, 'Shift+Tab from Volgende').to.equal('summary');
    await press(element, 'Enter');
    expect(root(element).querySelector<HTMLDetailsElement>('details.why')?.open, 'why opens with Enter').to.be.true;
    await tabUntil(element, (target) => isButton(target, 'Volgende'), 5);
    await press(element, 'Enter');

    // The other questions: "Weet ik niet" is the third option, two ArrowDowns from the first.
    for (let guard = 0; guard < 10 && currentQuestion(element); guard++) {
      expectFocusOnHeading(element, 'Volgende');
      const question = currentQuestion(element);
      const options = root(element).querySelectorAll('input[type="radio"]').length;
      await answerWithKeys(element, options - 1);
      expect(currentQuestion(element), `left ${question}`).to.not.equal(question);
    }
    expectFocusOnHeading(element, 'the last question');
    expect(root(element).textContent).to.contain('Weet ik niet');

    const confirm = await tabUntil(element, (target) => target.matches('button.primary'), 30);
    await press(element, 'Space');
    expect(confirm.isConnected, 'review left').to.be.false;
    expect(root(element).querySelector('.advice'), 'advice shown').to.exist;
    expectFocusOnHeading(element, 'Toon het advies');

    // Antwoorden aanpassen returns to the review, with focus on its heading.
    await tabUntil(element, (target) => isButton(target, 'Antwoorden aanpassen'));
    await press(element, 'Enter');
    expect(root(element).querySelector('[part~="review"]'), 'review shown').to.exist;
    expectFocusOnHeading(element, 'Antwoorden aanpassen');

    await tabUntil(element, (target) => target.matches('button.primary'), 30);
    await press(element, 'Enter');
    expectFocusOnHeading(element, 'the second advice');
    await tabUntil(element, (target) => isButton(target, 'Opnieuw beginnen'));
    await press(element, 'Enter');
    expect(currentQuestion(element)).to.equal('privacy');
    expectFocusOnHeading(element, 'Opnieuw beginnen');
    expect(checkedAnswer(element), 'answers cleared').to.equal(undefined);
  });

  it('changes one answer from the review', async () => {
    const element = await mount();
    await press(element, 'Tab');
    await press(element, 'ArrowDown');
    expect(checkedAnswer(element)).to.equal('privacy-no');
    await tabUntil(element, (target) => isButton(target, 'Volgende'), 5);
    await press(element, 'Enter');
    await answerWithKeys(element, 1);
    expect(root(element).querySelector('[part~="review"]'), 'review shown').to.exist;

    await tabUntil(element, (target) => target.matches('[part~="change-button"]'), 5);
    await press(element, 'Enter');
    expect(currentQuestion(element)).to.equal('privacy');
    expectFocusOnHeading(element, 'Wijzig');
    expect(checkedAnswer(element), 'answer kept').to.equal('privacy-no');
    await tabUntil(element, (target) => isButton(target, 'Volgende'), 5);
    await press(element, 'Enter');
    expect(root(element).querySelector('[part~="review"]'), 'back at the review').to.exist;
    expectFocusOnHeading(element, 'the changed answer');
  });
});
