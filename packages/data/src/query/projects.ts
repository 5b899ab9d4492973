import { SECTORS, STATUSES } from '../constants.js';
import { yearOf } from '../dates.js';
import type { Project } from '../schema/dataset.js';
import { canonicalRegion } from '../schema/regions.js';
import { and, countBits, forEachBit, popcount } from './bits.js';
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

/** Default cap on the values listed per facet (the most frequent; selected values are always listed). */
export const FACET_LIMIT = 500;

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
    if (!this.order) this.order = inversePermutation(this.byRank());
    return this.order;
  }
  /** Value id at each alphabetical rank. */
  byRank(): Int32Array {
    if (!this.inverse) {
      const values = this.values;
      this.inverse = Int32Array.from(values.keys()).sort((a, b) =>
        (values[a] ?? '') < (values[b] ?? '') ? -1 : 1,
      );
    }
    return this.inverse;
  }
}

/** The inverse of a permutation: for an order (item at each rank), each item's rank; and back. */
function inversePermutation(order: Int32Array): Int32Array {
  const inverse = new Int32Array(order.length);
  order.forEach((item, rank) => {
    inverse[item] = rank;
  });
  return inverse;
}

const RANK_BITS = 2 ** 21;
/** No active years (the project has no dates). */
const NO_YEAR = -(2 ** 31);

/**
 * The projects' order by English name, computed ahead (by the build, for the dataset it ships) with the
 * fingerprint of the ids and names it was computed from: the collator it needs costs more to create in a
 * fresh process than listing every project does.
 */
export interface NameOrder {
  fingerprint: number;
  order: number[];
}

/** Project indexes in English name order (the collation every door sorts names by). */
export function sortByName(projects: readonly Project[]): Int32Array {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return Int32Array.from(projects.keys()).sort((a, b) =>
    collator.compare(projects[a]?.name.en ?? '', projects[b]?.name.en ?? ''),
  );
}

/** FNV-1a over every project's id and English name, in order: a name order computed ahead still applies. */
export function nameFingerprint(projects: readonly Project[]): number {
  let h = 0x811c9dc5;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0, 0x01000193);
  };
  for (const p of projects) {
    mix(p.id);
    mix(p.name.en ?? '');
  }
  return h >>> 0;
}

/** A project's values of one facet (interned when the facet is first used). */
const FACT: Record<FacetName, (p: Project) => readonly string[]> = {
  sector: (p) => [p.sector],
  status: (p) => [currentStatus(p)],
  region: regionsOf,
  participant: participantsOf,
  framework: (p) => p.frameworks ?? [],
  area: (p) => p.areas ?? [],
  year: (p) => {
    const first = dateSpan(p).first;
    return first ? [String(yearOf(first))] : [];
  },
};

/**
 * Filters, disjunctive facet counts and sorts over the projects of a dataset, on facts computed once:
 * filters are bitsets (one per active filter, from per-value posting lists) combined with AND; counts walk
 * the set bits of the AND of the other filters; sorts walk precomputed orders, so results come out sorted.
 * Every table is built the first time a query needs it, so that listing every project by name (a script
 * printing JSON) builds no facet table at all.
 */
export class ProjectEngine {
  private readonly dicts = new Map<FacetName, Dictionary>();
  private readonly valueCache = new Map<FacetName, number[][]>();
  /** First and last active year of each project, as integers; NO_YEAR when it has no dates. */
  private activeCache?: Int32Array;
  private readonly orders = new Map<ProjectSort, Int32Array>();
  private startCache?: (string | undefined)[];
  private capacityCache?: Float64Array;
  private nameRankCache?: Int32Array;
  private indexOfCache?: Map<string, number>;
  private readonly postingCache = new Map<FacetName, { offsets: Int32Array; projects: Int32Array }>();
  private readonly flatCache = new Map<FacetName, { offsets: Int32Array; ids: Int32Array }>();
  private readonly valueBitsCache = new Map<FacetName, Uint32Array[]>();
  private readonly scratch = new Map<FacetName, Int32Array>();
  private seed?: Uint32Array;
  private years?: Int32Array;
  private histogramBuffer?: Int32Array;
  /** Facet lists over every project (no filter of their own applies): fixed for the dataset, so kept. */
  private readonly everyProjectFacets = new Map<FacetName, { value: string; count: number }[]>();
  /** Every project in each sort order, for the unfiltered list. */
  private readonly everyProjectItems = new Map<string, Project[]>();
  private readonly everyProjectCountCache = new Map<FacetName, Int32Array>();

