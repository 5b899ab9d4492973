/**
 * Everything the browser needs from the data package, loaded with the dataset on first use (a dynamic
 * import), so the query code and MiniSearch stay out of every page's first-load JavaScript.
 */
export { localize, toCsv } from '@dostyk/data';
export { kindLabelsByCollection } from '@dostyk/data/labels';
export { toRow } from '@/lib/project-rows';
export { fetchQuery } from './client-index';
export { recordTitle } from './records';
