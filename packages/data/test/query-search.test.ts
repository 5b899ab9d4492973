import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createQuery } from '../src/query/index.js';
import type { Dataset } from '../src/schema/dataset.js';

const dataset = JSON.parse(readFileSync(new URL('../dist/dataset.json', import.meta.url), 'utf8')) as Dataset;
const q = createQuery(dataset, { currentYear: 2026 });

describe('search ranking', () => {
  it('drops stop words, unless the query has nothing else', () => {
    expect(q.search('the zhanatas wind farm')[0]?.id).toBe('zhanatas-wind-farm');
    expect(q.search('the zhanatas wind farm')).toEqual(q.search('zhanatas wind farm'));
    expect(Array.isArray(q.search('of the'))).toBe(true);
  });

  it('completes only the last word as a prefix', () => {
    expect(q.search('wind zhana')[0]?.id).toBe('zhanatas-wind-farm');
  });

  it('combines words with AND, falling back to OR when nothing has them all', () => {
    const both = q.search('zhanatas wind', { limit: 100 });
    expect(both.every((h) => h.id === 'zhanatas-wind-farm' || h.score > 0)).toBe(true);
    const nonsense = q.search('zhanatas qwxzvy');
    expect(nonsense[0]?.id).toBe('zhanatas-wind-farm');
  });

  it('keeps the best hits whatever the limit: a short list is the head of a long one', () => {
    for (const text of ['kazakhstan', 'china', 'pipeline', 'wind']) {
      const long = q.search(text, { limit: 200 });
      expect(q.search(text, { limit: 3 })).toEqual(long.slice(0, 3));
      expect(q.search(text, { limit: 20 })).toEqual(long.slice(0, 20));
    }
  });
});