  constructor(
    private readonly projects: Project[],
    private readonly currentYear: number,
    /** At most this many values per facet (selected values come on top); see `Facets`. */
    private readonly facetLimit = FACET_LIMIT,
    /** The name order computed ahead for these projects, used when its fingerprint is theirs. */
    private readonly byName?: NameOrder,
  ) {}

  /** For one facet, the value ids of each project (interned in project order, on first use). */
  valuesOf(f: FacetName): number[][] {
    let values = this.valueCache.get(f);
    if (!values) {
      const dict = new Dictionary();
      const of = FACT[f];
      values = this.projects.map((p) => of(p).map((v) => dict.id(v)));
      this.dicts.set(f, dict);
      this.valueCache.set(f, values);
    }
    return values;
  }

  private dict(f: FacetName): Dictionary {
    this.valuesOf(f);
    return this.dicts.get(f) as Dictionary;
  }

  /** Few values for many projects (sector, status, region...): each value gets a bitset of its own. */
  private fewValued(f: FacetName): boolean {
    const n = this.projects.length;
    return this.dict(f).values.length * ((n + 31) >>> 5) < 2 * n;
  }

  private get indexOf(): Map<string, number> {
    this.indexOfCache ??= new Map(this.projects.map((p, i) => [p.id, i]));
    return this.indexOfCache;
  }

  private get active(): Int32Array {
    if (!this.activeCache) {
      const active = new Int32Array(this.projects.length * 2).fill(NO_YEAR);
      this.projects.forEach((p, i) => {
        const years = activeYears(p, this.currentYear);
        if (years) {
          active[2 * i] = years[0];
          active[2 * i + 1] = years[1];
        }
      });
      this.activeCache = active;
    }
    return this.activeCache;
  }

  private get start(): (string | undefined)[] {
    this.startCache ??= this.projects.map((p) => dateSpan(p).first);
    return this.startCache;
  }

  private get capacity(): Float64Array {
    if (!this.capacityCache) {
      const capacity = new Float64Array(this.projects.length).fill(Number.NaN);
      this.projects.forEach((p, i) => {
        const cap = capacityOf(p);
        if (cap) capacity[i] = cap.mw ?? cap.value;
      });
      this.capacityCache = capacity;
    }
    return this.capacityCache;
  }

  /** Projects in name order (the default order, and every other order's tie-break), built once. */
  private nameOrder(): Int32Array {
    let byName = this.orders.get('name');
    if (!byName) {
      const ahead = this.byName;
      byName =
        ahead &&
        ahead.order.length === this.projects.length &&
        ahead.fingerprint === nameFingerprint(this.projects)
          ? Int32Array.from(ahead.order)
          : sortByName(this.projects);
      this.orders.set('name', byName);
    }
    return byName;
  }

  /** Each project's rank in name order. */
  private get nameRank(): Int32Array {
    if (!this.nameRankCache) this.nameRankCache = inversePermutation(this.nameOrder());
    return this.nameRankCache;
  }

  rankByName(i: number): number {
    return this.nameRank[i] ?? 0;
  }

