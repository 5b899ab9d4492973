import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import MiniSearch from 'minisearch';
import { afterAll, describe, expect, it } from 'vitest';
import { SEARCH_INDEX_OPTIONS, searchDocuments } from '../src/query/search.js';
import type { Dataset } from '../src/schema/dataset.js';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'dostyk-shipped-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('createQuery(dataset) and the index the package ships', () => {
  it('names the dataset the index was built from', async () => {
    const dataset = JSON.parse(readFileSync(join(dist, 'dataset.json'), 'utf8')) as Dataset;
    const { SHIPPED } = await import(pathToFileURL(join(dist, 'shipped.js')).href);
    const records = (
      [
        'projects',
        'events',
        'agreements',
        'people',
        'organizations',
        'frameworks',
        'places',
        'areas',
        'indicators',
        'relationships',
      ] as const
    ).reduce((n, c) => n + dataset[c].length, 0);
    expect(SHIPPED).toEqual({ version: dataset.version, generated: dataset.generated, records });
  });

  it('searches with the shipped index, without building one, when given the package’s own dataset', async () => {
    // A copy of dist/ whose shipped index holds the same records under a marker word: only a query that
    // really reads the shipped file can find the marker.
    cpSync(dist, copy, { recursive: true });
    const dataset = JSON.parse(readFileSync(join(dist, 'dataset.json'), 'utf8')) as Dataset;
    const marked = new MiniSearch(SEARCH_INDEX_OPTIONS);
    marked.addAll([...searchDocuments(dataset)].map((d) => ({ ...d, summary: `${d.summary} qqshippedqq` })));
    writeFileSync(join(copy, 'search-index.json'), JSON.stringify(marked));
    const pkg = await import(pathToFileURL(join(copy, 'index.js')).href);
    expect(pkg.createQuery(pkg.dataset).search('qqshippedqq').length).toBeGreaterThan(0);
    // Another dataset (one record fewer) gets an index built for it, never the shipped one.
    const other = { ...pkg.dataset, projects: pkg.dataset.projects.slice(1) };
    expect(pkg.createQuery(other).search('qqshippedqq')).toEqual([]);
    expect(pkg.createQuery(other).search('zanatas')[0]?.id).toBe('zhanatas-wind-farm');
  });
});
