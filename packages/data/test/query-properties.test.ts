/**
 * Property-based tests of the query API under hostile input: any search text and any combination of
 * filters and sorts returns without throwing, with results an independent brute-force filter agrees with.
 * Runs on the real dataset and on generated ones (see `arbitraries.ts`). Seeded like `properties.test.ts`.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, KIND_OF, SECTORS, STATUSES } from '../src/constants.js';
import { sortDates, yearOf } from '../src/dates.js';
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
import type { FacetName, ProjectFilter, ProjectSort, Query } from '../src/query/types.js';
import type { Dataset, Project } from '../src/schema/dataset.js';
import { canonicalRegion, KZ_REGION_ALIASES, REGIONS } from '../src/schema/regions.js';
import { configureFastCheck, expectedDataset, runs, TRICKY, validRecordSet } from './arbitraries.js';

configureFastCheck();

const CURRENT_YEAR = 2026;
const real = JSON.parse(readFileSync(new URL('../dist/dataset.json', import.meta.url), 'utf8')) as Dataset;
const realQuery = createQuery(real, { currentYear: CURRENT_YEAR });

/** Words from the real names, so that some searches hit. */
const WORDS = [
  ...new Set(real.projects.flatMap((p) => Object.values(p.name).flatMap((n) => String(n).split(/\s+/)))),
].filter((w) => w.length > 2);

/** Search text a user, a shared link or a fuzzer could send. */
const searchText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' ')),
  fc
    .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...TRICKY)), { maxLength: 6 })
    .map((ws) => ws.join('')),
  fc.constantFrom(
    '',
    ' ',
    '.*',
    '(a+)+$',
    '[',
    '\\',
    '^$|?*+{}()',
    'a{1000000}',
    '\u202Ezhanatas',
    'ژاناتاس',
    'שלום עולם',
    'e\u0301\u0301\u0301\u0301',
    'Z\u0336\u0337\u0338\u0335\u0334',
    '👩🏽‍🚀🇰🇿',
    '\uD800',
    '\uDC00zhanatas\uD800',
    '扎纳塔斯风电场',
    'Жаңатас',
    '\u0000\u0000',
    'a'.repeat(10_000),
    '💥'.repeat(5_000),
    'wind '.repeat(2_000),
    'x\u0301'.repeat(5_000),
    'zhanatas\u0000wind',
  ),
);

/** Junk a URL can carry where a filter value or a sort name is expected. */
const junk = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', ' '),
);
const yearValue = fc.oneof(
  fc.integer({ min: 1985, max: 2035 }),
  fc.constantFrom<unknown>(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1e308,
    2019.5,
    '2019',
    ' 2020 ',
    'abc',
    null,
    [],
    {},
  ),
);

/** A filter value is absent more often than present, so that combined filters still match. */
const sometimes = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: arb });

/**
 * Filters over a dataset, built around one of its projects so that they often match: that project's own
 * values, other real values, old region codes, lower case, junk, single strings where lists are expected.
 */
function projectFilter(d: Dataset): fc.Arbitrary<ProjectFilter> {
  const anchor = d.projects.length > 0 ? fc.constantFrom(...d.projects) : fc.constant(undefined);
  return anchor.chain((p) => {
    const own = p ? facetValues(p) : undefined;
    const facet = (mine: string[], all: string[]) => {
      const value = fc.oneof(
        { weight: 4, arbitrary: mine.length > 0 ? fc.constantFrom(...mine) : junk },
        { weight: 2, arbitrary: all.length > 0 ? fc.constantFrom(...all) : junk },
        { weight: 1, arbitrary: junk },
      );
      return sometimes(
        fc.oneof({ weight: 3, arbitrary: fc.array(value, { minLength: 1, maxLength: 3 }) }, value),
      );
    };
    const ids = (c: 'organizations' | 'frameworks' | 'areas') => d[c].map((r) => r.id);
    const regionSpellings = (codes: string[]) =>
      codes.flatMap((c) => [
        c,
        c.toLowerCase(),
        ` ${c} `,
        ...Object.keys(KZ_REGION_ALIASES).filter((a) => KZ_REGION_ALIASES[a] === c),
      ]);
    const years = p ? activeYears(p, CURRENT_YEAR) : undefined;
    const year = years
      ? fc.oneof({ weight: 4, arbitrary: fc.integer({ min: years[0] - 3, max: years[1] + 3 }) }, yearValue)
      : yearValue;
    const words = p ? Object.values(p.name).flatMap((n) => String(n).split(/\s+/)) : [];
    return fc.record({
      q: sometimes(
        fc.oneof(
          {
            weight: 3,
            arbitrary:
              words.length > 0 ? fc.subarray(words, { minLength: 1 }).map((w) => w.join(' ')) : searchText,
          },
          searchText,
        ),
      ),
      sector: facet(own?.sector ?? [], [...SECTORS]),
      status: facet(own?.status ?? [], [...STATUSES]),
      region: facet(regionSpellings(own?.region ?? []), Object.keys(REGIONS)),
      from: sometimes(year),
      to: sometimes(year),
      participant: facet(own?.participant ?? [], ids('organizations')),
      framework: facet(own?.framework ?? [], ids('frameworks')),
      area: facet(own?.area ?? [], ids('areas')),
      namedInSeed: sometimes(fc.oneof(fc.boolean(), fc.constant('true'))),
    }) as fc.Arbitrary<ProjectFilter>;
  });
}
const sort = fc.oneof(
  fc.constantFrom<ProjectSort | undefined>(
    'name',
    'start',
    'status',
    'sector',
    'capacity',
    'relevance',
    undefined,
  ),
  junk,
) as fc.Arbitrary<ProjectSort>;

