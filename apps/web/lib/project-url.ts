import type { ProjectFilter, ProjectSort } from '@dostyk/data';

/** The whole state of the projects page; it lives in the URL so a view can be shared and Back works. */
export interface ViewState {
  q: string;
  sector: string[];
  status: string[];
  region: string[];
  participant: string[];
  framework: string[];
  area: string[];
  from?: number;
  to?: number;
  sort: ProjectSort;
  page: number;
}

export const LIST_FACETS = ['sector', 'status', 'region', 'participant', 'framework', 'area'] as const;
export type ListFacet = (typeof LIST_FACETS)[number];
export const SORTS: ProjectSort[] = ['name', 'start', 'status', 'sector', 'capacity', 'relevance'];

export const emptyView = (): ViewState => ({
  q: '',
  sector: [],
  status: [],
  region: [],
  participant: [],
  framework: [],
  area: [],
  sort: 'name',
  page: 1,
});

const ID = /^[A-Za-z0-9-]{1,80}$/;
const int = (v: string | null): number | undefined => {
  if (!v || !/^\d{4}$/.test(v)) return undefined;
  return Number(v);
};

/** Reads `?q=…&sector=energy,transport&from=2015&sort=start&page=2`; unknown or malformed values are dropped. */
export function parseView(search: string): ViewState {
  const p = new URLSearchParams(search);
  const view = emptyView();
  view.q = (p.get('q') ?? '').slice(0, 200);
  for (const f of LIST_FACETS) {
    view[f] = [
      ...new Set(
        p
          .getAll(f)
          .flatMap((v) => v.split(','))
          .filter((v) => ID.test(v)),
      ),
    ];
  }
  const from = int(p.get('from'));
  const to = int(p.get('to'));
  if (from !== undefined) view.from = from;
  if (to !== undefined) view.to = to;
  const sort = p.get('sort') as ProjectSort | null;
  if (sort && SORTS.includes(sort)) view.sort = sort;
  else if (view.q) view.sort = 'relevance';
  const page = Number(p.get('page'));
  if (Number.isInteger(page) && page > 1 && page < 10000) view.page = page;
  return view;
}

/** The query string of a view (empty for the default view), in a stable order. */
export function serializeView(view: ViewState): string {
  const p = new URLSearchParams();
  if (view.q) p.set('q', view.q);
  for (const f of LIST_FACETS) if (view[f].length) p.set(f, view[f].join(','));
  if (view.from !== undefined) p.set('from', String(view.from));
  if (view.to !== undefined) p.set('to', String(view.to));
  const defaultSort = view.q ? 'relevance' : 'name';
  if (view.sort !== defaultSort) p.set('sort', view.sort);
  if (view.page > 1) p.set('page', String(view.page));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The data package's filter for a view. */
export function filterOf(view: ViewState): ProjectFilter {
  const f: ProjectFilter = {};
  if (view.q.trim()) f.q = view.q.trim();
  for (const k of LIST_FACETS) if (view[k].length) f[k] = view[k];
  if (view.from !== undefined) f.from = view.from;
  if (view.to !== undefined) f.to = view.to;
  return f;
}

export const isDefaultView = (view: ViewState): boolean => serializeView(view) === '';
