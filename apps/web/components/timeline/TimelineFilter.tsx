'use client';

import type { TimelineFilter as Filter } from '@dostyk/data';
import { useEffect, useState } from 'react';
import { YearRange } from '@/components/filters/YearRange';
import { loadQuery } from '@/lib/client-query';
import { plural } from '@/lib/format';
import type { TimelineLabels } from '@/lib/timeline-page';
import {
  entryKey,
  parseTimelineView,
  serializeTimelineView,
  TIMELINE_TYPES,
  type TimelineView,
} from './entry-key';

interface Props {
  locale: string;
  years: number[];
  total: number;
  labels: TimelineLabels;
}

/**
 * Filters the server-rendered timeline by kind and years. Which entries match comes from the data package's
 * timeline(filter); this component only shows and hides the list items.
 */
export function TimelineFilter({ locale, years, total, labels }: Props) {
  const [view, setView] = useState<TimelineView>({ types: [] });
  const [shown, setShown] = useState(total);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const read = () => setView(parseTimelineView(window.location.search));
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, []);

  useEffect(() => {
    let cancelled = false;
    const filter: Filter = {};
    if (view.types.length) filter.types = view.types;
    if (view.from !== undefined) filter.from = view.from;
    if (view.to !== undefined) filter.to = view.to;
    loadQuery()
      .then(({ query: q }) => {
        if (cancelled) return;
        const keep = new Set(q.timeline(filter).map(entryKey));
        let n = 0;
        for (const li of document.querySelectorAll<HTMLElement>('[data-entry]')) {
          const on = keep.has(li.dataset.entry ?? '');
          li.hidden = !on;
          if (on) n++;
        }
        for (const group of document.querySelectorAll<HTMLElement>('[data-year-group]')) {
          group.hidden = !group.querySelector('[data-entry]:not([hidden])');
        }
        setShown(n);
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [view]);

  const update = (next: TimelineView) => {
    setView(next);
    window.history.pushState(null, '', `${window.location.pathname}${serializeTimelineView(next)}`);
  };

  return (
    <form className="timeline-filter" aria-label={labels.filters} onSubmit={(e) => e.preventDefault()}>
      <fieldset className="facet inline">
        <legend>{labels.kind}</legend>
        {TIMELINE_TYPES.map((type) => (
          <label key={type} className={`chip chip-${type}`}>
            <input
              type="checkbox"
              name="type"
              value={type}
              checked={view.types.includes(type)}
              onChange={(e) =>
                update({
                  ...view,
                  types: e.target.checked ? [...view.types, type] : view.types.filter((t) => t !== type),
                })
              }
            />
            {labels.types[type]}
          </label>
        ))}
      </fieldset>
      <YearRange
        years={years}
        value={{ from: view.from, to: view.to }}
        labels={labels}
        onChange={(range) => {
          const { from: _from, to: _to, ...rest } = view;
          update({ ...rest, ...range });
        }}
      />
      {(view.types.length > 0 || view.from !== undefined || view.to !== undefined) && (
        <button type="button" className="button secondary" onClick={() => update({ types: [] })}>
          {labels.reset}
        </button>
      )}
      <p className="results-count" aria-live="polite">
        {plural(locale, shown, labels.count)}
        {failed && <span className="error"> · {labels.failed}</span>}
      </p>
    </form>
  );
}