// --- an independent, brute-force reading of the filter ------------------------------------------

const asList = (v: unknown): string[] =>
  v === undefined || v === null ? [] : (Array.isArray(v) ? v : [v]).map((x) => String(x));
const asNumber = (v: unknown): number | undefined => {
  const n = typeof v === 'string' && v.trim() ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};
const FACETS: FacetName[] = ['sector', 'status', 'region', 'participant', 'framework', 'area', 'year'];
const facetCache = new WeakMap<Project, Record<FacetName, string[]>>();
function facetValues(p: Project): Record<FacetName, string[]> {
  const cached = facetCache.get(p);
  if (cached) return cached;
  const first = dateSpan(p).first;
  const values: Record<FacetName, string[]> = {
    sector: [p.sector],
    status: [currentStatus(p)],
    region: regionsOf(p),
    participant: participantsOf(p),
    framework: p.frameworks ?? [],
    area: p.areas ?? [],
    year: first ? [String(yearOf(first))] : [],
  };
  facetCache.set(p, values);
  return values;
}

/** Which projects match, and the disjunctive facet counts (each facet counted under the other filters). */
function oracle(projects: Project[], filter: ProjectFilter, candidates?: Set<string>) {
  const selected: Partial<Record<FacetName, Set<string>>> = {};
  for (const f of ['sector', 'status', 'region', 'participant', 'framework', 'area'] as const) {
    const list = asList(filter[f]).map((v) => (f === 'region' ? (canonicalRegion(v) ?? v) : v));
    if (list.length > 0) selected[f] = new Set(list);
  }
  const from = asNumber(filter.from);
  const to = asNumber(filter.to);
  const passes = (p: Project, values: Record<FacetName, string[]>, except?: FacetName) => {
    if (candidates && !candidates.has(p.id)) return false;
    if (filter.namedInSeed === true && !p.namedInSeed) return false;
    for (const [f, set] of Object.entries(selected) as [FacetName, Set<string>][])
      if (f !== except && !values[f].some((v) => set.has(v))) return false;
    if (except !== 'year' && (from !== undefined || to !== undefined)) {
      const years = activeYears(p, CURRENT_YEAR);
      if (!years || (from !== undefined && years[1] < from) || (to !== undefined && years[0] > to))
        return false;
    }
    return true;
  };
  const matched = new Set<string>();
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<
    FacetName,
    Map<string, number>
  >;
  for (const p of projects) {
    const values = facetValues(p);
    if (passes(p, values)) matched.add(p.id);
    for (const f of FACETS) {
      if (!passes(p, values, f)) continue;
      for (const v of new Set(values[f])) counts[f].set(v, (counts[f].get(v) ?? 0) + 1);
    }
  }
  // Selected values that exist in the data stay listed, with 0 when nothing matches them.
  const known = Object.fromEntries(
    FACETS.map((f) => [f, new Set(projects.flatMap((p) => facetValues(p)[f]))]),
  );
  for (const [f, set] of Object.entries(selected) as [FacetName, Set<string>][])
    for (const v of set) if (known[f]?.has(v) && !counts[f].has(v)) counts[f].set(v, 0);
  return { matched, counts, selected };
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
/** A number per project that must not decrease along the list for this sort. */
function sortKey(sort: ProjectSort, p: Project): number | string {
  switch (sort) {
    case 'status':
      return STATUSES.indexOf(currentStatus(p) as (typeof STATUSES)[number]);
    case 'sector':
      return SECTORS.indexOf(p.sector);
    case 'capacity': {
      const c = capacityOf(p);
      return c ? -(c.mw ?? c.value) : Number.POSITIVE_INFINITY;
    }
    default:
      return 0;
  }
}

function checkOrder(items: Project[], sort: ProjectSort, q: Query) {
  if (sort === 'relevance') return;
  const known = ['start', 'status', 'sector', 'capacity'].includes(sort);
  if (!known) {
    // Any other name (junk from a URL) sorts by name.
    const byName = q.projects({}, 'name').items.filter((p) => items.includes(p));
    expect(items.map((p) => p.id)).toEqual(byName.map((p) => p.id));
    for (let i = 1; i < items.length; i++)
      expect(collator.compare(items[i - 1]?.name.en ?? '', items[i]?.name.en ?? '')).toBeLessThanOrEqual(0);
    return;
  }
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1] as Project;
    const b = items[i] as Project;
    if (sort === 'start') {
      const x = dateSpan(a).first;
      const y = dateSpan(b).first;
      if (x === undefined) expect(y).toBeUndefined();
      else if (y !== undefined) expect(sortDates(x, y)).toBeLessThanOrEqual(0);
    } else expect(sortKey(sort, a) <= sortKey(sort, b)).toBe(true);
  }
}

