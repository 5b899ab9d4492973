import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../constants.js';
import { createQuery } from '../query/index.js';
import type { Dataset } from '../schema/dataset.js';
import { countIncludes } from './count-includes.js';
import { countProjects, inTotals } from './counting.js';

const dataset = JSON.parse(
  readFileSync(new URL('../../dist/dataset.json', import.meta.url), 'utf8'),
) as Dataset;

const q = createQuery(dataset);

describe('counting rules', () => {
  it('counts energy projects the way the overview does and lists them the way the filter does, saying both', () => {
    const energy = q.projects({ sector: ['energy'] });
    const counts = countProjects(energy.items);
    expect(counts.listed).toBe(energy.total);
    expect(counts.counted).toBe(q.aggregates().projectsBySector.energy);
    expect(counts.listed - counts.counted).toBe(counts.umbrella + counts.pledge);
    const listed = countIncludes(counts, 'en', 'listed');
    const counted = countIncludes(counts, 'en', 'counted');
    expect(listed).toContain(`${counts.listed} projects`);
    expect(counted).toContain(`${counts.counted} projects counted`);
    if (counts.listed > counts.counted) {
      expect(listed).toContain(`including ${counts.listed - counts.counted} umbrella`);
      expect(counted).toMatch(/listed but not counted/);
    }
  });

  it('has the label in all five languages, with the numbers in each', () => {
    const counts = { listed: 35, counted: 33, umbrella: 1, pledge: 1, cancelled: 0 };
    const labels = LOCALES.map((l) => countIncludes(counts, l, 'listed'));
    expect(new Set(labels).size).toBe(5);
    for (const l of labels) expect(l).toMatch(/35.*2/);
    expect(countIncludes({ ...counts, listed: 1, counted: 1 }, 'en', 'listed')).toBe('1 project');
  });

  it('leaves cancelled projects out of capacity and cost totals, but counts them under their status', () => {
    const agg = q.aggregates();
    const cancelled = dataset.projects.filter((p) => !p.umbrella && !p.pledge && !inTotals(p));
    expect(agg.cancelled.sort()).toEqual(cancelled.map((p) => p.id).sort());
    expect(agg.projectsByStatus.cancelled ?? 0).toBe(cancelled.length);
    expect(agg.projectCounts.cancelled).toBe(cancelled.length);
  });
});
