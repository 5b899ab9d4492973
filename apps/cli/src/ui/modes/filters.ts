import type { ProjectFilter, Query } from '@dostyk/data';
import type { Key } from 'ink';
import { useMemo, useState } from 'react';
import { regionName } from '../../data/regions.js';
import { type Lang, maybe, type T } from '../../i18n/messages.js';
import type { FilterRow } from '../components/FilterPanel.js';
import { useCursor } from '../hooks/useCursor.js';

type Facets = ReturnType<Query['projects']>['facets'];

/**
 * The project filter (which the projects and timeline tabs read) and the panel that edits it. Facets and
 * counts are computed only when something shows them.
 */
export function useFilterMode(
  query: Query | undefined,
  showProjects: boolean,
  open: boolean,
  lang: Lang,
  t: T,
) {
  const [filter, setFilter] = useState<ProjectFilter>({});
  const needProjects = showProjects || open;
  const projects = useMemo(
    () => (needProjects && query ? query.projects(filter) : undefined),
    [query, filter, needProjects],
  );
  const rows = useMemo(
    () => (open && projects ? buildFilterRows(projects.facets, filter, lang, t) : []),
    [open, projects, filter, lang, t],
  );
  const cursor = useCursor(rows.length);

  const toggle = (row: FilterRow | undefined, delta = 0) => {
    if (!row || row.type === 'header') return;
    if (row.type === 'toggle') {
      setFilter((f) => {
        const list = f[row.facet] ?? [];
        const nextList = list.includes(row.value)
          ? list.filter((v) => v !== row.value)
          : [...list, row.value];
        return clean({ ...f, [row.facet]: nextList });
      });
      return;
    }
    const years = (projects?.facets.year ?? []).map((y) => Number(y.value)).sort((a, b) => a - b);
    const choices: (number | undefined)[] = [undefined, ...years];
    setFilter((f) => {
      const i = choices.indexOf(f[row.bound]);
      const next = choices[(i + (delta || 1) + choices.length) % choices.length];
      const out = { ...f, [row.bound]: next };
      if (out.from !== undefined && out.to !== undefined && out.from > out.to) {
        if (row.bound === 'from') out.to = out.from;
        else out.from = out.to;
      }
      return clean(out);
    });
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
    if (input === 'c') return setFilter({});
  };

  return {
    filter,
    projects,
    shown: projects?.total ?? 0,
    total: query?.dataset.projects.length ?? 0,
    rows,
    index: cursor.index,
    begin,
    handleKey,
  };
}

/** Drop empty lists and unset years so that "no filter" is `{}`. */
function clean(f: ProjectFilter): ProjectFilter {
  const out: ProjectFilter = {};
  for (const [k, v] of Object.entries(f) as [keyof ProjectFilter, unknown][]) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

function buildFilterRows(facets: Facets, filter: ProjectFilter, lang: Lang, t: T): FilterRow[] {
  const rows: FilterRow[] = [];
  const section = (facet: 'sector' | 'status' | 'region', title: string, label: (v: string) => string) => {
    rows.push({ type: 'header', label: title });
    const values = [...facets[facet]];
    for (const v of filter[facet] ?? [])
      if (!values.some((x) => x.value === v)) values.push({ value: v, count: 0 });
    for (const { value, count } of values)
      rows.push({
        type: 'toggle',
        facet,
        value,
        label: label(value),
        count,
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
