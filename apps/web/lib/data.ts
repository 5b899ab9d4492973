import { readFileSync } from 'node:fs';
import { dataset as built, createQuery, type Dataset, type SourceLookup, sourcesById } from '@dostyk/data';

/**
 * The dataset every server page renders: the built `@dostyk/data` package's, or, for the bench's scale
 * builds only, the file named by `DOSTYK_DATASET` (a synthetic dataset of the same shape, 2× or 5× the size).
 */
export const dataset: Dataset = process.env.DOSTYK_DATASET
  ? (JSON.parse(readFileSync(process.env.DOSTYK_DATASET, 'utf8')) as Dataset)
  : built;

/**
 * The one query object every server page uses. Nothing here filters, searches or aggregates on its own.
 */
export const query = createQuery(dataset);
export type Collection = keyof Omit<typeof dataset, 'version' | 'generated' | 'sources'>;

/** Ids of every record of a collection, for generateStaticParams. */
export function idsOf(collection: Collection): string[] {
  return (dataset[collection] as { id: string }[]).map((r) => r.id);
}

const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
export const sourceOf = (id: string) => sourceById.get(id);

/** generateStaticParams for a record collection; Next refuses an empty list in a static export, so a placeholder stands in. */
export function paramsFor(collection: Collection): { id: string }[] {
  // Former ids get a page too (a redirect), so that links made before a rename keep working.
  const former = (dataset[collection] as { formerIds?: string[] }[]).flatMap((r) => r.formerIds ?? []);
  const ids = [...idsOf(collection), ...former];
  return ids.length ? ids.map((id) => ({ id })) : [{ id: '_none' }];
}

let lookup: SourceLookup | undefined;
/** The dataset's sources for the package's rules (a cost without a year is priced at its source's year). */
export function sourceLookup(): SourceLookup {
  lookup ??= sourcesById(dataset);
  return lookup;
}
