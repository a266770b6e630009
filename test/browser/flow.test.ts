import { expect } from '@open-wc/testing';
import { answer, buttonByText, currentQuestion, mount, root, stepHeading, verdicts, walkToAdvice } from './helpers.js';

describe('decision flow', () => {
  it('starts with the privacy question', async () => {
    const element = await mount();
    expect(currentQuestion(element)).to.equal('privacy');
    expect(stepHeading(element).textContent).to.contain('privacygevoelige informatie');
  });

  it('asks about budget after yes', async () => {
    const element = await mount();
    await answer(element, 'privacy', 'yes');
    expect(currentQuestion(element)).to.equal('budget');
  });

  it('reaches the protected advice', async () => {
    const element = await mount();
    await walkToAdvice(element, { privacy: 'yes', budget: 'yes' });
    expect(stepHeading(element).textContent).to.contain('Jouw advies');
    const result = verdicts(element);
    expect(result.get('skype')).to.equal('discontinued');
    expect(result.get('whatsapp')).to.equal('not-suitable');
    expect(buttonByText(element, 'Opnieuw beginnen')).to.exist;
    expect(root(element).textContent).to.contain('GDPR');
  });
});
