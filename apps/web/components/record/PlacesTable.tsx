import { englishText, type Location } from '@dostyk/data';
import { useTranslations } from 'next-intl';
import { label } from '@/lib/i18n-helpers';
import { usePageKit } from '@/lib/page-kit';
import { Cite } from './Cite';
import { Loc } from './Loc';
import type { SourceNotes } from './notes';
import { RecordLink } from './RecordLink';

/** The locations of a record with their precision, region and coordinates, each sourced. */
export function PlacesTable({ locations, notes }: { locations: Location[]; notes: SourceNotes }) {
  const t = useTranslations('place');
  const tp = useTranslations('precision');
  const tr = useTranslations('record');
  const kit = usePageKit();
  const coord = (n: number) => kit.number(n, { maximumFractionDigits: 4 });
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('location')}</th>
            <th scope="col">{t('region')}</th>
            <th scope="col">{t('precision')}</th>
            <th scope="col">{t('coordinates')}</th>
            <th scope="col">{tr('sourcesShort')}</th>
          </tr>
        </thead>
        <tbody>
          {locations.map((l, i) => {
            const place = l.place ? kit.get(l.place) : undefined;
            return (
              <tr key={`${englishText(l.name)}-${i}`}>
                <td>
                  <Loc value={l.name} />
                  {place && (
                    <>
                      {' · '}
                      <RecordLink collection="places" record={place.record} />
                    </>
                  )}
                </td>
                <td>
                  {l.region ? kit.region(l.region) : ''}
                  {l.region ? ', ' : ''}
                  {(l.countries ?? [l.country]).map((c) => kit.country(c)).join(' – ')}
                </td>
                <td>{label(tp, l.precision)}</td>
                <td className="num">
                  {l.lat !== undefined && l.lon !== undefined
                    ? `${coord(l.lat)}, ${coord(l.lon)}`
                    : l.line
                      ? t('linePoints', { n: l.line.length })
                      : '—'}
                </td>
                <td>
                  <Cite sources={l.sources} notes={notes} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
