import type MiniSearch from 'minisearch';
import { COLLECTIONS, type Collection, collectionOfKind, KIND_OF } from '../constants.js';
import { sortDates, yearOf } from '../dates.js';
import { referencesOf } from '../references.js';
import { countProjects, inProjectCounts, inTotals } from '../rules/counting.js';
import { type SourceLookup, sourcesById, toUsd } from '../rules/money.js';
import { toBaseUnit, unitFamily } from '../rules/units.js';
import type { AnyRecord, Dataset, Project } from '../schema/dataset.js';
import { SHIPPED } from '../shipped.js';
import { appearancesIndex } from './appears-in.js';
import { currentStatus, milestoneDates } from './project-facts.js';
import { createProjectQuery } from './project-list.js';
import { asList, finite } from './projects.js';
import { type IndexInternals, type RankedResult, rankedSearch } from './ranked-search.js';
import { recordDate } from './record-date.js';
import {
  buildExactIndex,
  buildSearchIndex,
  indexesExactly,
  loadSearchIndex,
  type SearchDocument,
  type SerializedIndex,
  searchKey,
  titleOf,
} from './search.js';
import { openShippedIndex, type ShippedIndex } from './shipped-index.js';
import { suggestIds } from './suggest.js';
import type {
  Aggregates,
  Appearances,
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
  /**
   * A prebuilt search index (`@dostyk/data/search-index.json`, parsed or as text) for this dataset; used
   * only when it indexes exactly this dataset's records (otherwise the index is built on first search).
   * Without it, in Node, the package's own dataset uses the index the package ships.
   */
  searchIndex?: SerializedIndex;
  /** The year open-ended projects count as active until (default: this year). */
  currentYear?: number;
  /** At most this many values per facet, the most frequent (default 500); selected values are always listed. */
  facetLimit?: number;
}

/** A serialized index, or undefined when it cannot be read (truncated, another MiniSearch version...). */
function tryLoad(serialized: SerializedIndex): MiniSearch<SearchDocument> | undefined {
  try {
    return loadSearchIndex(serialized);
  } catch {
    return undefined;
  }
}

/**
 * A reader of files under the package's `dist/` (this module's parent folder), when this runs in Node next
 * to it. Node's built-in fs comes through `process.getBuiltinModule`, so browser bundles never see a Node
 * import; the folder is a variable, so that bundlers leave it be.
 */
const DIST = '../';
function distReader(): ((path: string) => string | undefined) | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  let fs: typeof import('node:fs') | undefined;
  try {
    fs = proc?.getBuiltinModule?.('node:fs') as typeof import('node:fs') | undefined;
  } catch {
    return undefined;
  }
  if (!fs) return undefined;
  const { readFileSync } = fs;
  return (path) => {
    try {
      return readFileSync(new URL(`${DIST}${path}`, import.meta.url), 'utf8');
    } catch {
      return undefined;
    }
  };
}

/**
 * The package's own search index, when `dataset` is the dataset it was built from (same version, date and
 * record count; `indexesExactly` then checks every id) and this runs in Node next to `dist/`: read shard by
 * shard as searches need it (see shipped-index.ts).
 */
function shippedIndex(dataset: Dataset, records: number): ShippedIndex | undefined {
  if (!SHIPPED.generated || SHIPPED.records !== records) return undefined;
  if (dataset.version !== SHIPPED.version || dataset.generated !== SHIPPED.generated) return undefined;
  const read = distReader();
  try {
    return read ? openShippedIndex(read) : undefined;
  } catch {
    return undefined;
  }
}

/** Search text longer than this is cut: nobody types more, and hostile input must stay cheap. */
const MAX_QUERY = 256;

/**
 * The query API over a dataset (the published one or any other of the same shape). Indexes are built
 * lazily on first use, so creating a query is cheap.
 */
