import { createQuery, type Dataset, type Query } from '@dostyk/data';

/**
 * The dataset is NOT part of any JavaScript bundle: the build copies it to /downloads/dataset.json and the
 * browser fetches it the first time a search or a filter needs it. One fetch per page view, shared.
 */
export const DATASET_URL = '/downloads/dataset.json';

let pending: Promise<Query> | undefined;

export function loadQuery(): Promise<Query> {
  pending ??= fetch(DATASET_URL)
    .then((r) => {
      if (!r.ok) throw new Error(`dataset: HTTP ${r.status}`);
      return r.json() as Promise<Dataset>;
    })
    .then((d) => createQuery(d))
    .catch((e: unknown) => {
      pending = undefined;
      throw e;
    });
  return pending;
}
