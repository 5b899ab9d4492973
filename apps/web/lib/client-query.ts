import type { Query } from '@dostyk/data';

/**
 * The dataset is NOT part of any JavaScript bundle: the build writes /downloads/dataset.json and its search
 * index, and the browser fetches both the first time a search or a filter needs them, with the query code.
 * (The projects explorer runs its queries in a worker instead: lib/project-worker-client.ts.)
 */
export type ClientKit = typeof import('./client-kit');
export interface Loaded {
  query: Query;
  kit: ClientKit;
}

let pending: Promise<Loaded> | undefined;

export function loadQuery(): Promise<Loaded> {
  pending ??= import('./client-kit')
    .then(async (kit) => ({ query: await kit.fetchQuery(), kit }))
    .catch((e: unknown) => {
      pending = undefined;
      throw e;
    });
  return pending;
}
