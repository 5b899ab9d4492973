import type { TimelineEntry } from '@dostyk/data';
import type { GetStaticProps } from 'next';
import type { ReactElement } from 'react';
import { query } from './data';
import { localizeDeep } from './localized-props';
import type { PageKit, ShellProps } from './page-kit';
import { localeStaticProps, messagesOf, translator } from './static-page';

/** A timeline entry as the page shows it: its title in the page's language, `expected` when after the build. */
export type TimelineItem = Omit<TimelineEntry, 'title'> & { title: unknown; expected?: true };

/** What the year and kind filter (a client component) is told in the page's language. */
export interface TimelineLabels {
  filters: string;
  types: Record<'event' | 'agreement' | 'partnership' | 'milestone', string>;
  kind: string;
  from: string;
  to: string;
  any: string;
  reset: string;
  count: Partial<Record<Intl.LDMLPluralRule, string>>;
  failed: string;
}

export interface TimelineModel {
  /** Newest year first, entries newest first within each. */
  groups: { year: string; entries: TimelineItem[] }[];
  years: number[];
  total: number;
  labels: TimelineLabels;
}

export type TimelinePageProps = ShellProps & { model: TimelineModel };

export function timelineModel(locale: string): TimelineModel {
  const t = translator(locale);
  const messages = messagesOf(locale);
  const entries = [...query.timeline()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  // Dates after the build are plans (expected completion, first operation...), marked as such.
  const today = new Date().toISOString().slice(0, 10);
  const groups = new Map<string, TimelineItem[]>();
  for (const e of entries) {
    const y = e.date.slice(0, 4);
    const item: TimelineItem = { ...e, title: localizeDeep(e.title, locale) };
    if (!e.subtype) delete item.subtype;
    if (e.date.slice(0, today.length) > today.slice(0, e.date.length)) item.expected = true;
    groups.set(y, [...(groups.get(y) ?? []), item]);
  }
  return {
    groups: [...groups].map(([year, list]) => ({ year, entries: list })),
    years: [...groups.keys()].map(Number).sort((a, b) => a - b),
    total: entries.length,
    labels: {
      filters: t('timeline.filters'),
      types: messages.timeline.types,
      kind: t('timeline.kind'),
      from: t('explorer.from'),
      to: t('explorer.to'),
      any: t('explorer.any'),
      reset: t('explorer.reset'),
      count: messages.timeline.count,
      failed: t('explorer.failed'),
    },
  };
}

export const timelineStaticProps = (
  render: (props: TimelinePageProps, kit: PageKit) => ReactElement,
): GetStaticProps<TimelinePageProps, { locale: string }> =>
  localeStaticProps<TimelinePageProps>(
    { path: 'timeline', title: 'timeline.title', description: 'timeline.intro', image: 'timeline' },
    (locale) => ({ model: timelineModel(locale) }),
    render,
  );