  /** Projects in a sort order, computed once per order; ties broken by name. */
  private order(sort: Exclude<ProjectSort, 'relevance'>): Int32Array {
    if (sort === 'name') return this.nameOrder();
    const cached = this.orders.get(sort);
    if (cached) return cached;
    const ps = this.projects;
    const rank = this.nameRank;
    const byName = (a: number, b: number) => (rank[a] ?? 0) - (rank[b] ?? 0);
    const start = sort === 'start' ? this.start : [];
    const capacity = sort === 'capacity' ? this.capacity : new Float64Array(0);
    const statusRank = ps.map((p) => {
      const r = (STATUSES as readonly string[]).indexOf(currentStatus(p));
      return r < 0 ? STATUSES.length : r;
    });
    const compare: Record<typeof sort, (a: number, b: number) => number> = {
      start: (a, b) => {
        const x = start[a];
        const y = start[b];
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
        const x = capacity[a] ?? Number.NaN;
        const y = capacity[b] ?? Number.NaN;
        if (Number.isNaN(x) || Number.isNaN(y))
          return Number(Number.isNaN(x)) - Number(Number.isNaN(y)) || byName(a, b);
        return y - x || byName(a, b);
      },
    };
    const order = Int32Array.from(ps.keys()).sort(compare[sort]);
    this.orders.set(sort, order);
    return order;
  }

  /** Project indexes per value id of a facet (CSR: ids of value v at [offsets[v], offsets[v + 1])). */
  private postings(f: FacetName): { offsets: Int32Array; projects: Int32Array } {
    const cached = this.postingCache.get(f);
    if (cached) return cached;
    const perProject = this.valuesOf(f);
    const offsets = new Int32Array(this.dict(f).values.length + 1);
    for (const vs of perProject) for (const v of vs) offsets[v + 1] = (offsets[v + 1] ?? 0) + 1;
    for (let v = 1; v < offsets.length; v++) offsets[v] = (offsets[v] ?? 0) + (offsets[v - 1] ?? 0);
    const fill = offsets.slice(0, -1);
    const projects = new Int32Array(offsets[offsets.length - 1] ?? 0);
    perProject.forEach((vs, i) => {
      for (const v of vs) projects[(fill[v] as number)++] = i;
    });
    const built = { offsets, projects };
    this.postingCache.set(f, built);
    return built;
  }

  /** Each facet's value ids per project, flattened (CSR), so counting walks two typed arrays. */
  private flat(f: FacetName): { offsets: Int32Array; ids: Int32Array } {
    const cached = this.flatCache.get(f);
    if (cached) return cached;
    const perProject = this.valuesOf(f);
    const offsets = new Int32Array(perProject.length + 1);
    perProject.forEach((vs, i) => {
      offsets[i + 1] = (offsets[i] ?? 0) + vs.length;
    });
    const ids = new Int32Array(offsets[perProject.length] ?? 0);
    perProject.forEach((vs, i) => {
      ids.set(vs, offsets[i] ?? 0);
    });
    const built = { offsets, ids };
    this.flatCache.set(f, built);
    return built;
  }

  query(
    filter: ProjectFilter,
    sort: ProjectSort,
    scores?: Map<string, number>,
  ): { items: Project[]; total: number; facets: Facets } {
    const n = this.projects.length;
    const ps = this.projects;
    const words = (n + 31) >>> 5;
    const full = () => {
      const b = new Uint32Array(words).fill(0xffffffff);
      if (n & 31) b[words - 1] = (1 << (n & 31)) - 1;
      return b;
    };
    // Filters that are not facets (text, seed article) exclude a project from every count.
    const base = full();
    if (scores) {
      base.fill(0);
      for (const id of scores.keys()) {
        const i = this.indexOf.get(id);
        if (i !== undefined) base[i >>> 5] = (base[i >>> 5] as number) | (1 << (i & 31));
      }
    }
    if (filter.namedInSeed === true) and(base, this.seedBits());

    // One bitset per active facet filter: the projects having any of its values.
    const masks: { facet: FacetName; bits: Uint32Array }[] = [];
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
      const bits = new Uint32Array(words);
      const ids: number[] = [];
      const { offsets, projects } = this.postings(facet);
      const valueBits = this.fewValued(facet) ? this.valueBits(facet) : undefined;
      for (const v of list) {
        const id = this.dict(facet).find(v);
        if (id === undefined || ids.includes(id)) continue;
        ids.push(id);
        // A frequent value has its own bitset (few-valued facets): OR it in word by word.
        const own = valueBits?.[id];
        if (own) {
          for (let w = 0; w < words; w++) bits[w] = (bits[w] as number) | (own[w] as number);
          continue;
        }
        for (let k = offsets[id] as number, end = offsets[id + 1] as number; k < end; k++) {
          const i = projects[k] as number;
          bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
        }
      }
      selected[facet] = ids;
      masks.push({ facet, bits });
    }
    const from = finite(filter.from);
    const to = finite(filter.to);
    if (from !== undefined || to !== undefined) {
      const bits = this.activeBetween(from ?? -Infinity, to ?? Infinity);
      masks.push({ facet: 'year', bits });
    }

