import { defineRouting } from 'next-intl/routing';

export const LOCALES = ['en', 'it', 'ru', 'kk', 'zh'] as const;
export type AppLocale = (typeof LOCALES)[number];

/** Every page lives under /{locale}; with a static export there is no middleware, so the prefix is always there. */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: 'en',
  localePrefix: 'always',
});

/** Names of the languages in their own language, for the switcher and the root page. */
export const LOCALE_NAMES: Record<AppLocale, string> = {
  en: 'English',
  it: 'Italiano',
  ru: 'Русский',
  kk: 'Қазақша',
  zh: '中文',
};

/** BCP 47 tags for `lang` and `hreflang` (Chinese is Simplified). */
export const LOCALE_TAGS: Record<AppLocale, string> = {
  en: 'en',
  it: 'it',
  ru: 'ru',
  kk: 'kk',
  zh: 'zh-Hans',
};
