import { createQuery, type Dataset, type Query } from '@dostyk/data';

/** The dataset and its prebuilt search index, as the build writes them (never bundled into JavaScript). */
export const DATASET_URL = '/downloads/dataset.json';
export const SEARCH_INDEX_URL = '/downloads/search-index.json';

/**
 * The query over a dataset, with the shipped index (which createQuery uses only when it indexes exactly this
 * dataset's records; otherwise it builds one on the first search).
 */
export function queryFor(dataset: Dataset, index: unknown): Query {
  return createQuery(dataset, index && typeof index === 'object' ? { searchIndex: index } : {});
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
