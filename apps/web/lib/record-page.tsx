import { type AnyRecord, localize } from '@dostyk/data';
import type { GetStaticPaths, GetStaticProps } from 'next';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { withCatalogue } from '@/i18n/catalogue';
import { LOCALES } from '@/i18n/routing';
import en from '@/messages/en.json';
import it from '@/messages/it.json';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import zh from '@/messages/zh.json';
import { type Collection, dataset, query } from './data';
import { localizeDeep, type RelatedIds, relatedIds } from './localized-props';
import { clip, pageHead } from './metadata';
import type { PageKit, ShellProps } from './page-kit';
import { recordingKit } from './page-kit-build';
import { type Messages, trackMessages } from './page-messages';
import { recordTitle } from './records';

/** The site's own strings with the data package's labels, as every page reads them. */
const MESSAGES: Record<string, Messages> = {
  en: withCatalogue(en, 'en'),
  it: withCatalogue(it, 'it'),
  ru: withCatalogue(ru, 'ru'),
  kk: withCatalogue(kk, 'kk'),
  zh: withCatalogue(zh, 'zh'),
};

export type RecordPageProps = ShellProps & {
  collection: Collection;
  record: AnyRecord;
  related: RelatedIds;
  /** A former id: the page only sends the reader on to the record's current address. */
  movedTo?: { href: string; title: string };
};

type Params = { locale: string; id: string };

const pick = (r: object, keys: string[], f: (v: unknown) => unknown) =>
  Object.fromEntries(keys.flatMap((k) => (k in r ? [[k, f((r as Record<string, unknown>)[k])]] : [])));

/** Every language × every record of a collection, former ids included (they redirect). */
export function recordStaticPaths(collection: Collection): GetStaticPaths<Params> {
  return async () => {
    const records = dataset[collection] as { id: string; formerIds?: string[] }[];
    const ids = records.flatMap((r) => [r.id, ...(r.formerIds ?? [])]);
    return {
      paths: LOCALES.flatMap((locale) => ids.map((id) => ({ params: { locale, id } }))),
      fallback: false,
    };
  };
}

/**
 * Renders the page once through a recording kit and a message tracker, so that its props carry only what
 * it shows: the messages it read, the records and sources it looked up (names in its language), and the
 * strings formatted with the build's full ICU data.
 */
export function shellProps<P extends ShellProps>(
  base: Omit<P, 'messages' | 'data'>,
  render: (props: P, kit: PageKit) => ReactElement,
): P {
  const kit = recordingKit(base.locale);
  const tracked = trackMessages(MESSAGES[base.locale] ?? MESSAGES.en);
  const draft = { ...base, messages: tracked.messages, data: kit.data() } as P;
  renderToStaticMarkup(render(draft, kit));
  return { ...base, messages: tracked.used(), data: kit.data() } as P;
}

/** getStaticProps of a record page: the record localized, its links, and the shell's props. */
export function recordStaticProps(
  collection: Collection,
  render: (props: RecordPageProps, kit: PageKit) => ReactElement,
): GetStaticProps<RecordPageProps, Params> {
  return async ({ params }) => {
    const { locale, id } = params as Params;
    const hit = query.get(id);
    if (!hit || hit.collection !== collection) return { notFound: true };
    const record = hit.record as AnyRecord & { summary?: Parameters<typeof localize>[0] };
    const title = recordTitle(record, locale).text;
    const path = `${String(collection)}/${id}`;
    if (record.id !== id) {
      const href = `/${locale}/${String(collection)}/${record.id}`;
      const props = shellProps<RecordPageProps>(
        {
          locale,
          collection,
          record: { id: record.id } as AnyRecord,
          related: { outgoing: {}, incoming: {}, similar: [] },
          movedTo: { href, title },
          head: {
            ...pageHead({ locale, path, title, description: title, image: collection }),
            noindex: true,
          },
        },
        render,
      );
      return { props };
    }
    const props = shellProps<RecordPageProps>(
      {
        locale,
        collection,
        record: {
          ...localizeDeep(record, locale),
          // The citation names the record in English too.
          ...pick(record, ['name', 'title'], (v) => localizeDeep(v, locale, true)),
        } as AnyRecord,
        related: relatedIds(query.related(id)),
        head: pageHead({
          locale,
          path,
          title,
          description: clip(localize(record.summary, locale).text),
          image: collection,
        }),
      },
      render,
    );
    return { props };
  };
}
