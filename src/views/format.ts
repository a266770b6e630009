import { activeLocale } from '../i18n/locale.js';

const LOCALE_TAGS = { nl: 'nl-BE', en: 'en-GB', fr: 'fr-BE' } as const;

/** Returns the BCP 47 tag used to format dates and names in the active language. */
export function localeTag(): string {
  return LOCALE_TAGS[activeLocale()];
}

/**
 * Formats a catalogue date (YYYY, YYYY-MM or YYYY-MM-DD) in the active language.
 * Dates are read and written in UTC, so no time zone can shift them by a day.
 */
export function formatDate(value: string): string {
  const parts = value.split('-').map(Number);
  if (parts.some((part) => Number.isNaN(part))) return value;
  const [year, month = 1, day = 1] = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  const options: Intl.DateTimeFormatOptions =
    parts.length === 1
      ? { year: 'numeric', timeZone: 'UTC' }
      : parts.length === 2
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(localeTag(), options).format(date);
}

/** Returns a country's name in the active language for an ISO 3166 code. */
export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([localeTag()], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
