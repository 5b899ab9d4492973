import type { Indicator } from '@dostyk/data';
import { isSparse, localize, mirrorGaps } from '@dostyk/data';
import { useLocale, useTranslations } from 'next-intl';
import { Cite } from '@/components/record/Cite';
import { Loc } from '@/components/record/Loc';
import { SourceNotes } from '@/components/record/notes';
import { RecordLink } from '@/components/record/RecordLink';
import { SourceList } from '@/components/record/SourceList';
import { SERIES_STYLES } from '@/lib/chart-styles';
import type { FigureModel } from '@/lib/figures-page';
import { usePageKit } from '@/lib/page-kit';
import { MirrorGapTable } from './MirrorGapTable';

/** One indicator: the chart (each reporter its own series, targets marked), its table, its CSV and its sources. */
export function IndicatorFigure({ figure }: { figure: FigureModel }) {
  const { indicator, names, unit, svg } = figure;
  const t = useTranslations('figures');
  const locale = useLocale();
  const kit = usePageKit();
  const notes = new SourceNotes([...indicator.sources], `${indicator.id}-source`);
  const value = (v: number) => (unit.money ? kit.money(v, indicator.unit) : `${kit.number(v)} ${unit.label}`);
  const seriesName = (s: Indicator['series'][number]) => names[indicator.series.indexOf(s)] ?? s.reporter;
  const hasTargets = (indicator.targets?.length ?? 0) > 0;
  const title = localize(indicator.title, locale).text;
  const gaps = mirrorGaps({ indicators: [indicator] });
  const nameOf = (id: string) => {
    const i = indicator.series.findIndex((s) => s.id === id);
    return names[i] ?? id;
  };
  const periods = [...new Set(indicator.series.flatMap((s) => s.points.map((p) => p.period)))].sort();
  return (
    <article className="figure" id={indicator.id} aria-labelledby={`${indicator.id}-title`}>
      <h2 id={`${indicator.id}-title`}>
        <Loc value={indicator.title} />
      </h2>
      <Loc value={indicator.summary} as="p" />
      <figure className="chart">
        {/* Plot renders to static SVG at build time; the string comes from our own data, not from visitors. */}
        <div className="chart-svg" dangerouslySetInnerHTML={{ __html: svg }} />
        <figcaption>
          <ul className="chart-legend">
            {indicator.series.map((s, i) => {
              const st = SERIES_STYLES[i % SERIES_STYLES.length] as (typeof SERIES_STYLES)[number];
              const org = s.reporterOrg ? kit.get(s.reporterOrg) : undefined;
              return (
                <li key={s.id}>
                  <svg width="34" height="12" aria-hidden="true" className="legend-line">
                    <line
                      x1="1"
                      y1="6"
                      x2="33"
                      y2="6"
                      stroke={st.color}
                      strokeWidth="2"
                      strokeDasharray={st.dash || undefined}
                    />
                    <circle cx="17" cy="6" r="3.5" fill={st.color} />
                  </svg>
                  <span>
                    {names[i]}
                    {isSparse(s) && (
                      <span className="muted sparse"> · {t('sparse', { count: s.points.length })}</span>
                    )}
                    {org && s.label && (
                      <>
                        {' · '}
                        <RecordLink collection="organizations" record={org.record} />
                      </>
                    )}
                    {!s.label && org && (
                      <>
                        {' ('}
                        <RecordLink collection="organizations" record={org.record} />
                        {')'}
                      </>
                    )}
                  </span>
                </li>
              );
            })}
            {hasTargets && (
              <li>
                <svg width="34" height="14" aria-hidden="true" className="legend-line">
                  <text x="17" y="12" textAnchor="middle" fontSize="14" fill="currentColor">
                    ☆
                  </text>
                </svg>
                <span>{t('target')}</span>
              </li>
            )}
          </ul>
        </figcaption>
      </figure>
      {(indicator.targets?.length ?? 0) > 0 && (
        <ul className="targets">
          {indicator.targets?.map((tg, i) => (
            <li key={`t${i}`}>
              <strong>{t('targetValue', { value: value(tg.value), by: kit.date(tg.by) })}</strong>{' '}
              <span className="muted">{t('announced', { date: kit.date(tg.announced) })}</span>
              {': '}
              <Loc value={tg.text} />
              <Cite sources={tg.sources} notes={notes} />
            </li>
          ))}
        </ul>
      )}
      <div className="figure-actions">
        <details className="table-view">
          <summary>{t('table')}</summary>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('period')}</th>
                  {indicator.series.map((s, i) => (
                    <th scope="col" key={s.id}>
                      {names[i]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {periods.map((period) => (
                  <tr key={period}>
                    <th scope="row">{period}</th>
                    {indicator.series.map((s) => {
                      const p = s.points.find((x) => x.period === period);
                      return (
                        <td key={s.id} className="num">
                          {p ? (
                            <>
                              {value(p.value)}
                              <Cite sources={p.sources} notes={notes} />
                              {p.note && <span className="muted"> ({p.note})</span>}
                            </>
                          ) : (
                            '—'
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
        <a className="button small" href={`/downloads/indicators/${indicator.id}.csv`} download>
          {t('csv')}
        </a>
      </div>
      {gaps.map((g) => (
        <MirrorGapTable
          key={g.id}
          gap={g}
          notes={notes}
          names={[nameOf(g.exporterSeries), nameOf(g.importerSeries)]}
        />
      ))}
      {indicator.series.some((s) => s.note) && (
        <ul className="series-notes">
          {indicator.series
            .filter((s) => s.note)
            .map((s) => (
              <li key={s.id} lang="en">
                <strong>{seriesName(s)}</strong>: {s.note}
              </li>
            ))}
        </ul>
      )}
      <details className="figure-sources">
        <summary>{t('sources', { count: notes.ids.length })}</summary>
        <SourceList notes={notes} heading={false} />
      </details>
    </article>
  );
}
