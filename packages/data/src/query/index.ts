import type MiniSearch from 'minisearch';
import { COLLECTIONS, type Collection, KIND_OF, SECTORS, STATUSES } from '../constants.js';
import { sortDates, yearOf } from '../dates.js';
import { referencesOf } from '../references.js';
import type { AnyRecord, Dataset, Project } from '../schema/dataset.js';
import { canonicalRegion } from '../schema/regions.js';
import {
  activeYears,
  capacityOf,
  currentStatus,
  dateSpan,
  isCounted,
  milestoneDates,
  participantsOf,
  regionsOf,
} from './project-facts.js';
import {
  buildSearchIndex,
  loadSearchIndex,
  type SearchDocument,
  type SerializedIndex,
  searchOptions,
  titleOf,
} from './search.js';
import { suggestIds } from './suggest.js';
import type {
  Aggregates,
  FacetName,
  Facets,
  ProjectFilter,
  ProjectResult,
  ProjectSort,
  Query,
  Related,
  SearchHit,
  SearchOptions,
  TimelineEntry,
  TimelineFilter,
} from './types.js';

export type * from './types.js';

export interface QueryOptions {
  /** A prebuilt search index (`@dostyk/data/search-index.json`, parsed or as text) for this dataset. */
  searchIndex?: SerializedIndex;
  /** The year open-ended projects count as active until (default: this year). */
  currentYear?: number;
}

const FACETS: FacetName[] = ['sector', 'status', 'region', 'participant', 'framework', 'area', 'year'];
/** Search text longer than this is cut: nobody types more, and hostile input must stay cheap. */
const MAX_QUERY = 256;

/** The values of one facet, interned to small integers so that counting is array arithmetic. */
class Dictionary {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
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
}

/** Per-project facts, computed once per query object. */
interface ProjectTable {
  dicts: Record<FacetName, Dictionary>;
  /** For each facet, the value ids of each project. */
  values: Record<FacetName, number[][]>;
  active: ([number, number] | undefined)[];
  start: (string | undefined)[];
  capacity: (number | undefined)[];
  nameRank: Int32Array;
}

