import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../src/constants.js';
import { createQuery } from '../src/query/index.js';
import type { Dataset } from '../src/schema/dataset.js';

const dataset = JSON.parse(readFileSync(new URL('../dist/dataset.json', import.meta.url), 'utf8')) as Dataset;

/** The dataset with every collection but `allowed` throwing when read (as a lazily parsed one would parse it). */
function guarded(allowed: string[]): { dataset: Dataset; read: Set<string> } {
  const read = new Set<string>();
  const out = { ...dataset } as Record<string, unknown>;
  for (const c of COLLECTIONS)
    Object.defineProperty(out, c, {
      enumerable: true,
      get: () => {
        read.add(c);
        if (!allowed.includes(c)) throw new Error(`read ${c}`);
        return dataset[c];
      },
    });
  return { dataset: out as unknown as Dataset, read };
}

describe('a query reads only the collections it needs', () => {
  it('listing and filtering projects reads the projects alone; facets are counted when read', () => {
    const { dataset: ds, read } = guarded(['projects']);
    const q = createQuery(ds, { currentYear: 2026 });
    const all = q.projects({}, 'name');
    expect(all.total).toBe(dataset.projects.length);
    const energy = q.projects({ sector: ['energy'] });
    expect(energy.items.every((p) => p.sector === 'energy')).toBe(true);
    expect([...read]).toEqual(['projects']);
    // The facets, read later, are those of their own query.
    const full = createQuery(dataset, { currentYear: 2026 }).projects({ sector: ['energy'] }).facets;
    expect(energy.facets).toEqual(full);
    expect({ ...energy }.facets).toEqual(full);
  });

  it('a look-up by id reads every collection', () => {
    const { dataset: ds, read } = guarded([...COLLECTIONS]);
    expect(createQuery(ds).get('cnpc')?.collection).toBe('organizations');
    expect(read.size).toBe(COLLECTIONS.length);
  });
});
