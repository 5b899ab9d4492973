/**
 * A synthetic dataset N times the size of the built one, for benchmarks:
 * `pnpm --filter @dostyk/data synthetic N OUT.json` (same distribution, new ids; see `scaleDataset`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../src/schema/dataset.js';
import { scaleDataset } from '../src/synthetic.js';

const [factor, out] = process.argv.slice(2);
const n = Number(factor);
if (!out || !Number.isInteger(n) || n < 1) {
  console.error('usage: synthetic N OUT.json   (N: a whole number, 1 or more)');
  process.exit(2);
}
const source = fileURLToPath(new URL('../dist/dataset.json', import.meta.url));
const dataset = JSON.parse(await readFile(source, 'utf8')) as Dataset;
const target = resolve(process.env.INIT_CWD ?? process.cwd(), out);
await writeFile(target, JSON.stringify(scaleDataset(dataset, n)));
console.log(`wrote ${target}: ${n}x ${source}`);
