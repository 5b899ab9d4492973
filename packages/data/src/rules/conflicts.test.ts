import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../schema/dataset.js';
import { claimsDisagree, conflicts } from './conflicts.js';
import { sourcesById } from './money.js';

const dataset = JSON.parse(
  readFileSync(new URL('../../dist/dataset.json', import.meta.url), 'utf8'),
) as Dataset;

const s = ['x'];

describe('conflicts', () => {
  it('does not call a coarser date that contains a finer one a conflict', () => {
    expect(
      claimsDisagree([
        { value: '1991', sources: s },
        { value: '1991-07-20', sources: s },
      ]),
    ).toBe(false);
    expect(
      claimsDisagree([
        { value: '2019-07', sources: s },
        { value: '2019-08-02', sources: s },
      ]),
    ).toBe(true);
  });

  it('reads a later status as history, and two statuses at one time as a conflict', () => {
    const history = [
      { value: 'under-construction', asOf: '2021', sources: s },
      { value: 'operational', asOf: '2023-04', sources: s },
    ];
    expect(claimsDisagree(history)).toBe(false);
    expect(conflicts({ status: history })).toEqual([]);
    const rival = [
      { value: 'planned', asOf: '2023', sources: s, reportedBy: 'A' },
      { value: 'cancelled', asOf: '2023-05', sources: s, reportedBy: 'B' },
    ];
    expect(conflicts({ status: rival })).toEqual([{ field: 'status', claims: rival }]);
  });

  it('compares quantities after unit conversion', () => {
    const same = [
      { value: 2, unit: 'GW', sources: s },
      { value: 2000, unit: 'MW', sources: s },
    ];
    expect(conflicts({ quantities: { capacity: same } })).toEqual([]);
    const differ = [
      { value: 2, unit: 'GW', sources: s },
      { value: 260, unit: 'MW', sources: s },
    ];
    expect(conflicts({ quantities: { capacity: differ } })).toEqual([
      { field: 'quantities.capacity', claims: differ },
    ]);
  });

  it('compares two currencies after conversion to US dollars', () => {
    const agree = [
      { amount: 6_000_000_000, currency: 'CNY', year: 2012, sources: s },
      { amount: 950_000_000, currency: 'USD', year: 2012, sources: s },
    ];
    expect(conflicts({ cost: agree })).toEqual([]);
    const differ = [agree[0], { amount: 2_000_000_000, currency: 'USD', year: 2012, sources: s }];
    expect(conflicts({ cost: differ }).map((c) => c.field)).toEqual(['cost']);
  });

  it('never reads separate loans or targets as rival values', () => {
    const loans = [
      { org: 'a', kind: 'loan', amount: 1, currency: 'USD', sources: s },
      { org: 'b', kind: 'loan', amount: 2, currency: 'USD', sources: s },
    ];
    expect(conflicts({ financing: loans })).toEqual([]);
  });

  it('finds, in the real dataset, Zhanatas’s two annual outputs and nothing that only differs in precision', () => {
    const sources = sourcesById(dataset);
    const zhanatas = dataset.projects.find((p) => p.id === 'zhanatas-wind-farm');
    expect(conflicts(zhanatas as object, sources).map((c) => c.field)).toContain('quantities.annual-output');
    for (const p of dataset.projects)
      for (const c of conflicts(p, sources)) {
        expect(c.claims.length).toBeGreaterThan(1);
        if (c.field.startsWith('dates.')) {
          const values = c.claims.map((x) => String(x.value));
          expect(values.some((a) => values.some((b) => !a.startsWith(b) && !b.startsWith(a)))).toBe(true);
        }
      }
  });
});
