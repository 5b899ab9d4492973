import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dataset, scaleDataset } from '@dostyk/data';
import { describe, expect, it } from 'vitest';
import { queryFor } from '@/lib/client-index';
import { handle } from '@/lib/project-worker-handler';

const require = createRequire(import.meta.url);
const shippedIndex = JSON.parse(readFileSync(require.resolve('@dostyk/data/search-index.json'), 'utf8'));

describe('the shipped search index in the browser', () => {
  it('is used for the dataset it was built from', () => {
    const found = queryFor(dataset, shippedIndex).projects({ q: 'zanatas' }, 'relevance');
    expect(found.items[0]?.id).toBe('zhanatas-wind-farm');
  });

  it('is refused for another dataset, whose search then finds that dataset’s own records', () => {
    const doubled = scaleDataset(dataset, 2);
    const copies = doubled.projects.filter((p) => p.id.startsWith('zhanatas-wind-farm'));
    expect(copies).toHaveLength(2);
    for (const index of [shippedIndex, { documentIds: {}, documentCount: 0 }, null]) {
      const found = queryFor(doubled, index).projects({ q: 'zhanatas wind' }, 'relevance');
      for (const p of copies) expect(found.items.map((i) => i.id)).toContain(p.id);
    }
    // Three indexes over a doubled dataset in five languages (Chinese runs are indexed per character and
    // pair): about 15 s of work that took over 30 s on a host shared by several builds.
  }, 120_000);

  it('gives the same answers as an index built on the spot', () => {
    const withIndex = queryFor(dataset, shippedIndex);
    const built = queryFor(dataset, undefined);
    for (const q of ['zanatas', 'wind', 'Жанатас', '风电', 'pipeline gas']) {
      expect(withIndex.projects({ q }, 'relevance').items.map((p) => p.id)).toEqual(
        built.projects({ q }, 'relevance').items.map((p) => p.id),
      );
    }
  });
});

describe('the projects explorer’s worker', () => {
  it('answers a page of rows, the total, the facets and which mapped projects match', async () => {
    const original = globalThis.fetch;
    globalThis.fetch = (async (url: string) => {
      const body = url === '/downloads/dataset.json' ? JSON.stringify(dataset) : JSON.stringify(shippedIndex);
      return new Response(body, { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    try {
      const mapIds = ['zhanatas-wind-farm', dataset.projects.find((p) => p.sector !== 'energy')?.id ?? ''];
      const r = await handle({
        id: 1,
        op: 'projects',
        filter: { sector: ['energy'] },
        sort: 'name',
        page: 1,
        pageSize: 10,
        locale: 'en',
        thisYear: 2026,
        mapIds,
      });
      if (!r.ok || r.op !== 'projects') throw new Error('no answer');
      const energy = dataset.projects.filter((p) => p.sector === 'energy').length;
      expect(r.answer.total).toBe(energy);
      expect(r.answer.rows.length).toBe(Math.min(10, energy));
      expect(r.answer.rows.every((row) => row.sector === 'energy')).toBe(true);
      expect(r.answer.keep).toEqual(['zhanatas-wind-farm']);
      const csv = await handle({
        id: 2,
        op: 'export',
        filter: { sector: ['energy'] },
        sort: 'name',
        format: 'csv',
      });
      if (!csv.ok || csv.op !== 'export') throw new Error('no export');
      expect(csv.body.trim().split('\n').length).toBeGreaterThanOrEqual(energy + 1);
    } finally {
      globalThis.fetch = original;
    }
  });
});
