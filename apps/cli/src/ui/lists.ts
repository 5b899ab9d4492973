import {
  type Collection,
  capacityOf,
  currentStatus,
  localize,
  type ProjectFilter,
  type Query,
  type TimelineFilter,
} from '@dostyk/data';
import { countLabel } from '@dostyk/data/labels';
import { ENTITY_COLLECTIONS, formatNumber, KIND, titleOf } from '../data/records.js';
import { type Lang, maybe, type T } from '../i18n/messages.js';

export const TABS = ['overview', 'projects', 'timeline', 'figures', 'entities'] as const;
export type Tab = (typeof TABS)[number];

/** One row of a list: the record it opens and what it shows. */
export interface Item {
  key: string;
  id: string;
  collection: Collection;
  label: string;
  meta: string;
}

/** The rows of a tab. Every list comes from the query API; nothing is filtered here. */
export function itemsOf(
  query: Query,
  tab: Tab,
  filter: ProjectFilter,
  lang: Lang,
  t: T,
  timeline: TimelineFilter = {},
): Item[] {
  switch (tab) {
    case 'projects':
      return query.projects(filter, 'name').items.map((p) => {
        const cap = capacityOf(p);
        const status = currentStatus(p);
        return {
          key: p.id,
          id: p.id,
          collection: 'projects',
          label: titleOf(p, lang).text,
          meta: cap
            ? `${formatNumber(cap.value, lang)} ${maybe(t, `unit.${cap.unit}`, cap.unit)}`
            : maybe(t, `st.${status}`, status),
        };
      });
    case 'timeline':
      return query.timeline(timeline).map((e, i) => ({
        key: `${e.date}-${e.id}-${i}`,
        id: e.id,
        collection: e.collection,
        label: `${e.date}  ${localize(e.title, lang).text}${e.type === 'milestone' && e.subtype ? ` — ${maybe(t, `ms.${e.subtype}`, e.subtype)}` : ''}`,
        meta: t(`timeline.${e.type}` as never),
      }));
    case 'figures':
      return query.dataset.indicators.map((ind) => ({
        key: ind.id,
        id: ind.id,
        collection: 'indicators' as Collection,
        label: titleOf(ind, lang).text,
        meta: countLabel('series', ind.series.length, lang),
      }));
    case 'entities':
      return ENTITY_COLLECTIONS.flatMap((c) =>
        (query.dataset[c] as { id: string }[]).map((r) => ({
          key: r.id,
          id: r.id,
          collection: c,
          label: titleOf(r, lang).text,
          meta: t(`kind.${KIND[c]}` as never),
        })),
      );
    default:
      return [];
  }
}

/** The timeline filters that apply, in words: kinds, then years. */
export function activeTimelineFilters(filter: TimelineFilter, t: T): string[] {
  const out: string[] = [];
  if (filter.types?.length) out.push(filter.types.map((k) => t(`timeline.${k}` as never)).join(', '));
  if (filter.from !== undefined || filter.to !== undefined)
    out.push(`${filter.from ?? '…'}–${filter.to ?? '…'}`);
  return out;
}

/** The project filters that apply, in words: sectors, statuses, regions, then years. */
export function activeFilters(filter: ProjectFilter, lang: Lang, t: T): string[] {
  const out: string[] = [];
  if (filter.sector?.length) out.push(filter.sector.map((s) => maybe(t, `sector.${s}`, s)).join(', '));
  if (filter.status?.length) out.push(filter.status.map((s) => maybe(t, `st.${s}`, s)).join(', '));
  if (filter.region?.length) out.push(filter.region.join(', '));
  if (filter.from !== undefined || filter.to !== undefined)
    out.push(`${filter.from ?? '…'}–${filter.to ?? '…'}`);
  void lang;
  return out;
}