    const matched = base.slice();
    for (const m of masks) and(matched, m.bits);
    // No text or seed filter: a group without other filters covers every project, whose counts never change.
    const baseIsEverything = !scores && filter.namedInSeed !== true;
    // Facets are counted when first read: a caller that only lists (a script printing JSON) never pays.
    let counted: Facets | undefined;
    const countFacets = (): Facets => {
      // Each facet counts under every filter but its own (disjunctive facets): facets without a filter of
      // their own share the matched set; each filtered facet gets the AND of the others.
      const facets = {} as Facets;
      const unfiltered = FACETS.filter((f) => !masks.some((m) => m.facet === f));
      const groups: [FacetName[], Uint32Array, boolean][] = [
        [unfiltered, matched, baseIsEverything && masks.length === 0],
      ];
      for (const m of masks) {
        const others = base.slice();
        for (const o of masks) if (o !== m) and(others, o.bits);
        groups.push([[m.facet], others, baseIsEverything && masks.length === 1]);
      }
      for (const [fs, bits, everything] of groups) {
        let members = -1;
        for (const f of fs) {
          const picked = selected[f] ?? [];
          const cached = everything && picked.length === 0 ? this.everyProjectFacets.get(f) : undefined;
          if (cached) {
            facets[f] = cached.map((v) => ({ ...v }));
            continue;
          }
          if (members < 0) {
            members = countBits(bits);
          }
          const list = this.facetList(f, this.count(f, bits, members), picked);
          if (everything && picked.length === 0)
            this.everyProjectFacets.set(
              f,
              list.map((v) => ({ ...v })),
            );
          facets[f] = list;
        }
      }
      return facets;
    };
    const facetsOnce = () => {
      counted ??= countFacets();
      return counted;
    };

