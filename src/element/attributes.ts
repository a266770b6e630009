/**
 * Parsing of the element's attributes. A missing attribute gives the default; an
 * invalid value gives the default and one console warning that names the attribute
 * and the value.
 */
import { safeUrl } from '../catalogue/validate.js';
import { warnOnce } from './warnings.js';

export const DEFAULT_HEADING_LEVEL = 2;

/**
 * A plain e-mail address. Spaces, quotes and angle brackets are rejected, and so are
 * "?", "#" and "%", because they would add headers to the mailto: link or change it.
 */
const EMAIL_PATTERN = /^[^\s@<>"'(),;:\\?#%]+@[^\s@<>"'(),;:\\?#%]+\.[^\s@<>"'(),;:\\?#%]+$/;

export function parseHeadingLevel(value: string | null | undefined): number {
  if (value === null || value === undefined) return DEFAULT_HEADING_LEVEL;
  if (/^\s*[1-6]\s*$/.test(value)) return Number(value.trim());
  warnOnce(`heading-level "${value}" is invalid: use a whole number from 1 to 6. Using ${DEFAULT_HEADING_LEVEL}.`);
  return DEFAULT_HEADING_LEVEL;
}

export function parseContactEmail(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const email = value.trim();
  if (EMAIL_PATTERN.test(email)) return email;
  warnOnce(`contact-email "${value}" is not a valid e-mail address; no e-mail contact is shown.`);
  return undefined;
}

export function parseContactUrl(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const url = safeUrl(value);
  if (url) return url;
  warnOnce(`contact-url "${value}" is not an absolute http or https URL; no contact link is shown.`);
  return undefined;
}
