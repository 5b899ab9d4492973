/** Check every record with the build's rules, without emitting anything: `pnpm --filter @dostyk/data validate`. */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, validateRecords } from '../src/validate/index.js';
import { readRecordFiles } from '../src/validate/node.js';

const root = fileURLToPath(new URL('../records/', import.meta.url));
// Paths are shown relative to the records folder, or to the working folder for files given by the caller.
const target = process.argv[2];
const inCwd = target && !relative(process.cwd(), resolve(target)).startsWith('..');
const files = await readRecordFiles(target ?? root, target ? (inCwd ? process.cwd() : '/') : root);
const { problems, dataset } = await validateRecords(files);
for (const p of problems) console.log(`${p.severity === 'error' ? 'error' : 'warning'} ${formatProblem(p)}`);
const errors = problems.filter((p) => p.severity === 'error').length;
const counts = dataset
  ? Object.entries(dataset)
      .filter(([, v]) => Array.isArray(v))
      .map(([k, v]) => `${(v as unknown[]).length} ${k}`)
      .join(', ')
  : '';
console.log(
  errors ? `${errors} error(s) in ${files.length} files` : `${files.length} files valid: ${counts}`,
);
process.exit(errors ? 1 : 0);
