import type { DocumentProps } from 'next/document';
import { Head, Html, Main, NextScript } from 'next/document';
import { type AppLocale, LOCALE_TAGS } from '@/i18n/routing';

/** The document of every Pages Router page: `lang` from the page's locale, so each language is marked. */
export default function Document(props: DocumentProps) {
  const locale = (props.__NEXT_DATA__.props?.pageProps?.locale ?? 'en') as AppLocale;
  return (
    <Html lang={LOCALE_TAGS[locale] ?? 'en'}>
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
