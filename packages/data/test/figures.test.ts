import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  figureSummaries,
  isSparse,
  mirrorGaps,
  SPARSE_BELOW,
  seriesYears,
  yearRanges,
} from '../src/figures.js';
import type { Dataset } from '../src/schema/dataset.js';
import { IndicatorFile } from '../src/schema/indicator.js';

// The real dataset, as the build emitted it.
const dataset = JSON.parse(readFileSync(new URL('../dist/dataset.json', import.meta.url), 'utf8')) as Dataset;
const series = (id: string) => {
  for (const ind of dataset.indicators) {
    const s = ind.series.find((x) => x.id === id);
    if (s) return s;
  }
  throw new Error(`no series ${id}`);
};

describe('mirror-statistics gap', () => {
  const gaps = mirrorGaps(dataset);
  const cnToKz = gaps.find((g) => g.from === 'CN' && g.to === 'KZ');
  const kzToCn = gaps.find((g) => g.from === 'KZ' && g.to === 'CN');

  it('pairs each flow with the exporter’s and the importer’s series of the same indicator', () => {
    expect(cnToKz?.exporterSeries).toBe('exports-cn-to-kz-gacc');
    expect(cnToKz?.importerSeries).toBe('imports-kz-from-cn-kz-stat');
    expect(kzToCn?.exporterSeries).toBe('exports-kz-to-cn-kz-stat');
    expect(kzToCn?.importerSeries).toBe('imports-cn-from-kz-gacc');
  });

  it('is computed only for years both sides report, from the values the records hold', () => {
    const exp = series('exports-cn-to-kz-gacc');
    const imp = series('imports-kz-from-cn-kz-stat');
    const both = exp.points
      .map((p) => p.period)
      .filter((y) => /^\d{4}$/.test(y) && imp.points.some((q) => q.period === y))
      .sort();
    expect(cnToKz?.points.map((p) => p.period)).toEqual(both);
    for (const p of cnToKz?.points ?? []) {
      const e = exp.points.find((x) => x.period === p.period)?.value as number;
      const i = imp.points.find((x) => x.period === p.period)?.value as number;
      expect(p.gap).toBe(e - i);
      expect(p.ratio).toBeCloseTo(i / e, 12);
    }
  });

  it('shows China’s export figure well above Kazakhstan’s import figure (2021: 13.98 bn against 8.2 bn)', () => {
    const y2021 = cnToKz?.points.find((p) => p.period === '2021');
    expect(y2021?.gap).toBeCloseTo(5_780_000_000, -6);
    // The gap runs the same way in every year both report: Kazakhstan records less than China ships.
    expect(cnToKz?.points.every((p) => p.gap > 0)).toBe(true);
  });

  it('cites the sources of both sides’ points', () => {
    const p = cnToKz?.points[0];
    const e = series('exports-cn-to-kz-gacc').points.find((x) => x.period === p?.period);
    const i = series('imports-kz-from-cn-kz-stat').points.find((x) => x.period === p?.period);
    expect(p?.sources).toEqual(expect.arrayContaining([...(e?.sources ?? []), ...(i?.sources ?? [])]));
  });

  it('states its method in the five languages', () => {
    for (const lang of ['en', 'it', 'ru', 'kk', 'zh'] as const) expect(cnToKz?.method[lang]).toBeTruthy();
  });
});

describe('sparse series and years', () => {
  it('marks a series sparse below eight points', () => {
    expect(SPARSE_BELOW).toBe(8);
    expect(isSparse({ points: Array.from({ length: 7 }) })).toBe(true);
    expect(isSparse({ points: Array.from({ length: 8 }) })).toBe(false);
  });

  it('lists every series with its reporter, years and sparseness, then the derived gaps', () => {
    const all = figureSummaries(dataset);
    const measured = dataset.indicators.reduce((n, i) => n + i.series.length, 0);
    expect(all.filter((s) => !s.derived)).toHaveLength(measured);
    expect(all.filter((s) => s.derived).map((s) => s.seriesId)).toEqual([
      'mirror-gap-cn-kz',
      'mirror-gap-kz-cn',
    ]);
    const gacc = all.find((s) => s.seriesId === 'trade-total-gacc');
    expect(gacc?.reporter).toMatch(/General Administration of Customs/);
    expect(gacc?.years).toEqual(seriesYears(series('trade-total-gacc')));
    expect(gacc?.sparse).toBe(false);
    expect(all.every((s) => s.sparse === s.points < SPARSE_BELOW)).toBe(true);
  });

  it('writes years as runs', () => {
    expect(yearRanges([2002, 1992, 2000, 2001, 1998, 2013])).toBe('1992, 1998, 2000–2002, 2013');
    expect(yearRanges([])).toBe('');
  });
});

describe('the indicator model', () => {
  const base = {
    title: { en: 'Exports' },
    summary: { en: 'Exports' },
    topic: 'trade',
    unit: 'USD',
    sources: { a: { url: 'https://example.org/a', publisher: 'A', kind: 'press' } },
  };
  const point = { period: '2020', value: 1, sources: ['a'] };

  it('takes a flow naming whose statistics a series is, and refuses a flow to itself', () => {
    const ok = IndicatorFile.safeParse({
      ...base,
      series: [{ id: 's', reporter: 'R', flow: { from: 'CN', to: 'KZ', side: 'exporter' }, points: [point] }],
    });
    expect(ok.success).toBe(true);
    const bad = IndicatorFile.safeParse({
      ...base,
      series: [{ id: 's', reporter: 'R', flow: { from: 'KZ', to: 'KZ', side: 'importer' }, points: [point] }],
    });
    expect(bad.success).toBe(false);
  });

  it('takes a product group with HS codes of 2, 4 or 6 digits only', () => {
    const group = (hs: string[]) =>
      IndicatorFile.safeParse({
        ...base,
        series: [{ id: 's', reporter: 'R', productGroup: { name: { en: 'Fuels' }, hs }, points: [point] }],
      }).success;
    expect(group(['27', '2709', '270900'])).toBe(true);
    expect(group(['270'])).toBe(false);
  });
});
