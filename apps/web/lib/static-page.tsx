import type { GetStaticPaths, GetStaticProps } from 'next';
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
import { pageHead } from './metadata';
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

type Translator = ReturnType<typeof translator>;

/** A page's head as message keys of its language, the kind of its Open Graph image and whether to index it. */
export interface PageHeadKeys {
  path: string;
  title: string;
  description: string;
  image?: string;
  noindex?: boolean;
}

/**
 * getStaticProps of a page that exists once per language: its head read from the language's messages, its
 * own props from `model` (its view model, computed at build time), and the shell's props from one render.
 */
export function localeStaticProps<P extends ShellProps>(
  head: PageHeadKeys | ((t: Translator) => PageHeadKeys),
  model: (locale: string, t: Translator) => Omit<P, keyof ShellProps>,
  render: (props: P, kit: PageKit) => ReactElement,
): GetStaticProps<P, { locale: string }> {
  return async ({ params }) => {
    const locale = params?.locale ?? 'en';
    const t = translator(locale);
    const keys = typeof head === 'function' ? head(t) : head;
    const text = (key: string) => t(key as Parameters<Translator>[0]);
    const base = pageHead({
      locale,
      path: keys.path,
      title: text(keys.title),
      description: text(keys.description),
      ...(keys.image ? { image: keys.image } : {}),
    });
    const props = shellProps<P>(
      { locale, ...model(locale, t), head: keys.noindex ? { ...base, noindex: true } : base } as Omit<
        P,
        'messages' | 'data'
      >,
      render,
    );
    return { props };
  };
}
