import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../src/constants.js';
import { compareDates, yearOf } from '../src/dates.js';
import { englishText, localize, localizedTexts } from '../src/localize.js';
import { createQuery } from '../src/query/index.js';
import {
  activeYears,
  capacityOf,
  currentStatus,
  dateSpan,
  isCounted,
  participantsOf,
  regionsOf,
} from '../src/query/project-facts.js';
import { referencesOf } from '../src/references.js';
import { inTotals } from '../src/rules/counting.js';
import type { Dataset, Project } from '../src/schema/dataset.js';
import { Location } from '../src/schema/place.js';

// The real dataset, as the build emitted it.
const dataset = JSON.parse(readFileSync(new URL('../dist/dataset.json', import.meta.url), 'utf8')) as Dataset;
const q = createQuery(dataset, { currentYear: 2026 });
const count = <T>(list: T[], key: (x: T) => string[]) => {
  const out: Record<string, number> = {};
  for (const x of list) for (const k of new Set(key(x))) out[k] = (out[k] ?? 0) + 1;
  return out;
};
const asRecord = (facet: { value: string; count: number }[]) =>
  Object.fromEntries(facet.map((f) => [f.value, f.count]));

describe('search', () => {
  it('is typo-tolerant: zanatas finds the Zhanatas wind farm first', () => {
    expect(q.search('zanatas')[0]?.id).toBe('zhanatas-wind-farm');
  });

  it('ignores diacritics and case', () => {
    expect(q.search('ŽANATAS')[0]?.id).toBe('zhanatas-wind-farm');
    expect(q.search('zhanatas wind')[0]).toMatchObject({
      id: 'zhanatas-wind-farm',
      kind: 'project',
      collection: 'projects',
      title: 'Zhanatas Wind Farm',
    });
  });

  it('finds the Zhanatas wind farm by its name in every language it has', () => {
    const zhanatas = dataset.projects.find((p) => p.id === 'zhanatas-wind-farm') as Project;
    for (const name of localizedTexts(zhanatas.name))
      expect(q.search(name)[0]?.id, name).toBe('zhanatas-wind-farm');
  });

  it('searches names in every language', () => {
    const withItalian = dataset.projects.find((p) => p.name.it && p.name.it !== p.name.en);
    if (!withItalian?.name.it) return;
    const ids = q.search(withItalian.name.it, { limit: 5 }).map((h) => h.id);
    expect(ids).toContain(withItalian.id);
  });

  it('ranks hits best first, restricts collections and honours the limit', () => {
    const hits = q.search('kazakhstan', { limit: 7 });
    expect(hits.length).toBeLessThanOrEqual(7);
    expect(hits.map((h) => h.score)).toEqual(hits.map((h) => h.score).sort((a, b) => b - a));
    const agreements = q.search('kazakhstan', { collections: ['agreements'] });
    expect(agreements.length).toBeGreaterThan(0);
    expect(agreements.every((h) => h.collection === 'agreements')).toBe(true);
    expect(q.search('kazakhstan', { limit: 0 })).toEqual([]);
  });

  it('gives the same ranking with the prebuilt index as with a fresh one', () => {
    const prebuilt = readFileSync(new URL('../dist/search-index.json', import.meta.url), 'utf8');
    const fast = createQuery(dataset, { searchIndex: prebuilt });
    for (const text of ['zanatas', 'gas pipeline', 'Khorgos', 'university']) {
      expect(fast.search(text)).toEqual(q.search(text));
    }
  });

  it('ignores a prebuilt index of another dataset and searches its own records', () => {
    const prebuilt = readFileSync(new URL('../dist/search-index.json', import.meta.url), 'utf8');
    // The same projects under new ids: the shipped index knows none of them.
    const renamed = { ...dataset, projects: dataset.projects.map((p) => ({ ...p, id: `${p.id}-copy` })) };
    const hits = createQuery(renamed, { searchIndex: prebuilt }).search('zanatas', {
      collections: ['projects'],
    });
    expect(hits[0]?.id).toBe('zhanatas-wind-farm-copy');
    // One record more than the index holds: the index would never find it, so it is refused too.
    const zhanatas = dataset.projects.find((p) => p.id === 'zhanatas-wind-farm');
    if (!zhanatas) throw new Error('the real dataset has Zhanatas');
    const more = { ...dataset, projects: [...dataset.projects, { ...zhanatas, id: 'zhanatas-wind-farm-2' }] };
    const found = createQuery(more, { searchIndex: prebuilt }).projects({ q: 'zhanatas' }).items;
    expect(found.map((p) => p.id)).toContain('zhanatas-wind-farm-2');
    // An index that cannot be read (cut short in transit, another format) is built afresh, not an error.
    for (const broken of [prebuilt.slice(0, 1000), { documentCount: 0 }, '{}'])
      expect(createQuery(dataset, { searchIndex: broken }).search('zanatas')[0]?.id).toBe(
        'zhanatas-wind-farm',
      );
  });

  it('never throws on odd input', () => {
    for (const text of [
      '',
      '   ',
      '((((',
      '.*+?^$' + '{}()|[]\\',
      '🚄🇰🇿',
      'שלום',
      'a'.repeat(10_000),
      '\u0000\u001b[2J',
    ]) {
      expect(Array.isArray(q.search(text))).toBe(true);
    }
  });
});