    const total = countBits(matched);
    if (sort === 'relevance' && scores) {
      const list: number[] = [];
      forEachBit(matched, (i) => list.push(i));
      list.sort(
        (a, b) =>
          (scores.get(ps[b]?.id ?? '') ?? 0) - (scores.get(ps[a]?.id ?? '') ?? 0) ||
          this.rankByName(a) - this.rankByName(b),
      );
      return withFacets({ items: list.map((i) => ps[i] as Project), total }, facetsOnce);
    }
    // Own keys only: `'__proto__' in COMPARABLE` is true, and a URL can carry any sort name.
    const key = Object.hasOwn(COMPARABLE, sort) ? (sort as keyof typeof COMPARABLE) : 'name';
    const order = this.order(key);
    if (total === n) {
      // Everything matches (the landing state): the sorted list is the same every time.
      let every = this.everyProjectItems.get(key);
      if (!every) {
        every = Array.from(order, (i) => ps[i] as Project);
        this.everyProjectItems.set(key, every);
      }
      return withFacets({ items: every.slice(), total }, facetsOnce);
    }
    // The order is precomputed: walking it and keeping matches gives sorted results without a sort.
    // The list is allocated at its final length: growing it push by push costs twice as much.
    const sorted = new Array<Project>(total);
    let m = 0;
    for (let k = 0; k < order.length && m < total; k++) {
      const i = order[k] as number;
      if (((matched[i >>> 5] as number) >>> (i & 31)) & 1) sorted[m++] = ps[i] as Project;
    }
    return withFacets({ items: sorted, total }, facetsOnce);
  }

  /** Projects active at some time between two years (inclusive), as a bitset. */
  private activeBetween(from: number, to: number): Uint32Array {
    const n = this.projects.length;
    const active = this.active;
    const bits = new Uint32Array((n + 31) >>> 5);
    for (let i = 0; i < n; i++) {
      const first = active[2 * i] as number;
      if (first !== NO_YEAR && (active[2 * i + 1] as number) >= from && first <= to)
        bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
    }
    return bits;
  }

  /** Projects named in the seed article, as a bitset. */
  private seedBits(): Uint32Array {
    if (!this.seed) {
      const bits = new Uint32Array((this.projects.length + 31) >>> 5);
      this.projects.forEach((p, i) => {
        if (p.namedInSeed) bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
      });
      this.seed = bits;
    }
    return this.seed;
  }

  /** Counts per value id of a facet over the projects in `bits`. */
  private count(f: FacetName, bits: Uint32Array, members: number): Int32Array {
    const values = this.dict(f).values.length;
    // One counting buffer per facet, reused: each facet is counted once per query and read before the next.
    let counts = this.scratch.get(f);
    if (counts?.length === values) counts.fill(0);
    else {
      counts = new Int32Array(values);
      this.scratch.set(f, counts);
    }
    // Few values (sector, status, region...): a popcount of each value's bitset against the set costs
    // values × words; many values (participant): walk the set's projects and their values instead.
    if (values * bits.length < members * 2) {
      const valueBits = this.valueBits(f);
      for (let v = 0; v < values; v++) {
        const vb = valueBits[v] as Uint32Array;
        let c = 0;
        for (let w = 0; w < bits.length; w++) {
          const x = (bits[w] as number) & (vb[w] as number);
          if (x !== 0) c += popcount(x);
        }
        counts[v] = c;
      }
      return counts;
    }
    const { offsets, ids } = this.flat(f);
    const n = this.projects.length;
    // More than half the projects in the set: start from the counts over every project and take away
    // those of the projects outside it, which are fewer to walk.
    const outside = members * 2 > n;
    if (outside) counts.set(this.everyProjectCounts(f));
    const delta = outside ? -1 : 1;
    const tail = n & 31 ? (1 << (n & 31)) - 1 : -1; // the valid bits of the last word
    // The set bits walked inline (no callback): this loop is the hot path of counting large facets.
    for (let w = 0; w < bits.length; w++) {
      let word = outside ? ~(bits[w] as number) & (w === bits.length - 1 ? tail : -1) : (bits[w] as number);
      while (word !== 0) {
        const low = word & -word;
        const i = (w << 5) + 31 - Math.clz32(low);
        word ^= low;
        for (let k = offsets[i] as number, end = offsets[i + 1] as number; k < end; k++) {
          const v = ids[k] as number;
          counts[v] = (counts[v] as number) + delta;
        }
      }
    }
    return counts;
  }

  /** Counts per value id of a facet over every project, computed once. */
  private everyProjectCounts(f: FacetName): Int32Array {
    let counts = this.everyProjectCountCache.get(f);
    if (!counts) {
      counts = new Int32Array(this.dict(f).values.length);
      for (const v of this.flat(f).ids) counts[v] = (counts[v] as number) + 1;
      this.everyProjectCountCache.set(f, counts);
    }
    return counts;
  }

  /** One bitset of projects per value of a facet, built once (only asked for facets with few values). */
  private valueBits(f: FacetName): Uint32Array[] {
    const cached = this.valueBitsCache.get(f);
    if (cached) return cached;
    const words = (this.projects.length + 31) >>> 5;
    const sets = this.dict(f).values.map(() => new Uint32Array(words));
    this.valuesOf(f).forEach((vs, i) => {
      for (const v of vs) {
        const set = sets[v] as Uint32Array;
        set[i >>> 5] = (set[i >>> 5] as number) | (1 << (i & 31));
      }
    });
    this.valueBitsCache.set(f, sets);
    return sets;
  }

  /**
   * Values with a count (and selected values, even at 0), most frequent first, ties alphabetical; years
   * in year order. Only the `facetLimit` most frequent values are listed, plus every selected value.
   */
  private facetList(
    f: FacetName,
    counts: Int32Array,
    selected: number[],
  ): { value: string; count: number }[] {
    const values = this.dict(f).values;
    const keep = new Set(selected);
    const limit = this.facetLimit;
    if (f === 'year') {
      const out: { value: string; count: number }[] = [];
      for (const id of this.yearOrder()) {
        if ((counts[id] ?? 0) > 0 || keep.has(id))
          out.push({ value: values[id] ?? '', count: counts[id] ?? 0 });
      }
      return out;
    }
    // One pass: how many values have a count, the largest count, and how many values have each count.
    const histogram = this.histogram();
    let nonzero = 0;
    let max = 0;
    for (let id = 0; id < counts.length; id++) {
      const c = counts[id] as number;
      if (c > 0) {
        nonzero++;
        if (c > max) max = c;
        histogram[c] = (histogram[c] as number) + 1;
      }
    }
    const ids: number[] = [];
    if (nonzero <= limit) {
      for (let id = 0; id < counts.length; id++) if ((counts[id] as number) > 0) ids.push(id);
      for (const id of keep) if (counts[id] === 0) ids.push(id);
    } else {
      // The cut-off count: the smallest count still inside the top `limit`.
      let threshold = max;
      let above = 0; // values with a count above the threshold
      while (threshold > 1 && above + (histogram[threshold] as number) < limit) {
        above += histogram[threshold] as number;
        threshold--;
      }
      // Values above the threshold are in; ties at it are marked by alphabetical rank, so that the first
      // ones alphabetically fill the remaining places.
      const ranks = this.dict(f).ranks();
      const ties = new Uint32Array((counts.length + 31) >>> 5);
      for (let id = 0; id < counts.length; id++) {
        const c = counts[id] as number;
        if (c > threshold) ids.push(id);
        else if (c === threshold) {
          const r = ranks[id] as number;
          ties[r >>> 5] = (ties[r >>> 5] as number) | (1 << (r & 31));
        }
      }
      for (const id of keep) if ((counts[id] as number) <= threshold) ids.push(id);
      let room = limit - above;
      const byRank = this.dict(f).byRank();
      for (let w = 0; w < ties.length && room > 0; w++) {
        let word = ties[w] as number;
        while (word !== 0 && room > 0) {
          const low = word & -word;
          const id = byRank[(w << 5) + 31 - Math.clz32(low)] as number;
          word ^= low;
          if (!keep.has(id)) {
            ids.push(id);
            room--;
          }
        }
      }
    }
    histogram.fill(0, 0, max + 1);
    // Sort on one number per value: count, then alphabetical rank (a native typed-array sort).
    const ranks = this.dict(f).ranks();
    const keys = Float64Array.from(
      ids,
      (id) => (counts[id] ?? 0) * RANK_BITS + (RANK_BITS - 1 - (ranks[id] ?? 0)),
    );
    const sorted = keys.sort().reverse();
    const byRank = this.dict(f).byRank();
    return Array.from(sorted, (key) => {
      const count = Math.floor(key / RANK_BITS);
      const id = byRank[RANK_BITS - 1 - (key - count * RANK_BITS)] ?? 0;
      return { value: values[id] ?? '', count };
    });
  }

  /** A zeroed buffer of one slot per possible count (0…projects), reused; callers zero what they touched. */
  private histogram(): Int32Array {
    this.histogramBuffer ??= new Int32Array(this.projects.length + 1);
    return this.histogramBuffer;
  }

  /** Year value ids in year order, computed once. */
  private yearOrder(): Int32Array {
    if (!this.years) {
      const values = this.dict('year').values;
      this.years = Int32Array.from(values.keys()).sort((a, b) => Number(values[a]) - Number(values[b]));
    }
    return this.years;
  }
}

const COMPARABLE = { name: 1, start: 1, status: 1, sector: 1, capacity: 1 } as const;

/** A result whose `facets` are counted on first read (an enumerable getter: spreads and copies see them). */
function withFacets(
  result: { items: Project[]; total: number },
  facets: () => Facets,
): { items: Project[]; total: number; facets: Facets } {
  return Object.defineProperty(result, 'facets', { enumerable: true, get: facets }) as {
    items: Project[];
    total: number;
    facets: Facets;
  };
}