export function createQuery(dataset: Dataset, options: QueryOptions = {}): Query {
  // Every record by id, and former ids: built on first look-up, so that a query that only lists projects
  // never reads the other collections (a dataset may parse each collection on first access).
  let ids: { byId: Map<string, { collection: Collection; record: AnyRecord }>; former: Map<string, string> };
  const idIndex = () => {
    if (ids) return ids;
    ids = { byId: new Map(), former: new Map() };
    for (const c of COLLECTIONS) {
      for (const record of dataset[c]) {
        ids.byId.set(record.id, { collection: c, record });
        for (const f of (record as { formerIds?: string[] }).formerIds ?? []) ids.former.set(f, record.id);
      }
    }
    return ids;
  };
  let projectIndexMap: Map<string, number> | undefined;
  const projectIndex = () => {
    projectIndexMap ??= new Map(dataset.projects.map((p, i) => [p.id, i]));
    return projectIndexMap;
  };

  // The package's own index, when this is its dataset and no index was given (looked for once).
  let shippedLookup: { found: ShippedIndex | undefined } | undefined;
  const shipped = (): ShippedIndex | undefined => {
    if (!shippedLookup) {
      const ids = idIndex().byId;
      const found = options.searchIndex === undefined ? shippedIndex(dataset, ids.size) : undefined;
      shippedLookup = { found: found && indexesExactly(found.index, ids) ? found : undefined };
    }
    return shippedLookup.found;
  };
  let index: MiniSearch<SearchDocument> | IndexInternals | undefined;
  const searchIndex = () => {
    if (index) return index;
    // A prebuilt index is only used when it indexes exactly this dataset's records: one from another
    // dataset (a stale cached file, a copy of the site with other data) would find records that are not
    // here and miss those that are. Otherwise the index is built from the dataset.
    const given = options.searchIndex;
    const loaded = given !== undefined ? tryLoad(given) : undefined;
    index =
      loaded && indexesExactly(loaded, idIndex().byId)
        ? loaded
        : (shipped()?.index ?? buildSearchIndex(dataset));
    return index;
  };
  // Filters, facets and sorts: the project list on its own (project-list.ts), text search added here.
  const projectEngine = createProjectQuery(dataset, options).engine;

  function get(id: string) {
    const key = String(id).trim();
    const { byId, former } = idIndex();
    return byId.get(key) ?? byId.get(former.get(key) ?? '') ?? byId.get(key.toLowerCase());
  }

  function rawSearch(
    text: string,
    collections: Collection[] | undefined,
    combine: 'AND' | 'OR',
    limit?: number,
  ): RankedResult[] {
    const q = String(text ?? '')
      .slice(0, MAX_QUERY)
      .trim();
    if (!q) return [];
    const only = collections && collections.length > 0 ? new Set(collections) : undefined;
    return rankedSearch(searchIndex(), q, { combine, ...(only ? { collections: only } : {}), limit });
  }

  // Exact names, aliases and acronyms → the records they name, built with the text index.
  // The shipped index carries this table too (the same function built it from the same dataset).
  let exact: Map<string, string[]> | undefined;
  const exactIndex = () => {
    exact ??= shipped()?.exact ?? buildExactIndex(dataset);
    return exact;
  };

  /**
   * The one ranking every door uses (global search, the projects box, the terminal): words AND-combined
   * (OR when nothing has them all), the last word completed as a prefix, typos forgiven in long words;
   * then the records whose name, alias or acronym is exactly the query go first.
   */
  function ranked(text: string, collections: Collection[] | undefined, limit?: number): RankedResult[] {
    const q = String(text ?? '')
      .slice(0, MAX_QUERY)
      .trim();
    if (!q) return [];
    const only = collections && collections.length > 0 ? new Set(collections) : undefined;
    const named = (exactIndex().get(searchKey(q)) ?? []).filter((id) => {
      const c = idIndex().byId.get(id)?.collection;
      return c !== undefined && (!only || only.has(c));
    });
    const wanted = limit === undefined ? undefined : limit + named.length;
    let results = rawSearch(q, collections, 'AND', wanted);
    if (results.length === 0) results = rawSearch(q, collections, 'OR', wanted);
    if (named.length === 0) return limit === undefined ? results : results.slice(0, limit);
    const top = results[0]?.score ?? 0;
    const scoreOf = new Map(results.map((r) => [r.id, r.score]));
    const first: RankedResult[] = named
      .map((id) => ({
        id,
        collection: idIndex().byId.get(id)?.collection as Collection,
        score: top + 1 + (scoreOf.get(id) ?? 0),
      }))
      .sort((a, b) => b.score - a.score);
    const firstIds = new Set(named);
    const merged = [...first, ...results.filter((r) => !firstIds.has(r.id))];
    return limit === undefined ? merged : merged.slice(0, limit);
  }

  /** The collections a search is limited to: those named, and those of the kinds named (none: all). */
  function scope(opts: SearchOptions): Collection[] | undefined {
    const out = new Set<Collection>();
    for (const c of asList(opts.collections)) if (Object.hasOwn(KIND_OF, c)) out.add(c as Collection);
    for (const k of asList(opts.kinds)) {
      const c = collectionOfKind(String(k));
      if (c) out.add(c);
    }
    if (out.size === 0 && (asList(opts.collections).length > 0 || asList(opts.kinds).length > 0)) return []; // only unknown names: nothing matches
    return out.size > 0 ? [...out] : undefined;
  }

  function search(text: string, opts: SearchOptions = {}): SearchHit[] {
    const limit = Math.floor(finite(opts.limit) ?? 20);
    if (limit <= 0) return [];
    const collections = scope(opts ?? {});
    const hits: SearchHit[] = [];
    for (const r of ranked(text, collections, limit)) {
      if (hits.length >= limit) break;
      const found = idIndex().byId.get(r.id);
      if (!found) continue;
      const date = recordDate(found.collection, found.record);
      hits.push({
        id: found.record.id,
        kind: KIND_OF[found.collection],
        collection: found.collection,
        title: titleOf(found.record).en,
        ...(date ? { date } : {}),
        score: r.score,
      });
    }
    return hits;
  }

  function projects(filter: ProjectFilter = {}, sort?: ProjectSort): ProjectResult {
    const f = filter ?? {};
    const scores =
      typeof f.q === 'string' && f.q.trim()
        ? new Map(ranked(f.q, ['projects']).map((r) => [r.id, r.score]))
        : undefined;
    return projectEngine().query(f, sort ?? (scores ? 'relevance' : 'name'), scores);
  }

  let sourceLookup: SourceLookup | undefined;
  const sources = () => {
    sourceLookup ??= sourcesById(dataset);
    return sourceLookup;
  };

  function aggregates(filter: ProjectFilter = {}): Aggregates {
    const { items } = projects(filter, 'name');
    const bySector: Record<string, number> = {};
    const byStatus: Record<string, number> = {};
    const capacity = new Map<string, { subsector: string; unit: string; total: number; projects: number }>();
    const money = new Map<string, { currency: string; total: number; projects: number }>();
    const usd: Aggregates['usd'] = { total: 0, projects: 0, assumedYear: [], notConverted: [] };
    const excluded: string[] = [];
    const cancelled: string[] = [];
    for (const p of items) {
      if (!inProjectCounts(p)) {
        excluded.push(p.id);
        continue;
      }
      bySector[p.sector] = (bySector[p.sector] ?? 0) + 1;
      const status = currentStatus(p);
      byStatus[status] = (byStatus[status] ?? 0) + 1;
      if (!inTotals(p)) {
        cancelled.push(p.id);
        continue;
      }
      const cap = p.quantities?.capacity?.[0];
      if (cap) {
        const subsector = p.subsector ?? p.sector;
        const base = toBaseUnit(cap.value, cap.unit);
        const key = `${subsector}\u0000${unitFamily(cap.unit)}`;
        const row = capacity.get(key) ?? { subsector, unit: base.unit, total: 0, projects: 0 };
        row.total += base.value;
        row.projects++;
        capacity.set(key, row);
      }
      const cost = p.cost?.[0];
      if (cost) {
        const row = money.get(cost.currency) ?? { currency: cost.currency, total: 0, projects: 0 };
        row.total += cost.amount;
        row.projects++;
        money.set(cost.currency, row);
        const inUsd = toUsd(cost, sources());
        if (inUsd.usd === undefined) usd.notConverted.push(p.id);
        else {
          usd.total += inUsd.usd;
          usd.projects++;
          if (inUsd.yearAssumed) usd.assumedYear.push(p.id);
        }
      }
    }
    return {
      projectCounts: countProjects(items),
      projectsBySector: bySector,
      projectsByStatus: byStatus,
      capacity: [...capacity.values()].sort(
        (a, b) => a.subsector.localeCompare(b.subsector) || a.unit.localeCompare(b.unit),
      ),
      money: [...money.values()].sort((a, b) => b.total - a.total),
      usd,
      excluded,
      cancelled,
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
      const target = idIndex().byId.get(ref.id);
      if (target && target.collection === ref.collection && target.record !== record)
        add(out.outgoing, ref.collection, target.record);
    }
    for (const link of backLinks().get(record.id) ?? []) {
      const source = idIndex().byId.get(link.id);
      if (source) add(out.incoming, link.collection, source.record);
    }
    if (collection === 'projects') out.similar = similarProjects(record as Project);
    return out;
  }

  function similarProjects(p: Project, limit = 10): Project[] {
    const e = projectEngine();
    const i = projectIndex().get(p.id) ?? -1;
    const participantsOf = e.valuesOf('participant');
    const frameworksOf = e.valuesOf('framework');
    const participants = new Set(participantsOf[i]);
    const frameworks = new Set(frameworksOf[i]);
    const scored: [index: number, score: number][] = [];
    dataset.projects.forEach((other, j) => {
      if (j === i) return;
      let score = 0;
      for (const v of participantsOf[j] ?? []) if (participants.has(v)) score += 2;
      for (const v of frameworksOf[j] ?? []) if (frameworks.has(v)) score += 1;
      if (p.partOf && (other.partOf === p.partOf || other.id === p.partOf)) score += 3;
      if (other.partOf === p.id) score += 3;
      // Sharing only one framework (Belt and Road is everywhere) is not enough to be similar.
      if (score >= 2) scored.push([j, score]);
    });
    scored.sort((a, b) => b[1] - a[1] || e.rankByName(a[0]) - e.rankByName(b[0]));
    return scored.slice(0, limit).map(([j]) => dataset.projects[j] as Project);
  }

  let appearances: ReturnType<typeof appearancesIndex> | undefined;
  function appearsIn(id: string): Appearances {
    const found = get(id);
    if (!found) return { projects: [], agreements: [], events: [] };
    appearances ??= appearancesIndex(dataset);
    return appearances(found.collection, found.record.id);
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
    const { byId, former } = idIndex();
    const close = suggestIds(String(id ?? ''), [...byId.keys(), ...former.keys()], limit * 2);
    return [...new Set(close.map((s) => former.get(s) ?? s))].slice(0, limit);
  }

  return { dataset, get, search, projects, aggregates, related, appearsIn, timeline, suggest };
}
