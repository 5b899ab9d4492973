import type { SourceKind } from './constants.js';
import type { Dataset } from './schema/dataset.js';

/** Kinds of source that speak for a party to a project: a government, the company itself, or a lender. */
export const FIRST_HAND_KINDS: readonly SourceKind[] = ['official-cn', 'official-kz', 'company', 'bank'];

export interface SourceCoverage {
  /** Distinct sources (merged by URL). */
  sources: number;
  /** Shares from 0 to 1 of the sources with a title, a date (published or the date read), a kind. */
  title: number;
  date: number;
  kind: number;
  /** Sources by kind. */
  byKind: Partial<Record<SourceKind, number>>;
  /** Projects, and the share of them citing at least one official, company or bank source. */
  projects: number;
  projectsFirstHand: number;
}

const share = (n: number, of: number) => (of === 0 ? 0 : n / of);

/** How well the dataset's sources are described: what the build prints and METHODOLOGY.md reports. */
export function sourceCoverage(dataset: Dataset): SourceCoverage {
  const { sources, projects } = dataset;
  const byKind: Partial<Record<SourceKind, number>> = {};
  for (const s of sources) if (s.kind) byKind[s.kind] = (byKind[s.kind] ?? 0) + 1;
  const kindOf = new Map(sources.map((s) => [s.id, s.kind]));
  const firstHand = projects.filter((p) =>
    p.sources.some((id) => {
      const kind = kindOf.get(id);
      return kind !== undefined && FIRST_HAND_KINDS.includes(kind);
    }),
  ).length;
  return {
    sources: sources.length,
    title: share(sources.filter((s) => s.title).length, sources.length),
    date: share(sources.filter((s) => s.date ?? s.accessed).length, sources.length),
    kind: share(sources.filter((s) => s.kind).length, sources.length),
    byKind,
    projects: projects.length,
    projectsFirstHand: share(firstHand, projects.length),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** One line for the build log, e.g. `sources 1123: title 46.0%, date 65.1%, kind 100.0%; …`. */
export function formatCoverage(c: SourceCoverage): string {
  const kinds = Object.entries(c.byKind)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return `sources ${c.sources}: title ${pct(c.title)}, date ${pct(c.date)}, kind ${pct(c.kind)} (${kinds}); projects with an official, company or bank source ${pct(c.projectsFirstHand)} of ${c.projects}`;
}
