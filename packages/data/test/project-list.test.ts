import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECTORS, STATUSES } from '../src/constants.js';
import { createQuery } from '../src/query/index.js';
import { createProjectQuery } from '../src/query/project-list.js';
import { nameFingerprint, ProjectEngine, sortByName } from '../src/query/projects.js';
import type { ProjectFilter, ProjectSort } from '../src/query/types.js';
import type { Dataset } from '../src/schema/dataset.js';

// The real dataset, as the build emitted it.
const dataset = JSON.parse(readFileSync(new URL('../dist/dataset.json', import.meta.url), 'utf8')) as Dataset;

describe('createProjectQuery: the project list without the search', () => {
  const full = createQuery(dataset, { currentYear: 2026 });
  const list = createProjectQuery(dataset, { currentYear: 2026 });
  const participant = dataset.projects.find((p) => (p.participants ?? []).length > 0)?.participants?.[0]?.org;
  const filters: ProjectFilter[] = [
    {},
    ...SECTORS.map((sector) => ({ sector: [sector] })),
    ...STATUSES.map((status) => ({ status: [status] })),
    { region: ['KZ-31', 'KZ-75'] },
    { participant: participant ? [participant] : [] },
    { framework: ['belt-and-road'] },
    { from: 2015, to: 2019 },
    { namedInSeed: true, sector: ['energy'] },
  ];
  const sorts: Exclude<ProjectSort, 'relevance'>[] = ['name', 'start', 'status', 'sector', 'capacity'];

  it('gives what createQuery gives, items, totals and facets, for every filter and sort', () => {
    for (const filter of filters)
      for (const sort of sorts) {
        const a = full.projects(filter, sort);
        const b = list.projects(filter, sort);
        expect(b.items.map((p) => p.id)).toEqual(a.items.map((p) => p.id));
        expect(b.total).toBe(a.total);
        expect(b.facets).toEqual(a.facets);
      }
  });
});

describe('the name order computed ahead', () => {
  const projects = dataset.projects;
  const sorted = Array.from(sortByName(projects));
  const engine = (hint?: { fingerprint: number; order: number[] }) =>
    new ProjectEngine(projects, 2026, undefined, hint).query({}, 'name').items.map((p) => p.id);
  const byCollator = sorted.map((i) => projects[i]?.id);

  it('is used when its fingerprint is the projects’ own, and ignored otherwise', () => {
    expect(engine()).toEqual(byCollator);
    expect(engine({ fingerprint: nameFingerprint(projects), order: sorted })).toEqual(byCollator);
    // A wrong order with the right fingerprint would be used: the fingerprint is what makes it safe…
    const reversed = [...sorted].reverse();
    expect(engine({ fingerprint: nameFingerprint(projects), order: reversed })[0]).toBe(byCollator.at(-1));
    // …so an order computed for other names (one renamed project) is ignored.
    const renamed = projects.map((p, i) =>
      i === 0 ? { ...p, name: { ...p.name, en: `${p.name.en} II` } } : p,
    );
    expect(nameFingerprint(renamed)).not.toBe(nameFingerprint(projects));
    expect(
      new ProjectEngine(renamed, 2026, undefined, { fingerprint: nameFingerprint(projects), order: reversed })
        .query({}, 'name')
        .items.map((p) => p.id),
    ).toEqual(Array.from(sortByName(renamed), (i) => renamed[i]?.id));
  });
});
