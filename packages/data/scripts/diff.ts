/**
 * Record-level changelog between two releases: `pnpm --filter @dostyk/data diff OLD.json [NEW.json]`
 * (NEW defaults to dist/dataset.json). Lists records added, removed, renamed and changed field by field;
 * exits 1 when an id vanished without a `formerIds` alias, so a release cannot break links silently.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { diffDatasets } from '../src/diff.js';
import type { Dataset } from '../src/schema/dataset.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean' } } });
if (positionals.length < 1 || positionals.length > 2) {
  console.error('usage: diff OLD.json [NEW.json] [--json]');
  process.exit(2);
}
// pnpm runs scripts in the package folder; paths are meant relative to where the command was typed.
const where = (p: string) => {
  const fromCaller = resolve(process.env.INIT_CWD ?? process.cwd(), p);
  return existsSync(fromCaller) ? fromCaller : resolve(p);
};
const load = async (p: string): Promise<Dataset> => JSON.parse(await readFile(where(p), 'utf8')) as Dataset;
const [oldPath, newPath = fileURLToPath(new URL('../dist/dataset.json', import.meta.url))] = positionals as [
  string,
  string?,
];
const diff = diffDatasets(await load(oldPath), await load(newPath));

const show = (v: unknown) => (v === undefined ? '(none)' : JSON.stringify(v));
if (values.json) console.log(JSON.stringify(diff, null, 2));
else {
  for (const r of diff.added) console.log(`+ ${r.collection}/${r.id}`);
  for (const r of diff.removed) {
    const vanished = diff.vanished.some((v) => v.id === r.id);
    console.log(`- ${r.collection}/${r.id}${vanished ? '   !! id vanished without a formerIds alias' : ''}`);
  }
  for (const r of diff.renamed) {
    console.log(`> ${r.collection}/${r.from} -> ${r.id} (old id kept in formerIds)`);
    for (const c of r.changes) console.log(`    ${c.path}: ${show(c.before)} -> ${show(c.after)}`);
  }
  for (const r of diff.changed) {
    console.log(`~ ${r.collection}/${r.id}`);
    for (const c of r.changes) console.log(`    ${c.path}: ${show(c.before)} -> ${show(c.after)}`);
  }
  console.log(
    `${diff.added.length} added, ${diff.removed.length} removed, ${diff.renamed.length} renamed, ${diff.changed.length} changed`,
  );
}
if (diff.vanished.length > 0) {
  console.error(
    `${diff.vanished.length} id(s) vanished without an alias: ${diff.vanished.map((v) => v.id).join(', ')}`,
  );
  process.exit(1);
}
