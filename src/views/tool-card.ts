import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { isStale } from '../catalogue/index.js';
import { FACT_FIELDS, type FactField, type Tool } from '../catalogue/types.js';
import type { Reason, ToolAdvice } from '../decision/index.js';
import { activeLocale } from '../i18n/locale.js';
import { externalLink, heading } from './common.js';
import { formatDate } from './format.js';
import { conditionText, reasonText, verdictLabel } from './texts-advice.js';
import { fieldLabel, fieldValue } from './texts-facts.js';


function effectLabel(effect: Reason['effect']): string {
  switch (effect) {
    case 'positive':
      return msg('Pluspunt:');
    case 'caution':
      return msg('Let op:');
    case 'negative':
      return msg('Minpunt:');
  }
}

const EFFECT_ICONS: Record<Reason['effect'], string> = { positive: '+', caution: '!', negative: '×' };

function renderReasons(reasons: Reason[]): TemplateResult {
  return html`<ul class="reasons">
    ${reasons.map(
      (reason) => html`<li class="reason reason--${reason.effect}">
        <span class="reason-icon" aria-hidden="true">${EFFECT_ICONS[reason.effect]}</span>
        <span><span class="visually-hidden">${effectLabel(reason.effect)} </span>${reasonText(reason)}</span>
      </li>`,
    )}
  </ul>`;
}

/** Renders the sources of one field, each as a link with the date it was checked. */
function renderSources(tool: Tool, field: FactField): TemplateResult | string {
  const locale = activeLocale();
  const facts = tool.facts.filter((fact) => fact.about.includes(field));
  if (facts.length === 0) {
    if (tool.addedByHost) return msg('Opgegeven door je organisatie');
    // The verdict on suitability is this aid's own judgement when no source states it.
    if (field === 'suitability') return msg('Beoordeling van deze keuzehulp, op basis van de feiten hierboven');
    return '';
  }
  return html`<ul class="sources">
    ${facts.map((fact) => {
      const checked = formatDate(fact.checked);
      return html`<li>
        ${fact.note ? html`<span class="fact-note">${fact.note[locale]}</span> ` : nothing}
        ${externalLink(fact.source.url, html`<span lang=${fact.source.lang ?? nothing}>${fact.source.title}</span>`, 'source-link')}
        <span class="checked-date">(${msg(str`gecontroleerd op ${checked}`)})</span>
      </li>`;
    })}
  </ul>`;
}

function renderFacts(tool: Tool): TemplateResult {
  return html`<table class="facts" part="facts">
    <caption class="visually-hidden">${msg(str`Feiten over ${tool.name}`)}</caption>
    <thead>
      <tr>
        <th scope="col">${msg('Onderwerp')}</th>
        <th scope="col">${msg('Wat we weten')}</th>
        <th scope="col">${msg('Bron')}</th>
      </tr>
    </thead>
    <tbody>
      ${FACT_FIELDS.map(
        (field) => html`<tr>
          <th scope="row">${fieldLabel(field)}</th>
          <td>${fieldValue(tool, field)}</td>
          <td>${renderSources(tool, field)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function renderPoints(title: string, points: Tool['texts']['strengths']): TemplateResult | typeof nothing {
  if (points.length === 0) return nothing;
  const locale = activeLocale();
  return html`<div class="points">
    <p class="subheading">${title}</p>
    <ul>
      ${points.map((point) => html`<li>${point[locale]}</li>`)}
    </ul>
  </div>`;
}

/**
 * Renders one tool with its verdict, the reasons for this situation, conditions, facts
 * and sources. A tool that is out shows only the reasons that rule it out, so the long
 * list of excluded tools stays short.
 */
export function renderToolCard(advice: ToolAdvice, headingLevel: number, today: Date): TemplateResult {
  const { tool, verdict } = advice;
  const locale = activeLocale();
  const checked = formatDate(tool.checked);
  const summary = tool.texts.summary[locale];
  const excluded = verdict === 'not-suitable' || verdict === 'discontinued';
  const reasons = excluded ? advice.reasons.filter((reason) => reason.effect === 'negative') : advice.reasons;
  return html`<article class="tool-card tool-card--${verdict}" part="tool-card" data-tool=${tool.id} aria-labelledby="tool-${tool.id}">
    <div class="tool-header">
      ${heading(headingLevel, tool.name, { id: `tool-${tool.id}`, className: 'tool-name' })}
      <span class="verdict verdict--${verdict}" part="verdict">${verdictLabel(verdict)}</span>
    </div>
    ${tool.addedByHost ? html`<p class="added-by-host">${msg('Toegevoegd door je organisatie.')}</p>` : nothing}
    ${summary ? html`<p class="summary">${summary}</p>` : nothing}
    <p class="subheading">${excluded ? msg('Waarom niet, in jouw situatie') : msg('Waarom, in jouw situatie')}</p>
    ${renderReasons(reasons)}
    ${!excluded && advice.conditions.length > 0
      ? html`<p class="subheading">${msg('Voorwaarden')}</p>
          <ul class="conditions">
            ${advice.conditions.map((code) => html`<li>${conditionText(code)}</li>`)}
          </ul>`
      : nothing}
    ${excluded
      ? nothing
      : html`<div class="points-grid">
          ${renderPoints(msg('Sterke punten'), tool.texts.strengths)} ${renderPoints(msg('Zwakke punten'), tool.texts.drawbacks)}
        </div>`}
    <details class="facts-details">
      <summary>${msg(str`Feiten en bronnen over ${tool.name}`)}</summary>
      ${renderFacts(tool)}
    </details>
    <p class="tool-footer">
      ${externalLink(tool.url, msg(str`Website van ${tool.name}`), 'vendor-link')}
      <span class="checked-date">${msg(str`Gecontroleerd op ${checked}`)}</span>
    </p>
    ${isStale(tool, today)
      ? html`<p class="notice notice--stale" part="notice">
          ${msg('Deze gegevens zijn meer dan een jaar niet nagekeken. Controleer ze voor je een keuze maakt.')}
        </p>`
      : nothing}
  </article>`;
}