function buildTable(projects: Project[], currentYear: number): ProjectTable {
  const dicts = Object.fromEntries(FACETS.map((f) => [f, new Dictionary()])) as Record<FacetName, Dictionary>;
  const values = Object.fromEntries(FACETS.map((f) => [f, [] as number[][]])) as Record<
    FacetName,
    number[][]
  >;
  const table: ProjectTable = {
    dicts,
    values,
    active: [],
    start: [],
    capacity: [],
    nameRank: new Int32Array(0),
  };
  const intern = (f: FacetName, vs: Iterable<string>) => values[f].push([...vs].map((v) => dicts[f].id(v)));
  for (const p of projects) {
    const span = dateSpan(p);
    intern('sector', [p.sector]);
    intern('status', [currentStatus(p)]);
    intern('region', regionsOf(p));
    intern('participant', participantsOf(p));
    intern('framework', p.frameworks ?? []);
    intern('area', p.areas ?? []);
    intern('year', span.first ? [String(yearOf(span.first))] : []);
    table.active.push(activeYears(p, currentYear));
    table.start.push(span.first);
    const cap = capacityOf(p);
    table.capacity.push(cap?.mw ?? cap?.value);
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const order = projects
    .map((_, i) => i)
    .sort((a, b) => collator.compare(projects[a]!.name.en, projects[b]!.name.en));
  table.nameRank = new Int32Array(projects.length);
  order.forEach((projectIndex, rank) => {
    table.nameRank[projectIndex] = rank;
  });
  return table;
}

/** Filter values as a list of strings, whatever a caller passed (a single string from a URL, numbers...). */
const asList = (v: unknown): string[] =>
  v === undefined || v === null ? [] : (Array.isArray(v) ? v : [v]).map((x) => String(x));

const finite = (v: unknown): number | undefined => {
  const n = typeof v === 'string' && v.trim() ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};

const rankOf = (list: readonly string[]) => (v: string) => {
  const i = list.indexOf(v);
  return i < 0 ? list.length : i;
};

/**
 * The query API over a dataset (the published one or any other of the same shape). Indexes are built
 * lazily on first use, so creating a query is cheap.
 */
export function createQuery(dataset: Dataset, options: QueryOptions = {}): Query {
  const currentYear = options.currentYear ?? new Date().getFullYear();
  const byId = new Map<string, { collection: Collection; record: AnyRecord }>();
  const former = new Map<string, string>();
  for (const c of COLLECTIONS) {
    for (const record of dataset[c]) {
      byId.set(record.id, { collection: c, record });
      for (const f of (record as { formerIds?: string[] }).formerIds ?? []) former.set(f, record.id);
    }
  }
  const projectIndex = new Map(dataset.projects.map((p, i) => [p.id, i]));

  let index: MiniSearch<SearchDocument> | undefined;
  const searchIndex = () => {
    index ??= options.searchIndex ? loadSearchIndex(options.searchIndex) : buildSearchIndex(dataset);
    return index;
  };
  let table: ProjectTable | undefined;
  const projectTable = () => {
    table ??= buildTable(dataset.projects, currentYear);
    return table;
  };

  function get(id: string) {
    const key = String(id).trim();
    return byId.get(key) ?? byId.get(former.get(key) ?? '') ?? byId.get(key.toLowerCase());
  }

  function rawSearch(text: string, collections: Collection[] | undefined, combineWith: 'AND' | 'OR') {
    const q = String(text ?? '')
      .slice(0, MAX_QUERY)
      .trim();
    if (!q) return [];
    const only = collections && collections.length > 0 ? new Set(collections) : undefined;
    return searchIndex().search(
      q,
      searchOptions({
        combineWith,
        ...(only ? { filter: (r) => only.has(r.collection as Collection) } : {}),
      }),
    );
  }

  function search(text: string, opts: SearchOptions = {}): SearchHit[] {
    const limit = finite(opts.limit) ?? 20;
    if (limit <= 0) return [];
    const collections = opts.collections
      ? asList(opts.collections).filter((c): c is Collection => c in KIND_OF)
      : undefined;
    let results = rawSearch(text, collections, 'AND');
    if (results.length === 0) results = rawSearch(text, collections, 'OR');
    const hits: SearchHit[] = [];
    for (const r of results) {
      if (hits.length >= limit) break;
      const found = byId.get(String(r.id));
      if (!found) continue;
      hits.push({
        id: found.record.id,
        kind: KIND_OF[found.collection],
        collection: found.collection,
        title: titleOf(found.record).en,
        score: r.score,
      });
    }
    return hits;
  }

  /** Per filter, which value ids pass; `undefined` when the filter is not set. */
  function compile(filter: ProjectFilter, t: ProjectTable) {
    const allowed = {} as Partial<Record<FacetName, Set<number>>>;
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
      const ids = new Set<number>();
      for (const v of list) {
        const id = t.dicts[facet].find(String(v));
        if (id !== undefined) ids.add(id);
      }
      allowed[facet] = ids;
    }
    return allowed;
  }

  function projects(filter: ProjectFilter = {}, sort?: ProjectSort): ProjectResult {
    const t = projectTable();
    const allowed = compile(filter, t);
    const facetFilters = (Object.keys(allowed) as FacetName[]).map((f) => [f, allowed[f]!] as const);
    const from = finite(filter.from);
    const to = finite(filter.to);
    const yearFilter = from !== undefined || to !== undefined;

    // Filters that are not facets (text, seed article) exclude a project from every count.
    let scores: Map<string, number> | undefined;
    if (typeof filter.q === 'string' && filter.q.trim()) {
      scores = new Map(rawSearch(filter.q, ['projects'], 'AND').map((r) => [String(r.id), r.score]));
    }
    const seedOnly = filter.namedInSeed === true;

    const counts = Object.fromEntries(
      FACETS.map((f) => [f, new Float64Array(t.dicts[f].values.length)]),
    ) as Record<FacetName, Float64Array>;
    const countFacet = (f: FacetName, i: number) => {
      for (const v of t.values[f][i]!) counts[f][v]!++;
    };
    const matched: number[] = [];
    dataset.projects.forEach((p, i) => {
      if (scores && !scores.has(p.id)) return;
      if (seedOnly && !p.namedInSeed) return;
      let failures = 0;
      let failed: FacetName | undefined;
      for (const [f, ok] of facetFilters) {
        if (!t.values[f][i]!.some((v) => ok.has(v))) {
          failures++;
          failed = f;
          if (failures > 1) return;
        }
      }
      if (yearFilter) {
        const span = t.active[i];
        const inRange =
          !!span && (from === undefined || span[1] >= from) && (to === undefined || span[0] <= to);
        if (!inRange) {
          failures++;
          failed = 'year';
          if (failures > 1) return;
        }
      }
      if (failures === 0) {
        matched.push(i);
        for (const f of FACETS) countFacet(f, i);
      } else if (failed) countFacet(failed, i);
    });

    const facets = {} as Facets;
    for (const f of FACETS) {
      const selected = f === 'year' ? undefined : allowed[f];
      const list: { value: string; count: number }[] = [];
      t.dicts[f].values.forEach((value, id) => {
        const count = counts[f][id]!;
        if (count > 0 || selected?.has(id)) list.push({ value, count });
      });
      if (f === 'year') list.sort((a, b) => Number(a.value) - Number(b.value));
      else list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
      facets[f] = list;
    }

    const order = sortProjects(matched, sort ?? (scores ? 'relevance' : 'name'), t, scores);
    return { items: order.map((i) => dataset.projects[i]!), total: matched.length, facets };
  }

  function sortProjects(
    list: number[],
    sort: ProjectSort,
    t: ProjectTable,
    scores?: Map<string, number>,
  ): number[] {
    const byName = (a: number, b: number) => t.nameRank[a]! - t.nameRank[b]!;
    const ps = dataset.projects;
    const statusRank = rankOf(STATUSES);
    const sectorRank = rankOf(SECTORS);
    const cmp: Record<ProjectSort, (a: number, b: number) => number> = {
      name: byName,
      start: (a, b) => {
        const x = t.start[a];
        const y = t.start[b];
        if (x === y) return byName(a, b);
        if (!x) return 1;
        if (!y) return -1;
        return sortDates(x, y) || byName(a, b);
      },
      status: (a, b) => statusRank(currentStatus(ps[a]!)) - statusRank(currentStatus(ps[b]!)) || byName(a, b),
      sector: (a, b) => sectorRank(ps[a]!.sector) - sectorRank(ps[b]!.sector) || byName(a, b),
      capacity: (a, b) => (t.capacity[b] ?? -1) - (t.capacity[a] ?? -1) || byName(a, b),
      relevance: scores
        ? (a, b) => (scores.get(ps[b]!.id) ?? 0) - (scores.get(ps[a]!.id) ?? 0) || byName(a, b)
        : byName,
    };
    return list.sort(cmp[sort] ?? byName);
  }

  function aggregates(filter: ProjectFilter = {}): Aggregates {
    const { items } = projects(filter, 'name');
    const bySector: Record<string, number> = {};
    const byStatus: Record<string, number> = {};
    const capacity = new Map<string, { subsector: string; unit: string; total: number; projects: number }>();
    const money = new Map<string, { currency: string; total: number; projects: number }>();
    const excluded: string[] = [];
    for (const p of items) {
      if (!isCounted(p)) {
        excluded.push(p.id);
        continue;
      }
      bySector[p.sector] = (bySector[p.sector] ?? 0) + 1;
      const status = currentStatus(p);
      byStatus[status] = (byStatus[status] ?? 0) + 1;
      const cap = p.quantities?.capacity?.[0];
      if (cap) {
        const subsector = p.subsector ?? p.sector;
        const key = `${subsector}\u0000${cap.unit}`;
        const row = capacity.get(key) ?? { subsector, unit: cap.unit, total: 0, projects: 0 };
        row.total += cap.value;
        row.projects++;
        capacity.set(key, row);
      }
      const cost = p.cost?.[0];
      if (cost) {
        const row = money.get(cost.currency) ?? { currency: cost.currency, total: 0, projects: 0 };
        row.total += cost.amount;
        row.projects++;
        money.set(cost.currency, row);
      }
    }
    return {
      projectsBySector: bySector,
      projectsByStatus: byStatus,
      capacity: [...capacity.values()].sort(
        (a, b) => a.subsector.localeCompare(b.subsector) || a.unit.localeCompare(b.unit),
      ),
      money: [...money.values()].sort((a, b) => b.total - a.total),
      excluded,
    };
  }

  let incoming: Map<string, { collection: Collection; id: string }[]> | undefined;
  const backLinks = () => {
    if (incoming) return incoming;
    incoming = new Map();
    const levelOwner = new Map<string, string>();
    for (const r of dataset.relationships) for (const l of r.levels) levelOwner.set(l.id, r.id);
    for (const c of COLLECTIONS) {
      for (const record of dataset[c]) {
        const seen = new Set<string>();
        for (const ref of referencesOf(c, record as unknown as Record<string, unknown>)) {
          const target = ref.collection === 'levels' ? levelOwner.get(ref.id) : ref.id;
          if (!target || seen.has(target) || target === record.id) continue;
          seen.add(target);
          const list = incoming.get(target) ?? [];
          list.push({ collection: c, id: record.id });
          incoming.set(target, list);
        }
      }
    }
    return incoming;
  };

  function related(id: string): Related {
    const found = get(id);
    const out: Related = { outgoing: {}, incoming: {}, similar: [] };
    if (!found) return out;
    const { collection, record } = found;
    const add = (side: Partial<Record<Collection, AnyRecord[]>>, c: Collection, r: AnyRecord) => {
      const list = side[c] ?? [];
      side[c] = list;
      if (!list.includes(r)) list.push(r);
    };
    const levelOwner = (level: string) =>
      dataset.relationships.find((r) => r.levels.some((l) => l.id === level));
    for (const ref of referencesOf(collection, record as unknown as Record<string, unknown>)) {
      if (ref.collection === 'levels') {
        const owner = levelOwner(ref.id);
        if (owner) add(out.outgoing, 'relationships', owner);
        continue;
      }
      const target = byId.get(ref.id);
      if (target && target.collection === ref.collection && target.record !== record)
        add(out.outgoing, ref.collection, target.record);
    }
    for (const link of backLinks().get(record.id) ?? []) {
      const source = byId.get(link.id);
      if (source) add(out.incoming, link.collection, source.record);
    }
    if (collection === 'projects') out.similar = similarProjects(record as Project);
    return out;
  }

  function similarProjects(p: Project, limit = 10): Project[] {
    const t = projectTable();
    const i = projectIndex.get(p.id)!;
    const mine = {
      participant: new Set(t.values.participant[i]),
      framework: new Set(t.values.framework[i]),
    };
    const scored: [Project, number][] = [];
    dataset.projects.forEach((q, j) => {
      if (j === i) return;
      let score = 0;
      for (const v of t.values.participant[j]!) if (mine.participant.has(v)) score += 2;
      for (const v of t.values.framework[j]!) if (mine.framework.has(v)) score += 1;
      if (p.partOf && (q.partOf === p.partOf || q.id === p.partOf)) score += 3;
      if (q.partOf === p.id) score += 3;
      // Sharing only one framework (Belt and Road is everywhere) is not enough to be similar.
      if (score >= 2) scored.push([q, score]);
    });
    scored.sort(
      (a, b) =>
        b[1] - a[1] || t.nameRank[projectIndex.get(a[0].id)!]! - t.nameRank[projectIndex.get(b[0].id)!]!,
    );
    return scored.slice(0, limit).map(([q]) => q);
  }

  let entries: TimelineEntry[] | undefined;
  const allEntries = () => {
    if (entries) return entries;
    const list: TimelineEntry[] = [];
    for (const e of dataset.events) {
      const date = e.date[0]?.value;
      if (date)
        list.push({ date, type: 'event', id: e.id, collection: 'events', title: e.title, subtype: e.kind });
    }
    for (const a of dataset.agreements) {
      const date = a.signed[0]?.value;
      if (date)
        list.push({
          date,
          type: 'agreement',
          id: a.id,
          collection: 'agreements',
          title: a.title,
          subtype: a.kind,
        });
    }
    for (const r of dataset.relationships) {
      for (const l of r.levels) {
        const date = l.since[0]?.value;
        if (date)
          list.push({
            date,
            type: 'partnership',
            id: r.id,
            collection: 'relationships',
            title: l.name,
            subtype: l.id,
          });
      }
    }
    for (const p of dataset.projects) {
      for (const { milestone, date } of milestoneDates(p)) {
        list.push({
          date,
          type: 'milestone',
          id: p.id,
          collection: 'projects',
          title: p.name,
          subtype: milestone,
        });
      }
    }
    // Stable order: by date, then partnership upgrades, events, agreements, milestones on the same day.
    const typeRank = { partnership: 0, event: 1, agreement: 2, milestone: 3 };
    entries = list.sort(
      (a, b) => sortDates(a.date, b.date) || typeRank[a.type] - typeRank[b.type] || a.id.localeCompare(b.id),
    );
    return entries;
  };

  function timeline(filter: TimelineFilter = {}): TimelineEntry[] {
    const wanted = asList(filter.types);
    const types = wanted.length > 0 ? new Set(wanted) : undefined;
    const from = finite(filter.from);
    const to = finite(filter.to);
    return allEntries().filter((e) => {
      if (types && !types.has(e.type)) return false;
      const y = yearOf(e.date);
      if (from !== undefined && y < from) return false;
      if (to !== undefined && y > to) return false;
      return true;
    });
  }

  function suggest(id: string, limit = 5): string[] {
    const ids = suggestIds(String(id ?? ''), [...byId.keys(), ...former.keys()], limit * 2);
    return [...new Set(ids.map((s) => former.get(s) ?? s))].slice(0, limit);
  }

  return { dataset, get, search, projects, aggregates, related, timeline, suggest };
}
