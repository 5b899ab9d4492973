import { readFileSync } from 'node:fs';
import { dataset as built, createQuery, type Dataset } from '@dostyk/data';

/**
 * The dataset every page is built from: the built `@dostyk/data` package's, or, for the bench's scale
 * builds only, the file named by `DOSTYK_DATASET` (a synthetic dataset of the same shape, 2× or 5× the size).
 */
export const dataset: Dataset = process.env.DOSTYK_DATASET
  ? (JSON.parse(readFileSync(process.env.DOSTYK_DATASET, 'utf8')) as Dataset)
  : built;

/**
 * The one query object every page's getStaticProps uses. Nothing here filters, searches or aggregates on its own.
 */
export const query = createQuery(dataset);
export type Collection = keyof Omit<typeof dataset, 'version' | 'generated' | 'sources'>;

const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
export const sourceOf = (id: string) => sourceById.get(id);
