import type { ProjectFilter, Query, TimelineFilter } from '@dostyk/data';
import type { Key } from 'ink';
import { useMemo, useState } from 'react';
import { regionName } from '../../data/regions.js';
import { type Lang, maybe, type T } from '../../i18n/messages.js';
import { TIMELINE_KINDS } from '../../timeline-kinds.js';
import type { FilterRow } from '../components/FilterPanel.js';
import { useCursor } from '../hooks/useCursor.js';

type Facets = ReturnType<Query['projects']>['facets'];
type Kind = (typeof TIMELINE_KINDS)[number];

/** Which list a filter panel edits: the projects (sector, status, region, years) or the timeline (kinds, years). */
export type FilterTarget = 'projects' | 'timeline';

/**
 * The project filter and the timeline filter (each tab reads its own), and the panel that edits the one
 * of the tab it was opened on. Every value keeps its row whatever the counts (a value no project matches
 * shows 0), so the cursor stays on the value just ticked. Counts are computed only when something shows them.
 */
export function useFilterMode(
  query: Query | undefined,
  showProjects: boolean,
  open: FilterTarget | undefined,
  lang: Lang,
  t: T,
) {
  const [filter, setFilter] = useState<ProjectFilter>({});
  const [timeline, setTimeline] = useState<TimelineFilter>({});
  const needProjects = showProjects || open === 'projects';
  const projects = useMemo(
    () => (needProjects && query ? query.projects(filter) : undefined),
    [query, filter, needProjects],
  );
  // Every value any project has, in the order of the unfiltered counts: the rows never move.
  const all = useMemo(
    () => (open === 'projects' && query ? query.projects({}).facets : undefined),
    [open, query],
  );
  const years = useMemo(
    () =>
      open === 'timeline' && query
        ? [...new Set(query.timeline().map((e) => Number(e.date.slice(0, 4))))]
        : [],
    [open, query],
  );
  const timelineShown = useMemo(
    () => (open === 'timeline' && query ? query.timeline(timeline).length : 0),
    [open, query, timeline],
  );
  const rows = useMemo(() => {
    if (open === 'projects' && projects && all) return projectRows(all, projects.facets, filter, lang, t);
    if (open === 'timeline' && query) return timelineRows(query, timeline, t);
    return [];
  }, [open, projects, all, filter, timeline, query, lang, t]);
  const cursor = useCursor(rows.length);

  const toggle = (row: FilterRow | undefined, delta = 0) => {
    if (!row || row.type === 'header') return;
    if (row.type === 'toggle') {
      const flip = (list: string[] = []) =>
        list.includes(row.value) ? list.filter((v) => v !== row.value) : [...list, row.value];
      if (row.facet === 'kind')
        return setTimeline((f) => clean({ ...f, types: flip(f.types) as Kind[] }) as TimelineFilter);
      return setFilter((f) => clean({ ...f, [row.facet]: flip(f[row.facet as 'sector']) }));
    }
    const choices: (number | undefined)[] = [
      undefined,
      ...(open === 'timeline' ? years : (projects?.facets.year ?? []).map((y) => Number(y.value))).sort(
        (a, b) => a - b,
      ),
    ];
    const step = <F extends { from?: number; to?: number }>(f: F): F => {
      const i = choices.indexOf(f[row.bound]);
      const next = choices[(i + (delta || 1) + choices.length) % choices.length];
      const out = { ...f, [row.bound]: next };
      if (out.from !== undefined && out.to !== undefined && out.from > out.to) {
        if (row.bound === 'from') out.to = out.from;
        else out.from = out.to;
      }
      return clean(out) as F;
    };
    if (open === 'timeline') setTimeline(step);
    else setFilter(step);
  };

  /** The panel opens on its first value (row 0 is a section title). */
  const begin = () => cursor.set(1);

  const handleKey = (input: string, key: Key, leave: () => void) => {
    const move = (d: number) => {
      let i = cursor.index + d;
      while (rows[i]?.type === 'header') i += d > 0 ? 1 : -1;
      if (i >= 0 && i < rows.length) cursor.set(i);
    };
    if (key.escape) return leave();
    if (key.upArrow || input === 'k') return move(-1);
    if (key.downArrow || input === 'j') return move(1);
    if (input === ' ' || key.return) return toggle(rows[cursor.index]);
    if (key.leftArrow || key.rightArrow) {
      const row = rows[cursor.index];
      if (row?.type === 'year') toggle(row, key.leftArrow ? -1 : 1);
      return;
    }
    if (input === 'c') return open === 'timeline' ? setTimeline({}) : setFilter({});
  };

  return {
    filter,
    timeline,
    projects,
    shown: projects?.total ?? 0,
    total: query?.dataset.projects.length ?? 0,
    /** Entries the timeline filter leaves, while its panel is open. */
    timelineShown,
    rows,
    index: cursor.index,
    begin,
    handleKey,
  };
}

/** Drop empty lists and unset years so that "no filter" is `{}`. */
function clean<F extends object>(f: F): F {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(f)) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out as F;
}

/** Every value of each facet (from the unfiltered counts, in their order), counted under the current filter. */
function projectRows(all: Facets, facets: Facets, filter: ProjectFilter, lang: Lang, t: T): FilterRow[] {
  const rows: FilterRow[] = [];
  const section = (facet: 'sector' | 'status' | 'region', title: string, label: (v: string) => string) => {
    rows.push({ type: 'header', label: title });
    const counts = new Map(facets[facet].map((x) => [x.value, x.count]));
    const values = all[facet].map((x) => x.value);
    for (const v of filter[facet] ?? []) if (!values.includes(v)) values.push(v);
    for (const value of values)
      rows.push({
        type: 'toggle',
        facet,
        value,
        label: label(value),
        count: counts.get(value) ?? 0,
        on: (filter[facet] ?? []).includes(value),
      });
  };
  section('sector', t('filters.sector'), (v) => maybe(t, `sector.${v}`, v));
  section('status', t('filters.status'), (v) => maybe(t, `st.${v}`, v));
  section('region', t('filters.region'), (v) => `${regionName(v, lang)} (${v})`);
  rows.push({ type: 'header', label: t('filters.years') });
  rows.push({ type: 'year', bound: 'from', label: t('filters.from'), value: filter.from });
  rows.push({ type: 'year', bound: 'to', label: t('filters.to'), value: filter.to });
  return rows;
}

/** The timeline's kinds, each counted within the chosen years, then the years. */
function timelineRows(query: Query, filter: TimelineFilter, t: T): FilterRow[] {
  const years = { from: filter.from, to: filter.to };
  return [
    { type: 'header', label: t('filters.kinds') },
    ...TIMELINE_KINDS.map(
      (kind): FilterRow => ({
        type: 'toggle',
        facet: 'kind',
        value: kind,
        label: t(`timeline.${kind}`),
        count: query.timeline({ ...years, types: [kind] }).length,
        on: (filter.types ?? []).includes(kind),
      }),
    ),
    { type: 'header', label: t('filters.years') },
    { type: 'year', bound: 'from', label: t('filters.from'), value: filter.from },
    { type: 'year', bound: 'to', label: t('filters.to'), value: filter.to },
  ];
}
