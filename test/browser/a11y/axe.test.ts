import { expect } from '@open-wc/testing';
import {
  answer,
  clickButton,
  currentQuestion,
  mount,
  resetLocale,
  root,
  settle,
  switchLanguage,
  type Widget,
} from '../helpers.js';
import { ADVICE_CASES, LANGUAGES, mountAdvice, type AnswerSet } from './support.js';

/** Checks every question of one route with axe, with the error and the "why" shown once, then the review. */
async function checkRoute(element: Widget, answers: AnswerSet): Promise<void> {
  const seen: string[] = [];
  for (let guard = 0; guard < 20; guard++) {
    const question = currentQuestion(element);
    if (!question) break;
    seen.push(question);
    await expect(element, `question ${question}`).to.be.accessible();
    if (seen.length === 1) {
      // "Volgende" without an answer shows the error, and the "why" disclosure is opened.
      await clickButton(element, 'button[type="submit"]');
      root(element).querySelector('details.why')?.setAttribute('open', '');
      await settle(element);
      expect(root(element).querySelector('.error'), 'error shown').to.exist;
      await expect(element, `question ${question} with error`).to.be.accessible();
    }
    await answer(element, question, answers[question] ?? 'unknown');
  }
  expect(seen.length, 'questions seen').to.be.greaterThan(1);
  expect(root(element).querySelector('#step-heading')?.closest('[part~="review"]'), 'review shown').to.exist;
  await expect(element, 'review').to.be.accessible();
}

describe('axe on every step', () => {
  afterEach(resetLocale);

  for (const lang of LANGUAGES) {
    describe(`in ${lang}`, () => {
      it('passes the protected route', async () => {
        const element = await mount();
        await switchLanguage(element, lang, lang);
        // "Weet ik niet" first also shows the notice on the budget question.
        await checkRoute(element, { privacy: 'unknown' });
      });

      it('passes the open route', async () => {
        const element = await mount();
        await switchLanguage(element, lang, lang);
        await checkRoute(element, { privacy: 'no' });
      });

      for (const adviceCase of ADVICE_CASES) {
        it(`passes advice: ${adviceCase.name}`, async () => {
          const element = await mountAdvice(adviceCase, lang, {
            'contact-email': 'privacy@example.org',
            'contact-url': 'https://example.org/contact',
          });
          expect(root(element).querySelector('.advice'), 'advice shown').to.exist;
          await expect(element).to.be.accessible();
        });
      }

      it('passes with facts opened', async () => {
        const element = await mountAdvice(ADVICE_CASES[0], lang);
        const details = root(element).querySelector<HTMLDetailsElement>('details.facts-details');
        expect(details, 'facts disclosure').to.exist;
        details!.open = true;
        await settle(element);
        await expect(element).to.be.accessible();
      });
    });
  }
});