/** Every invariant of `projects(filter, sort)` against the brute-force reading. */
function checkProjects(q: Query, d: Dataset, filter: ProjectFilter, s: ProjectSort) {
  const result = q.projects(filter, s);
  expect(result.total).toBe(result.items.length);
  expect(new Set(result.items.map((p) => p.id)).size).toBe(result.items.length);
  const text = typeof filter.q === 'string' && filter.q.trim() ? filter.q : undefined;
  const candidates = text ? new Set(q.projects({ q: text }).items.map((p) => p.id)) : undefined;
  const { matched, counts, selected } = oracle(d.projects, filter, candidates);
  expect(new Set(result.items.map((p) => p.id))).toEqual(matched);
  for (const f of FACETS) {
    const got = new Map(result.facets[f].map((x) => [x.value, x.count]));
    expect(got).toEqual(counts[f]);
    for (const x of result.facets[f]) expect(Number.isInteger(x.count) && x.count >= 0).toBe(true);
    // Facet counts are never below the filtered total where every match has a value.
    const sum = result.facets[f].reduce((n, x) => n + x.count, 0);
    if (f === 'sector' || f === 'status') expect(sum).toBeGreaterThanOrEqual(result.total);
    const chosen = selected[f as Exclude<FacetName, 'year'>];
    if (chosen)
      expect(
        result.facets[f].filter((x) => chosen.has(x.value)).reduce((n, x) => n + x.count, 0),
      ).toBeGreaterThanOrEqual(result.total);
  }
  const byRelevance = s === undefined || s === 'relevance';
  checkOrder(result.items, byRelevance ? (text ? 'relevance' : 'name') : s, q);
  return result;
}

function checkSearch(q: Query, text: string, collections?: unknown, limit?: unknown) {
  const hits = q.search(text, { collections: collections as never, limit: limit as never });
  const max = asNumber(limit) ?? 20;
  expect(hits.length).toBeLessThanOrEqual(Math.max(0, Math.floor(max)));
  const wanted = asList(collections).filter((c) => Object.hasOwn(KIND_OF, c));
  for (const [i, hit] of hits.entries()) {
    const found = q.get(hit.id);
    expect(found?.collection).toBe(hit.collection);
    expect(hit.kind).toBe(KIND_OF[hit.collection]);
    expect(Number.isFinite(hit.score)).toBe(true);
    if (i > 0) expect(hit.score).toBeLessThanOrEqual(hits[i - 1]?.score ?? Number.POSITIVE_INFINITY);
    if (wanted.length > 0) expect(wanted).toContain(hit.collection);
  }
}

