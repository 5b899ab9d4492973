import type { AnyRecord, Related } from '@dostyk/data';
import { useTranslations } from 'next-intl';
import { label } from '@/lib/i18n-helpers';
import { RecordLink } from './RecordLink';

const ORDER = [
  'projects',
  'events',
  'agreements',
  'people',
  'organizations',
  'frameworks',
  'places',
  'areas',
  'indicators',
  'relationships',
] as const;

/**
 * Everything a record links to and everything that names it, grouped by kind. `skip` leaves out groups the
 * page already shows in full.
 */
export function RelatedGroups({
  related,
  skip = [],
  headingId = 'related-heading',
}: {
  related: Related;
  skip?: string[];
  headingId?: string;
}) {
  const t = useTranslations('record');
  const tc = useTranslations('collections');
  const groups = ORDER.flatMap((c) => {
    if (skip.includes(c)) return [];
    const seen = new Set<string>();
    const records: AnyRecord[] = [];
    for (const r of [...(related.outgoing[c] ?? []), ...(related.incoming[c] ?? [])]) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      records.push(r);
    }
    return records.length ? [{ collection: c, records }] : [];
  });
  if (!groups.length) return null;
  return (
    <section className="related" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('linked')}</h2>
      <div className="related-groups">
        {groups.map((g) => (
          <div key={g.collection} className="related-group">
            <h3>
              {label(tc, g.collection)} <span className="count">{g.records.length}</span>
            </h3>
            <ul>
              {g.records.map((r) => (
                <li key={r.id}>
                  <RecordLink collection={g.collection} record={r} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
