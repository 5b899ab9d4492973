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

describe('finding a record however its name is typed (issue 17)', () => {
  const first = (text: string, options = {}) => q.search(text, options)[0]?.id;

  it('from its name in any of the five languages', () => {
    expect(first('Zhanatas Wind Farm')).toBe('zhanatas-wind-farm');
    expect(first('Жанатас')).toBe('zhanatas-wind-farm');
    expect(first('扎纳塔斯')).toBe('zhanatas-wind-farm');
    expect(first('中国石油天然气集团')).toBe('cnpc');
  });

  it('from common Latin transliterations of Kazakh and Russian names', () => {
    for (const text of ['Janatas', 'Dzhanatas', 'Žanatas'])
      expect(first(text), text).toBe('zhanatas-wind-farm');
    expect(q.search('Horgos', { limit: 5 }).map((h) => h.id)).toEqual(
      q.search('Khorgos', { limit: 5 }).map((h) => h.id),
    );
    for (const text of ['tokaev', 'Tokaiev', 'Tokayev'])
      expect(first(text), text).toBe('kassym-jomart-tokayev');
    expect(first('nazarbaev')).toBe('nursultan-nazarbayev');
  });

  it('from partial words while typing', () => {
    for (const text of ['zan', 'zana', 'zanat', 'zhana', 'жанат'])
      expect(first(text), text).toBe('zhanatas-wind-farm');
  });

  it('from typos', () => {
    expect(first('zhantas')).toBe('zhanatas-wind-farm');
    // Two letters swapped in a folded name (Zh becomes one letter) are still forgiven.
    expect(first('zhanatsa')).toBe('zhanatas-wind-farm');
    expect(first('zhanatsa wind')).toBe('zhanatas-wind-farm');
    expect(first('tokayevv')).toBe('kassym-jomart-tokayev');
  });

  it('from acronyms, and an exact name, alias or acronym ranks its record first', () => {
    expect(first('CNPC')).toBe('cnpc');
    expect(first('中石油')).toBe('cnpc');
    expect(first('tokayev')).toBe('kassym-jomart-tokayev');
    expect(first('xi')).toBe('xi-jinping');
    // The organization and the framework it runs both go by SCO.
    expect(
      q
        .search('SCO', { limit: 2 })
        .map((h) => h.id)
        .sort(),
    ).toEqual(['sco', 'sco-framework']);
    expect(first('BRI')).toBe('belt-and-road');
  });

  it('filters by kind, and dates what has a date', () => {
    const events = q.search('tokayev', { kinds: ['event'], limit: 10 });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((h) => h.kind === 'event' && /^\d{4}/.test(h.date ?? ''))).toBe(true);
    const people = q.search('tokayev', { kinds: ['person'] });
    expect(people[0]?.id).toBe('kassym-jomart-tokayev');
    expect(people.every((h) => h.kind === 'person')).toBe(true);
    expect(q.search('zhanatas', { kinds: ['project'] })[0]?.date).toBe('2016-02-26');
    // An unknown kind is ignored, as an unknown collection is.
    expect(q.search('tokayev', { kinds: ['nonsense' as never] })).toEqual(q.search('tokayev'));
  });

  it('is the same search in the projects box: same order, same tolerance', () => {
    for (const text of ['zan', 'Janatas', 'zhantas', 'CNPC', 'wind', 'pipeline gas']) {
      const box = q.projects({ q: text }, 'relevance').items.map((p) => p.id);
      const global = q.search(text, { collections: ['projects'], limit: 500 }).map((h) => h.id);
      expect(box, text).toEqual(global);
    }
  });
});
