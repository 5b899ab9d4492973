import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dataset } from '@dostyk/data';
import { describe, expect, it } from 'vitest';
import { queryFor } from '../../web/lib/client-index.js';
import { siteSearch } from '../../web/lib/search-hits.js';
import { dostyk } from './helpers.js';

const require = createRequire(import.meta.url);
/** The index the site ships to the browser. */
const shippedIndex = JSON.parse(readFileSync(require.resolve('@dostyk/data/search-index.json'), 'utf8'));

const QUERIES = [
  'zhanatas',
  'Janatas',
  'zan',
  'zanat',
  'tokayev',
  'CNPC',
  '中石油',
  'Жанатас',
  '风电',
  'wind',
  'pipeline gas',
  'Khorgos',
  'xi',
  'SCO',
];

describe('web and terminal give the same first results', () => {
  const web = queryFor(dataset, shippedIndex);
  for (const text of QUERIES)
    it(`for "${text}"`, () => {
      const r = dostyk(['search', text, '--json', '--limit', '5']);
      expect(r.code).toBe(0);
      const terminal = (JSON.parse(r.stdout) as { id: string }[]).map((h) => h.id);
      expect(terminal.length).toBeGreaterThan(0);
      expect(siteSearch(web, text, { limit: 5 }).map((h) => h.id)).toEqual(terminal);
    });

  it('and the same when limited to a kind', () => {
    const r = dostyk(['search', 'tokayev', '--kind', 'event', '--json', '--limit', '5']);
    const terminal = (JSON.parse(r.stdout) as { id: string; date?: string }[]).map((h) => [h.id, h.date]);
    expect(siteSearch(web, 'tokayev', { limit: 5, kinds: ['event'] }).map((h) => [h.id, h.date])).toEqual(
      terminal,
    );
  });
});
