import { describe, expect, it } from 'vitest';
import { emptyView, filterOf, isDefaultView, parseView, serializeView } from '@/lib/project-url';

describe('the projects view in the URL', () => {
  it('round-trips every part of the state', () => {
    const view = {
      ...emptyView(),
      q: 'wind farm',
      sector: ['energy', 'transport'],
      status: ['operational'],
      region: ['KZ-31'],
      participant: ['powerchina'],
      framework: ['belt-and-road'],
      area: ['energy'],
      from: 2015,
      to: 2024,
      sort: 'start' as const,
      page: 2,
    };
    expect(parseView(serializeView(view))).toEqual(view);
  });
  it('accepts repeated and comma-separated values', () => {
    expect(parseView('?sector=energy&sector=mining,transport').sector).toEqual([
      'energy',
      'mining',
      'transport',
    ]);
  });
  it('drops malformed and hostile values', () => {
    const v = parseView('?sector=<script>&from=20x5&page=-3&sort=evil&region=KZ-31');
    expect(v.sector).toEqual([]);
    expect(v.from).toBeUndefined();
    expect(v.page).toBe(1);
    expect(v.sort).toBe('name');
    expect(v.region).toEqual(['KZ-31']);
  });
  it('keeps hostile search text as text, capped in length', () => {
    const v = parseView(`?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(v.q).toBe('<script>alert(1)</script>');
    expect(parseView(`?q=${'a'.repeat(500)}`).q).toHaveLength(200);
  });
  it('sorts by relevance by default when searching', () => {
    expect(parseView('?q=zhanatas').sort).toBe('relevance');
    expect(serializeView({ ...emptyView(), q: 'zhanatas', sort: 'relevance' })).toBe('?q=zhanatas');
  });
  it('has an empty query string for the default view', () => {
    expect(serializeView(emptyView())).toBe('');
    expect(isDefaultView(parseView(''))).toBe(true);
  });
  it('becomes the data package filter', () => {
    expect(filterOf(parseView('?q=%20wind%20&sector=energy&from=2010'))).toEqual({
      q: 'wind',
      sector: ['energy'],
      from: 2010,
    });
  });
});
