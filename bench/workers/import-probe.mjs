// @ts-check
// One cold start, in a fresh process: `node workers/import-probe.mjs floor|package|prebuilt`.
// floor:    read and JSON.parse dataset.json (the least any consumer of the data can pay);
// package:  import @dostyk/data, createQuery(dataset) and a first search (createQuery finds the shipped index);
// prebuilt: the same with the shipped search-index.json passed to createQuery;
// package (wall): the parent also times the whole process, Node's start-up included, for the issue's
// end-to-end figure (createQuery(dataset) finds the shipped index on its own).
// Times printed here are taken inside the process, so Node's own start-up (common to all three) is left out.
import { readFileSync } from 'node:fs';
import { DATA_ENTRY, DATASET_JSON, SEARCH_INDEX_JSON } from '../lib/paths.mjs';

const mode = process.argv[2] ?? 'floor';
const t0 = performance.now();
const out = { mode };
if (mode === 'floor') {
  const data = JSON.parse(readFileSync(DATASET_JSON, 'utf8'));
  out.totalMs = performance.now() - t0;
  out.projects = data.projects.length;
} else {
  const { createQuery, dataset } = await import(DATA_ENTRY);
  out.importMs = performance.now() - t0;
  const options = mode === 'prebuilt' ? { searchIndex: readFileSync(SEARCH_INDEX_JSON, 'utf8') } : {};
  const hits = createQuery(dataset, options).search('zanatas');
  out.totalMs = performance.now() - t0;
  out.firstHit = hits[0]?.id;
}
console.log(JSON.stringify(out));
