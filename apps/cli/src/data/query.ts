import { createQuery, dataset, type Query } from '@dostyk/data';
import searchIndex from '@dostyk/data/search-index.json' with { type: 'json' };

let query: Query | undefined;

/**
 * The query API over the bundled dataset, built once on first use. The search index comes prebuilt with
 * the data (building it here would take several times longer on the first search); the bundle carries it
 * as text, which the query parses on the first search rather than at start-up.
 */
export const getQuery = (): Query => {
  query ??= createQuery(dataset, { searchIndex });
  return query;
};
