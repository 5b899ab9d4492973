import { countIncludes, countProjects, localize } from '@dostyk/data';
import type { Locale } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { AtlasMap } from '@/components/map/AtlasMap';
import { SectorLegend } from '@/components/map/SectorLegend';
import { ProjectExplorer } from '@/components/projects/ProjectExplorer';
import { ProjectRows } from '@/components/projects/ProjectRows';
import { PAGE_SIZE } from '@/components/projects/page-size';
import { query } from '@/lib/data';
import { facetValueLabels, rowLabels } from '@/lib/labels';
import type { MapItem } from '@/lib/map-items';
import { projectMapItems } from '@/lib/map-items';
import { pageMetadata } from '@/lib/metadata';
import { toRow } from '@/lib/project-rows';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as 'en', namespace: 'explorer' });
  return pageMetadata({
    locale,
    path: 'projects',
    title: t('title'),
    description: t('intro'),
    image: 'projects',
  });
}

export default async function ProjectsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations({ locale: locale as 'en', namespace: 'explorer' });
  const ts = await getTranslations({ locale: locale as 'en', namespace: 'sectors' });
  const thisYear = new Date().getFullYear();
  const all = query.projects({}, 'name');
  const labels = await rowLabels(locale);
  const messages = await getMessages({ locale: locale as Locale });
  const items: MapItem[] = projectMapItems(all.items, locale, labels.sectors);
  const sectorCounts = all.facets.sector.map((s) => ({
    value: s.value,
    label: ts(s.value as 'energy'),
    count: s.count,
  }));
  return (
    <div className="page wide">
      <header className="page-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
      </header>
      <ProjectExplorer
        locale={locale}
        thisYear={thisYear}
        total={all.total}
        totalText={countIncludes(countProjects(all.items), locale, 'listed')}
        firstPageIds={all.items.slice(0, PAGE_SIZE).map((p) => p.id)}
        initialFacets={all.facets}
        rowLabels={labels}
        valueLabels={facetValueLabels(all.facets, locale)}
        labels={{
          filters: t('filters'),
          search: t('search'),
          searchPlaceholder: t('searchPlaceholder'),
          sort: t('sort'),
          sorts: messages.explorer.sorts,
          facets: messages.explorer.facets,
          from: t('from'),
          to: t('to'),
          any: t('any'),
          reset: t('reset'),
          showAll: messages.explorer.showAll,
          showFewer: t('showFewer'),
          count: messages.explorer.count,
          countOf: messages.explorer.pageOf,
          loading: t('loading'),
          failed: t('failed'),
          noResults: t('noResults'),
          download: t('download'),
          csv: t('csv'),
          json: t('json'),
          previous: t('previous'),
          next: t('next'),
          page: t('pages'),
          noScript: t('noScript'),
        }}
        map={
          <>
            <AtlasMap items={items} title={t('mapTitle')} id="projects-map" />
            <SectorLegend sectors={sectorCounts} title={t('legend')} />
          </>
        }
      >
        <ProjectRows
          rows={all.items.slice(0, PAGE_SIZE).map((p) => toRow(p, locale, thisYear))}
          locale={locale}
          labels={labels}
        />
        {all.items.length > PAGE_SIZE && (
          // Readers without JavaScript get the rest of the list as plain links; everyone else pages through it.
          <noscript>
            <ol className="project-rows-rest" start={PAGE_SIZE + 1}>
              {all.items.slice(PAGE_SIZE).map((p) => {
                const name = localize(p.name, locale as Parameters<typeof localize>[1]);
                return (
                  <li key={p.id}>
                    <a href={`/${locale}/projects/${p.id}`} lang={name.lang === 'zh' ? 'zh-Hans' : name.lang}>
                      {name.text}
                    </a>
                  </li>
                );
              })}
            </ol>
          </noscript>
        )}
      </ProjectExplorer>
    </div>
  );
}