const collectionsArg = fc.oneof(
  fc.constant(undefined),
  fc.subarray([...COLLECTIONS]),
  fc.array(fc.oneof(fc.constantFrom(...COLLECTIONS), junk), { maxLength: 3 }),
  junk,
);
const limitArg = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: -5, max: 60 }),
  fc.constantFrom<unknown>(2.5, Number.NaN, Number.POSITIVE_INFINITY, '3', 'abc', null),
);

describe('(c) the query API under any input', () => {
  it('search: any text, collections and limit return ranked hits of real records, never throwing', () => {
    fc.assert(
      fc.property(searchText, collectionsArg, limitArg, (text, collections, limit) =>
        checkSearch(realQuery, text, collections, limit),
      ),
      { numRuns: runs(100) },
    );
  });

  it('projects: any filters and sort agree with a brute-force filter, facets included (real data)', () => {
    fc.assert(
      fc.property(projectFilter(real), sort, (filter, s) => {
        checkProjects(realQuery, real, filter, s);
      }),
      { numRuns: runs(100) },
    );
  });

  it('projects without text: the facet filters alone, which match more often', () => {
    fc.assert(
      fc.property(
        projectFilter(real).map(({ q: _q, ...f }) => f),
        sort,
        (filter, s) => {
          checkProjects(realQuery, real, filter, s);
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it('aggregates, timeline, related, get and suggest take any input', () => {
    const types = fc.oneof(
      fc.subarray(['event', 'agreement', 'partnership', 'milestone']),
      fc.array(junk, { maxLength: 2 }),
      junk,
    );
    const ids = fc.oneof(
      fc.constantFrom(...COLLECTIONS.flatMap((c) => real[c].map((r) => r.id))),
      searchText,
    );
    fc.assert(
      fc.property(projectFilter(real), types, yearValue, yearValue, ids, (filter, t, from, to, id) => {
        const { items } = realQuery.projects(filter);
        const agg = realQuery.aggregates(filter);
        const counted = items.filter(isCounted);
        expect(new Set(agg.excluded)).toEqual(new Set(items.filter((p) => !isCounted(p)).map((p) => p.id)));
        expect(Object.values(agg.projectsBySector).reduce((n, c) => n + c, 0)).toBe(counted.length);
        expect(Object.values(agg.projectsByStatus).reduce((n, c) => n + c, 0)).toBe(counted.length);
        for (const row of [...agg.capacity, ...agg.money])
          expect(row.projects).toBeLessThanOrEqual(counted.length);

        const timeline = realQuery.timeline({ types: t as never, from: from as never, to: to as never });
        const wanted = asList(t);
        for (const [i, e] of timeline.entries()) {
          if (i > 0) expect(sortDates(timeline[i - 1]?.date ?? '', e.date)).toBeLessThanOrEqual(0);
          if (wanted.length > 0) expect(wanted).toContain(e.type);
          const y = yearOf(e.date);
          if (asNumber(from) !== undefined) expect(y).toBeGreaterThanOrEqual(asNumber(from) as number);
          if (asNumber(to) !== undefined) expect(y).toBeLessThanOrEqual(asNumber(to) as number);
        }

        const related = realQuery.related(id);
        for (const side of [related.outgoing, related.incoming])
          for (const [c, list] of Object.entries(side))
            for (const r of list) expect(realQuery.get(r.id)?.collection).toBe(c);
        const suggestions = realQuery.suggest(id, 3);
        expect(suggestions.length).toBeLessThanOrEqual(3);
        for (const s of suggestions) expect(realQuery.get(s)).toBeDefined();
      }),
      { numRuns: runs(60) },
    );
  });

  it('generated datasets: search and projects hold on any valid data, odd names included', () => {
    fc.assert(
      fc.property(
        validRecordSet(12).chain((records) => {
          const d = expectedDataset(records);
          return fc.tuple(
            fc.constant(d),
            fc.array(fc.tuple(searchText, projectFilter(d), sort), { minLength: 1, maxLength: 4 }),
          );
        }),
        ([d, queries]) => {
          const q = createQuery(d, { currentYear: CURRENT_YEAR });
          for (const [text, filter, s] of queries) {
            checkSearch(q, text);
            checkProjects(q, d, filter, s);
            checkProjects(q, d, {}, s);
          }
        },
      ),
      { numRuns: runs(20) },
    );
  });
});
