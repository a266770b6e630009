import { css } from 'lit';

/**
 * The widget's styles. Sizes are in px and em, never rem, so a host page's root font
 * size cannot shrink the widget; every inherited property the layout depends on is
 * set on the widget's root element, so a host's typography and resets cannot leak in.
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
  }

  [role='heading'] {
    margin: 0 0 0.5em;
    font-weight: 700;
    line-height: 1.25;
  }

  .title {
    font-size: 1.5em;
  }

  .question,
  .advice > [role='heading'],
  .step > [role='heading'] {
    font-size: 1.375em;
  }

  .verdict-group > [role='heading'],
  section > [role='heading'] {
    font-size: 1.2em;
    margin-top: 1.5em;
  }

  .tool-name {
    font-size: 1.1em;
    margin: 0;
  }

  p,
  ul,
  dl {
    margin: 0 0 1em;
  }

  [role='heading']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
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

  .progress {
    margin-bottom: 0.5em;
  }

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
    gap: 0.5em;
  }

  .option {
    position: relative;
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
  }

  .option label {
    flex: 1;
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
    min-height: 24px;
  }

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
    padding: 0.5em 1.25em;
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    cursor: pointer;
    text-transform: none;
    letter-spacing: normal;
  }

  button.primary {
    background: var(--_primary);
    color: var(--_primary-text);
  }

  button.secondary {
    background: var(--_background);
    color: var(--_primary);
  }

  .link-button {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
  }

  a {
    color: var(--_primary);
  }

  .notice {
    padding: 0.75em 1em;
    border-inline-start: 5px solid var(--_primary);
    background: var(--_surface);
  }

  .notice--no-fit,
  .notice--stale {
    border-color: var(--_caution);
  }

  .cautions {
    padding: 0.75em 1em 0.75em 2em;
    background: var(--_surface);
    border-radius: var(--_radius);
  }

  .answers {
    display: grid;
    gap: 0;
    border-top: 1px solid var(--_border);
  }

  .answer-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) auto;
    gap: 0.5em 1em;
    padding: 0.5em 0;
    border-bottom: 1px solid var(--_border);
  }

  .answer-row dt {
    font-weight: 700;
  }

  .answer-row dd {
    margin: 0;
  }

  .tool-list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }

  .tool-card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
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
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5em;
    margin-bottom: 0.5em;
  }

  .verdict {
    display: inline-block;
    padding: 0.125em 0.5em;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    font-weight: 700;
    font-size: 0.9em;
  }

  .verdict--recommended {
    color: var(--_positive);
  }

  .verdict--possible {
    color: var(--_caution);
  }

  .verdict--not-suitable,
  .verdict--discontinued {
    color: var(--_negative);
  }

  .subheading {
    margin: 0.75em 0 0.25em;
    font-weight: 700;
  }

  .reasons {
    list-style: none;
    padding: 0;
  }

  .reason {
    display: flex;
    gap: 0.5em;
    margin-bottom: 0.25em;
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

  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9em;
  }

  th,
  td {
    padding: 0.5em;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    background: var(--_surface);
  }

  .table-scroll {
    overflow-x: auto;
    max-width: 100%;
  }

  .comparison table {
    min-width: 720px;
  }

  .sources {
    list-style: none;
    padding: 0;
    margin: 0;
  }

  .sources li + li {
    margin-top: 0.5em;
  }

  .tool-footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: baseline;
    margin-bottom: 0;
  }

  .facts {
    table-layout: fixed;
  }

  @media (max-width: 600px) {
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
      border-bottom: 1px solid var(--_border);
      padding: 0.25em 0;
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
    button {
      border-color: CanvasText;
    }

    button.primary {
      background: ButtonText;
      color: ButtonFace;
      forced-color-adjust: none;
    }

    [role='heading']:focus,
    input:focus-visible,
    button:focus-visible,
    a:focus-visible,
    summary:focus-visible {
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

    .tool-card,
    .comparison,
    .checklist {
      break-inside: avoid;
    }

    .comparison table {
      min-width: 0;
    }

    .table-scroll {
      overflow: visible;
    }

    a[href^='http']::after {
      content: ' (' attr(href) ')';
      word-break: break-all;
    }
  }
`;
