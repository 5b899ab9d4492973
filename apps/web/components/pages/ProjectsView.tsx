import { useTranslations } from 'next-intl';
import { AtlasMap } from '@/components/map/AtlasMap';
import { SectorLegend } from '@/components/map/SectorLegend';
import { ProjectExplorer } from '@/components/projects/ProjectExplorer';
import { ProjectRows } from '@/components/projects/ProjectRows';
import type { ProjectsModel } from '@/lib/projects-page';

const tag = (lang: string) => (lang === 'zh' ? 'zh-Hans' : lang);

/** The projects page: the map, the filters and the first page of the list, from a build-time model. */
export function ProjectsView({ model, locale }: { model: ProjectsModel; locale: string }) {
  const t = useTranslations('explorer');
  return (
    <div className="page wide">
      <header className="page-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
      </header>
      <ProjectExplorer
        locale={locale}
        thisYear={model.thisYear}
        total={model.total}
        totalText={model.totalText}
        firstPageIds={model.rows.map((r) => r.id)}
        initialFacets={model.facets}
        rowLabels={model.rowLabels}
        valueLabels={model.valueLabels}
        labels={model.labels}
        map={
          <>
            <AtlasMap
              items={model.mapItems}
              title={t('mapTitle')}
              id="projects-map"
              sectorLabels={Object.fromEntries(model.legend.map((s) => [s.value, s.label]))}
            />
            <SectorLegend sectors={model.legend} title={t('legend')} />
          </>
        }
      >
        <ProjectRows rows={model.rows} locale={locale} labels={model.rowLabels} />
        {model.rest.length > 0 && (
          // Readers without JavaScript get the rest of the list as plain links; everyone else pages through it.
          <noscript>
            <ol className="project-rows-rest" start={model.rows.length + 1}>
              {model.rest.map((p) => (
                <li key={p.id}>
                  <a href={`/${locale}/projects/${p.id}`} lang={tag(p.lang)}>
                    {p.name}
                  </a>
                </li>
              ))}
            </ol>
          </noscript>
        )}
      </ProjectExplorer>
    </div>
  );
}