describe('project filters and facets', () => {
  it('lists every project sorted by name without a filter', () => {
    const all = q.projects();
    expect(all.total).toBe(dataset.projects.length);
    const names = all.items.map((p) => p.name.en);
    expect(names).toEqual(
      [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })),
    );
    expect(asRecord(all.facets.sector)).toEqual(count(dataset.projects, (p) => [p.sector]));
  });

  it('filters by sector and counts facets disjunctively', () => {
    const energy = q.projects({ sector: ['energy'], status: ['operational'] });
    const expected = dataset.projects.filter(
      (p) => p.sector === 'energy' && currentStatus(p) === 'operational',
    );
    expect(energy.items.map((p) => p.id).sort()).toEqual(expected.map((p) => p.id).sort());
    expect(energy.total).toBe(expected.length);
    // Each facet ignores its own filter, so the other choices stay visible with their counts.
    expect(asRecord(energy.facets.status)).toEqual(
      count(
        dataset.projects.filter((p) => p.sector === 'energy'),
        (p) => [currentStatus(p)],
      ),
    );
    expect(asRecord(energy.facets.sector)).toEqual(
      count(
        dataset.projects.filter((p) => currentStatus(p) === 'operational'),
        (p) => [p.sector],
      ),
    );
    expect(asRecord(energy.facets.region)).toEqual(count(expected, regionsOf));
    expect(asRecord(energy.facets.participant)).toEqual(count(expected, participantsOf));
  });

  it('accepts old alphabetic region codes', () => {
    const byAlias = q.projects({ region: ['KZ-ZHA'] });
    expect(byAlias.items.map((p) => p.id)).toContain('zhanatas-wind-farm');
    expect(byAlias.items).toEqual(q.projects({ region: ['KZ-31'] }).items);
    expect(q.projects({ region: ['kz-zha'] }).total).toBe(byAlias.total);
  });

  it('filters by year range on the years a project was active', () => {
    const result = q.projects({ from: 2020, to: 2021 });
    expect(result.total).toBeGreaterThan(0);
    for (const p of result.items) {
      const [start, end] = activeYears(p, 2026) ?? [Number.NaN, Number.NaN];
      expect(start).toBeLessThanOrEqual(2021);
      expect(end).toBeGreaterThanOrEqual(2020);
    }
  });

  it('filters by participant, framework, area, text and the seed article', () => {
    const zhanatas = dataset.projects.find((p) => p.id === 'zhanatas-wind-farm') as Project;
    const org = participantsOf(zhanatas)[0];
    if (org) expect(q.projects({ participant: [org] }).items.map((p) => p.id)).toContain(zhanatas.id);
    const framework = dataset.projects.flatMap((p) => p.frameworks ?? [])[0];
    if (framework) {
      const inFramework = q.projects({ framework: [framework] });
      expect(inFramework.items.every((p) => p.frameworks?.includes(framework))).toBe(true);
    }
    const area = zhanatas.areas?.[0];
    if (area) expect(q.projects({ area: [area] }).items.map((p) => p.id)).toContain(zhanatas.id);
    expect(q.projects({ q: 'zanatas' }).items[0]?.id).toBe(zhanatas.id);
    const seed = q.projects({ namedInSeed: true });
    expect(seed.items.every((p) => p.namedInSeed)).toBe(true);
    expect(seed.total).toBe(dataset.projects.filter((p) => p.namedInSeed).length);
  });

  it('sorts by start date and by capacity', () => {
    const starts = q.projects({}, 'start').items.map((p) => dateSpan(p).first);
    const dated = starts.filter((s): s is string => !!s);
    // Undated projects come last.
    expect(starts.slice(0, dated.length)).toEqual(dated);
    expect(dated).toEqual([...dated].sort());
    const byCapacity = q.projects({ sector: ['energy'] }, 'capacity').items;
    const mw = byCapacity
      .map((p) => p.quantities?.capacity?.[0])
      .filter((c) => c?.unit === 'MW')
      .map((c) => c?.value ?? 0);
    expect(mw).toEqual([...mw].sort((a, b) => b - a));
  });

  it('returns nothing for unknown values and survives odd filters', () => {
    expect(q.projects({ sector: ['no-such-sector'] }).total).toBe(0);
    const odd = { sector: 'energy', from: 'x', to: Number.NaN, region: [null] } as unknown as Parameters<
      typeof q.projects
    >[0];
    expect(q.projects(odd).items.every((p) => p.sector === 'energy')).toBe(true);
  });
});

