import { useLocale, useTranslations } from 'next-intl';
import { recordHref, siteUrl } from '@/lib/links';
import { usePageKit } from '@/lib/page-kit';
import { recordTitle } from '@/lib/records';
import { DateText } from './DateClaims';

/** "Cite this record" and "last updated", at the foot of every record page. */
export function CiteThis({
  collection,
  record,
}: {
  collection: string;
  record: { id: string; name?: unknown; title?: unknown; updated?: string };
}) {
  const t = useTranslations('record');
  const locale = useLocale();
  const kit = usePageKit();
  const name = recordTitle(record, 'en').text;
  const url = siteUrl(recordHref(locale, collection, record.id));
  const citation = `Dostyk contributors, “${name}” (${collection}/${record.id}), Dostyk dataset version ${kit.version}${record.updated ? `, updated ${record.updated}` : ''}. ${url}`;
  return (
    <section className="cite-this" aria-labelledby="cite-heading">
      <h2 id="cite-heading">{t('citeThis')}</h2>
      <pre className="citation" lang="en">
        <code>{citation}</code>
      </pre>
      <p className="record-meta">
        {t('recordId')}: <code>{record.id}</code>
        {record.updated && (
          <>
            {' · '}
            {t('updated')}: <DateText value={record.updated} />
          </>
        )}
        {' · '}
        {t('datasetVersion', { version: kit.version })}
      </p>
    </section>
  );
}
