import { COLLECTIONS, type Collection } from './constants.js';
import { referencesOf } from './references.js';
import type { AnyRecord, Dataset } from './schema/dataset.js';

/**
 * A dataset `factor` times the size of `dataset`, for benchmarks and scale tests: every record is copied
 * with a new id (`<id>--<copy>`) and the references inside copy k point at copy k, so the distribution of
 * sectors, statuses, links and text stays the same (English names get the copy number, so the search
 * vocabulary grows too). Copy 0 is the original; sources are shared.
 */
export function scaleDataset(dataset: Dataset, factor: number): Dataset {
  const n = Math.max(1, Math.floor(factor));
  const out = { ...dataset } as Dataset;
  for (const c of COLLECTIONS) {
    const copies: AnyRecord[] = [];
    for (let k = 0; k < n; k++) for (const r of dataset[c]) copies.push(k === 0 ? r : copyRecord(c, r, k));
    (out as unknown as Record<Collection, AnyRecord[]>)[c] = copies;
  }
  return out;
}

type Obj = Record<string | number, unknown>;

function copyRecord(collection: Collection, record: AnyRecord, k: number): AnyRecord {
  const rename = (id: string) => `${id}--${k}`;
  const copy = structuredClone(record) as unknown as Obj;
  copy.id = rename(record.id);
  delete copy.formerIds;
  for (const ref of referencesOf(collection, copy)) {
    let parent: Obj = copy;
    for (const key of ref.path.slice(0, -1)) parent = parent[key] as Obj;
    parent[ref.path.at(-1) as string | number] = rename(ref.id);
  }
  if (collection === 'relationships') {
    for (const level of (copy.levels as Obj[] | undefined) ?? []) level.id = rename(String(level.id));
  }
  for (const field of ['name', 'title']) {
    const text = copy[field] as { en?: string } | undefined;
    if (text?.en) copy[field] = { ...text, en: `${text.en} ${k + 1}` };
  }
  return copy as unknown as AnyRecord;
}