describe('aggregates', () => {
  it('never sums umbrella or pledge records', () => {
    const agg = q.aggregates();
    const counted = dataset.projects.filter(isCounted);
    expect(agg.excluded.sort()).toEqual(
      dataset.projects
        .filter((p) => !isCounted(p))
        .map((p) => p.id)
        .sort(),
    );
    expect(Object.values(agg.projectsBySector).reduce((a, b) => a + b, 0)).toBe(counted.length);
    expect(Object.values(agg.projectsByStatus).reduce((a, b) => a + b, 0)).toBe(counted.length);
    // Wind capacity in GW and MW adds up as MW, cancelled projects left out.
    const mw = counted
      .filter((p) => p.subsector === 'wind' && inTotals(p))
      .reduce((sum, p) => sum + (capacityOf(p)?.mw ?? 0), 0);
    expect(mw).toBeGreaterThan(0);
    expect(agg.capacity.filter((c) => c.subsector === 'wind')).toEqual([
      expect.objectContaining({ unit: 'MW', total: mw }),
    ]);
  });

  it('leaves an umbrella programme out of the totals even when it states a capacity', () => {
    const zhanatas = dataset.projects.find((p) => p.id === 'zhanatas-wind-farm') as Project;
    const umbrella: Project = { ...zhanatas, id: 'wind-programme', umbrella: true };
    const pledge: Project = { ...zhanatas, id: 'wind-pledge', pledge: true };
    const small = { ...dataset, projects: [zhanatas, umbrella, pledge] };
    const agg = createQuery(small).aggregates();
    expect(agg.excluded.sort()).toEqual(['wind-pledge', 'wind-programme']);
    expect(agg.capacity).toEqual([{ subsector: 'wind', unit: 'MW', total: 100, projects: 1 }]);
    expect(agg.projectsBySector).toEqual({ energy: 1 });
  });
});

