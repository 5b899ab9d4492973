import { localize, type Related } from '@dostyk/data';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import type { ComponentType } from 'react';
import { type Collection, paramsFor, query } from './data';
import { clip, pageMetadata } from './metadata';
import { recordTitle } from './records';

export type RecordParams = { params: Promise<{ locale: string; id: string }> };

/**
 * The three exports of a record page (static params, metadata, the page) for one collection: every record
 * page works the same way, only its view differs.
 */
export function recordPage<R>(collection: Collection, View: ComponentType<{ record: R; related: Related }>) {
  const find = (id: string) => {
    const hit = query.get(id);
    return hit && hit.collection === collection && hit.record.id === id ? (hit.record as R) : undefined;
  };
  return {
    generateStaticParams: () => paramsFor(collection),
    async generateMetadata({ params }: RecordParams): Promise<Metadata> {
      const { locale, id } = await params;
      const current = query.get(id);
      if (current && current.record.id !== id) return { robots: { index: false } };
      const record = find(id) as { summary?: Parameters<typeof localize>[0]; id: string } | undefined;
      if (!record) return {};
      return pageMetadata({
        locale,
        path: `${collection}/${id}`,
        title: recordTitle(record, locale).text,
        description: clip(localize(record.summary, locale).text),
        image: collection,
      });
    },
    async Page({ params }: RecordParams) {
      const { locale, id } = await params;
      setRequestLocale(locale as Locale);
      const hit = query.get(id);
      if (hit && hit.collection === collection && hit.record.id !== id) {
        // A former id: send the reader (and search engines) to the record's current address.
        const to = `/${locale}/${collection}/${hit.record.id}`;
        return (
          <div className="page">
            <meta httpEquiv="refresh" content={`0; url=${to}`} />
            <link rel="canonical" href={to} />
            <h1>
              <a href={to}>{recordTitle(hit.record, locale).text}</a>
            </h1>
          </div>
        );
      }
      const record = find(id);
      if (!record) notFound();
      return <View record={record} related={query.related(id)} />;
    },
  };
}
