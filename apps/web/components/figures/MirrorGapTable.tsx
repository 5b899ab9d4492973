import { isSparse, localize, type MirrorGap } from '@dostyk/data';
import { useLocale, useTranslations } from 'next-intl';
import { Cite } from '@/components/record/Cite';
import type { SourceNotes } from '@/components/record/notes';
import { usePageKit } from '@/lib/page-kit';

/**
 * The mirror-statistics gap of one flow, derived by the data package from the two sides' series: each year
 * both report, the exporter's figure, the importer's figure and the difference, with the method stated.
 * On a phone each year reflows into a labelled block (every cell carries its column's name), so the gap and
 * the ratio are never off-screen.
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
  const kit = usePageKit();
  const money = (v: number) => kit.money(v, gap.unit);
  const headingId = `${gap.id}-title`;
  const columns = [names[0], names[1], t('gap'), t('gapRatio')] as const;
  return (
    <section className="mirror-gap" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('gapTitle')}</h3>
      <p className="muted">{localize(gap.method, locale).text}</p>
      {gap.points.length === 0 ? (
        <p>{t('gapNone')}</p>
      ) : (
        <div className="table-wrap">
          <table className="gap-table">
            <thead>
              <tr>
                <th scope="col">{t('period')}</th>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {gap.points.map((p) => (
                <tr key={p.period}>
                  <th scope="row">{p.period}</th>
                  <td className="num" data-label={columns[0]}>
                    {money(p.exporterValue)}
                  </td>
                  <td className="num" data-label={columns[1]}>
                    {money(p.importerValue)}
                  </td>
                  <td className="num" data-label={columns[2]}>
                    <span>
                      {money(p.gap)}
                      <Cite sources={p.sources} notes={notes} />
                    </span>
                  </td>
                  <td className="num" data-label={columns[3]}>
                    {kit.number(p.ratio, { style: 'percent', maximumFractionDigits: 0 })}
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
