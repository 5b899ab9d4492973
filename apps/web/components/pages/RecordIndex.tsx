import { useLocale, useTranslations } from 'next-intl';
import { RecordLink } from '@/components/record/RecordLink';
import { dataset, query } from '@/lib/data';
import { formatPartialDate } from '@/lib/format';
import { countryName, label } from '@/lib/i18n-helpers';
import { recordTitle } from '@/lib/records';

export type IndexCollection = 'people' | 'organizations' | 'frameworks' | 'places' | 'events' | 'agreements';

type Row = {
  id: string;
  record: Parameters<typeof RecordLink>[0]['record'];
  kind?: string;
  detail?: string;
  sortKey: string;
  links: number;
};

const KIND_NS: Record<IndexCollection, string | undefined> = {
  people: undefined,
  organizations: 'orgKinds',
  frameworks: 'frameworkKinds',
  places: 'placeKinds',
  events: 'eventKinds',
  agreements: 'agreementKinds',
};

/** The list page of a collection: every record, with its kind, a detail and how many records name it. */
export function RecordIndex({ collection }: { collection: IndexCollection }) {
  const locale = useLocale();
  const t = useTranslations('index');
  const tc = useTranslations('collections');
  const all = useTranslations();
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-CN' : locale);
  const ns = KIND_NS[collection];
  const rows: Row[] = (dataset[collection] as { id: string; kind?: string }[]).map((r) => {
    const rec = r as Record<string, unknown> & { id: string };
    const rel = query.related(r.id);
    const links = Object.values(rel.incoming).reduce((n, list) => n + (list?.length ?? 0), 0);
    let detail: string | undefined;
    let sortKey = recordTitle(rec, locale).text;
    if (collection === 'people') {
      detail = countryName(String(rec.country), locale);
    } else if (collection === 'organizations' && rec.country) {
      detail = countryName(String(rec.country), locale);
    } else if (collection === 'events') {
      const d = (rec.date as { value: string }[] | undefined)?.[0]?.value;
      detail = d ? formatPartialDate(d, locale) : undefined;
      sortKey = d ?? '';
    } else if (collection === 'agreements') {
      const d = (rec.signed as { value: string }[] | undefined)?.[0]?.value;
      detail = d ? formatPartialDate(d, locale) : undefined;
      sortKey = d ?? '';
    }
    return {
      id: r.id,
      record: rec,
      ...(r.kind ? { kind: r.kind } : {}),
      ...(detail ? { detail } : {}),
      sortKey,
      links,
    };
  });
  const dated = collection === 'events' || collection === 'agreements';
  rows.sort((a, b) => (dated ? b.sortKey.localeCompare(a.sortKey) : collator.compare(a.sortKey, b.sortKey)));
  return (
    <div className="page">
      <header className="page-header">
        <h1>{label(tc, collection)}</h1>
        <p className="lead">{label(t, `${collection}Intro`)}</p>
        <p className="muted">{t('count', { count: rows.length })}</p>
      </header>
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="index-table">
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                {ns && <th scope="col">{t('kind')}</th>}
                {collection !== 'frameworks' && collection !== 'places' && (
                  <th scope="col">{dated ? t('date') : t('country')}</th>
                )}
                <th scope="col" className="num">
                  {t('links')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <RecordLink collection={collection} record={r.record} />
                  </td>
                  {ns && <td>{r.kind ? label(all, `${ns}.${r.kind}`) : ''}</td>}
                  {collection !== 'frameworks' && collection !== 'places' && <td>{r.detail ?? ''}</td>}
                  <td className="num">{r.links}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
