import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Advice, Answers, ToolAdvice, Verdict } from '../decision/index.js';
import { externalLink, heading } from './common.js';
import { renderComparison } from './comparison.js';
import { formatDate } from './format.js';
import { renderAnswerList } from './review.js';
import {
  cautionText,
  checklistText,
  nextStepText,
  routeText,
  verdictGroupHeading,
} from './texts-advice.js';
import { renderToolCard } from './tool-card.js';

export interface Contact {
  email?: string;
  url?: string;
}

export interface AdviceOptions {
  advice: Advice;
  answers: Answers;
  headingLevel: number;
  catalogueDate: string;
  contact: Contact;
  today: Date;
  onPrint: () => void;
  onRestart: () => void;
  onBack: () => void;
}

const VERDICTS: readonly Verdict[] = ['recommended', 'possible', 'not-suitable', 'discontinued'];

/**
 * Public websites with more help. The host page adds its own contact.
 * NOTE: the SIMBA address is the one the 2020 decision aid gave. No current copy of
 * that page could be opened to confirm it still exists.
 */
const HELP_LINKS = [
  { url: 'https://www.elearning-onlinehulp.be/simba', label: () => msg('SIMBA: e-learning over beeldbellen in de hulpverlening') },
  { url: 'https://www.onlinehulp-vlaanderen.be', label: () => msg('Onlinehulp Vlaanderen') },
] as const;

function renderGroup(verdict: Verdict, tools: ToolAdvice[], level: number, today: Date): TemplateResult | typeof nothing {
  if (tools.length === 0) return nothing;
  const count = tools.length;
  return html`<section class="verdict-group verdict-group--${verdict}">
    ${heading(level, html`${verdictGroupHeading(verdict)} <span class="count">(${count})</span>`, { id: `group-${verdict}` })}
    <ul class="tool-list" role="list">
      ${tools.map((advice) => html`<li>${renderToolCard(advice, level + 1, today)}</li>`)}
    </ul>
  </section>`;
}

function renderContact(contact: Contact): TemplateResult | typeof nothing {
  if (!contact.email && !contact.url) return nothing;
  return html`<p class="contact" part="contact">
    ${msg('Vragen over beeldbellen in je organisatie?')}
    ${contact.email
      ? html`<a href="mailto:${contact.email}" part="link">${msg(str`Mail naar ${contact.email}`)}</a>`
      : nothing}
    ${contact.email && contact.url ? html`<span> ${msg('of')} </span>` : nothing}
    ${contact.url ? externalLink(contact.url, msg('Neem contact op')) : nothing}
  </p>`;
}

/**
 * Renders the whole advice: route, cautions, tools by verdict, comparison, checklist and
 * help. Its sections have no accessible name, so they add no landmarks to the host page.
 */
export function renderAdvice(options: AdviceOptions): TemplateResult {
  const { advice, headingLevel } = options;
  const level = headingLevel + 1;
  const shortlist = advice.tools.filter((item) => item.verdict === 'recommended' || item.verdict === 'possible');
  const catalogueDate = formatDate(options.catalogueDate);
  return html`<div class="advice" part="advice">
    ${heading(level, msg('Jouw advies'), { id: 'step-heading', focusable: true })}
    <p class="route" part="route">${routeText(advice.routeReason)}</p>
    <ul class="cautions" part="cautions">
      ${advice.cautions.map((code) => html`<li>${cautionText(code)}</li>`)}
    </ul>
    ${advice.noFit
      ? html`<div class="notice notice--no-fit" part="notice">
          <p><strong>${msg('Geen enkele tool past bij al je antwoorden.')}</strong></p>
        </div>`
      : nothing}
    <section class="next-steps">
      ${heading(level + 1, msg('Wat nu?'), { id: 'next-steps-heading' })}
      <ul>
        ${advice.nextSteps.map((code) => html`<li>${nextStepText(code)}</li>`)}
      </ul>
    </section>
    ${VERDICTS.map((verdict) =>
      renderGroup(verdict, advice.tools.filter((item) => item.verdict === verdict), level + 1, options.today),
    )}
    ${renderComparison(shortlist, level + 1)}
    <section class="checklist" part="checklist">
      ${heading(level + 1, msg('Checklist: dit regel je'), { id: 'checklist-heading' })}
      <ul class="checks" role="list">
        ${advice.checklist.map((item) => html`<li>${checklistText(item.code)}</li>`)}
      </ul>
    </section>
    <section class="background">
      ${heading(level + 1, msg('Wat betekent GDPR-conform?'), { id: 'background-heading' })}
      <p>
        ${msg(
          'De GDPR (in het Nederlands ook AVG) beschermt persoonsgegevens: alle gegevens over iemand die je kunt herkennen, rechtstreeks of door gegevens te combineren. Gezondheid en gegevens uit een dossier horen daar zeker bij.',
        )}
      </p>
      <p>
        ${msg(
          'Een tool gebruik je GDPR-conform als het gesprek privé blijft en het duidelijk is wat er met de gegevens gebeurt. Veel sociale media vallen af, omdat dat niet duidelijk is.',
        )}
      </p>
    </section>
    <section class="help">
      ${heading(level + 1, msg('Meer hulp'), { id: 'help-heading' })}
      <ul>
        ${HELP_LINKS.map((link) => html`<li>${externalLink(link.url, link.label())}</li>`)}
      </ul>
      ${renderContact(options.contact)}
    </section>
    <section class="your-answers">
      ${heading(level + 1, msg('Jouw antwoorden'), { id: 'answers-heading' })}
      ${renderAnswerList(options.answers)}
    </section>
    <p class="disclaimer" part="disclaimer">
      ${msg(str`Deze keuzehulp helpt je kiezen, maar is geen juridisch advies. De gegevens over de tools zijn nagekeken tot ${catalogueDate}.`)}
    </p>
    <div class="actions">
      <button type="button" class="primary" part="button button-primary" @click=${options.onPrint}>
        ${msg('Advies afdrukken of bewaren als pdf')}
      </button>
      <button type="button" class="secondary" part="button button-secondary" @click=${options.onBack}>
        ${msg('Antwoorden aanpassen')}
      </button>
      <button type="button" class="secondary" part="button button-secondary" @click=${options.onRestart}>
        ${msg('Opnieuw beginnen')}
      </button>
    </div>
  </div>`;
}
