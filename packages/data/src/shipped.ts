import type { NameOrder } from './query/projects.js';

/**
 * What the build shipped: the version, generation date and record count of `dist/dataset.json`, whose
 * search index is `dist/search-index.json`, and its projects' name order (see NameOrder). This module is a
 * stand-in for type-checking and tests of the source (it names no dataset); the build replaces its
 * compiled form with the real values.
 */
export const SHIPPED: { version: string; generated: string; records: number; projectsByName?: NameOrder } = {
  version: '',
  generated: '',
  records: 0,
};
