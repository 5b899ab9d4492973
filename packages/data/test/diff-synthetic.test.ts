import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../src/constants.js';
import { diffDatasets } from '../src/diff.js';
import { createQuery } from '../src/query/index.js';
import { referencesOf } from '../src/references.js';
import type { Dataset, Project } from '../src/schema/dataset.js';
import { scaleDataset } from '../src/synthetic.js';

const dataset = JSON.parse(readFileSync(new URL('../dist/dataset.json', import.meta.url), 'utf8')) as Dataset;
const size = (d: Dataset) => COLLECTIONS.reduce((n, c) => n + d[c].length, 0);

describe('scaleDataset', () => {
  const big = scaleDataset(dataset, 3);

  it('copies every record with new ids, keeping references inside each copy', () => {
    expect(size(big)).toBe(size(dataset) * 3);
    const ids = new Set<string>();
    for (const c of COLLECTIONS) for (const r of big[c]) ids.add(r.id);
    expect(ids.size).toBe(size(big));
    const levels = new Set(big.relationships.flatMap((r) => r.levels.map((l) => l.id)));
    for (const c of COLLECTIONS) {
      for (const r of big[c]) {
        for (const ref of referencesOf(c, r as unknown as Record<string, unknown>)) {
          expect(ref.collection === 'levels' ? levels.has(ref.id) : ids.has(ref.id)).toBe(true);
        }
      }
    }
  });

  it('keeps the distribution: facet counts scale with the factor', () => {
    const small = createQuery(dataset).projects().facets.sector;
    const large = createQuery(big).projects().facets.sector;
    expect(large).toEqual(small.map((f) => ({ ...f, count: f.count * 3 })));
    expect(
      createQuery(big)
        .search('zanatas', { limit: 3 })
        .map((h) => h.id),
    ).toContain('zhanatas-wind-farm');
  });
});

describe('diffDatasets', () => {
  const [first, second, ...rest] = dataset.projects as [Project, Project, ...Project[]];

  it('lists records added, removed and changed field by field', () => {
    const changed = {
      ...first,
      status: [{ ...first.status[0], sources: first.status[0]?.sources ?? [], value: 'suspended' as const }],
    };
    const after = { ...dataset, projects: [changed, ...rest, { ...second, id: 'brand-new-project' }] };
    const diff = diffDatasets(dataset, after);
    expect(diff.added).toEqual([{ collection: 'projects', id: 'brand-new-project' }]);
    expect(diff.removed).toEqual([{ collection: 'projects', id: second.id }]);
    expect(diff.vanished).toEqual([{ collection: 'projects', id: second.id }]);
    expect(diff.changed).toEqual([
      {
        collection: 'projects',
        id: first.id,
        changes: [{ path: 'status.0.value', before: first.status[0]?.value, after: 'suspended' }],
      },
    ]);
  });

  it('treats an id kept in formerIds as a rename, not a vanished id', () => {
    const after = {
      ...dataset,
      projects: [first, { ...second, id: `${second.id}-renamed`, formerIds: [second.id] }, ...rest],
    };
    const diff = diffDatasets(dataset, after);
    expect(diff.vanished).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.added).toEqual([]);
    expect(diff.renamed).toEqual([
      { collection: 'projects', id: `${second.id}-renamed`, from: second.id, changes: [] },
    ]);
  });

  it('ignores the updated date', () => {
    const after = { ...dataset, projects: dataset.projects.map((p) => ({ ...p, updated: '2099-01-01' })) };
    expect(diffDatasets(dataset, after).changed).toEqual([]);
  });
});
