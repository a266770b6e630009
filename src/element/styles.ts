import { css } from 'lit';

/**
 * The widget's styles. Sizes are in px and em, never rem, so a host page's root font
 * size cannot shrink the widget. Every inherited property the layout depends on is
 * set on the widget's root element, so a host's typography and resets cannot leak in.
 *
 * The layout follows the widget's own width (a container query on `.root`), not the
 * window's width, so a narrow sidebar gets the phone layout on a wide screen too.
 */
export const styles = css`
  :host {
    --_primary: var(--keuzehulp-color-primary, #0b5394);
    --_primary-text: var(--keuzehulp-color-primary-text, #ffffff);
    --_text: var(--keuzehulp-color-text, #1d1d1b);
    --_muted: var(--keuzehulp-color-muted, #4a4a48);
    --_background: var(--keuzehulp-color-background, #ffffff);
    --_surface: var(--keuzehulp-color-surface, #f3f5f7);
    --_border: var(--keuzehulp-color-border, #6b7280);
    --_focus: var(--keuzehulp-color-focus, #b3470f);
    --_positive: var(--keuzehulp-color-positive, #17663a);
    --_caution: var(--keuzehulp-color-caution, #8a4b00);
    --_negative: var(--keuzehulp-color-negative, #b00020);
    --_radius: var(--keuzehulp-radius, 6px);
    --_space: var(--keuzehulp-spacing, 16px);
    /* Dividers and card edges: decoration, lighter than the borders of controls. */
    --_divider: color-mix(in srgb, var(--_border) 40%, var(--_background));

    display: block;
    box-sizing: border-box;
    max-width: var(--keuzehulp-max-width, 960px);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* Text settings live on the root, not on :host: a host page's own rules beat :host,
     so a reset such as "* { all: unset }" would otherwise undo them. */
  .root {
    min-width: 0;
    container: keuzehulp / inline-size;
    background: var(--_background);
    color: var(--_text);
    font-family: var(--keuzehulp-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--keuzehulp-font-size, 16px);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    overflow-wrap: break-word;
    /* Long Dutch compounds break with a hyphen where the browser has a dictionary. */
    hyphens: auto;
  }

  /* Headings */

  [role='heading'] {
    margin: 0 0 0.5em;
    font-weight: 700;
    line-height: 1.25;
  }

  .title {
    font-size: 1.5em;
    padding-bottom: 0.5em;
    margin-bottom: 0.75em;
    border-bottom: 1px solid var(--_divider);
  }

  .question,
  .advice > [role='heading'],
  .step > [role='heading'] {
    font-size: 1.3em;
  }

  .advice > section > [role='heading'] {
    font-size: 1.15em;
    margin-top: 1.75em;
  }

  .tool-name {
    font-size: 1.1em;
    margin: 0;
  }

  /* A step heading gets focus on every step change. Keyboard users see the outline, mouse users do not. */
  [role='heading']:focus {
    outline: none;
  }

  [role='heading']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
  }

  /* Text */

  p,
  ul,
  dl {
    margin: 0 0 1em;
  }

  ul {
    padding-inline-start: 1.5em;
  }

  li + li {
    margin-top: 0.25em;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .progress,
  .hint,
  .checked-date,
  .disclaimer {
    color: var(--_muted);
  }

  /* The progress line sits inside the question heading, so it is read with it. */
  .progress {
    display: block;
    margin-bottom: 0.25em;
    font-size: var(--keuzehulp-font-size, 16px);
    font-weight: 400;
  }

  .question {
    display: block;
  }

  .question-text {
    display: block;
  }

  .subheading {
    margin: 1em 0 0.25em;
    font-weight: 700;
  }

  .disclaimer {
    margin-top: 2em;
    padding-top: 1em;
    border-top: 1px solid var(--_divider);
  }

  a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }

  /* A link alone on its line is a target of its own: at least 24 px high (WCAG 2.5.8). */
  li > a:only-child {
    display: inline-block;
    min-height: 24px;
  }

  /* Questions */

  fieldset {
    margin: 0 0 1em;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  legend {
    padding: 0;
    max-width: 100%;
  }

  fieldset.has-error {
    border-inline-start: 5px solid var(--_negative);
    padding-inline-start: 0.75em;
  }

  .error {
    color: var(--_negative);
    font-weight: 700;
  }

  .options {
    display: grid;
    gap: 0.25em;
  }

  .option {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-height: 44px;
  }

  .option input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_primary);
    cursor: pointer;
  }

  .option label {
    flex: 1;
    min-width: 0;
    padding: 0.5em 0;
    cursor: pointer;
  }

  input:focus-visible,
  button:focus-visible,
  a:focus-visible,
  summary:focus-visible,
  .table-scroll:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  details {
    margin: 0 0 1em;
  }

  summary {
    cursor: pointer;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    min-height: 24px;
  }

  details[open] > summary {
    margin-bottom: 0.5em;
  }

  .why p {
    padding: 0.75em 1em;
    border-inline-start: 5px solid var(--_divider);
  }

  /* Buttons */

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: 1.5em;
  }

  button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    max-width: 100%;
    /* Long labels wrap inside the button at large text sizes and in narrow columns. */
    white-space: normal;
    overflow-wrap: anywhere;
    text-align: center;
    padding: 0.5em 1.25em;
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    cursor: pointer;
    text-transform: none;
    letter-spacing: normal;
    transition:
      background-color 0.15s ease-out,
      color 0.15s ease-out;
  }

  button.primary {
    background: var(--_primary);
    color: var(--_primary-text);
    font-weight: 700;
  }

  button.primary:hover {
    background: color-mix(in srgb, var(--_primary) 80%, #000000);
  }

  button.secondary {
    background: var(--_background);
    color: var(--_primary);
  }

  button.secondary:hover {
    background: color-mix(in srgb, var(--_primary) 8%, var(--_background));
  }

  .link-button {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .link-button:hover {
    background: none;
    text-decoration-thickness: 2px;
  }

  /* Notices */

  .notice,
  .cautions {
    padding: 0.75em 1em;
    border-inline-start: 5px solid var(--_primary);
    border-radius: 0 var(--_radius) var(--_radius) 0;
    background: var(--_surface);
  }

  .notice > :last-child {
    margin-bottom: 0;
  }

  .notice--no-fit,
  .notice--stale,
  .cautions {
    border-inline-start-color: var(--_caution);
  }

  .cautions {
    padding-inline-start: 2.25em;
  }

  /* The review */

  .answers {
    display: grid;
    gap: 0;
    border-top: 1px solid var(--_divider);
  }

  .answer-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) auto;
    gap: 0.25em 1em;
    padding: 0.625em 0;
    border-bottom: 1px solid var(--_divider);
  }

  .answer-row dt {
    font-weight: 700;
  }

  .answer-row dd {
    margin: 0;
  }

  /* The tools */

  .tool-list {
    list-style: none;
    padding: 0;
    display: grid;
    /* minmax(0, …): a long word may not widen the column past the widget. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }

  .tool-list > li + li {
    margin-top: 0;
  }

  .tool-card {
    padding: var(--_space) calc(var(--_space) * 1.25);
    border: 1px solid var(--_divider);
    border-inline-start: 6px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }

  .tool-card--recommended {
    border-inline-start-color: var(--_positive);
  }

  .tool-card--possible {
    border-inline-start-color: var(--_caution);
  }

  .tool-card--not-suitable,
  .tool-card--discontinued {
    border-inline-start-color: var(--_negative);
  }

  .tool-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.375em 1em;
    margin-bottom: 0.5em;
  }

  .tool-header > * {
    min-width: 0;
  }

  .summary {
    color: var(--_muted);
  }

  .verdict {
    display: inline-block;
    padding: 0.125em 0.625em;
    border: 1px solid currentColor;
    border-radius: 1em;
    font-weight: 700;
    font-size: 0.875em;
    line-height: 1.4;
  }

  .verdict--recommended {
    color: var(--_positive);
    background: color-mix(in srgb, var(--_positive) 10%, var(--_background));
  }

  .verdict--possible {
    color: var(--_caution);
    background: color-mix(in srgb, var(--_caution) 10%, var(--_background));
  }

  .verdict--not-suitable,
  .verdict--discontinued {
    color: var(--_negative);
    background: color-mix(in srgb, var(--_negative) 8%, var(--_background));
  }

  .reasons {
    list-style: none;
    padding: 0;
  }

  .reason {
    display: flex;
    gap: 0.5em;
  }

  .reason > :last-child {
    min-width: 0;
  }

  .reason-icon {
    flex: none;
    width: 1.5em;
    text-align: center;
    font-weight: 700;
  }

  .reason--positive .reason-icon {
    color: var(--_positive);
  }

  .reason--caution .reason-icon {
    color: var(--_caution);
  }

  .reason--negative .reason-icon {
    color: var(--_negative);
  }

  .points-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr));
    gap: 0 1.5em;
  }

  .points .subheading {
    margin-top: 0.5em;
  }

  .tool-footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: baseline;
    margin-bottom: 0;
  }

  .tool-footer > * {
    min-width: 0;
  }

  .tool-card > .notice {
    margin: 0.75em 0 0;
  }

  /* Tables */

  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9em;
  }

  th,
  td {
    padding: 0.5em 0.625em;
    border: 1px solid var(--_divider);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    background: var(--_surface);
    border-bottom: 2px solid var(--_border);
  }

  .facts {
    table-layout: fixed;
  }

  .facts thead th:nth-child(1) {
    width: 27%;
  }

  .facts thead th:nth-child(2) {
    width: 28%;
  }

  .sources {
    list-style: none;
    padding: 0;
    margin: 0;
  }

  .sources li + li {
    margin-top: 0.5em;
  }

  .table-scroll {
    overflow-x: auto;
    max-width: 100%;
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
  }

  .comparison table {
    min-width: 720px;
    border-collapse: separate;
    border-spacing: 0;
  }

  .comparison th,
  .comparison td {
    border: 0;
    border-bottom: 1px solid var(--_divider);
    border-inline-end: 1px solid var(--_divider);
    background: var(--_background);
  }

  .comparison thead th {
    background: var(--_surface);
    border-bottom: 2px solid var(--_border);
  }

  .comparison tbody tr:last-child > * {
    border-bottom: 0;
  }

  .comparison tr > :last-child {
    border-inline-end: 0;
  }

  .comparison tr > :first-child {
    border-inline-end: 2px solid var(--_border);
  }

  /* In the table the verdict is coloured text, so the column stays narrow. */
  .comparison .verdict {
    padding: 0;
    border: 0;
    background: none;
    font-size: 1em;
  }

  /* The checklist: an empty box before each item, to tick on paper. */
  .checks {
    list-style: none;
    padding: 0;
  }

  /* A grid, not flex: the text is an anonymous item, and minmax(0, …) lets it wrap. */
  .checks li {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.75em;
  }

  .checks li + li {
    margin-top: 0.5em;
  }

  .checks li::before {
    content: '';
    width: 1.1em;
    height: 1.1em;
    margin-top: 0.2em;
    border: 2px solid var(--_border);
    border-radius: 3px;
  }

  /* A narrow widget: a phone, or a sidebar. */
  @container keuzehulp (max-width: 599px) {
    .title {
      font-size: 1.3em;
    }

    .question,
    .advice > [role='heading'],
    .step > [role='heading'] {
      font-size: 1.2em;
    }

    .actions {
      flex-direction: column;
    }

    .tool-card {
      padding: calc(var(--_space) * 0.75);
    }

    .facts,
    .facts tbody,
    .facts tr,
    .facts th,
    .facts td {
      display: block;
      width: 100%;
    }

    .facts thead {
      display: none;
    }

    .facts tr {
      border-bottom: 1px solid var(--_divider);
      padding: 0.375em 0;
    }

    .facts th,
    .facts td {
      border: 0;
      padding: 0.125em 0;
    }

    .answer-row {
      grid-template-columns: minmax(0, 1fr) auto;
    }

    .answer-row dd:not(.change) {
      grid-column: 1;
    }

    /* Columns wide enough that a row stays a few lines high. The region scrolls instead. */
    .comparison table {
      width: max-content;
    }

    .comparison th,
    .comparison td {
      width: 10em;
    }

    .comparison tr > :first-child {
      width: 7.5em;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    .verdict,
    .tool-card,
    .notice,
    .cautions,
    button {
      border-color: CanvasText;
    }

    button.primary {
      background: ButtonText;
      color: ButtonFace;
      forced-color-adjust: none;
    }

    [role='heading']:focus-visible,
    input:focus-visible,
    button:focus-visible,
    a:focus-visible,
    summary:focus-visible,
    .table-scroll:focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    :host {
      border: 0;
      padding: 0;
      max-width: none;
    }

    .root {
      font-size: 11pt;
      color: #000000;
    }

    .actions,
    .change,
    .why {
      display: none !important;
    }

    /* A card is often longer than a page, so only its header stays with its first lines. */
    .tool-header,
    .checklist {
      break-inside: avoid;
    }

    .tool-header {
      break-after: avoid;
    }

    /* Ten columns do not fit a page: each tool becomes a block of "column: value" lines. */
    .comparison table,
    .comparison tbody,
    .comparison tr,
    .comparison th,
    .comparison td,
    .comparison tr > :first-child {
      display: block;
      width: auto;
      min-width: 0;
      border: 0;
    }

    .comparison thead {
      display: none;
    }

    .comparison tr {
      padding: 0.5em 0;
      border-bottom: 1px solid #000000;
      break-inside: avoid;
    }

    .comparison tr > :first-child {
      border: 0;
    }

    .comparison th,
    .comparison td {
      padding: 0;
    }

    .comparison td::before {
      content: attr(data-label) ': ';
      font-weight: 700;
    }


    .table-scroll {
      overflow: visible;
      border: 0;
    }

    a[href^='http']::after {
      content: ' (' attr(href) ')';
      word-break: break-all;
    }
  }
`;
