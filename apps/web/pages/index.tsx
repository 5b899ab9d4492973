import Head from 'next/head';
import { LanguageChooser } from '@/components/site/LanguageChooser';
import { LOCALE_TAGS, LOCALES } from '@/i18n/routing';
import { SITE_URL } from '@/lib/links';

/**
 * `/` has no language. A tiny external script sends the visitor to the first of their browser languages
 * that the site has (English otherwise); without JavaScript the list of languages is the page.
 */
export default function RootPage() {
  return (
    <>
      <Head>
        {/* Hreflang names absolute URLs only: with the public address (SITE_URL) alone. */}
        {SITE_URL &&
          LOCALES.map((l) => (
            <link key={l} rel="alternate" hrefLang={LOCALE_TAGS[l]} href={`${SITE_URL}/${l}`} />
          ))}
        {SITE_URL && <link rel="alternate" hrefLang="x-default" href={`${SITE_URL}/en`} />}
        <script src="/lang-redirect.js" async />
      </Head>
      <LanguageChooser
        title="Dostyk · China and Kazakhstan, sourced"
        description="An open, sourced atlas of the China–Kazakhstan relationship: diplomacy, projects and figures, in English, Italian, Russian, Kazakh and Chinese."
        heading="Dostyk · Достық · 友谊"
        note="Choose a language · Scegli una lingua · Выберите язык · Тілді таңдаңыз · 选择语言"
      />
    </>
  );
}
