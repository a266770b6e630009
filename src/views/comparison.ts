import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Tool } from '../catalogue/types.js';
import type { ToolAdvice } from '../decision/index.js';
import { heading } from './common.js';
import { verdictLabel } from './texts-advice.js';
import { clientJoinText, dataLocationText, e2eeText, fieldValue, pricingText } from './texts-facts.js';

interface Column {
  label: () => string;
  value: (tool: Tool) => string;
}

const COLUMNS: readonly Column[] = [
  { label: () => msg('Kostprijs'), value: pricingText },
  { label: () => msg('Wat je cliënt nodig heeft'), value: clientJoinText },
  { label: () => msg('Eind-tot-eindversleuteling'), value: e2eeText },
  { label: () => msg('Waar de gegevens verwerkt worden'), value: dataLocationText },
  { label: () => msg('Verwerkersovereenkomst'), value: (tool) => fieldValue(tool, 'dpa') },
  { label: () => msg('Maximaal aantal deelnemers'), value: (tool) => fieldValue(tool, 'maxParticipants') },
  { label: () => msg('Open source'), value: (tool) => fieldValue(tool, 'openSource') },
  { label: () => msg('Zelf te hosten'), value: (tool) => fieldValue(tool, 'selfHostable') },
];

/**
 * Renders the shortlisted tools side by side, one row per tool, in a region that scrolls
 * on a phone. On paper each row is printed as a block, every value after its column's
 * name (`data-label`), since ten columns do not fit a page.
 */
export function renderComparison(shortlist: ToolAdvice[], headingLevel: number): TemplateResult | typeof nothing {
  if (shortlist.length === 0) return nothing;
  // The scroll region is the landmark, named by the heading; the section is not, so the
  // page gets no two landmarks with the same name.
  return html`<section class="comparison" part="comparison">
    ${heading(headingLevel, msg('Vergelijking van de tools die passen'), { id: 'comparison-heading' })}
    <div class="table-scroll" role="region" aria-labelledby="comparison-heading" tabindex="0">
      <table>
        <thead>
          <tr>
            <th scope="col">${msg('Tool')}</th>
            <th scope="col">${msg('Advies')}</th>
            ${COLUMNS.map((column) => html`<th scope="col">${column.label()}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${shortlist.map(
            (advice) => html`<tr>
              <th scope="row">${advice.tool.name}</th>
              <td data-label=${msg('Advies')}>
                <span class="verdict verdict--${advice.verdict}" part="verdict">${verdictLabel(advice.verdict)}</span>
              </td>
              ${COLUMNS.map((column) => html`<td data-label=${column.label()}>${column.value(advice.tool)}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}
