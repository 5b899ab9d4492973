import type { Dataset, Query } from '@dostyk/data';

/**
 * The dataset is NOT part of any JavaScript bundle: the build copies it to /downloads/dataset.json and the
 * browser fetches it the first time a search or a filter needs it, together with the query code.
 */
export const DATASET_URL = '/downloads/dataset.json';

export type ClientKit = typeof import('./client-kit');
export interface Loaded {
  query: Query;
  kit: ClientKit;
}

let pending: Promise<Loaded> | undefined;

export function loadQuery(): Promise<Loaded> {
  pending ??= Promise.all([
    fetch(DATASET_URL).then((r) => {
      if (!r.ok) throw new Error(`dataset: HTTP ${r.status}`);
      return r.json() as Promise<Dataset>;
    }),
    import('./client-kit'),
  ])
    .then(([dataset, kit]) => ({ query: kit.createQuery(dataset), kit }))
    .catch((e: unknown) => {
      pending = undefined;
      throw e;
    });
  return pending;
}
