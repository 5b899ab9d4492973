import { isSparse, localize, type MirrorGap } from '@dostyk/data';
import { useLocale, useTranslations } from 'next-intl';
import { Cite } from '@/components/record/Cite';
import type { SourceNotes } from '@/components/record/notes';
import { formatMoney, formatNumber } from '@/lib/format';

/**
 * The mirror-statistics gap of one flow, derived by the data package from the two sides' series: each year
 * both report, the exporter's figure, the importer's figure and the difference, with the method stated.
 */
export function MirrorGapTable({
  gap,
  notes,
  names,
}: {
  gap: MirrorGap;
  notes: SourceNotes;
  names: [string, string];
}) {
  const t = useTranslations('figures');
  const locale = useLocale();
  const money = (v: number) => formatMoney(v, gap.unit, locale);
  const headingId = `${gap.id}-title`;
  return (
    <section className="mirror-gap" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('gapTitle')}</h3>
      <p className="muted">{localize(gap.method, locale).text}</p>
      {gap.points.length === 0 ? (
        <p>{t('gapNone')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('period')}</th>
                <th scope="col">{names[0]}</th>
                <th scope="col">{names[1]}</th>
                <th scope="col">{t('gap')}</th>
                <th scope="col">{t('gapRatio')}</th>
              </tr>
            </thead>
            <tbody>
              {gap.points.map((p) => (
                <tr key={p.period}>
                  <th scope="row">{p.period}</th>
                  <td className="num">{money(p.exporterValue)}</td>
                  <td className="num">{money(p.importerValue)}</td>
                  <td className="num">
                    {money(p.gap)}
                    <Cite sources={p.sources} notes={notes} />
                  </td>
                  <td className="num">
                    {formatNumber(p.ratio, locale, { style: 'percent', maximumFractionDigits: 0 })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {isSparse(gap) && gap.points.length > 0 && (
        <p className="muted sparse-note">{t('sparse', { count: gap.points.length })}</p>
      )}
    </section>
  );
}
