import type { GetStaticPaths } from 'next';
import { createTranslator } from 'next-intl';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { withCatalogue } from '@/i18n/catalogue';
import { type AppLocale, LOCALES } from '@/i18n/routing';
import en from '@/messages/en.json';
import it from '@/messages/it.json';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import zh from '@/messages/zh.json';
import type { PageKit, ShellProps } from './page-kit';
import { recordingKit } from './page-kit-build';
import { type Messages, trackMessages } from './page-messages';

/** The site's own strings with the data package's labels, as every page reads them. */
const MESSAGES = {
  en: withCatalogue(en, 'en'),
  it: withCatalogue(it, 'it'),
  ru: withCatalogue(ru, 'ru'),
  kk: withCatalogue(kk, 'kk'),
  zh: withCatalogue(zh, 'zh'),
};
type SiteMessages = (typeof MESSAGES)['en'];
export const messagesOf = (locale: string): SiteMessages =>
  (MESSAGES as unknown as Record<string, SiteMessages>)[locale] ?? MESSAGES.en;

/** getStaticPaths of a page that exists once per language. */
export const localePaths: GetStaticPaths<{ locale: string }> = async () => ({
  paths: LOCALES.map((locale) => ({ params: { locale } })),
  fallback: false,
});

/** The messages of a language, for titles and descriptions computed in getStaticProps. */
export function translator(locale: string) {
  return createTranslator({
    locale: locale as AppLocale,
    messages: messagesOf(locale),
    timeZone: 'UTC',
  });
}

/**
 * Renders the page once through a recording kit and a message tracker, so that its props carry only what
 * it shows: the messages it read, the records and sources it looked up (names in its language), and the
 * strings formatted with the build's full ICU data.
 */
export function shellProps<P extends Omit<ShellProps, 'head'>>(
  base: Omit<P, 'messages' | 'data'>,
  render: (props: P, kit: PageKit) => ReactElement,
): P {
  const kit = recordingKit(base.locale);
  const tracked = trackMessages(messagesOf(base.locale) as unknown as Messages);
  const draft = { ...base, messages: tracked.messages, data: kit.data() } as P;
  renderToStaticMarkup(render(draft, kit));
  return { ...base, messages: tracked.used(), data: kit.data() } as P;
}
