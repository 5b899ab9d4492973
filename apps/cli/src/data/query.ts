import { createQuery, dataset, type Query } from '@dostyk/data';
import { searchIndex } from './search-index.js';

let query: Query | undefined;

/**
 * The query API over the bundled dataset, built once on first use. The search index comes prebuilt with
 * the data (building it here would take several times longer on the first search) and is read on the first
 * search, not before: listing projects never inflates it.
 */
export const getQuery = (): Query => {
  query ??= createQuery(dataset, {
    get searchIndex() {
      return searchIndex();
    },
  });
  return query;
};
