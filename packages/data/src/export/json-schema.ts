import { z } from 'zod';
import { COLLECTIONS, KIND_OF, type RecordKind } from '../constants.js';
import { Dataset } from '../schema/dataset.js';
import { KINDS } from '../schema/kinds.js';

/**
 * JSON Schema (draft-07, the dialect editors support best) of the record files, so that editors validate
 * and complete `records/<collection>/<id>.yaml`. Checks that JSON Schema cannot express (real calendar
 * dates, references, citations) stay with the build.
 */
export function recordJsonSchema(kind: RecordKind): Record<string, unknown> {
  const collection = COLLECTIONS.find((c) => KIND_OF[c] === kind);
  if (!collection) throw new Error(`unknown kind "${kind}"`);
  return {
    ...z.toJSONSchema(KINDS[collection].schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }),
    title: `Dostyk ${kind} record (records/${collection}/<id>.yaml)`,
  };
}

/** JSON Schema of every record file, by kind (`project`, `event`...). */
export function recordJsonSchemas(): Record<RecordKind, Record<string, unknown>> {
  return Object.fromEntries(COLLECTIONS.map((c) => [KIND_OF[c], recordJsonSchema(KIND_OF[c])])) as Record<
    RecordKind,
    Record<string, unknown>
  >;
}

/** JSON Schema of the built `dataset.json`. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Dataset, { target: 'draft-7', io: 'output', unrepresentable: 'any' }),
    title: 'Dostyk dataset (dataset.json)',
  };
}
