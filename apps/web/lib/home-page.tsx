import { countIncludes, type Localized, localize, type Project, type Relationship } from '@dostyk/data';
import type { GetStaticProps } from 'next';
import type { ReactElement } from 'react';
import { dataset, query } from './data';
import { localizeDeep } from './localized-props';
import { type MapItem, projectMapItems } from './map-items';
import type { PageKit, ShellProps } from './page-kit';
import { localeStaticProps, messagesOf } from './static-page';

/** A bar of the sector or status chart: a key for its link, its label and its count. */
export interface HomeBar {
  key: string;
  label: string;
  count: number;
}

/** Everything the home page shows, computed at build time in the page's language. */
export interface HomeModel {
  counts: Record<'projects' | 'events' | 'agreements' | 'sources', number>;
  mapItems: MapItem[];
  legend: { value: string; label: string; count: number }[];
  /** The relationship's record cut to the page's language (the ladder and its sources). */
  relationship?: Relationship;
  /** The latest point of every trade series. */
  figureCards: {
    indicator: string;
    series: string;
    who: string;
    period: string;
    value: number;
    unit: string;
  }[];
  sectors: HomeBar[];
  statuses: HomeBar[];
  countedText: string;
  excluded: number;
  recent: { id: string; collection: string; date: string; title: Localized; subtype?: string }[];
  themes: { id: string; summary: Localized; projects: number }[];
  seedProjects: string[];
}

export type HomePageProps = ShellProps & { model: HomeModel };

const bars = (counts: Record<string, number>, labels: Record<string, string>): HomeBar[] =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => ({ key, label: labels[key] ?? key, count }));

export function homeModel(locale: string): HomeModel {
  const messages = messagesOf(locale);
  const sectorLabels: Record<string, string> = messages.sectors;
  const agg = query.aggregates();
  const all = query.projects({}, 'name');
  const relationship = dataset.relationships[0];
  const recent = query
    .timeline({ types: ['event'] })
    .slice()
    .sort((a, b) => (a.date < b.date ? 1 : -1))
    .slice(0, 6);
  const figureCards = dataset.indicators
    .filter((i) => i.topic === 'trade')
    .flatMap((ind) =>
      ind.series.flatMap((s) => {
        const last = [...s.points].sort((a, b) => (a.period < b.period ? -1 : 1)).at(-1);
        if (!last) return [];
        return [
          {
            indicator: ind.id,
            series: s.id,
            who: s.label ? localize(s.label, locale).text : s.reporter,
            period: last.period,
            value: last.value,
            unit: ind.unit,
          },
        ];
      }),
    );
  return {
    counts: {
      projects: dataset.projects.length,
      events: dataset.events.length,
      agreements: dataset.agreements.length,
      sources: dataset.sources.length,
    },
    mapItems: projectMapItems(all.items, locale),
    legend: all.facets.sector.map((s) => ({
      value: s.value,
      label: sectorLabels[s.value] ?? s.value,
      count: s.count,
    })),
    ...(relationship ? { relationship: localizeDeep(relationship, locale) } : {}),
    figureCards,
    sectors: bars(agg.projectsBySector, sectorLabels),
    statuses: bars(agg.projectsByStatus, messages.statuses),
    countedText: countIncludes(agg.projectCounts, locale, 'counted'),
    excluded: agg.excluded.length,
    recent: recent.map((e) => {
      const subtype = e.subtype ? (messages.eventKinds as Record<string, string>)[e.subtype] : undefined;
      return {
        id: e.id,
        collection: e.collection,
        date: e.date,
        title: localizeDeep(e.title, locale),
        ...(e.subtype ? { subtype: subtype ?? e.subtype } : {}),
      };
    }),
    themes: dataset.areas
      .filter((a) => a.namedInSeed)
      .map((a) => ({
        id: a.id,
        summary: localizeDeep(a.summary, locale),
        projects: query.projects({ area: [a.id] }).total,
      })),
    seedProjects: all.items.filter((p: Project) => p.namedInSeed).map((p) => p.id),
  };
}

export const homeStaticProps = (
  render: (props: HomePageProps, kit: PageKit) => ReactElement,
): GetStaticProps<HomePageProps, { locale: string }> =>
  localeStaticProps<HomePageProps>(
    { path: '', title: 'site.tagline', description: 'site.description' },
    (locale) => ({ model: homeModel(locale) }),
    render,
  );
