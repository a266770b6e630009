import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { applicableQuestions, type Answers, type QuestionId } from '../decision/index.js';
import { heading } from './common.js';
import { optionLabel, questionShortLabel } from './texts-questions.js';

/** Renders the answers as a description list; with `onChange`, each row has a change button. */
export function renderAnswerList(answers: Answers, onChange?: (id: QuestionId) => void): TemplateResult {
  return html`<dl class="answers" part="answers">
    ${applicableQuestions(answers).map((question) => {
      const answer = answers[question.id] ?? 'unknown';
      const label = questionShortLabel(question.id);
      return html`<div class="answer-row">
        <dt>${label}</dt>
        <dd>${optionLabel(question.id, answer)}</dd>
        ${onChange
          ? html`<dd class="change">
              <button type="button" class="link-button" part="change-button" @click=${() => onChange(question.id)}>
                ${msg('Wijzig')}<span class="visually-hidden">: ${label}</span>
              </button>
            </dd>`
          : ''}
      </div>`;
    })}
  </dl>`;
}

export interface ReviewOptions {
  answers: Answers;
  headingLevel: number;
  onChange: (id: QuestionId) => void;
  onConfirm: () => void;
  onBack: () => void;
}

/** Renders the review of all answers, with a change button for each and the way to the advice. */
export function renderReview(options: ReviewOptions): TemplateResult {
  return html`<div class="step" part="step review">
    ${heading(options.headingLevel + 1, msg('Kijk je antwoorden na'), { id: 'step-heading', focusable: true })}
    <p>${msg('Klopt alles? Dan tonen we welke tools bij jouw situatie passen.')}</p>
    ${renderAnswerList(options.answers, options.onChange)}
    <div class="actions">
      <button type="button" class="primary" part="button button-primary" @click=${options.onConfirm}>
        ${msg('Toon het advies')}
      </button>
      <button type="button" class="secondary" part="button button-secondary" @click=${options.onBack}>
        ${msg('Vorige')}
      </button>
    </div>
  </div>`;
}
