import { SECTORS, STATUSES } from '../constants.js';
import { yearOf } from '../dates.js';
import type { Project } from '../schema/dataset.js';
import { canonicalRegion } from '../schema/regions.js';
import {
  activeYears,
  capacityOf,
  currentStatus,
  dateSpan,
  participantsOf,
  regionsOf,
} from './project-facts.js';
import type { FacetName, Facets, ProjectFilter, ProjectSort } from './types.js';

export const FACETS: FacetName[] = ['sector', 'status', 'region', 'participant', 'framework', 'area', 'year'];

/** Filter values as a list of strings, whatever a caller passed (a single string from a URL, numbers...). */
export const asList = (v: unknown): string[] =>
  v === undefined || v === null ? [] : (Array.isArray(v) ? v : [v]).map((x) => String(x));

/** A finite number, from a number or a numeric string; anything else is `undefined`. */
export const finite = (v: unknown): number | undefined => {
  const n = typeof v === 'string' && v.trim() ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};

/** The values of one facet, interned to small integers so that counting is array arithmetic. */
class Dictionary {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  private order?: Int32Array;
  private inverse?: Int32Array;
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
  find(value: string): number | undefined {
    return this.ids.get(value);
  }
  /** Rank of each value in alphabetical order (code points: fast and stable), for tie-breaks. */
  ranks(): Int32Array {
    if (!this.order) {
      const sorted = this.values
        .map((_, i) => i)
        .sort((a, b) => ((this.values[a] ?? '') < (this.values[b] ?? '') ? -1 : 1));
      this.order = new Int32Array(this.values.length);
      sorted.forEach((id, rank) => {
        (this.order as Int32Array)[id] = rank;
      });
    }
    return this.order;
  }
  /** Value id at each alphabetical rank. */
  byRank(): Int32Array {
    if (!this.inverse) {
      const inverse = new Int32Array(this.values.length);
      this.ranks().forEach((rank, id) => {
        inverse[rank] = id;
      });
      this.inverse = inverse;
    }
    return this.inverse;
  }
}

const RANK_BITS = 2 ** 21;

/**
 * Filters, disjunctive facet counts and sorts over the projects of a dataset, on facts computed once:
 * one pass over the projects per call, counting into typed arrays; sorts walk precomputed orders.
 */
export class ProjectEngine {
  readonly dicts = Object.fromEntries(FACETS.map((f) => [f, new Dictionary()])) as Record<
    FacetName,
    Dictionary
  >;
  /** For each facet, the value ids of each project. */
  readonly values = Object.fromEntries(FACETS.map((f) => [f, [] as number[][]])) as Record<
    FacetName,
    number[][]
  >;
  private readonly active: Float64Array;
  private readonly orders = new Map<ProjectSort, Int32Array>();
  private readonly start: (string | undefined)[] = [];
  private readonly capacity: Float64Array;
  private readonly nameRank: Int32Array;

  constructor(
    private readonly projects: Project[],
    currentYear: number,
  ) {
    const n = projects.length;
    this.active = new Float64Array(n * 2).fill(Number.NaN);
    this.capacity = new Float64Array(n).fill(Number.NaN);
    const intern = (f: FacetName, vs: readonly string[]) =>
      this.values[f].push(vs.map((v) => this.dicts[f].id(v)));
    projects.forEach((p, i) => {
      const span = dateSpan(p);
      intern('sector', [p.sector]);
      intern('status', [currentStatus(p)]);
      intern('region', regionsOf(p));
      intern('participant', participantsOf(p));
      intern('framework', p.frameworks ?? []);
      intern('area', p.areas ?? []);
      intern('year', span.first ? [String(yearOf(span.first))] : []);
      const years = activeYears(p, currentYear);
      if (years) {
        this.active[2 * i] = years[0];
        this.active[2 * i + 1] = years[1];
      }
      this.start.push(span.first);
      const cap = capacityOf(p);
      if (cap) this.capacity[i] = cap.mw ?? cap.value;
    });
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const byName = Int32Array.from(projects.keys()).sort((a, b) =>
      collator.compare(projects[a]?.name.en ?? '', projects[b]?.name.en ?? ''),
    );
    this.orders.set('name', byName);
    this.nameRank = new Int32Array(n);
    byName.forEach((projectIndex, rank) => {
      this.nameRank[projectIndex] = rank;
    });
  }

  rankByName(i: number): number {
    return this.nameRank[i] ?? 0;
  }

  /** Projects in a sort order, computed once per order; ties broken by name. */
  private order(sort: Exclude<ProjectSort, 'relevance'>): Int32Array {
    const cached = this.orders.get(sort);
    if (cached) return cached;
    const ps = this.projects;
    const byName = (a: number, b: number) => this.rankByName(a) - this.rankByName(b);
    const statusRank = ps.map((p) => {
      const r = (STATUSES as readonly string[]).indexOf(currentStatus(p));
      return r < 0 ? STATUSES.length : r;
    });
    const compare: Record<typeof sort, (a: number, b: number) => number> = {
      name: byName,
      start: (a, b) => {
        const x = this.start[a];
        const y = this.start[b];
        if (x === y) return byName(a, b);
        if (!x) return 1;
        if (!y) return -1;
        return x < y ? -1 : 1;
      },
      status: (a, b) => (statusRank[a] ?? 0) - (statusRank[b] ?? 0) || byName(a, b),
      sector: (a, b) =>
        (SECTORS as readonly string[]).indexOf(ps[a]?.sector ?? '') -
          (SECTORS as readonly string[]).indexOf(ps[b]?.sector ?? '') || byName(a, b),
      // Largest first; projects without a capacity last.
      capacity: (a, b) => {
        const x = this.capacity[a] ?? Number.NaN;
        const y = this.capacity[b] ?? Number.NaN;
        if (Number.isNaN(x) || Number.isNaN(y))
          return Number(Number.isNaN(x)) - Number(Number.isNaN(y)) || byName(a, b);
        return y - x || byName(a, b);
      },
    };
    const order = Int32Array.from(ps.keys()).sort(compare[sort]);
    this.orders.set(sort, order);
    return order;
  }

