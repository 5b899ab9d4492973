import { createQuery, dataset, type Query } from '@dostyk/data';

let query: Query | undefined;

/** The query API over the bundled dataset, built once on first use. */
export const getQuery = (): Query => {
  query ??= createQuery(dataset);
  return query;
};
