import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createQuery } from '../src/query/index.js';
import { participantsOf } from '../src/query/project-facts.js';
import type { Dataset } from '../src/schema/dataset.js';

const dataset = JSON.parse(readFileSync(new URL('../dist/dataset.json', import.meta.url), 'utf8')) as Dataset;

/** Counts per participant over every project, most frequent first, ties alphabetical (code points). */
function participantCounts() {
  const counts = new Map<string, number>();
  for (const p of dataset.projects)
    for (const org of participantsOf(p)) counts.set(org, (counts.get(org) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

describe('facet cap', () => {
  const q = createQuery(dataset, { currentYear: 2026, facetLimit: 5 });

  it('lists only the most frequent values, in count then alphabetical order', () => {
    const { facets } = q.projects();
    expect(facets.participant).toEqual(participantCounts().slice(0, 5));
    // Uncapped, the same query lists every value.
    const all = createQuery(dataset, { currentYear: 2026 }).projects().facets.participant;
    expect(all).toEqual(participantCounts());
    expect(all.length).toBeGreaterThan(5);
  });

  it('keeps selected values even when they fall outside the cap', () => {
    const rare = participantCounts().at(-1);
    expect(rare).toBeDefined();
    const value = rare?.value ?? '';
    const { facets, total } = q.projects({ participant: [value] });
    expect(total).toBe(rare?.count);
    expect(facets.participant.find((x) => x.value === value)).toEqual(rare);
    expect(facets.participant.length).toBe(6);
    // A selected value no project has is listed with a count of 0.
    const none = q.projects({ participant: ['no-such-org'] }).facets.participant;
    expect(none.find((x) => x.value === 'no-such-org')).toBeUndefined(); // unknown values have no id
    expect(none.length).toBe(5);
  });

  it('never caps the year facet', () => {
    const years = q.projects().facets.year.map((y) => Number(y.value));
    expect(years.length).toBeGreaterThan(5);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });
});

describe('the unfiltered state, kept between queries', () => {
  const q = createQuery(dataset, { currentYear: 2026 });

  it('hands out copies: changing one result leaves the next alone', () => {
    const first = q.projects();
    const expected = structuredClone({ items: first.items.map((p) => p.id), facets: first.facets });
    first.items.reverse();
    (first.facets.sector[0] as { count: number }).count = -1;
    first.facets.region.length = 0;
    const again = q.projects();
    expect({ items: again.items.map((p) => p.id), facets: again.facets }).toEqual(expected);
  });

  it('counts a filtered facet over every project, as with no filter at all', () => {
    const everything = q.projects().facets.sector;
    expect(q.projects({ sector: ['energy'] }).facets.sector).toEqual(everything);
    expect(q.projects({ q: 'wind', sector: ['energy'] }).facets.sector).not.toEqual(everything);
  });
});
