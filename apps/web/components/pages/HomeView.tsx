import { countIncludes, localize, type Project } from '@dostyk/data';
import { useLocale, useTranslations } from 'next-intl';
import { AtlasMap } from '@/components/map/AtlasMap';
import { SectorLegend } from '@/components/map/SectorLegend';
import { DateClaims, DateText } from '@/components/record/DateClaims';
import { Loc, RecordName } from '@/components/record/Loc';
import { SourceNotes } from '@/components/record/notes';
import { RecordLink } from '@/components/record/RecordLink';
import { SourceList } from '@/components/record/SourceList';
import { dataset, query } from '@/lib/data';
import { formatMoney, formatNumber, formatPartialDate } from '@/lib/format';
import { label } from '@/lib/i18n-helpers';
import { recordHref } from '@/lib/links';
import { projectMapItems } from '@/lib/map-items';

function Bars({
  rows,
  hrefOf,
}: {
  rows: { key: string; label: string; count: number }[];
  hrefOf: (key: string) => string;
}) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <ul className="bars">
      {rows.map((r) => (
        <li key={r.key}>
          <a href={hrefOf(r.key)} className="bar-label">
            {r.label}
          </a>
          <span className="bar-track" aria-hidden="true">
            <span className="bar" style={{ width: `${(r.count / max) * 100}%` }} />
          </span>
          <span className="bar-value">{r.count}</span>
        </li>
      ))}
    </ul>
  );
}

