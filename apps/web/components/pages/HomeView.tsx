import { useLocale, useTranslations } from 'next-intl';
import { AtlasMap } from '@/components/map/AtlasMap';
import { SectorLegend } from '@/components/map/SectorLegend';
import { DateClaims, DateText } from '@/components/record/DateClaims';
import { Loc, RecordName } from '@/components/record/Loc';
import { SourceNotes } from '@/components/record/notes';
import { RecordLink } from '@/components/record/RecordLink';
import { SourceList } from '@/components/record/SourceList';
import type { HomeModel } from '@/lib/home-page';
import { recordHref } from '@/lib/links';
import { usePageKit } from '@/lib/page-kit';

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

/** A record the page links to, named in the page's language (looked up in the page's kit). */
function KitLink({ id }: { id: string }) {
  const hit = usePageKit().get(id);
  return hit ? <RecordLink collection={hit.collection} record={hit.record} /> : null;
}

/** The relationship at a glance, from a model computed at build time. */
export function HomeView({ model }: { model: HomeModel }) {
  const t = useTranslations('home');
  const locale = useLocale();
  const kit = usePageKit();
  const { relationship, counts } = model;
  const notes = new SourceNotes(relationship ? [...relationship.sources] : [], 'partnership-source');
  return (
    <div className="page home">
      <section className="hero">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
        <ul className="stat-row">
          {(Object.keys(counts) as (keyof typeof counts)[]).map((k) => (
            <li key={k}>
              <span className="stat-number">{kit.number(counts[k])}</span>
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
            items={model.mapItems}
            title={t('mapHeading')}
            id="home-map"
            sectorLabels={Object.fromEntries(model.legend.map((s) => [s.value, s.label]))}
          />
          <SectorLegend sectors={model.legend} title={t('legend')} />
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
                      {[level.event, level.agreement].map((id) =>
                        id ? (
                          <span key={id}>
                            <KitLink id={id} />
                          </span>
                        ) : null,
                      )}
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

      {model.figureCards.length > 0 && (
        <section aria-labelledby="figures-heading" className="key-figures">
          <h2 id="figures-heading">{t('keyFigures')}</h2>
          <ul className="figure-cards">
            {model.figureCards.map((card) => {
              const indicator = kit.get(card.indicator)?.record;
              return (
                <li key={`${card.indicator}-${card.series}`} className="figure-card">
                  <a href={recordHref(locale, 'indicators', card.indicator)} className="figure-card-title">
                    {indicator ? <RecordName record={indicator} /> : card.indicator}
                  </a>
                  <span className="figure-card-value">
                    {/^[A-Z]{3}$/.test(card.unit)
                      ? kit.money(card.value, card.unit, true)
                      : kit.number(card.value)}
                  </span>
                  <span className="figure-card-meta">
                    {t('reportedFor', { who: card.who, period: kit.date(card.period) })}
                  </span>
                </li>
              );
            })}
          </ul>
          <p>
            <a href={`/${locale}/figures`}>{t('allFigures')}</a>
          </p>
        </section>
      )}

      <div className="home-columns">
        <section aria-labelledby="sectors-heading">
          <h2 id="sectors-heading">{t('bySector')}</h2>
          <p className="muted small count-label">{model.countedText}</p>
          <Bars rows={model.sectors} hrefOf={(k) => `/${locale}/projects?sector=${k}`} />
        </section>
        <section aria-labelledby="status-heading">
          <h2 id="status-heading">{t('byStatus')}</h2>
          <Bars rows={model.statuses} hrefOf={(k) => `/${locale}/projects?status=${k}`} />
          {model.excluded > 0 && <p className="muted small">{t('excluded', { count: model.excluded })}</p>}
        </section>
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading">{t('recent')}</h2>
          <ol className="recent">
            {model.recent.map((e) => (
              <li key={`${e.id}-${e.date}`}>
                <DateText value={e.date} />
                <a href={recordHref(locale, e.collection, e.id)}>
                  <Loc value={e.title} />
                </a>
                {e.subtype && <span className="muted small">{e.subtype}</span>}
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
          {model.themes.map((a) => {
            const area = kit.get(a.id)?.record;
            return (
              <li key={a.id} className="theme-card">
                <h3>
                  <a href={recordHref(locale, 'areas', a.id)}>{area ? <RecordName record={area} /> : a.id}</a>
                </h3>
                <Loc value={a.summary} as="p" />
                <p className="muted small">{t('themeProjects', { count: a.projects })}</p>
              </li>
            );
          })}
        </ul>
        {model.seedProjects.length > 0 && (
          <>
            <h3>{t('seedProjects')}</h3>
            <ul className="inline-list seed-list">
              {model.seedProjects.map((id) => (
                <li key={id}>
                  <KitLink id={id} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
