import { LOCALES, type Locale } from './constants.js';
import type { LocalizedText } from './query/types.js';
import type { Localized } from './schema/primitives.js';

const isLocale = (l: string): l is Locale => (LOCALES as readonly string[]).includes(l);

/**
 * Text in the wanted locale, or the English text with `fallback: true` when that locale is missing, so a
 * page can mark the fallback (`lang` is the language actually returned). A plain string is English text
 * (a location's name may be either).
 */
export function localize(
  text: Localized | string | undefined | null,
  locale: Locale | string,
): LocalizedText {
  if (typeof text === 'string') text = { en: text };
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

/** The English text of a value that is either English text or localized text (a location's name). */
export const englishText = (text: Localized | string): string => (typeof text === 'string' ? text : text.en);

/** The texts of a localized value in every language it has, without its `translated` marker. */
export const localizedTexts = (l: Localized): string[] =>
  LOCALES.flatMap((lang) => (l[lang] === undefined ? [] : [l[lang]]));
