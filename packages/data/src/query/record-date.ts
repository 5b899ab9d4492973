import type { Collection } from '../constants.js';
import { sortDates } from '../dates.js';
import type { AnyRecord, Project } from '../schema/dataset.js';
import { milestoneDates } from './project-facts.js';

type Claims = { value: string }[] | undefined;
const first = (claims: Claims) => claims?.[0]?.value;

/**
 * The date that places a record in time, for lists of mixed records (search results): an event's day, an
 * agreement's signature, a project's earliest milestone, an organization's founding, a relationship's
 * diplomatic relations, an indicator's latest period. People and places have none.
 */
export function recordDate(collection: Collection, record: AnyRecord): string | undefined {
  const r = record as unknown as Record<string, unknown>;
  switch (collection) {
    case 'events':
      return first(r.date as Claims);
    case 'agreements':
      return first(r.signed as Claims);
    case 'projects':
      return milestoneDates(record as Project)
        .map((m) => m.date)
        .sort(sortDates)[0];
    case 'organizations':
      return first(r.founded as Claims);
    case 'relationships':
      return first(r.diplomaticRelations as Claims);
    case 'indicators': {
      const series = (r.series as { points?: { period?: string }[] }[] | undefined) ?? [];
      const periods = series.flatMap((s) => (s.points ?? []).map((p) => p.period ?? ''));
      return periods.filter(Boolean).sort(sortDates).at(-1);
    }
    default:
      return undefined;
  }
}
