import { LOCALES, type Locale } from './constants.js';
import type { LocalizedText } from './query/types.js';
import type { Localized } from './schema/primitives.js';

const isLocale = (l: string): l is Locale => (LOCALES as readonly string[]).includes(l);

/**
 * Text in the wanted locale, or the English text with `fallback: true` when that locale is missing, so a
 * page can mark the fallback (`lang` is the language actually returned).
 */
export function localize(text: Localized | undefined | null, locale: Locale | string): LocalizedText {
  const want = isLocale(locale) ? locale : 'en';
  const value = text?.[want];
  if (value)
    return { text: value, fallback: want !== locale, lang: want, translated: isTranslated(text, want) };
  return {
    text: text?.en ?? '',
    fallback: locale !== 'en',
    lang: 'en',
    translated: isTranslated(text, 'en'),
  };
}

/** Whether the text in `lang` is the project's own translation rather than as published. */
const isTranslated = (text: Localized | undefined | null, lang: Locale): boolean =>
  text?.translated?.includes(lang) ?? false;

/** The texts of a localized value in every language it has, without its `translated` marker. */
export const localizedTexts = (l: Localized): string[] =>
  LOCALES.flatMap((lang) => (l[lang] === undefined ? [] : [l[lang]]));
