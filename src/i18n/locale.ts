/**
 * Locale setup for @lit/localize in runtime mode. Every locale module is imported
 * statically, so the bundle stays one file with no lazy chunks.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import * as en from './generated/en.js';
import * as fr from './generated/fr.js';
import type { Locale } from '../catalogue/types.js';

export const supportedLocales: readonly Locale[] = [sourceLocale as Locale, ...(targetLocales as readonly Locale[])];

const templates = { en, fr } as const;

// configureLocalization throws when it runs twice in one module copy. This module runs
// once per copy of the bundle, so each copy sets up its own localization exactly once.
export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => Promise.resolve(templates[locale as keyof typeof templates]),
});

/** Returns the active locale as one of the widget's languages. */
export function activeLocale(): Locale {
  return getLocale() as Locale;
}
