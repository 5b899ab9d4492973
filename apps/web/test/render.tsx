import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { PageKitProvider } from '@/lib/page-kit';
import { recordingKit } from '@/lib/page-kit-build';
import { withCatalogue } from '../i18n/catalogue';
import en from '../messages/en.json';
import it from '../messages/it.json';
import kk from '../messages/kk.json';
import ru from '../messages/ru.json';
import zh from '../messages/zh.json';

/** The messages as the pages get them: the site's own strings with the data package's labels. */
export const MESSAGES = {
  en: withCatalogue(en, 'en'),
  it: withCatalogue(it, 'it'),
  ru: withCatalogue(ru, 'ru'),
  kk: withCatalogue(kk, 'kk'),
  zh: withCatalogue(zh, 'zh'),
} as const;
export type TestLocale = keyof typeof MESSAGES;

/** Renders components the way a page does: with the locale's messages and a kit over the dataset, to static HTML. */
export function render(node: ReactNode, locale: TestLocale = 'en'): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
      <PageKitProvider kit={recordingKit(locale)}>{node}</PageKitProvider>
    </NextIntlClientProvider>,
  );
}

/** A DOM for assertions on rendered markup. */
export async function dom(html: string) {
  const { parseHTML } = await import('linkedom');
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}
