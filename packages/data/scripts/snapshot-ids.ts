/**
 * Record the ids of the built dataset as the previous release: `npx tsx scripts/snapshot-ids.ts`
 * (from packages/data, after `build`) writes test/released-ids.json, which the stable-ids test then holds
 * every later build to: a released id must stay a record's id or be kept in some record's `formerIds`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { COLLECTIONS } from '../src/constants.js';
import type { Dataset } from '../src/schema/dataset.js';

const source = fileURLToPath(new URL('../dist/dataset.json', import.meta.url));
const target = fileURLToPath(new URL('../test/released-ids.json', import.meta.url));
const dataset = JSON.parse(await readFile(source, 'utf8')) as Dataset;
const ids = Object.fromEntries(COLLECTIONS.map((c) => [c, dataset[c].map((r) => r.id).sort()]));
await writeFile(target, `${JSON.stringify({ version: dataset.version, ids }, null, 2)}\n`);
const count = Object.values(ids).reduce((n, list) => n + list.length, 0);
console.log(`wrote ${target}: ${count} ids of ${dataset.version}`);
