import type { Facets } from '@dostyk/data';
import { memo, useState } from 'react';
import { YearRange } from '@/components/filters/YearRange';
import type { RowLabels } from '@/lib/project-rows';
import { LIST_FACETS, type ListFacet, type ViewState } from '@/lib/project-url';
import type { ExplorerLabels } from '@/lib/projects-page';

/** Facets with more values than this show the most frequent first and a "show all" button. */
const SHORT_FACET = 8;

interface Props {
  facets: Facets;
  view: ViewState;
  update: (next: ViewState) => void;
  labels: ExplorerLabels;
  rowLabels: RowLabels;
  valueLabels: Partial<Record<ListFacet, Record<string, string>>>;
}

/**
 * The checkbox lists and the year range of the projects filter. Memoized: an answer that leaves the counts
 * as they were (the default view's first answer) re-renders the list's header, not hundreds of checkboxes.
 */
export const FacetFilters = memo(function FacetFilters({
  facets,
  view,
  update,
  labels,
  rowLabels,
  valueLabels,
}: Props) {
  const [expanded, setExpanded] = useState<Partial<Record<ListFacet, boolean>>>({});
  const toggle = (facet: ListFacet, value: string, on: boolean) => {
    const list = on ? [...view[facet], value] : view[facet].filter((v) => v !== value);
    update({ ...view, [facet]: list, page: 1 });
  };

  const years = facets.year
    .map((y) => Number(y.value))
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const facetLabel = (facet: ListFacet, value: string): string =>
    facet === 'sector'
      ? (rowLabels.sectors[value] ?? value)
      : facet === 'status'
        ? (rowLabels.statuses[value] ?? value)
        : facet === 'region'
          ? (rowLabels.regions[value] ?? value)
          : (valueLabels[facet]?.[value] ?? value);

  return (
    <>
      {LIST_FACETS.map((facet) => {
        const values = facets[facet] ?? [];
        const selected = new Set(view[facet]);
        // Selected values stay visible even when the other filters leave them no project.
        const shown = [...values];
        for (const v of selected) if (!shown.some((s) => s.value === v)) shown.push({ value: v, count: 0 });
        if (!shown.length) return null;
        const long = shown.length > SHORT_FACET;
        const visible =
          long && !expanded[facet] ? shown.filter((v, i) => i < SHORT_FACET || selected.has(v.value)) : shown;
        return (
          <fieldset key={facet} className="facet">
            <legend>{labels.facets[facet]}</legend>
            <ul>
              {visible.map((v) => {
                const id = `f-${facet}-${v.value}`;
                return (
                  <li key={v.value}>
                    <input
                      type="checkbox"
                      id={id}
                      name={facet}
                      value={v.value}
                      checked={selected.has(v.value)}
                      onChange={(e) => toggle(facet, v.value, e.target.checked)}
                    />
                    <label htmlFor={id}>
                      <span>{facetLabel(facet, v.value)}</span> <span className="facet-count">{v.count}</span>
                    </label>
                  </li>
                );
              })}
            </ul>
            {long && (
              <button
                type="button"
                className="link-button"
                aria-expanded={Boolean(expanded[facet])}
                onClick={() => setExpanded({ ...expanded, [facet]: !expanded[facet] })}
              >
                {expanded[facet] ? labels.showFewer : labels.showAll.replace('{n}', String(shown.length))}
              </button>
            )}
          </fieldset>
        );
      })}
      {years.length > 0 && (
        <fieldset className="facet years">
          <legend>{labels.facets.years}</legend>
          <YearRange
            years={years}
            value={{ from: view.from, to: view.to }}
            labels={labels}
            names={{ from: 'from', to: 'to' }}
            onChange={(range) => {
              const { from: _from, to: _to, ...rest } = view;
              update({ ...rest, ...range, page: 1 });
            }}
          />
        </fieldset>
      )}
    </>
  );
});
