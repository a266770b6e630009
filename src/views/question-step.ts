import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '@lit/localize';
import type { AnswerId, Answers, Question } from '../decision/index.js';
import { heading } from './common.js';
import { optionLabel, questionTexts } from './texts-questions.js';

export interface QuestionStepOptions {
  question: Question;
  answers: Answers;
  /** 1-based position of this question among the questions that apply. */
  position: number;
  total: number;
  headingLevel: number;
  /** True when the worker tried to go on without choosing an answer. */
  showError: boolean;
  canGoBack: boolean;
  onAnswer: (answer: AnswerId) => void;
  onNext: () => void;
  onBack: () => void;
}

/**
 * Renders one question as a fieldset with a legend, a hint, a "why" disclosure and radio
 * buttons. Each question gets a fresh fieldset: reusing checked radios under a new name
 * would let the browser uncheck the restored answer of the question shown next. The
 * form stays, because Chromium slows down with every new form on the page.
 */
export function renderQuestionStep(options: QuestionStepOptions): TemplateResult {
  const { question, answers, position, total } = options;
  const texts = questionTexts(question.id);
  const selected = answers[question.id];
  const errorId = `error-${question.id}`;
  const hintId = `hint-${question.id}`;
  const describedBy = [texts.hint ? hintId : '', options.showError ? errorId : ''].filter(Boolean).join(' ');
  const onSubmit = (event: Event) => {
    event.preventDefault();
    options.onNext();
  };
  return html`
    <form class="step" part="step" novalidate @submit=${onSubmit}>
      ${question.id === 'budget' && answers.privacy === 'unknown'
        ? html`<p class="notice" part="notice">
            ${msg(
              'Je wist niet zeker of er privacygevoelige informatie ter sprake komt. We gaan ervan uit dat het wel zo is: zo kies je veilig.',
            )}
          </p>`
        : nothing}
      ${keyed(
        question.id,
        html`<fieldset aria-describedby=${describedBy || nothing} class=${options.showError ? 'has-error' : ''}>
        <legend>
          ${heading(
            options.headingLevel + 1,
            html`<span class="progress" part="progress">${msg(str`Vraag ${position} van ${total}`)}</span>
              <span class="question-text">${texts.legend}</span>`,
            { id: 'step-heading', focusable: true, className: 'question', inline: true },
          )}
        </legend>
        ${texts.hint ? html`<p class="hint" id=${hintId}>${texts.hint}</p>` : nothing}
        ${options.showError
          ? html`<p class="error" id=${errorId} part="error">
              <span class="visually-hidden">${msg('Fout:')}</span> ${msg('Kies een antwoord om verder te gaan.')}
            </p>`
          : nothing}
        <div class="options">
          ${question.options.map((option) => {
            const id = `${question.id}-${option}`;
            return html`<div class="option" part="option">
              <input
                type="radio"
                id=${id}
                name=${question.id}
                .value=${option}
                .checked=${selected === option}
                @change=${() => options.onAnswer(option)}
              />
              <label for=${id}>${optionLabel(question.id, option)}</label>
            </div>`;
          })}
        </div>
      </fieldset>
      <details class="why" part="why">
        <summary>${msg('Waarom vragen we dit?')}</summary>
        <p>${texts.why}</p>
      </details>`,
      )}
      <div class="actions">
        <button type="submit" class="primary" part="button button-primary">${msg('Volgende')}</button>
        ${options.canGoBack
          ? html`<button type="button" class="secondary" part="button button-secondary" @click=${options.onBack}>
              ${msg('Vorige')}
            </button>`
          : nothing}
      </div>
    </form>
  `;
}
