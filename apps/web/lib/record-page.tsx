import type { AnyRecord, localize } from '@dostyk/data';
import type { GetStaticPaths, GetStaticProps } from 'next';
import type { ReactElement } from 'react';
import { LOCALES } from '@/i18n/routing';
import { type Collection, dataset, query } from './data';
import { localizeDeep, packRelated, type RelatedIds, relatedIds } from './localized-props';
import { pageHead } from './metadata';
import type { PageKit, ShellProps } from './page-kit';
import { recordTitle } from './records';
import { shellProps } from './static-page';

/** A record page derives its head from its record (`recordHead`); only a former id's page ships one. */
export type RecordPageProps = Omit<ShellProps, 'head'> & {
  head?: ShellProps['head'];
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
 * The page's source ids as short keys ("0", "1", …): a record page cites each source many times and never
 * shows its id (footnotes are numbered by the record's own order), so the long ids need not travel twice.
 */
function shortSourceIds(props: RecordPageProps): RecordPageProps {
  const ids = Object.keys(props.data.sources);
  const short = new Map(ids.map((id, i) => [id, i.toString(36)]));
  const swap = (v: unknown): unknown =>
    typeof v === 'string'
      ? (short.get(v) ?? v)
      : Array.isArray(v)
        ? v.map(swap)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, swap(x)]))
          : v;
  return {
    ...props,
    record: swap(props.record) as AnyRecord,
    data: {
      ...props.data,
      sources: Object.fromEntries(ids.map((id) => [short.get(id) as string, props.data.sources[id]])),
    },
  } as RecordPageProps;
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
        // No head: the page derives it from the record (recordHead), as the build would.
      },
      render,
    );
    return { props: shortSourceIds({ ...props, related: packRelated(props.related, props.data.records) }) };
  };
}