  query(
    filter: ProjectFilter,
    sort: ProjectSort,
    scores?: Map<string, number>,
  ): { items: Project[]; total: number; facets: Facets } {
    const n = this.projects.length;
    const ps = this.projects;
    // Per facet filter: a byte per value id saying whether it passes.
    const active: { facet: FacetName; pass: Uint8Array; values: number[][] }[] = [];
    const selected = {} as Partial<Record<FacetName, number[]>>;
    const lists: [FacetName, string[]][] = [
      ['sector', asList(filter.sector)],
      ['status', asList(filter.status)],
      ['region', asList(filter.region).map((r) => canonicalRegion(r) ?? r)],
      ['participant', asList(filter.participant)],
      ['framework', asList(filter.framework)],
      ['area', asList(filter.area)],
    ];
    for (const [facet, list] of lists) {
      if (list.length === 0) continue;
      const pass = new Uint8Array(this.dicts[facet].values.length);
      const ids: number[] = [];
      for (const v of list) {
        const id = this.dicts[facet].find(v);
        if (id !== undefined) {
          pass[id] = 1;
          ids.push(id);
        }
      }
      selected[facet] = ids;
      active.push({ facet, pass, values: this.values[facet] });
    }
    const from = finite(filter.from);
    const to = finite(filter.to);
    const yearFilter = from !== undefined || to !== undefined;
    const seedOnly = filter.namedInSeed === true;

    const counts = Object.fromEntries(
      FACETS.map((f) => [f, new Int32Array(this.dicts[f].values.length)]),
    ) as Record<FacetName, Int32Array>;
    const countFacet = (f: FacetName, i: number) => {
      const c = counts[f];
      for (const v of this.values[f][i] as number[]) c[v] = (c[v] ?? 0) + 1;
    };
    const matched = new Uint8Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const p = ps[i] as Project;
      // Filters that are not facets (text, seed article) exclude a project from every count.
      if (scores && !scores.has(p.id)) continue;
      if (seedOnly && !p.namedInSeed) continue;
      let failures = 0;
      let failed: FacetName | undefined;
      for (const { facet, pass, values } of active) {
        const vs = values[i] as number[];
        let ok = false;
        for (const v of vs) {
          if (pass[v]) {
            ok = true;
            break;
          }
        }
        if (!ok) {
          failed = facet;
          if (++failures > 1) break;
        }
      }
      if (failures > 1) continue;
      if (yearFilter) {
        const a = this.active[2 * i] ?? Number.NaN;
        const b = this.active[2 * i + 1] ?? Number.NaN;
        const inRange =
          !Number.isNaN(a) && (from === undefined || b >= from) && (to === undefined || a <= to);
        if (!inRange) {
          failed = 'year';
          if (++failures > 1) continue;
        }
      }
      if (failures === 0) {
        matched[i] = 1;
        total++;
        for (const f of FACETS) countFacet(f, i);
      } else if (failed) countFacet(failed, i);
    }

    const facets = {} as Facets;
    for (const f of FACETS) facets[f] = this.facetList(f, counts[f], selected[f] ?? []);

    let order: ArrayLike<number>;
    if (sort === 'relevance' && scores) {
      const list: number[] = [];
      for (let i = 0; i < n; i++) if (matched[i]) list.push(i);
      order = list.sort(
        (a, b) =>
          (scores.get(ps[b]?.id ?? '') ?? 0) - (scores.get(ps[a]?.id ?? '') ?? 0) ||
          this.rankByName(a) - this.rankByName(b),
      );
    } else {
      // Own keys only: `'__proto__' in COMPARABLE` is true, and a URL can carry any sort name.
      order = this.order(Object.hasOwn(COMPARABLE, sort) ? (sort as keyof typeof COMPARABLE) : 'name');
    }
    const items: Project[] = [];
    for (let k = 0; k < order.length; k++) {
      const i = order[k] as number;
      if (matched[i]) items.push(ps[i] as Project);
    }
    return { items, total, facets };
  }

  /** Values with a count (and selected values, even at 0), most frequent first; years in year order. */
  private facetList(
    f: FacetName,
    counts: Int32Array,
    selected: number[],
  ): { value: string; count: number }[] {
    const values = this.dicts[f].values;
    const keep = new Set(selected);
    if (f === 'year') {
      const out: { value: string; count: number }[] = [];
      values.forEach((value, id) => {
        if ((counts[id] ?? 0) > 0 || keep.has(id)) out.push({ value, count: counts[id] ?? 0 });
      });
      return out.sort((a, b) => Number(a.value) - Number(b.value));
    }
    // Sort on one number per value: count, then alphabetical rank (a native typed-array sort).
    const ranks = this.dicts[f].ranks();
    const keys: number[] = [];
    counts.forEach((count, id) => {
      if (count > 0 || keep.has(id)) keys.push(count * RANK_BITS + (RANK_BITS - 1 - (ranks[id] ?? 0)));
    });
    const sorted = Float64Array.from(keys).sort().reverse();
    const byRank = this.dicts[f].byRank();
    return Array.from(sorted, (key) => {
      const count = Math.floor(key / RANK_BITS);
      const id = byRank[RANK_BITS - 1 - (key - count * RANK_BITS)] ?? 0;
      return { value: values[id] ?? '', count };
    });
  }
}

const COMPARABLE = { name: 1, start: 1, status: 1, sector: 1, capacity: 1 } as const;
