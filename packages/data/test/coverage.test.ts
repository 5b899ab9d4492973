import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCoverage, sourceCoverage } from '../src/coverage.js';
import type { Dataset } from '../src/schema/dataset.js';

// The real dataset, as the build emitted it.
const dataset = JSON.parse(readFileSync(new URL('../dist/dataset.json', import.meta.url), 'utf8')) as Dataset;

describe('source coverage', () => {
  const c = sourceCoverage(dataset);

  it('the build writes the shares METHODOLOGY.md points to, as computed from the dataset', () => {
    const written = JSON.parse(readFileSync(new URL('../dist/coverage.json', import.meta.url), 'utf8'));
    expect(written).toEqual(JSON.parse(JSON.stringify(c)));
  });

  it('every source of the real dataset says what kind of publisher it is', () => {
    expect(c.kind).toBe(1);
    expect(Object.values(c.byKind).reduce((a, b) => a + b, 0)).toBe(dataset.sources.length);
  });

  it('counts a date read (accessed) as a date, and a project as first-hand only through its own sources', () => {
    const [a, b] = dataset.sources;
    if (!a || !b) throw new Error('the dataset has sources');
    const [project] = dataset.projects;
    if (!project) throw new Error('the dataset has projects');
    const tiny: Dataset = {
      ...dataset,
      sources: [
        { ...a, title: undefined, date: undefined, accessed: '2026-12-06', kind: 'company' },
        { ...b, title: 'As published', date: undefined, accessed: undefined, kind: 'press' },
      ],
      projects: [
        { ...project, sources: [a.id] },
        { ...project, id: 'other', sources: [b.id] },
      ],
    };
    const t = sourceCoverage(tiny);
    expect([t.title, t.date, t.projectsFirstHand]).toEqual([0.5, 0.5, 0.5]);
    expect(formatCoverage(t)).toBe(
      'sources 2: title 50.0%, date 50.0%, kind 100.0% (company 1, press 1); projects with an official, company or bank source 50.0% of 2',
    );
  });
});
