import { useTranslations } from 'next-intl';
import { RecordLink } from '@/components/record/RecordLink';
import { label } from '@/lib/i18n-helpers';
import type { IndexCollection, IndexRow } from '@/lib/record-index';

export type { IndexCollection };

const KIND_NS: Record<IndexCollection, string | undefined> = {
  people: undefined,
  organizations: 'orgKinds',
  frameworks: 'frameworkKinds',
  places: 'placeKinds',
  events: 'eventKinds',
  agreements: 'agreementKinds',
};

/** The list page of a collection: every record, with its kind, a detail and how many records name it. */
export function RecordIndex({ collection, rows }: { collection: IndexCollection; rows: IndexRow[] }) {
  const t = useTranslations('index');
  const tc = useTranslations('collections');
  const all = useTranslations();
  const ns = KIND_NS[collection];
  const dated = collection === 'events' || collection === 'agreements';
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
                    <RecordLink collection={collection} record={{ id: r.id, name: r.name }} />
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
