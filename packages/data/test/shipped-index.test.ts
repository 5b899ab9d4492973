import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import MiniSearch from 'minisearch';
import { afterAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../src/constants.js';
import { nameFingerprint, sortByName } from '../src/query/projects.js';
import { rankedSearch } from '../src/query/ranked-search.js';
import {
  buildExactIndex,
  loadSearchIndex,
  SEARCH_INDEX_OPTIONS,
  searchDocuments,
} from '../src/query/search.js';
import {
  openShippedIndex,
  SHARDED_INDEX_DIR,
  splitSearchIndex,
  termShard,
  WHOLE_INDEX_FILE,
} from '../src/query/shipped-index.js';
import type { Dataset } from '../src/schema/dataset.js';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'dostyk-shipped-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('createQuery(dataset) and the index the package ships', () => {
  it('names the dataset the index was built from', async () => {
    const dataset = JSON.parse(readFileSync(join(dist, 'dataset.json'), 'utf8')) as Dataset;
    const { SHIPPED } = await import(pathToFileURL(join(dist, 'shipped.js')).href);
    const records = COLLECTIONS.reduce((n, c) => n + dataset[c].length, 0);
    // …and the projects' name order, with the fingerprint of the ids and names it was computed from.
    const projectsByName = {
      fingerprint: nameFingerprint(dataset.projects),
      order: Array.from(sortByName(dataset.projects)),
    };
    expect(SHIPPED).toEqual({
      version: dataset.version,
      generated: dataset.generated,
      records,
      projectsByName,
    });
  });

  it('searches with the shipped index, without building one, when given the package’s own dataset', async () => {
    // A copy of dist/ whose shipped index holds the same records under a marker word: only a query that
    // really reads the shipped file can find the marker.
    cpSync(dist, copy, { recursive: true });
    const dataset = JSON.parse(readFileSync(join(dist, 'dataset.json'), 'utf8')) as Dataset;
    const marked = new MiniSearch(SEARCH_INDEX_OPTIONS);
    marked.addAll([...searchDocuments(dataset)].map((d) => ({ ...d, summary: `${d.summary} qqshippedqq` })));
    writeFileSync(join(copy, 'search-index.json'), JSON.stringify(marked));
    rmSync(join(copy, SHARDED_INDEX_DIR), { recursive: true });
    mkdirSync(join(copy, SHARDED_INDEX_DIR));
    for (const [name, text] of splitSearchIndex(marked, buildExactIndex(dataset)))
      writeFileSync(join(copy, SHARDED_INDEX_DIR, name), text);
    const pkg = await import(pathToFileURL(join(copy, 'index.js')).href);
    expect(pkg.createQuery(pkg.dataset).search('qqshippedqq').length).toBeGreaterThan(0);
    // Another dataset (one record fewer) gets an index built for it, never the shipped one.
    const other = { ...pkg.dataset, projects: pkg.dataset.projects.slice(1) };
    expect(pkg.createQuery(other).search('qqshippedqq')).toEqual([]);
    expect(pkg.createQuery(other).search('zanatas')[0]?.id).toBe('zhanatas-wind-farm');
  });

  // Searches of every kind: whole words, prefixes, several words, Cyrillic, Kazakh, Chinese, digits,
  // acronyms, typos (which compare with the whole vocabulary), stop words only, and nothing found.
  const QUERIES = [
    'zanatas',
    'zhanatas wind farm',
    'wind zhana',
    'Khorgos',
    'Horgos',
    'oil pipe',
    'cnpc',
    'Астана',
    'Қазақстан',
    'газопровод',
    '风电',
    '扎纳塔斯风电场',
    '中国',
    '2019',
    'Tokayev state visit',
    'zanatsa',
    'pipleine',
    'of the',
    'qwxzvy',
  ];

  it('reads only the shards a search needs and ranks exactly as the whole index', async () => {
    const read: string[] = [];
    const reader = (path: string) => {
      read.push(path);
      try {
        return readFileSync(join(dist, path), 'utf8');
      } catch {
        return undefined;
      }
    };
    const shipped = openShippedIndex(reader);
    expect(shipped).toBeDefined();
    const whole = loadSearchIndex(readFileSync(join(dist, WHOLE_INDEX_FILE), 'utf8'));
    const search = (index: Parameters<typeof rankedSearch>[0], q: string) =>
      rankedSearch(index, q, { combine: 'AND' });

    // A word and a prefix: the base and the one shard of their first letter, never the whole index.
    expect(search(shipped?.index as never, 'zanatas')[0]?.id).toBe('zhanatas-wind-farm');
    expect(search(shipped?.index as never, 'zhana')[0]?.id).toBe('zhanatas-wind-farm');
    expect(read).toEqual([`${SHARDED_INDEX_DIR}/base.json`, `${SHARDED_INDEX_DIR}/${termShard('z')}.json`]);

    for (const q of QUERIES)
      for (const combine of ['AND', 'OR'] as const)
        expect(rankedSearch(shipped?.index as never, q, { combine }), `${q} (${combine})`).toEqual(
          rankedSearch(whole, q, { combine }),
        );
    // A typo compares with every word: that reads the whole index.
    expect(read).toContain(WHOLE_INDEX_FILE);
    // The table of exact names is the one the dataset gives.
    const dataset = JSON.parse(readFileSync(join(dist, 'dataset.json'), 'utf8')) as Dataset;
    expect(shipped?.exact).toEqual(buildExactIndex(dataset));
  });

  it('gives createQuery(dataset) the same results as the whole index passed in', async () => {
    const pkg = await import(pathToFileURL(join(dist, 'index.js')).href);
    const searchIndex = readFileSync(join(dist, WHOLE_INDEX_FILE), 'utf8');
    const shipped = pkg.createQuery(pkg.dataset);
    const given = pkg.createQuery(pkg.dataset, { searchIndex });
    for (const q of QUERIES)
      expect(shipped.search(q, { limit: 50 }), q).toEqual(given.search(q, { limit: 50 }));
  });

  it('keeps every word in the shard of its first letter', () => {
    expect(termShard('zanatas')).toBe(termShard('z'));
    expect(termShard('zanatas')).not.toBe(termShard('wind'));
    expect(termShard('астана')).toBe(termShard('а'));
    expect(termShard('风电')).toBe(termShard('风'));
    expect(termShard('')).toBe('');
  });
});
