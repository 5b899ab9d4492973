import { countIncludes, countProjects, type Facets, localize } from '@dostyk/data';
import type { GetStaticProps } from 'next';
import type { ReactElement } from 'react';
import { query } from './data';
import { facetValueLabels, rowLabels } from './labels';
import { type MapItem, projectMapItems } from './map-items';
import type { PageKit, ShellProps } from './page-kit';
import { PAGE_SIZE } from './page-size';
import { type ProjectRow, type RowLabels, toRow } from './project-rows';
import type { ListFacet } from './project-url';
import { localeStaticProps, messagesOf, translator } from './static-page';

/** What the projects explorer (a client component) is told in the page's language. */
export interface ExplorerLabels {
  filters: string;
  search: string;
  searchPlaceholder: string;
  sort: string;
  sorts: Record<string, string>;
  facets: Record<ListFacet | 'years', string>;
  from: string;
  to: string;
  any: string;
  reset: string;
  showAll: string;
  showFewer: string;
  count: Partial<Record<Intl.LDMLPluralRule, string>>;
  countOf: string;
  loading: string;
  failed: string;
  noResults: string;
  download: string;
  csv: string;
  json: string;
  previous: string;
  next: string;
  page: string;
  noScript: string;
}

/** Everything the projects page shows before a filter is touched, computed at build time. */
export interface ProjectsModel {
  thisYear: number;
  total: number;
  totalText: string;
  facets: Facets;
  rowLabels: RowLabels;
  valueLabels: ReturnType<typeof facetValueLabels>;
  labels: ExplorerLabels;
  mapItems: MapItem[];
  legend: { value: string; label: string; count: number }[];
  /** The first page of the default view. */
  rows: ProjectRow[];
  /** The rest of the list, for readers without JavaScript: name and its language. */
  rest: { id: string; name: string; lang: string }[];
}

export type ProjectsPageProps = ShellProps & { model: ProjectsModel };

export function projectsModel(locale: string): ProjectsModel {
  const t = translator(locale);
  const messages = messagesOf(locale);
  const thisYear = new Date().getFullYear();
  const all = query.projects({}, 'name');
  const labels = rowLabels(locale);
  const e = messages.explorer;
  return {
    thisYear,
    total: all.total,
    totalText: countIncludes(countProjects(all.items), locale, 'listed'),
    facets: all.facets,
    rowLabels: labels,
    valueLabels: facetValueLabels(all.facets, locale),
    labels: {
      filters: t('explorer.filters'),
      search: t('explorer.search'),
      searchPlaceholder: t('explorer.searchPlaceholder'),
      sort: t('explorer.sort'),
      sorts: e.sorts,
      facets: e.facets,
      from: t('explorer.from'),
      to: t('explorer.to'),
      any: t('explorer.any'),
      reset: t('explorer.reset'),
      showAll: e.showAll,
      showFewer: t('explorer.showFewer'),
      count: e.count,
      countOf: e.pageOf,
      loading: t('explorer.loading'),
      failed: t('explorer.failed'),
      noResults: t('explorer.noResults'),
      download: t('explorer.download'),
      csv: t('explorer.csv'),
      json: t('explorer.json'),
      previous: t('explorer.previous'),
      next: t('explorer.next'),
      page: t('explorer.pages'),
      noScript: t('explorer.noScript'),
    },
    mapItems: projectMapItems(all.items, locale),
    legend: all.facets.sector.map((s) => ({
      value: s.value,
      label: labels.sectors[s.value] ?? s.value,
      count: s.count,
    })),
    rows: all.items.slice(0, PAGE_SIZE).map((p) => toRow(p, locale, thisYear)),
    rest: all.items.slice(PAGE_SIZE).map((p) => {
      const name = localize(p.name, locale);
      return { id: p.id, name: name.text, lang: name.lang };
    }),
  };
}

export const projectsStaticProps = (
  render: (props: ProjectsPageProps, kit: PageKit) => ReactElement,
): GetStaticProps<ProjectsPageProps, { locale: string }> =>
  localeStaticProps<ProjectsPageProps>(
    { path: 'projects', title: 'explorer.title', description: 'explorer.intro', image: 'projects' },
    (locale) => ({ model: projectsModel(locale) }),
    render,
  );
