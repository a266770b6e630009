import type { Locale } from '../catalogue/types.js';

/** The language used when nothing else applies. */
export const DEFAULT_LOCALE: Locale = 'nl';

export interface ResolvedLanguage {
  locale: Locale;
  /** The code that was asked for, when it is not supported. */
  unsupported?: string;
}

/**
 * Maps a language code to one of the widget's languages: a regional code (`nl-BE`,
 * `fr-be`, `en_GB`) maps to its language; an empty code means "not given".
 */
export function resolveLanguage(code: string | null | undefined, supported: readonly Locale[]): ResolvedLanguage | undefined {
  const trimmed = (code ?? '').trim();
  if (trimmed === '') return undefined;
  const language = trimmed.toLowerCase().split(/[-_]/)[0];
  const match = supported.find((locale) => locale === language);
  return match ? { locale: match } : { locale: DEFAULT_LOCALE, unsupported: trimmed };
}
