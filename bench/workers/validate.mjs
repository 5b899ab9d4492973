// @ts-check
// Build-time validation throughput on the real records: `node workers/validate.mjs`.
// Reading the files is left out; the floor is parsing the same YAML with the same parser and nothing else.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DATA_RECORDS, ROOT, VALIDATE_ENTRY } from '../lib/paths.mjs';

const { readRecordFiles, validateRecords } = await import(VALIDATE_ENTRY);
// `yaml` is a dependency of @dostyk/data, resolved from its package (the bench adds no dependency).
const require = createRequire(join(ROOT, 'packages', 'data', 'package.json'));
const { parseDocument } = await import(require.resolve('yaml'));

const inputs = await readRecordFiles(DATA_RECORDS, DATA_RECORDS);
const now = () => performance.now();

let t = now();
const cold = await validateRecords(inputs);
const coldMs = now() - t; // what one build pays, the world outline for coordinate checks included
t = now();
for (const input of inputs) parseDocument(input.text, { uniqueKeys: true, prettyErrors: false });
const yamlMs = now() - t;

console.log(
  JSON.stringify({
    records: inputs.length,
    errors: cold.problems.filter((p) => p.severity === 'error').length,
    ok: Boolean(cold.dataset),
    coldMs,
    yamlMs,
  }),
);
