import { SectorSymbol } from '@/components/map/SectorLegend';
import type { ProjectRow, RowLabels } from '@/lib/project-rows';
import { sectorStyle } from '@/lib/sectors';

const tag = (lang: string) => (lang === 'zh' ? 'zh-Hans' : lang);

/** The project list; plain markup, rendered on the server for the full list and in the browser for filtered views. */
export function ProjectRows({
  rows,
  locale,
  labels,
}: {
  rows: ProjectRow[];
  locale: string;
  labels: RowLabels;
}) {
  return (
    <ol className="project-rows">
      {rows.map((r) => {
        const { color, shape } = sectorStyle(r.sector);
        return (
          <li key={r.id} className="project-row" data-id={r.id}>
            <h3 className="project-row-name">
              <a href={`/${locale}/projects/${r.id}`}>
                <span lang={tag(r.nameLang)}>{r.name}</span>
              </a>
              {r.fallback && (
                <abbr className="fallback-mark" title={labels.fallbackTitle}>
                  {labels.fallbackMark}
                </abbr>
              )}
            </h3>
            <dl className="project-row-meta">
              <div>
                <dt className="visually-hidden">{labels.sector}</dt>
                <dd>
                  <SectorSymbol shape={shape} color={color} size={12} />{' '}
                  {labels.sectors[r.sector] ?? r.sector}
                  {r.subsector && (
                    <span className="muted">
                      {' '}
                      · {labels.subsectors[r.subsector] ?? r.subsector.replace(/-/g, ' ')}
                    </span>
                  )}
                </dd>
              </div>
              <div>
                <dt className="visually-hidden">{labels.status}</dt>
                <dd>
                  <span className={`status status-${r.status}`}>{labels.statuses[r.status] ?? r.status}</span>
                </dd>
              </div>
              {r.regions.length > 0 && (
                <div>
                  <dt className="visually-hidden">{labels.region}</dt>
                  <dd>{r.regions.map((c) => labels.regions[c] ?? c).join(', ')}</dd>
                </div>
              )}
              {r.years && (
                <div>
                  <dt className="visually-hidden">{labels.years}</dt>
                  <dd className="num">
                    {r.years[0] === r.years[1] ? r.years[0] : `${r.years[0]}–${r.years[1]}`}
                  </dd>
                </div>
              )}
              {(r.seed || r.flag) && (
                <div>
                  <dt className="visually-hidden">·</dt>
                  <dd>
                    {r.seed && <span className="badge seed">{labels.seed}</span>}
                    {r.flag && <span className="badge flag">{labels[r.flag]}</span>}
                  </dd>
                </div>
              )}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