/** The relationship at a glance. */
export function HomeView() {
  const t = useTranslations('home');
  const ts = useTranslations('sectors');
  const tst = useTranslations('statuses');
  const tk = useTranslations('eventKinds');
  const locale = useLocale();
  const relationship = dataset.relationships[0];
  const notes = new SourceNotes(relationship ? [...relationship.sources] : [], 'partnership-source');
  const agg = query.aggregates();
  const all = query.projects({}, 'name');
  const sectorLabels = Object.fromEntries(all.facets.sector.map((s) => [s.value, label(ts, s.value)]));
  const sectors = Object.entries(agg.projectsBySector)
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => ({ key, label: label(ts, key), count }));
  const statuses = Object.entries(agg.projectsByStatus)
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => ({ key, label: label(tst, key), count }));
  const recent = query
    .timeline({ types: ['event'] })
    .slice()
    .sort((a, b) => (a.date < b.date ? 1 : -1))
    .slice(0, 6);
  const trade = dataset.indicators.filter((i) => i.topic === 'trade');
  const themes = dataset.areas.filter((a) => a.namedInSeed);
  const seedProjects = all.items.filter((p: Project) => p.namedInSeed);
  const counts = {
    projects: dataset.projects.length,
    events: dataset.events.length,
    agreements: dataset.agreements.length,
    sources: dataset.sources.length,
  };
  return (
    <div className="page home">
      <section className="hero">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
        <ul className="stat-row">
          {(Object.keys(counts) as (keyof typeof counts)[]).map((k) => (
            <li key={k}>
              <span className="stat-number">{formatNumber(counts[k], locale)}</span>
              <span className="stat-label">{t(`counts.${k}`)}</span>
            </li>
          ))}
        </ul>
      </section>

      <div className="home-grid">
        <section aria-labelledby="map-heading" className="home-map">
          <h2 id="map-heading">{t('mapHeading')}</h2>
          <a href="#after-map" className="skip-inline">
            {t('skipMap')}
          </a>
          <AtlasMap
            items={projectMapItems(all.items, locale, sectorLabels)}
            title={t('mapHeading')}
            id="home-map"
          />
          <SectorLegend
            sectors={all.facets.sector.map((s) => ({
              value: s.value,
              label: label(ts, s.value),
              count: s.count,
            }))}
            title={t('legend')}
          />
          <span id="after-map" />
        </section>

        {relationship && (
          <section aria-labelledby="partnership" className="ladder-section">
            <h2 id="partnership">{t('ladder')}</h2>
            <p className="muted">
              {t('relationsSince')}{' '}
              <DateClaims
                field="diplomaticRelations"
                claims={relationship.diplomaticRelations}
                notes={notes}
              />
            </p>
            <ol className="ladder">
              {[...relationship.levels].reverse().map((level) => (
                <li key={level.id}>
                  <span className="ladder-date">
                    <DateClaims field={`levels.${level.id}.since`} claims={level.since} notes={notes} />
                  </span>
                  <span className="ladder-name">
                    <Loc value={level.name} />
                  </span>
                  {(level.event || level.agreement) && (
                    <span className="ladder-links">
                      {[level.event, level.agreement].map((id) => {
                        if (!id) return null;
                        const hit = query.get(id);
                        return hit ? (
                          <span key={id}>
                            <RecordLink collection={hit.collection} record={hit.record} />
                          </span>
                        ) : null;
                      })}
                    </span>
                  )}
                </li>
              ))}
            </ol>
            <details className="figure-sources">
              <summary>{t('ladderSources', { count: notes.ids.length })}</summary>
              <SourceList notes={notes} heading={false} />
            </details>
          </section>
        )}
      </div>

      {trade.length > 0 && (
        <section aria-labelledby="figures-heading" className="key-figures">
          <h2 id="figures-heading">{t('keyFigures')}</h2>
          <ul className="figure-cards">
            {trade.flatMap((ind) =>
              ind.series.map((s) => {
                const last = [...s.points].sort((a, b) => (a.period < b.period ? -1 : 1)).at(-1);
                if (!last) return null;
                const money = /^[A-Z]{3}$/.test(ind.unit);
                return (
                  <li key={`${ind.id}-${s.id}`} className="figure-card">
                    <a href={recordHref(locale, 'indicators', ind.id)} className="figure-card-title">
                      <RecordName record={ind} />
                    </a>
                    <span className="figure-card-value">
                      {money
                        ? formatMoney(last.value, ind.unit, locale, true)
                        : formatNumber(last.value, locale)}
                    </span>
                    <span className="figure-card-meta">
                      {t('reportedFor', {
                        who: s.label ? localize(s.label, locale).text : s.reporter,
                        period: formatPartialDate(last.period, locale),
                      })}
                    </span>
                  </li>
                );
              }),
            )}
          </ul>
          <p>
            <a href={`/${locale}/figures`}>{t('allFigures')}</a>
          </p>
        </section>
      )}

      <div className="home-columns">
        <section aria-labelledby="sectors-heading">
          <h2 id="sectors-heading">{t('bySector')}</h2>
          <p className="muted small count-label">{countIncludes(agg.projectCounts, locale, 'counted')}</p>
          <Bars rows={sectors} hrefOf={(k) => `/${locale}/projects?sector=${k}`} />
        </section>
        <section aria-labelledby="status-heading">
          <h2 id="status-heading">{t('byStatus')}</h2>
          <Bars rows={statuses} hrefOf={(k) => `/${locale}/projects?status=${k}`} />
          {agg.excluded.length > 0 && (
            <p className="muted small">{t('excluded', { count: agg.excluded.length })}</p>
          )}
        </section>
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading">{t('recent')}</h2>
          <ol className="recent">
            {recent.map((e) => (
              <li key={`${e.id}-${e.date}`}>
                <DateText value={e.date} />
                <a href={recordHref(locale, e.collection, e.id)}>
                  <Loc value={e.title} />
                </a>
                {e.subtype && <span className="muted small">{label(tk, e.subtype)}</span>}
              </li>
            ))}
          </ol>
          <p>
            <a href={`/${locale}/timeline`}>{t('fullTimeline')}</a>
          </p>
        </section>
      </div>

      <section aria-labelledby="themes-heading" className="themes">
        <h2 id="themes-heading">{t('themes')}</h2>
        <p className="muted">{t('themesIntro')}</p>
        <ul className="theme-cards">
          {themes.map((a) => {
            const n = query.projects({ area: [a.id] }).total;
            return (
              <li key={a.id} className="theme-card">
                <h3>
                  <a href={recordHref(locale, 'areas', a.id)}>
                    <RecordName record={a} />
                  </a>
                </h3>
                <Loc value={a.summary} as="p" />
                <p className="muted small">{t('themeProjects', { count: n })}</p>
              </li>
            );
          })}
        </ul>
        {seedProjects.length > 0 && (
          <>
            <h3>{t('seedProjects')}</h3>
            <ul className="inline-list seed-list">
              {seedProjects.map((p) => (
                <li key={p.id}>
                  <RecordLink collection="projects" record={p} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
