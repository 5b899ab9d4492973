import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareDates } from '../src/dates.js';
import { createQuery } from '../src/query/index.js';
import { nearestFirst } from '../src/query/suggest.js';
import type { Dataset } from '../src/schema/dataset.js';

// The real dataset, as the build emitted it.
const dataset = JSON.parse(readFileSync(new URL('../dist/dataset.json', import.meta.url), 'utf8')) as Dataset;
const q = createQuery(dataset, { currentYear: 2026 });

describe('appearsIn', () => {
  it('lists every project an organization takes part in or finances, with each role, stake and amount', () => {
    for (const org of dataset.organizations) {
      const expected = dataset.projects.filter(
        (p) =>
          (p.participants ?? []).some((x) => x.org === org.id) ||
          (p.financing ?? []).some((f) => f.org === org.id),
      );
      const got = q.appearsIn(org.id).projects;
      expect(got.map((a) => a.project.id).sort()).toEqual(expected.map((p) => p.id).sort());
      for (const a of got) {
        const roles = (a.project.participants ?? []).filter((x) => x.org === org.id);
        expect(a.roles.map((r) => [r.role, r.sharePct])).toEqual(roles.map((r) => [r.role, r.sharePct]));
        const money = (a.project.financing ?? []).filter((f) => f.org === org.id);
        expect(a.financing.map((f) => [f.kind, f.amount, f.currency])).toEqual(
          money.map((f) => [f.kind, f.amount, f.currency]),
        );
      }
    }
  });

  it('gives Zhanatas its owner with an 80% stake and AIIB as lender with its loans', () => {
    const owner = q
      .appearsIn('china-power-international-holding')
      .projects.find((a) => a.project.id === 'zhanatas-wind-farm');
    expect(owner?.roles).toContainEqual({ role: 'owner', sharePct: 80 });
    const aiib = q.appearsIn('aiib').projects.find((a) => a.project.id === 'zhanatas-wind-farm');
    expect(aiib?.roles.map((r) => r.role)).toContain('lender');
    expect(aiib?.financing.map((f) => f.amount)).toContain(34_400_000);
  });

  it("lists a person's events (every event naming them), oldest first, and the agreements they signed", () => {
    const tokayev = q.appearsIn('kassym-jomart-tokayev');
    const expected = dataset.events.filter((e) => (e.participants ?? []).includes('kassym-jomart-tokayev'));
    expect(tokayev.events.map((e) => e.event.id).sort()).toEqual(expected.map((e) => e.id).sort());
    expect(tokayev.events.length).toBeGreaterThanOrEqual(35);
    const dates = tokayev.events.map((e) => e.date ?? '');
    expect(dates).toEqual([...dates].sort(compareDates));
    expect(tokayev.projects).toEqual([]);
    const signed = dataset.agreements.filter((a) =>
      (a.signatories ?? []).some((s) => s.person === 'kassym-jomart-tokayev'),
    );
    expect(tokayev.agreements.map((a) => a.agreement.id).sort()).toEqual(signed.map((a) => a.id).sort());
  });

  it('resolves ids case-insensitively and answers empty lists for other records and unknown ids', () => {
    expect(q.appearsIn('CNPC').projects.length).toBe(q.appearsIn('cnpc').projects.length);
    expect(q.appearsIn('cnpc').projects.length).toBeGreaterThan(0);
    expect(q.appearsIn('zhanatas-wind-farm')).toEqual({ projects: [], agreements: [], events: [] });
    expect(q.appearsIn('no-such-id')).toEqual({ projects: [], agreements: [], events: [] });
  });
});

describe('nearestFirst', () => {
  it('orders every candidate by closeness, case-insensitively, ties in their own order', () => {
    expect(nearestFirst('minig', ['energy', 'mining', 'digital'])[0]).toBe('mining');
    expect(nearestFirst('x', ['b', 'a']).sort()).toEqual(['a', 'b']);
    expect(nearestFirst('ENERGY', ['mining', 'energy'])[0]).toBe('energy');
    expect(nearestFirst('sino', ['cnpc', 'sinopec'])[0]).toBe('sinopec');
  });
});
