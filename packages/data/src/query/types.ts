import type { Collection, RecordKind } from '../constants.js';
import type { ProjectCounts } from '../rules/counting.js';
import type { Agreement, AnyRecord, Dataset, Event, Locale, Localized, Project } from '../schema/index.js';

/** A search result: ranked, best first. */
export interface SearchHit {
  id: string;
  kind: RecordKind;
  collection: Collection;
  /** English display name of the record. */
  title: string;
  /**
   * The date that places the record in time, when it has one: an event's day, an agreement's signature,
   * a project's first milestone, an organization's founding, a relationship's start, an indicator's last
   * period.
   */
  date?: string;
  score: number;
}

export interface SearchOptions {
  /** Restrict to these collections. */
  collections?: Collection[];
  /** Restrict to these kinds of record (project, event, person…); combines with `collections` as a union. */
  kinds?: RecordKind[];
  /** At most this many hits (default 20). */
  limit?: number;
}

/** Filters on projects. Each list matches any of its values; different filters combine with AND. */
export interface ProjectFilter {
  q?: string;
  sector?: string[];
  status?: string[];
  /** ISO 3166-2 codes; old alphabetic Kazakh codes (KZ-ZHA) are accepted too. */
  region?: string[];
  /** A project matches when its active years [first milestone, last milestone] meet [from, to]. */
  from?: number;
  to?: number;
  participant?: string[];
  framework?: string[];
  area?: string[];
  /** Only records the seed article names. */
  namedInSeed?: boolean;
}

export type ProjectSort = 'name' | 'start' | 'status' | 'sector' | 'capacity' | 'relevance';

export type FacetName = 'sector' | 'status' | 'region' | 'participant' | 'framework' | 'area' | 'year';
/**
 * Counts per value under the current filter (each facet ignores its own filter, so choices stay visible),
 * most frequent first, ties in alphabetical order; years in year order. Each facet lists at most its 500
 * most frequent values (`QueryOptions.facetLimit`), plus every selected value even when it is not among them
 * or counts 0: at scale a facet such as participant has far more values than anyone can read. The year
 * facet is never capped.
 */
export type Facets = Record<FacetName, { value: string; count: number }[]>;

export interface ProjectResult {
  items: Project[];
  total: number;
  facets: Facets;
}

export interface TimelineEntry {
  date: string;
  /** event | agreement | partnership (an upgrade of the relationship) | milestone (of a project) */
  type: 'event' | 'agreement' | 'partnership' | 'milestone';
  /** The record to link to (for partnership levels, the relationship record). */
  id: string;
  collection: Collection;
  title: Localized;
  /** For events: the event kind; for milestones: the milestone name (constructionStart...); for agreements: their kind. */
  subtype?: string;
}

export interface TimelineFilter {
  types?: TimelineEntry['type'][];
  from?: number;
  to?: number;
}

export interface Aggregates {
  /** What the counts include (the counting rules: umbrella programmes and pledges are not counted). */
  projectCounts: ProjectCounts;
  projectsBySector: Record<string, number>;
  projectsByStatus: Record<string, number>;
  /**
   * Sum of the first capacity claim per subsector and unit family, in the family's base unit (GW and kW
   * are added as MW); umbrella, pledge and cancelled records left out.
   */
  capacity: { subsector: string; unit: string; total: number; projects: number }[];
  /** Sum of the first cost claim per currency; umbrella, pledge and cancelled records left out. */
  money: { currency: string; total: number; projects: number }[];
  /**
   * The same first cost claims in US dollars (other currencies at the sourced annual average of their
   * year); `notConverted` lists the projects whose cost has no year or no sourced rate.
   */
  usd: { total: number; projects: number; assumedYear: string[]; notConverted: string[] };
  /** Umbrella and pledge records, listed so readers see what was left out of counts and totals. */
  excluded: string[];
  /** Cancelled projects: counted under their status, left out of capacity and cost totals. */
  cancelled: string[];
}

/** Everything that links to or from a record. */
export interface Related {
  /** Records this one points at, by collection. */
  outgoing: Partial<Record<Collection, AnyRecord[]>>;
  /** Records that point at this one, by collection (back-links). */
  incoming: Partial<Record<Collection, AnyRecord[]>>;
  /** For projects: other projects sharing participants, frameworks or the same umbrella. */
  similar: Project[];
}

/**
 * Where an organization or a person appears. Projects (organizations only), by English name: each role the
 * organization holds with its stake, and the money it put in (its financing entries, without their sources).
 * Agreements it or they signed and events attended, by date, oldest first (undated last).
 */
export interface Appearances {
  projects: {
    project: Project;
    roles: { role: string; sharePct?: number }[];
    financing: { kind: string; amount?: number; currency?: string; year?: number }[];
  }[];
  agreements: { agreement: Agreement; date?: string }[];
  events: { event: Event; date?: string }[];
}

export interface Query {
  dataset: Dataset;
  /** Any record by id (former ids resolve too). */
  get(id: string): { collection: Collection; record: AnyRecord } | undefined;
  search(text: string, options?: SearchOptions): SearchHit[];
  projects(filter?: ProjectFilter, sort?: ProjectSort): ProjectResult;
  aggregates(filter?: ProjectFilter): Aggregates;
  related(id: string): Related;
  /** Where an organization or a person appears (empty lists for other records and unknown ids). */
  appearsIn(id: string): Appearances;
  timeline(filter?: TimelineFilter): TimelineEntry[];
  /** The closest ids to a mistyped one, best first (for "did you mean"). */
  suggest(id: string, limit?: number): string[];
}

/** Text in a locale, falling back to English; `fallback` says the English was used. */
export interface LocalizedText {
  text: string;
  fallback: boolean;
  lang: Locale;
  /** The text is the project's own translation, not as published in that language. */
  translated: boolean;
}
