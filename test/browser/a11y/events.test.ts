import { expect } from '@open-wc/testing';
import { answer, clickButton, mount, resetLocale, root, settle, switchLanguage, walkToAdvice } from '../helpers.js';
import type { AdviceEventDetail, AnswerEventDetail } from '../../../src/index.js';

/** Records the widget's events as they reach the document, the way a host page listens. */
function record() {
  const answers: CustomEvent<AnswerEventDetail>[] = [];
  const advice: CustomEvent<AdviceEventDetail>[] = [];
  const onAnswer = (event: Event) => answers.push(event as CustomEvent<AnswerEventDetail>);
  const onAdvice = (event: Event) => advice.push(event as CustomEvent<AdviceEventDetail>);
  document.addEventListener('keuzehulp-answer', onAnswer);
  document.addEventListener('keuzehulp-advice', onAdvice);
  const stop = () => {
    document.removeEventListener('keuzehulp-answer', onAnswer);
    document.removeEventListener('keuzehulp-advice', onAdvice);
  };
  return { answers, advice, stop };
}

describe('events and the host page', () => {
  afterEach(resetLocale);

  it('fires answer events only', async () => {
    const events = record();
    try {
      const element = await mount();
      await answer(element, 'privacy', 'yes');
      expect(events.answers).to.have.length(1);
      const [first] = events.answers;
      expect(first.bubbles, 'bubbles').to.be.true;
      expect(first.composed, 'composed').to.be.true;
      expect(first.detail).to.deep.equal({ questionId: 'privacy', answerId: 'yes' });
      expect(Object.keys(first.detail).sort()).to.deep.equal(['answerId', 'questionId']);

      await clickButton(element, 'button[type="submit"]');
      await clickButton(element, 'button.secondary');
      expect(root(element).querySelector('#privacy-yes'), 'back at privacy').to.exist;
      expect(events.answers, 'no event on Volgende without answer or Vorige').to.have.length(1);

      await switchLanguage(element, 'en', 'en');
      expect(events.answers, 'no event on a language switch').to.have.length(1);
      root(element).querySelector<HTMLInputElement>('#privacy-no')!.click();
      await settle(element);
      expect(events.answers.map((event) => event.detail.answerId)).to.deep.equal(['yes', 'no']);
      expect(events.advice, 'no advice yet').to.have.length(0);
    } finally {
      events.stop();
    }
  });

  it('fires the advice once', async () => {
    const events = record();
    try {
      const element = await mount();
      await walkToAdvice(element, { privacy: 'yes', budget: 'yes' });
      expect(events.advice).to.have.length(1);
      const [shown] = events.advice;
      expect(shown.bubbles, 'bubbles').to.be.true;
      expect(shown.composed, 'composed').to.be.true;
      expect(Object.keys(shown.detail).sort()).to.deep.equal(['possible', 'recommended', 'route']);
      expect(shown.detail.route).to.equal('protected');
      const cards = [...root(element).querySelectorAll<HTMLElement>('article[data-tool]')];
      const ids = (verdict: string) =>
        cards.filter((card) => card.classList.contains(`tool-card--${verdict}`)).map((card) => card.dataset.tool);
      expect(shown.detail.recommended).to.deep.equal(ids('recommended'));
      expect(shown.detail.recommended, 'recommended tools').to.not.be.empty;
      expect(shown.detail.possible).to.deep.equal(ids('possible'));
      for (const id of [...shown.detail.recommended, ...shown.detail.possible]) expect(id).to.match(/^[a-z0-9-]+$/);

      element.requestUpdate();
      await settle(element);
      await switchLanguage(element, 'fr', 'fr');
      expect(events.advice, 'not on re-render or language switch').to.have.length(1);
      // "Antwoorden aanpassen", in French now.
      await clickButton(element, '.advice .actions button.secondary');
      expect(root(element).querySelector('[part~="review"]'), 'back at the review').to.exist;
      expect(events.advice, 'not on Back').to.have.length(1);
      expect(events.answers, 'no answer events after the walk').to.have.length(8);
    } finally {
      events.stop();
    }
  });

  it('leaves the page alone', async () => {
    const before = { href: location.href, hash: location.hash, length: history.length, title: document.title };
    const element = await mount({ 'contact-url': 'https://example.org/contact' });
    await walkToAdvice(element, { privacy: 'yes', budget: 'no' });
    await clickButton(element, '.advice .actions button.secondary');
    await clickButton(element, 'button.primary');
    for (const details of root(element).querySelectorAll('details')) details.open = true;
    await switchLanguage(element, 'en', 'en');
    const restart = [...root(element).querySelectorAll<HTMLButtonElement>('.advice .actions button')].at(-1)!;
    restart.click();
    await settle(element);
    await answer(element, 'privacy', 'no');
    const after = { href: location.href, hash: location.hash, length: history.length, title: document.title };
    expect(after).to.deep.equal(before);
  });
});
