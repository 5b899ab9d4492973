import { COLLECTIONS, createQuery, type Dataset, type Query } from '@dostyk/data';

/** The dataset and its prebuilt search index, as the build writes them (never bundled into JavaScript). */
export const DATASET_URL = '/downloads/dataset.json';
export const SEARCH_INDEX_URL = '/downloads/search-index.json';

/**
 * Whether a serialized search index was built from exactly this dataset's records. An index from another
 * dataset (an older file in a cache, a test copy of the site with other data) would answer with records
 * that are not there and miss those that are, so it is only used when every indexed id is a record and
 * every record is indexed.
 */
export function indexMatches(dataset: Dataset, index: unknown): boolean {
  const serialized = index as { documentIds?: unknown; documentCount?: unknown } | null;
  if (!serialized || typeof serialized !== 'object') return false;
  const documentIds = serialized.documentIds;
  if (!documentIds || typeof documentIds !== 'object') return false;
  const own = new Set<string>();
  for (const c of COLLECTIONS) for (const r of dataset[c]) own.add(r.id);
  const indexed = Object.values(documentIds as Record<string, unknown>);
  if (indexed.length !== own.size || serialized.documentCount !== own.size) return false;
  return indexed.every((id) => typeof id === 'string' && own.has(id));
}

/** The query over a dataset, with the shipped index when it matches (else the index is built on first search). */
export function queryFor(dataset: Dataset, index: unknown): Query {
  return index !== undefined && indexMatches(dataset, index)
    ? createQuery(dataset, { searchIndex: index as object })
    : createQuery(dataset);
}

async function fetchJson(url: string): Promise<unknown> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.json();
}

/** Fetches the dataset and its index together; a missing index only costs building one. */
export async function fetchQuery(): Promise<Query> {
  const [dataset, index] = await Promise.all([
    fetchJson(DATASET_URL) as Promise<Dataset>,
    fetchJson(SEARCH_INDEX_URL).catch(() => undefined),
  ]);
  return queryFor(dataset, index);
}
