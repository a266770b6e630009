import { expect, fixture, html } from '@open-wc/testing';
import {
  answer,
  buttonByText,
  clickButton,
  currentQuestion,
  mount,
  root,
  stepHeading,
  verdicts,
  walkToAdvice,
  type Widget,
} from './helpers.js';

describe('decision flow', () => {
  it('starts with the privacy question', async () => {
    const element = await mount();
    expect(currentQuestion(element)).to.equal('privacy');
    expect(stepHeading(element).textContent).to.contain('privacygevoelige informatie');
    expect(root(element).textContent).to.contain('Vraag 1 van 8');
  });

  it('asks about budget after yes', async () => {
    const element = await mount();
    await answer(element, 'privacy', 'yes');
    expect(currentQuestion(element)).to.equal('budget');
    expect(root(element).textContent).to.contain('Vraag 2 van 8');
  });

  it('reaches the protected advice', async () => {
    const element = await mount();
    await walkToAdvice(element, { privacy: 'yes', budget: 'yes' });
    expect(stepHeading(element).textContent).to.contain('Jouw advies');
    const result = verdicts(element);
    expect(result.get('kara-connect')).to.equal('recommended');
    expect(result.get('skype')).to.equal('discontinued');
    expect(result.get('whatsapp')).to.equal('not-suitable');
    expect(root(element).querySelector('.route')?.textContent).to.contain('Er komt privacygevoelige informatie ter sprake');
    expect(buttonByText(element, 'Opnieuw beginnen')).to.exist;
  });

  it('shows paid and free tools without budget answer', async () => {
    const element = await mount();
    await walkToAdvice(element, { privacy: 'yes', budget: 'unknown' });
    const result = verdicts(element);
    expect(result.get('kara-connect')).to.equal('possible');
    expect(result.get('jitsi-meet')).to.equal('possible');
    const conditions = root(element).querySelector('article[data-tool="jitsi-meet"] .conditions')?.textContent;
    expect(conditions).to.contain('eind-tot-eindversleuteling');
  });

  it('reaches the open advice', async () => {
    const element = await mount();
    await answer(element, 'privacy', 'no');
    expect(currentQuestion(element)).to.equal('residentialCare');
    expect(root(element).textContent).to.contain('Vraag 2 van 2');
    await answer(element, 'residentialCare', 'yes');
    await clickButton(element, 'button.primary');
    expect(stepHeading(element).textContent).to.contain('Jouw advies');
    const cautions = root(element).querySelector('.cautions')?.textContent ?? '';
    expect(cautions).to.contain('niet GDPR-conform');
    expect(cautions).to.contain('verraden waar');
    expect(cautions).to.contain('Blijf professioneel');
    expect(verdicts(element).get('whatsapp')).to.equal('possible');
    expect(verdicts(element).get('jitsi-meet')).to.equal('recommended');
  });

  it('keeps excluded cards short', async () => {
    const element = await mount();
    await walkToAdvice(element, { privacy: 'yes', budget: 'no' });
    const card = root(element).querySelector('article[data-tool="kara-connect"]') as HTMLElement;
    expect(card.querySelectorAll('.reason--positive')).to.have.length(0);
    expect(card.querySelector('.reason--negative')?.textContent).to.contain('geen budget');
    expect(card.querySelector('.points-grid')).to.equal(null);
    expect(card.querySelector('.facts-details')).to.exist;
  });

  it('hides fallback content once upgraded', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <beeldbel-keuzehulp><p class="fallback">De keuzehulp laadt niet.</p></beeldbel-keuzehulp>
    </div>`);
    const element = wrapper.querySelector('beeldbel-keuzehulp') as Widget;
    await element.updateComplete;
    expect(wrapper.querySelector('.fallback')?.getClientRects().length).to.equal(0);
  });

  it('treats unknown privacy as yes', async () => {
    const element = await mount();
    await answer(element, 'privacy', 'unknown');
    expect(currentQuestion(element)).to.equal('budget');
    expect(root(element).querySelector('.notice')?.textContent).to.contain('We gaan ervan uit dat het wel zo is');
    await walkToAdvice(element, { privacy: 'unknown' });
    expect(root(element).querySelector('.route')?.textContent).to.contain('Je weet niet zeker');
    expect(verdicts(element).get('whatsapp')).to.equal('not-suitable');
  });

  it('keeps the answer on back', async () => {
    const element = await mount();
    await answer(element, 'privacy', 'yes');
    await answer(element, 'budget', 'no');
    expect(currentQuestion(element)).to.equal('groupSize');
    buttonByText(element, 'Vorige').click();
    await element.updateComplete;
    expect(currentQuestion(element)).to.equal('budget');
    expect(root(element).querySelector<HTMLInputElement>('#budget-no')?.checked).to.be.true;
    buttonByText(element, 'Vorige').click();
    await element.updateComplete;
    expect(root(element).querySelector<HTMLInputElement>('#privacy-yes')?.checked).to.be.true;
  });

  it('asks for an answer before going on', async () => {
    const element = await mount();
    await clickButton(element, 'button[type="submit"]');
    expect(currentQuestion(element)).to.equal('privacy');
    expect(root(element).querySelector('.error')?.textContent).to.contain('Kies een antwoord');
    expect(root(element).querySelector('[role="status"]')?.textContent).to.contain('Kies een antwoord');
  });

  it('returns to the review after a change', async () => {
    const element = await mount();
    await walkToAdvice(element, { privacy: 'yes', budget: 'yes' });
    buttonByText(element, 'Antwoorden aanpassen').click();
    await element.updateComplete;
    expect(stepHeading(element).textContent).to.contain('Kijk je antwoorden na');
    const change = [...root(element).querySelectorAll<HTMLButtonElement>('.change button')][1];
    change.click();
    await element.updateComplete;
    expect(currentQuestion(element)).to.equal('budget');
    await answer(element, 'budget', 'no');
    expect(stepHeading(element).textContent).to.contain('Kijk je antwoorden na');
    expect(root(element).querySelector('.answers')?.textContent).to.contain('Nee');
  });

  it('asks new questions after a route change', async () => {
    const element = await mount();
    await walkToAdvice(element, { privacy: 'no', residentialCare: 'no' });
    buttonByText(element, 'Antwoorden aanpassen').click();
    await element.updateComplete;
    root(element).querySelector<HTMLButtonElement>('.change button')?.click();
    await element.updateComplete;
    await answer(element, 'privacy', 'yes');
    expect(currentQuestion(element)).to.equal('budget');
  });

  it('reads the progress with the question', async () => {
    const element = await mount();
    await answer(element, 'privacy', 'yes');
    const heading = stepHeading(element);
    expect(heading.tagName).to.equal('SPAN');
    expect(heading.closest('legend')).to.exist;
    expect(heading.textContent?.replace(/\s+/g, ' ').trim()).to.match(/^Vraag 2 van 8 Is er budget/);
  });

  it('adds one landmark at most', async () => {
    const element = await mount();
    await walkToAdvice(element, { privacy: 'yes', budget: 'yes' });
    const named = [...root(element).querySelectorAll('section[aria-labelledby], section[aria-label], [role="region"]')];
    expect(named.map((node) => node.className)).to.deep.equal(['table-scroll']);
  });

  it('clears the answers on restart', async () => {
    const element = await mount();
    await walkToAdvice(element, { privacy: 'yes', budget: 'yes' });
    buttonByText(element, 'Opnieuw beginnen').click();
    await element.updateComplete;
    expect(currentQuestion(element)).to.equal('privacy');
    expect(root(element).querySelector('input:checked')).to.equal(null);
  });
});
