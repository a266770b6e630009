import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { msg } from '@lit/localize';
import { safeUrl } from '../catalogue/validate.js';

/** The highest heading level the widget may use; deeper headings stop at 6. */
const MAX_LEVEL = 6;

/**
 * Renders a heading at `level` (clamped to 6). Headings that receive focus on a step
 * change get `focusable`, so a script can focus them but Tab skips them.
 */
export function heading(
  level: number,
  content: unknown,
  options: { id?: string; focusable?: boolean; part?: string; className?: string; inline?: boolean } = {},
): TemplateResult {
  // A <legend> takes only phrasing content, so a heading inside it is a span.
  const tag = options.inline ? literal`span` : literal`div`;
  return staticHtml`<${tag}
    role="heading"
    aria-level=${Math.min(level, MAX_LEVEL)}
    id=${options.id ?? nothing}
    class=${options.className ?? nothing}
    part=${options.part ?? nothing}
    tabindex=${options.focusable ? '-1' : nothing}
    >${content}</${tag}
  >`;
}

/**
 * Renders a link that leaves the page: a new tab, no referrer, and it says so. A URL
 * that is not http or https is rendered as plain text, never as a link.
 */
export function externalLink(url: string, content: unknown, part = 'link'): TemplateResult {
  const href = safeUrl(url);
  if (!href) return html`<span>${content}</span>`;
  return html`<a href=${href} target="_blank" rel="noopener noreferrer" part=${part}
    >${content}<span class="visually-hidden"> ${msg('(opent in een nieuw tabblad)')}</span></a
  >`;
}
