import type { Metadata } from 'next';
import { LanguageChooser } from '@/components/site/LanguageChooser';
import { LOCALE_TAGS, LOCALES } from '@/i18n/routing';
import { SITE_URL } from '@/lib/links';

export const metadata: Metadata = {
  ...(SITE_URL ? { metadataBase: new URL(SITE_URL) } : {}),
  title: 'Dostyk · China and Kazakhstan, sourced',
  description:
    'An open, sourced atlas of the China–Kazakhstan relationship: diplomacy, projects and figures, in English, Italian, Russian, Kazakh and Chinese.',
  alternates: {
    languages: Object.fromEntries([...LOCALES.map((l) => [LOCALE_TAGS[l], `/${l}`]), ['x-default', '/en']]),
  },
};

/**
 * `/` has no language. A tiny external script sends the visitor to the first of their browser languages
 * that the site has (English otherwise); without JavaScript the list of languages is the page.
 */
export default function RootPage() {
  return (
    <>
      <script src="/lang-redirect.js" async />
      <LanguageChooser
        heading="Dostyk · Достық · 友谊"
        note="Choose a language · Scegli una lingua · Выберите язык · Тілді таңдаңыз · 选择语言"
      />
    </>
  );
}
