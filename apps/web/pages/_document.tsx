import type { DocumentProps } from 'next/document';
import { Head, Html, Main, NextScript } from 'next/document';
import { NextIntlClientProvider } from 'next-intl';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SkipLink } from '@/components/site/SkipLink';
import { type AppLocale, LOCALE_TAGS } from '@/i18n/routing';
import { PageKitProvider } from '@/lib/page-kit';
import { recordingKit } from '@/lib/page-kit-build';
import { messagesOf } from '@/lib/static-page';

/**
 * The document of every Pages Router page: `lang` from the page's locale, and the page shell that never
 * changes once loaded (the skip link and the footer). Next renders the document on the server only and
 * never hydrates what lies outside <Main/>, so the shell's strings are not sent a second time in the props.
 */
export default function Document(props: DocumentProps) {
  const locale = props.__NEXT_DATA__.props?.pageProps?.locale as AppLocale | undefined;
  const shell = locale ? (
    <NextIntlClientProvider locale={locale} messages={messagesOf(locale)} timeZone="UTC">
      <PageKitProvider kit={recordingKit(locale)}>
        <SiteFooter />
      </PageKitProvider>
    </NextIntlClientProvider>
  ) : null;
  return (
    <Html lang={LOCALE_TAGS[locale ?? 'en'] ?? 'en'}>
      <Head />
      <body>
        {locale && <SkipLink label={messagesOf(locale).site.skip} />}
        <Main />
        {shell}
        <NextScript />
      </body>
    </Html>
  );
}