describe('related records, timeline, get and suggest', () => {
  it('finds outgoing links and back-links', () => {
    for (const c of COLLECTIONS) {
      for (const record of dataset[c]) {
        for (const ref of referencesOf(c, record as unknown as Record<string, unknown>)) {
          if (ref.collection === 'levels') continue;
          const target = q.related(ref.id);
          expect(target.incoming[c]?.map((r) => r.id)).toContain(record.id);
          expect(q.related(record.id).outgoing[ref.collection]?.map((r) => r.id)).toContain(ref.id);
        }
      }
    }
    const similar = q.related('zhanatas-wind-farm').similar;
    expect(similar.map((p) => p.id)).not.toContain('zhanatas-wind-farm');
  });

  it('puts events, agreements, partnership levels and milestones on one dated timeline', () => {
    const all = q.timeline();
    const dates = all.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    const levels = dataset.relationships.flatMap((r) => r.levels);
    expect(all.filter((e) => e.type === 'partnership')).toHaveLength(
      levels.filter((l) => l.since.length).length,
    );
    expect(all).toContainEqual(
      expect.objectContaining({
        type: 'milestone',
        id: 'zhanatas-wind-farm',
        subtype: 'constructionStart',
        date: '2019-07-15',
      }),
    );
    expect(all.filter((e) => e.type === 'agreement')).toHaveLength(dataset.agreements.length);
    const recent = q.timeline({ types: ['agreement', 'event'], from: 2019, to: 2022 });
    expect(
      recent.every(
        (e) =>
          (e.type === 'agreement' || e.type === 'event') && yearOf(e.date) >= 2019 && yearOf(e.date) <= 2022,
      ),
    ).toBe(true);
    expect(compareDates('2019', '2019-07')).toBe(0);
  });

  it('gets any record by id or former id, and suggests ids for typos', () => {
    expect(q.get('zhanatas-wind-farm')?.collection).toBe('projects');
    expect(q.get('no-such-record')).toBeUndefined();
    const renamed = {
      ...dataset,
      projects: dataset.projects.map((p) =>
        p.id === 'zhanatas-wind-farm' ? { ...p, formerIds: ['zhanatas-wind-park'] } : p,
      ),
    };
    expect(createQuery(renamed).get('zhanatas-wind-park')?.record.id).toBe('zhanatas-wind-farm');
    expect(q.suggest('zhanatas-wind-fram')[0]).toBe('zhanatas-wind-farm');
    expect(q.suggest('zanatas-wind-farm')[0]).toBe('zhanatas-wind-farm');
    expect(q.suggest('')).toEqual([]);
  });

  it('localizes with a visible fallback to English', () => {
    expect(localize({ en: 'Wind farm', it: 'Parco eolico' }, 'it')).toEqual({
      text: 'Parco eolico',
      fallback: false,
      lang: 'it',
      translated: false,
    });
    expect(localize({ en: 'Wind farm' }, 'kk')).toEqual({
      text: 'Wind farm',
      fallback: true,
      lang: 'en',
      translated: false,
    });
    expect(localize({ en: 'Wind farm' }, 'en')).toEqual({
      text: 'Wind farm',
      fallback: false,
      lang: 'en',
      translated: false,
    });
    expect(localize(undefined, 'ru')).toEqual({ text: '', fallback: true, lang: 'en', translated: false });
  });

  it('reads a location name given as plain text as English, and a localized one in the page language', () => {
    expect(localize('near Zhanatas town', 'kk')).toEqual({
      text: 'near Zhanatas town',
      fallback: true,
      lang: 'en',
      translated: false,
    });
    const name = { en: 'near Zhanatas town', kk: 'Жаңатас қаласының маңы', translated: ['kk' as const] };
    expect(localize(name, 'kk')).toEqual({
      text: 'Жаңатас қаласының маңы',
      fallback: false,
      lang: 'kk',
      translated: true,
    });
    expect(englishText(name)).toBe('near Zhanatas town');
    expect(englishText('near Zhanatas town')).toBe('near Zhanatas town');
    const located = Location.safeParse({ name, country: 'KZ', precision: 'settlement', sources: ['x'] });
    expect(located.success).toBe(true);
    const marked = Location.safeParse({
      name: { ...name, translated: ['zh'] },
      country: 'KZ',
      precision: 'settlement',
      sources: ['x'],
    });
    expect(marked.success).toBe(false);
  });

  it("marks the project's own translations", () => {
    const name = {
      en: 'Wind farm',
      ru: 'Ветровая электростанция',
      zh: '风电场',
      translated: ['ru' as const],
    };
    expect(localize(name, 'ru')).toMatchObject({ text: 'Ветровая электростанция', translated: true });
    expect(localize(name, 'zh')).toMatchObject({ text: '风电场', translated: false });
  });
});
