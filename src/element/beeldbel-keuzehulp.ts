import { html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { catalogueDate, type HostCatalogue } from '../catalogue/index.js';
import type { Locale, Tool } from '../catalogue/types.js';
import {
  advise,
  applicableQuestions,
  type Advice,
  type AnswerId,
  type Answers,
  type QuestionId,
} from '../decision/index.js';
import { activeLocale, setLocale, supportedLocales } from '../i18n/locale.js';
import { DEFAULT_LOCALE, resolveLanguage } from '../i18n/resolve-language.js';
import { renderAdvice } from '../views/advice.js';
import { heading } from '../views/common.js';
import { renderQuestionStep } from '../views/question-step.js';
import { renderReview } from '../views/review.js';
import { parseContactEmail, parseContactUrl, parseHeadingLevel } from './attributes.js';
import { buildCatalogue, readCatalogueScript } from './host-catalogue.js';
import { styles } from './styles.js';
import { warnOnce } from './warnings.js';

type Step = { kind: 'question'; id: QuestionId } | { kind: 'review' } | { kind: 'advice' };

/** What the status region says; its text is picked at render time, in the active language. */
type Status = '' | 'missing-answer' | 'advice-ready' | 'restarted';

export interface AnswerEventDetail {
  questionId: QuestionId;
  answerId: AnswerId;
}

export interface AdviceEventDetail {
  route: Advice['route'];
  recommended: string[];
  possible: string[];
}

/**
 * A decision aid that helps social and care workers choose a privacy-safe (GDPR) video
 * calling tool. It asks a few plain questions, then shows the tools that fit, why, under
 * which conditions and what to arrange. Every fact has a source and a check date.
 *
 * @tagname beeldbel-keuzehulp
 * @summary Decision aid for choosing a privacy-safe video calling tool.
 *
 * @fires keuzehulp-answer - An answer was chosen. Detail: `{ questionId, answerId }`.
 * @fires keuzehulp-advice - The advice is shown. Detail: `{ route, recommended, possible }` with tool ids.
 *
 * @csspart base - The widget's root.
 * @csspart title - The widget's title.
 * @csspart step - A question step or the review.
 * @csspart review - The review of the answers (also a `step`).
 * @csspart progress - The "Vraag 2 van 5" line.
 * @csspart option - One answer option.
 * @csspart why - The "why we ask" disclosure.
 * @csspart error - The message when no answer is chosen.
 * @csspart notice - A notice box.
 * @csspart answers - The list of answers.
 * @csspart change-button - The button that changes one answer.
 * @csspart button - Every button.
 * @csspart button-primary - The main button of a step.
 * @csspart button-secondary - The other buttons.
 * @csspart advice - The advice.
 * @csspart route - The route and why.
 * @csspart cautions - The cautions of the route.
 * @csspart tool-card - One tool.
 * @csspart verdict - A tool's verdict label.
 * @csspart facts - A tool's facts table.
 * @csspart source-link - A link to a fact's source.
 * @csspart vendor-link - A link to a tool's website.
 * @csspart link - Other links.
 * @csspart comparison - The comparison table.
 * @csspart checklist - The checklist.
 * @csspart contact - The host's contact line.
 * @csspart disclaimer - The line that this is guidance, not legal advice.
 *
 * @cssprop [--keuzehulp-color-primary=#0b5394] - Buttons, links and accents.
 * @cssprop [--keuzehulp-color-primary-text=#ffffff] - Text on the primary colour.
 * @cssprop [--keuzehulp-color-text=#1d1d1b] - Body text.
 * @cssprop [--keuzehulp-color-muted=#4a4a48] - Secondary text.
 * @cssprop [--keuzehulp-color-background=#ffffff] - Background.
 * @cssprop [--keuzehulp-color-surface=#f3f5f7] - Background of notices and table headers.
 * @cssprop [--keuzehulp-color-border=#6b7280] - Borders.
 * @cssprop [--keuzehulp-color-focus=#b3470f] - Focus outline.
 * @cssprop [--keuzehulp-color-positive=#17663a] - "Aangeraden" and positive reasons.
 * @cssprop [--keuzehulp-color-caution=#8a4b00] - "Kan, onder voorwaarden" and cautions.
 * @cssprop [--keuzehulp-color-negative=#b00020] - "Niet geschikt" and negative reasons.
 * @cssprop [--keuzehulp-font-family=system-ui] - Font.
 * @cssprop [--keuzehulp-font-size=16px] - Base text size; use px or em, not rem.
 * @cssprop [--keuzehulp-radius=6px] - Corner radius.
 * @cssprop [--keuzehulp-spacing=16px] - Base spacing.
 * @cssprop [--keuzehulp-max-width=960px] - Maximum width of the widget.
 */
export class BeeldbelKeuzehulp extends LitElement {
  static override styles = styles;

  /** Language: nl, en or fr (regional codes such as nl-BE map to their language). Default: the closest ancestor's `lang`, else nl. */
  @property({ attribute: 'lang' })
  override lang!: string;

  /** Level (1 to 6) of the widget's title, so it fits the host page's outline. Default 2. */
  @property({ attribute: 'heading-level' })
  headingLevel?: string;

  /** E-mail address of the organisation's contact for questions. */
  @property({ attribute: 'contact-email' })
  contactEmail?: string;

  /** URL of the organisation's contact page for questions. */
  @property({ attribute: 'contact-url' })
  contactUrl?: string;

  /**
   * Tools the host page adds (`add`) and ids of tools it hides (`hide`). Assigning the
   * same object again, after changing it in place, applies the changes too.
   */
  @property({ attribute: false, hasChanged: () => true })
  hostCatalogue?: HostCatalogue;

  @state() private answers: Answers = {};

  @state() private step: Step = { kind: 'question', id: 'privacy' };

  @state() private showError = false;

  @state() private status: Status = '';

  @state() private scriptCatalogue?: HostCatalogue;

  /** After a change from the review, "Volgende" returns to the review once all questions are answered. */
  private returnToReview = false;

  private focusPending = false;

  /** The locale this element last requested. */
  private lastRequestedLocale?: Locale;

  private tools: Tool[] = [];

  private childObserver?: MutationObserver;

  private languageObserver?: MutationObserver;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // While detached the element missed language changes, and a move may have given it a
    // new ancestor language: resolve the language again.
    this.lastRequestedLocale = undefined;
    this.requestUpdate();
    this.scriptCatalogue = readCatalogueScript(this);
    // A CMS may add the JSON child after the element upgraded, or the parser may not
    // have reached it yet.
    this.childObserver = new MutationObserver(() => {
      this.scriptCatalogue = readCatalogueScript(this);
    });
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    // A host page may change its own language; the widget follows unless it has a lang of its own.
    this.languageObserver = new MutationObserver(() => this.requestUpdate());
    this.languageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    window.addEventListener('beforeprint', this.handleBeforePrint);
    window.addEventListener('afterprint', this.handleAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
    this.languageObserver?.disconnect();
    window.removeEventListener('beforeprint', this.handleBeforePrint);
    window.removeEventListener('afterprint', this.handleAfterPrint);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('hostCatalogue') || changed.has('scriptCatalogue') || this.tools.length === 0) {
      this.tools = buildCatalogue(this.scriptCatalogue, this.hostCatalogue);
    }
    // Every widget on the page shares the active language, so request a locale only when
    // this element's choice changes. Requesting it on every update made two widgets with
    // different languages switch each other back and forth forever, which froze the page.
    const requested = this.requestedLocale();
    if (requested !== this.lastRequestedLocale) {
      this.lastRequestedLocale = requested;
      void setLocale(requested);
    }
  }

  protected override updated(): void {
    if (!this.focusPending) return;
    this.focusPending = false;
    const target = this.showError
      ? this.renderRoot.querySelector<HTMLElement>('input[type="radio"]')
      : this.renderRoot.querySelector<HTMLElement>('#step-heading');
    target?.focus();
  }

  /** Returns the language asked for by the element's own lang, else an ancestor's, else Dutch. */
  private requestedLocale(): Locale {
    const own = this.getAttribute('lang') ?? this.lang;
    const fromAttribute = resolveLanguage(own, supportedLocales);
    if (own !== undefined && own !== null && own.trim() === '') {
      warnOnce(`lang "" is empty: use nl, en or fr. Using the page's language or ${DEFAULT_LOCALE}.`);
    }
    const resolved = fromAttribute ?? resolveLanguage(this.ancestorLanguage(), supportedLocales);
    if (!resolved) return DEFAULT_LOCALE;
    if (resolved.unsupported) {
      warnOnce(`lang "${resolved.unsupported}" is not supported: use nl, en or fr. Using ${DEFAULT_LOCALE}.`);
    }
    return resolved.locale;
  }

  /** Returns the lang of the closest ancestor that has one, across shadow roots. */
  private ancestorLanguage(): string | undefined {
    let node: Node | null = this.parentNode;
    while (node) {
      if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return undefined;
  }

  private goTo(step: Step): void {
    this.step = step;
    this.showError = false;
    this.focusPending = true;
  }

  private handleAnswer(questionId: QuestionId, answerId: AnswerId): void {
    this.answers = { ...this.answers, [questionId]: answerId };
    this.showError = false;
    this.status = '';
    this.dispatchEvent(
      new CustomEvent<AnswerEventDetail>('keuzehulp-answer', {
        detail: { questionId, answerId },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private handleNext(questionId: QuestionId): void {
    if (this.answers[questionId] === undefined) {
      this.showError = true;
      this.status = 'missing-answer';
      this.focusPending = true;
      return;
    }
    const questions = applicableQuestions(this.answers);
    const later = questions.slice(questions.findIndex((question) => question.id === questionId) + 1);
    const next = this.returnToReview
      ? later.find((question) => this.answers[question.id] === undefined)
      : later[0];
    this.status = '';
    this.goTo(next ? { kind: 'question', id: next.id } : { kind: 'review' });
  }

  private handleBack(): void {
    const questions = applicableQuestions(this.answers);
    if (this.step.kind === 'advice') {
      this.goTo({ kind: 'review' });
    } else if (this.step.kind === 'review') {
      this.goTo({ kind: 'question', id: questions[questions.length - 1].id });
    } else {
      const id = this.step.id;
      const index = questions.findIndex((question) => question.id === id);
      if (index > 0) this.goTo({ kind: 'question', id: questions[index - 1].id });
    }
    this.status = '';
  }

  private handleChange(questionId: QuestionId): void {
    this.returnToReview = true;
    this.status = '';
    this.goTo({ kind: 'question', id: questionId });
  }

  private handleConfirm(): void {
    this.returnToReview = false;
    const advice = advise(this.answers, this.tools);
    this.status = 'advice-ready';
    this.goTo({ kind: 'advice' });
    const idsWith = (verdict: string) =>
      advice.tools.filter((item) => item.verdict === verdict).map((item) => item.tool.id);
    this.dispatchEvent(
      new CustomEvent<AdviceEventDetail>('keuzehulp-advice', {
        detail: { route: advice.route, recommended: idsWith('recommended'), possible: idsWith('possible') },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private handleRestart(): void {
    this.answers = {};
    this.returnToReview = false;
    this.status = 'restarted';
    this.goTo({ kind: 'question', id: 'privacy' });
  }

  private handlePrint(): void {
    window.print();
  }

  /** Opens every disclosure while printing, so the facts and sources are on paper. */
  private handleBeforePrint = (): void => {
    for (const details of this.renderRoot.querySelectorAll('details:not([open])')) {
      details.setAttribute('open', '');
      details.setAttribute('data-print-opened', '');
    }
  };

  private handleAfterPrint = (): void => {
    for (const details of this.renderRoot.querySelectorAll('details[data-print-opened]')) {
      details.removeAttribute('open');
      details.removeAttribute('data-print-opened');
    }
  };

  private statusText(): string {
    switch (this.status) {
      case 'missing-answer':
        return msg('Kies een antwoord om verder te gaan.');
      case 'advice-ready':
        return msg('Je advies is klaar.');
      case 'restarted':
        return msg('Je antwoorden zijn gewist. Je begint opnieuw.');
      case '':
        return '';
    }
  }

  private renderStep(level: number) {
    const step = this.step;
    if (step.kind === 'review') {
      return renderReview({
        answers: this.answers,
        headingLevel: level,
        onChange: (id) => this.handleChange(id),
        onConfirm: () => this.handleConfirm(),
        onBack: () => this.handleBack(),
      });
    }
    if (step.kind === 'advice') {
      return renderAdvice({
        advice: advise(this.answers, this.tools),
        answers: this.answers,
        headingLevel: level,
        catalogueDate,
        contact: { email: parseContactEmail(this.contactEmail), url: parseContactUrl(this.contactUrl) },
        today: new Date(),
        onPrint: () => this.handlePrint(),
        onRestart: () => this.handleRestart(),
        onBack: () => this.handleBack(),
      });
    }
    // Progress counts the longer route until the first answer decides the route.
    const counted = this.answers.privacy === undefined ? { ...this.answers, privacy: 'yes' as const } : this.answers;
    const questions = applicableQuestions(counted);
    // A step whose question no longer applies falls back to the first question.
    const index = Math.max(0, questions.findIndex((question) => question.id === step.id));
    const question = questions[index];
    return renderQuestionStep({
      question,
      answers: this.answers,
      position: index + 1,
      total: questions.length,
      headingLevel: level,
      showError: this.showError,
      canGoBack: index > 0,
      onAnswer: (answer) => this.handleAnswer(question.id, answer),
      onNext: () => this.handleNext(question.id),
      onBack: () => this.handleBack(),
    });
  }

  override render() {
    const level = parseHeadingLevel(this.headingLevel);
    return html`<div class="root" part="base" lang=${activeLocale()}>
      ${heading(level, msg('Welke beeldbeltool is veilig voor jouw gesprek?'), { part: 'title', className: 'title' })}
      <div role="status" class="visually-hidden">${this.statusText()}</div>
      ${this.renderStep(level)}
    </div>`;
  }
}
