import type { Collection, Query, RecordKind } from '@dostyk/data';

/** A search hit as the site lists it: which record, of which kind, and its date when it has one. */
export interface SiteHit {
  id: string;
  collection: Collection;
  date?: string;
}

/**
 * The site's search: the data package's one ranking as it is, over the query the browser builds from the
 * shipped dataset and index (the terminal shows the same first results for the same text), optionally
 * limited to kinds of record. Only the data package is imported here: the terminal's tests call this very
 * function to compare the two doors.
 */
export function siteSearch(
  query: Query,
  text: string,
  options: { limit: number; kinds?: RecordKind[] },
): SiteHit[] {
  return query
    .search(text, { limit: options.limit, ...(options.kinds?.length ? { kinds: options.kinds } : {}) })
    .map((h) => ({ id: h.id, collection: h.collection, ...(h.date ? { date: h.date } : {}) }));
}
