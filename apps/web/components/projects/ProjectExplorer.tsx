'use client';

import type { Facets } from '@dostyk/data';
import { Fragment, type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { PAGE_SIZE } from '@/lib/page-size';
import type { RowLabels } from '@/lib/project-rows';
import {
  emptyView,
  filterOf,
  isDefaultView,
  LIST_FACETS,
  type ListFacet,
  parseView,
  SORTS,
  serializeView,
  type ViewState,
} from '@/lib/project-url';
import type { ProjectsAnswer } from '@/lib/project-worker-protocol';
import type { ExplorerLabels } from '@/lib/projects-page';
import { FacetFilters } from './FacetFilters';
import { ProjectRows } from './ProjectRows';

export { PAGE_SIZE };

interface Props {
  locale: string;
  thisYear: number;
  labels: ExplorerLabels;
  rowLabels: RowLabels;
  /** Display names of facet values that are ids (organizations, frameworks, areas, regions). */
  valueLabels: Partial<Record<ListFacet, Record<string, string>>>;
  initialFacets: Facets;
  total: number;
  /** The count of the full list, worded by the server: the browser builds an Intl formatter (slow the first
   *  time) only once a filter changes the count. */
  totalText: string;
  /** Ids of the rows the server rendered (the first page of the default view). */
  firstPageIds: string[];
  /** The first page of the default view, rendered on the server (the rest follows in <noscript> as links). */
  children: ReactNode;
  map: ReactNode;
}

function download(name: string, type: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Filters, search, sorting and paging of the projects, all in the URL. The dataset is fetched once as JSON
 * (never bundled) and every filter, count and ranking comes from the data package's query API.
 */
export function ProjectExplorer({
  locale,
  thisYear,
  labels,
  rowLabels,
  valueLabels,
  initialFacets,
  total,
  totalText,
  firstPageIds,
  children,
  map,
}: Props) {
  const [view, setView] = useState<ViewState>(emptyView);
  const [answer, setAnswer] = useState<ProjectsAnswer | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  // Phones show the filters folded (CSS decides from the screen width, so nothing moves after load).
  const [filtersOpen, setFiltersOpen] = useState(false);
  /** The worker starts at once for a shared view, else when the page is idle or the reader reaches for a filter. */
  const [started, setStarted] = useState(false);
  const listTop = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const worker = useRef<typeof import('@/lib/project-worker-client') | null>(null);

  useEffect(() => {
    const read = () => {
      window.clearTimeout(pendingUrl.current);
      const next = parseView(window.location.search);
      // The same view again (the default one, on load) keeps its object: no second render of the page.
      setView((v) => (serializeView(v) === serializeView(next) ? v : next));
    };
    read();
    window.addEventListener('popstate', read);
    if (window.location.search) setStarted(true);
    else {
      const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200));
      const start = () => idle(() => setStarted(true));
      if (document.readyState === 'complete') start();
      else window.addEventListener('load', start, { once: true });
    }
    return () => window.removeEventListener('popstate', read);
  }, []);

  // Reaching for a filter starts the worker at once, before the first change.
  useEffect(() => {
    const el = panel.current;
    if (!el || started) return;
    const start = () => setStarted(true);
    el.addEventListener('focusin', start);
    el.addEventListener('pointerdown', start);
    return () => {
      el.removeEventListener('focusin', start);
      el.removeEventListener('pointerdown', start);
    };
  }, [started]);

  // Typing replaces the address after a pause, not on every key: each history call costs the main thread
  // (the browser's own bookkeeping and the router's), and a key must answer within a frame.
  const pendingUrl = useRef<number | undefined>(undefined);
  const update = useCallback((next: ViewState, mode: 'push' | 'replace' = 'push') => {
    setStarted(true);
    setView(next);
    const url = `${window.location.pathname}${serializeView(next)}`;
    window.clearTimeout(pendingUrl.current);
    if (mode === 'push') window.history.pushState(null, '', url);
    else pendingUrl.current = window.setTimeout(() => window.history.replaceState(null, '', url), 350);
  }, []);

  // Every view is answered by the worker; while it works the previous answer stays on screen, and a view
  // superseded before its turn is never computed (typing sends one question per key).
  useEffect(() => {
    if (!started) return;
    let current = true;
    setState((s) => (s === 'ready' ? s : 'loading'));
    const mapIds = [...document.querySelectorAll<SVGElement>('[data-project]')].map(
      (el) => el.dataset.project ?? '',
    );
    const load = worker.current
      ? Promise.resolve(worker.current)
      : import('@/lib/project-worker-client').then((m) => {
          worker.current = m;
          return m;
        });
    load
      .then((w) =>
        w.askLatestProjects({
          filter: filterOf(view),
          sort: view.sort,
          page: view.page,
          pageSize: PAGE_SIZE,
          locale,
          thisYear,
          mapIds: [...new Set(mapIds)],
        }),
      )
      .then((a) => {
        if (!current || !a) return;
        setAnswer(a);
        setState('ready');
      })
      .catch(() => {
        if (current) setState('failed');
      });
    return () => {
      current = false;
    };
  }, [started, view, locale, thisYear]);

  // The list re-renders when an answer arrives, not on every key typed into the search box.
  // An answer that lists exactly the rows the server rendered keeps the server's markup: nothing to redraw.
  const list = useMemo(() => {
    if (!answer) return null;
    const sameAsServer =
      answer.rows.length > 0 &&
      answer.rows.length === firstPageIds.length &&
      answer.rows.every((r, i) => r.id === firstPageIds[i]);
    if (sameAsServer) return null;
    return answer.rows.length ? (
      <ProjectRows rows={answer.rows} locale={locale} labels={rowLabels} />
    ) : (
      <p className="empty">{labels.noResults}</p>
    );
  }, [answer, firstPageIds, locale, rowLabels, labels.noResults]);
  const count = answer?.total ?? total;
  const active = !isDefaultView(view);
  // The default view's counts are the server's (same dataset, same query): kept as the same object, the
  // memoized filters skip re-rendering when the first answer arrives.
  const facets = active && answer ? answer.facets : initialFacets;
  const activeCount =
    LIST_FACETS.reduce((n, f) => n + view[f].length, 0) +
    (view.q ? 1 : 0) +
    (view.from !== undefined ? 1 : 0) +
    (view.to !== undefined ? 1 : 0);
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE));
  const page = Math.min(view.page, pages);

  // Dim the map's points that the filter leaves out (the map itself is static SVG from the server).
  useEffect(() => {
    if (!answer) return;
    const keep = new Set(answer.keep);
    for (const el of document.querySelectorAll<SVGElement>('[data-project]')) {
      const out = active && !keep.has(el.dataset.project ?? '');
      // Touch only what changes: every attribute write makes the browser restyle the map.
      if (el.classList.contains('is-out') === out) continue;
      el.classList.toggle('is-out', out);
      if (out) el.setAttribute('tabindex', '-1');
      else el.removeAttribute('tabindex');
    }
  }, [answer, active]);

  const exportRows = async (format: 'csv' | 'json') => {
    const w = worker.current;
    if (!w) return;
    const body = await w.askExport({ filter: filterOf(view), sort: view.sort, format });
    download(
      `dostyk-projects-${stamp}.${format}`,
      format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
      body,
    );
  };

  // What the count includes (umbrella programmes and pledges are listed here but not counted on the
  // overview): the data package's label, worded by the server for the full list and by the worker after.
  const countText = !answer || (count === total && !active) ? totalText : answer.countText;
  const stamp = new Date().toISOString().slice(0, 10);

  return (
    <div className="explorer">
      <div className="filters-panel" data-open={filtersOpen ? '' : undefined} ref={panel}>
        <h2 className="filters-heading">
          <span className="filters-title">{labels.filters}</span>
          <button
            type="button"
            className="filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="project-filters"
            onClick={() => setFiltersOpen(!filtersOpen)}
          >
            {labels.filters}
            {activeCount > 0 && <span className="filter-count"> ({activeCount})</span>}
          </button>
        </h2>
        <form
          id="project-filters"
          className="filters"
          aria-label={labels.filters}
          onSubmit={(e) => e.preventDefault()}
          action=""
          method="get"
        >
          <div className="field">
            <label htmlFor="project-q">{labels.search}</label>
            <input
              id="project-q"
              type="search"
              name="q"
              value={view.q}
              placeholder={labels.searchPlaceholder}
              autoComplete="off"
              onChange={(e) => {
                const q = e.target.value;
                const sort =
                  q && view.sort === 'name'
                    ? 'relevance'
                    : !q && view.sort === 'relevance'
                      ? 'name'
                      : view.sort;
                update({ ...view, q, sort, page: 1 }, 'replace');
              }}
            />
          </div>
          <div className="field">
            <label htmlFor="project-sort">{labels.sort}</label>
            <select
              id="project-sort"
              name="sort"
              value={view.sort}
              onChange={(e) => update({ ...view, sort: e.target.value as ViewState['sort'], page: 1 })}
            >
              {SORTS.filter((s) => s !== 'relevance' || view.q).map((s) => (
                <option key={s} value={s}>
                  {labels.sorts[s] ?? s}
                </option>
              ))}
            </select>
          </div>
          <FacetFilters
            facets={facets}
            view={view}
            update={update}
            labels={labels}
            rowLabels={rowLabels}
            valueLabels={valueLabels}
          />
          {active && (
            <button type="button" className="button secondary" onClick={() => update(emptyView())}>
              {labels.reset}
            </button>
          )}
        </form>
      </div>

      {/* The map comes after the list in the markup, as on a phone's screen: a browser painting the page as
          it arrives never draws the map where the list is about to go. */}
      <div className="results" ref={listTop}>
        <div className="results-bar">
          <h2 className="results-count" aria-live="polite" aria-atomic="true" data-count={count}>
            {countText}
            {state === 'loading' && active && <span className="muted"> · {labels.loading}</span>}
            {state === 'failed' && <span className="error"> · {labels.failed}</span>}
          </h2>
          {/* Always in the markup, hidden until the rows can be exported: its place is kept, nothing moves. */}
          <p className="downloads" data-ready={answer ? '' : undefined}>
            <span>{labels.download}</span>
            {(['csv', 'json'] as const).map((format) => (
              <Fragment key={format}>
                {' '}
                <button
                  type="button"
                  className="button small"
                  disabled={!answer}
                  onClick={() => exportRows(format)}
                >
                  {labels[format]}
                </button>
              </Fragment>
            ))}
          </p>
        </div>
        <noscript>
          <p className="notice">{labels.noScript}</p>
        </noscript>
        {list ?? children}
        {pages > 1 && (
          <nav className="pager" aria-label={labels.page}>
            <button
              type="button"
              className="button secondary"
              disabled={page <= 1}
              onClick={() => {
                update({ ...view, page: page - 1 });
                listTop.current?.scrollIntoView();
              }}
            >
              {labels.previous}
            </button>
            <span>{labels.countOf.replace('{page}', String(page)).replace('{pages}', String(pages))}</span>
            <button
              type="button"
              className="button secondary"
              disabled={page >= pages}
              onClick={() => {
                update({ ...view, page: page + 1 });
                listTop.current?.scrollIntoView();
              }}
            >
              {labels.next}
            </button>
          </nav>
        )}
      </div>

      <div className="projects-map">{map}</div>
    </div>
  );
}
