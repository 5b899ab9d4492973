// @ts-check
// One scale of the query API in its own process: `node --expose-gc workers/scale.mjs FACTOR [--no-search]`.
// Builds a synthetic dataset FACTOR times the real one (the data package's scaleDataset: same distribution,
// new ids), then times createQuery, the lazy index builds, search and filter + facets. Prints one JSON line.
// --no-search (used at 1000×, where building the text index alone would blow the time budget): only the
// projects are scaled (filter + facets read nothing else), no text index, no text filters.
import { readFileSync, writeFileSync } from 'node:fs';
import { DATA_ENTRY, DATASET_JSON } from '../lib/paths.mjs';
import { filterCases, searchCases } from '../lib/query-cases.mjs';
import { quantile } from '../lib/stats.mjs';

const factor = Number(process.argv[2] ?? 1);
const withSearch = !process.argv.includes('--no-search');
// --write FILE: also save the synthetic dataset (for the web explorer's 100× check), after measuring.
const writeTo = process.argv.includes('--write')
  ? process.argv[process.argv.indexOf('--write') + 1]
  : undefined;
const { buildSearchIndex, createQuery, scaleDataset, normalizeText, titleOf, COLLECTIONS } = await import(
  DATA_ENTRY
);
// --write-index FILE: also save a prebuilt search index of the synthetic dataset (when the web explorer
// loads the shipped index, the 100× copy of the site needs one that matches its 100× dataset).
const indexTo = process.argv.includes('--write-index')
  ? process.argv[process.argv.indexOf('--write-index') + 1]
  : undefined;
const gc = globalThis.gc ?? (() => {});
const now = () => performance.now();

const base = JSON.parse(readFileSync(DATASET_JSON, 'utf8'));
const source = withSearch
  ? base
  : { ...base, ...Object.fromEntries(COLLECTIONS.filter((c) => c !== 'projects').map((c) => [c, []])) };
let t = now();
const dataset = factor === 1 ? source : scaleDataset(source, factor);
const generateMs = now() - t;
const records = COLLECTIONS.reduce((n, c) => n + dataset[c].length, 0);
gc();
const heapBefore = process.memoryUsage().heapUsed;

t = now();
const query = createQuery(dataset);
const createMs = now() - t;
let searchIndexMs = Number.NaN;
if (withSearch) {
  t = now();
  query.search('zhanatas');
  searchIndexMs = now() - t; // the first search builds the MiniSearch index
}
t = now();
query.projects({});
const tableMs = now() - t; // the first projects() builds the facet table
gc();
const heapAfter = process.memoryUsage().heapUsed;
// A full collection of a heap this size leaves the GC's helper threads sweeping for a while; timing queries
// meanwhile would measure the bench's own gc() call (on 2 cores they compete with the query).
await new Promise((resolve) => setTimeout(resolve, factor >= 100 ? 2000 : 200));

/** Time `fn(c)` for every case, `reps` rounds after one warm-up round; every sample kept. */
function sample(cases, fn, reps) {
  for (const c of cases) fn(c);
  const samples = [];
  const perCase = new Map();
  for (let r = 0; r < reps; r++) {
    for (const c of cases) {
      const s = now();
      fn(c);
      const d = now() - s;
      samples.push(d);
      perCase.set(c, Math.max(perCase.get(c) ?? 0, d));
    }
  }
  return { samples, perCase };
}

// Fewer rounds of filters at large sizes keep the whole bench under its time budget; p95 still rests on 50+
// samples. Searches take about a millisecond at every size, so they always get 10 rounds (230 samples): with
// 3, the p95 was the 4th slowest of 69, and moved by a millisecond from one run to the next.
const reps = factor >= 1000 ? 2 : factor >= 100 ? 3 : factor >= 10 ? 6 : 10;
const searchReps = 10;
const texts = searchCases(base);
const empty = { samples: [], perCase: new Map() };
const search = withSearch ? sample(texts, (q) => query.search(q), searchReps) : empty;
const filters = filterCases(base).filter((f) => withSearch || !f.q);
const facet = sample(filters, (f) => query.projects(f), reps);

// Floors at the same size: a bare scan of every record's normalized English title for the search text,
// and one bare pass over the projects counting a single facet.
const titles = COLLECTIONS.flatMap((c) => dataset[c].map((r) => normalizeText(titleOf(r).en ?? '')));
const scan = !withSearch
  ? empty
  : sample(
      texts,
      (q) => {
        const needle = normalizeText(q);
        let hits = 0;
        for (const s of titles) if (s.includes(needle)) hits++;
        return hits;
      },
      Math.max(2, Math.ceil(reps / 2)),
    );
const pass = sample(
  [0],
  () => {
    const counts = new Map();
    for (const p of dataset.projects) counts.set(p.sector, (counts.get(p.sector) ?? 0) + 1);
    return counts;
  },
  20,
);

const worst = (perCase, label) => {
  let best;
  for (const [c, d] of perCase) if (!best || d > best[1]) best = [c, d];
  return best ? { case: label(best[0]), ms: best[1] } : undefined;
};

const maxRss = process.resourceUsage().maxRSS * 1024;
if (writeTo) writeFileSync(writeTo, JSON.stringify(dataset));
if (indexTo) writeFileSync(indexTo, JSON.stringify(buildSearchIndex(dataset)));
console.log(
  JSON.stringify({
    factor,
    withSearch,
    records,
    projects: dataset.projects.length,
    generateMs,
    createMs,
    searchIndexMs,
    tableMs,
    heapQueryBytes: heapAfter - heapBefore,
    heapTotalBytes: heapAfter,
    filterCases: filters.length,
    search: {
      p50: quantile(search.samples, 0.5),
      p95: quantile(search.samples, 0.95),
      n: search.samples.length,
    },
    searchWorst: worst(search.perCase, (q) => q),
    filter: {
      p50: quantile(facet.samples, 0.5),
      p95: quantile(facet.samples, 0.95),
      n: facet.samples.length,
    },
    filterWorst: worst(facet.perCase, (f) => JSON.stringify(f)),
    scanP50: quantile(scan.samples, 0.5),
    passP50: quantile(pass.samples, 0.5),
    maxRss, // measured before --write, which would add the JSON text
  }),
);
