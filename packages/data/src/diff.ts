import { COLLECTIONS, type Collection } from './constants.js';
import type { AnyRecord, Dataset } from './schema/dataset.js';

export interface FieldChange {
  /** Dotted path of the field, e.g. `status.0.value`. */
  path: string;
  before?: unknown;
  after?: unknown;
}

export interface RecordRef {
  collection: Collection;
  id: string;
}

export interface RecordChange extends RecordRef {
  /** For a renamed record, its id before (now listed in its `formerIds`). */
  from?: string;
  changes: FieldChange[];
}

export interface DatasetDiff {
  added: RecordRef[];
  removed: RecordRef[];
  /** Records whose id changed, the old id kept in `formerIds`; their field changes are included. */
  renamed: RecordChange[];
  changed: RecordChange[];
  /** Removed ids that no record keeps in `formerIds`: links to them break. */
  vanished: RecordRef[];
}

/** Fields that change on every edit and say nothing about the content. */
const IGNORED = new Set(['updated']);

/** Every field that differs between two values, as dotted paths. */
export function diffValues(before: unknown, after: unknown, path: string[] = []): FieldChange[] {
  if (Object.is(before, after)) return [];
  const bothObjects =
    typeof before === 'object' && before !== null && typeof after === 'object' && after !== null;
  if (!bothObjects || Array.isArray(before) !== Array.isArray(after)) {
    return [{ path: path.join('.'), before, after }];
  }
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys
    .filter((k) => path.length > 0 || !IGNORED.has(k))
    .flatMap((k) =>
      k in a && k in b
        ? diffValues(a[k], b[k], [...path, k])
        : [{ path: [...path, k].join('.'), before: a[k], after: b[k] }],
    );
}

/**
 * What changed between two releases of the dataset, record by record and field by field. A record whose
 * id disappeared is `renamed` when a record lists the old id in `formerIds`, otherwise `removed` and
 * `vanished` (a broken link for everyone who stored the id).
 */
export function diffDatasets(before: Dataset, after: Dataset): DatasetDiff {
  const index = (d: Dataset) => {
    const m = new Map<string, { collection: Collection; record: AnyRecord }>();
    for (const c of COLLECTIONS) for (const record of d[c] ?? []) m.set(record.id, { collection: c, record });
    return m;
  };
  const old = index(before);
  const now = index(after);
  const aliases = new Map<string, string>();
  for (const [id, { record }] of now)
    for (const f of (record as { formerIds?: string[] }).formerIds ?? []) aliases.set(f, id);

  const diff: DatasetDiff = { added: [], removed: [], renamed: [], changed: [], vanished: [] };
  const renamedTo = new Set<string>();
  for (const [id, { collection, record }] of old) {
    const current = now.get(id);
    if (current) {
      const changes = diffValues(record, current.record);
      if (changes.length > 0) diff.changed.push({ collection: current.collection, id, changes });
      continue;
    }
    const alias = aliases.get(id);
    const target = alias ? now.get(alias) : undefined;
    if (alias && target && !old.has(alias)) {
      renamedTo.add(alias);
      const changes = diffValues({ ...record, id: alias }, target.record).filter(
        (c) => c.path !== 'formerIds' && !c.path.startsWith('formerIds.'),
      );
      diff.renamed.push({ collection: target.collection, id: alias, from: id, changes });
    } else {
      diff.removed.push({ collection, id });
      if (!alias) diff.vanished.push({ collection, id });
    }
  }
  for (const [id, { collection }] of now)
    if (!old.has(id) && !renamedTo.has(id)) diff.added.push({ collection, id });
  return diff;
}
