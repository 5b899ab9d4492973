import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../schema/dataset.js';
import { EXCHANGE_RATES, exchangeRate, usdPerUnit } from './exchange-rates.js';
import { priceYear, sameMoney, sourcesById, toUsd } from './money.js';

const dataset = JSON.parse(
  readFileSync(new URL('../../dist/dataset.json', import.meta.url), 'utf8'),
) as Dataset;

const sources = sourcesById(dataset);

describe('money', () => {
  it('converts at the sourced annual average of the claim year and says which rate it used', () => {
    const r = toUsd({ amount: 6_000_000_000, currency: 'CNY', year: 2012, sources: [] });
    expect(r.usd).toBeCloseTo(6_000_000_000 / 6.3093);
    expect(r.usd !== undefined && r.rate?.source.url).toBe(
      'https://federalreserve.gov/releases/g5a/20160104/default.htm',
    );
    // The euro is quoted in dollars per euro.
    expect(toUsd({ amount: 100, currency: 'EUR', year: 2022, sources: [] }).usd).toBeCloseTo(105.34);
  });

  it('never invents a rate: no year or no sourced rate leaves the amount unconverted, with the reason', () => {
    expect(toUsd({ amount: 1, currency: 'CNY', sources: [] })).toMatchObject({
      usd: undefined,
      reason: 'no-year',
    });
    expect(toUsd({ amount: 1, currency: 'CNY', year: 2011, sources: [] })).toMatchObject({
      usd: undefined,
      reason: 'no-rate',
      year: 2011,
    });
  });

  it('assumes the year of the earliest cited source when a cost has none, and says so', () => {
    const withDate = dataset.sources.find((s) => s.date && s.date >= '2012' && s.date < '2024');
    expect(withDate).toBeDefined();
    const claim = { amount: 1000, currency: 'EUR', sources: [withDate?.id as string] };
    const year = Number(withDate?.date?.slice(0, 4));
    expect(priceYear(claim, sources)).toEqual({ year, assumed: true });
    const r = toUsd(claim, sources);
    expect(r).toMatchObject({ yearAssumed: true, year });
    expect(r.usd).toBeCloseTo(1000 * usdPerUnit(exchangeRate('EUR', year) as never));
  });

  it('keeps US dollars as reported and AidData constant dollars as they are (never converted twice)', () => {
    const aid = dataset.sources.find((s) => /aiddata/i.test(s.publisher));
    expect(aid).toBeDefined();
    expect(toUsd({ amount: 5, currency: 'USD', year: 2009, sources: [aid?.id as string] }, sources)).toEqual({
      usd: 5,
      basis: 'constant-usd',
      year: 2009,
      yearAssumed: false,
    });
    expect(toUsd({ amount: 5, currency: 'USD', year: 2009, sources: [] })).toMatchObject({
      usd: 5,
      basis: 'usd',
    });
  });

  it('compares two currencies in US dollars, within the tolerance for day rate against annual average', () => {
    const cny = { amount: 6_300_000_000, currency: 'CNY', year: 2012, sources: [] };
    expect(sameMoney(cny, { amount: 1_000_000_000, currency: 'USD', year: 2012, sources: [] })).toBe(true);
    expect(sameMoney(cny, { amount: 1_200_000_000, currency: 'USD', year: 2012, sources: [] })).toBe(false);
    expect(sameMoney({ amount: 1, currency: 'KZT', year: 2020, sources: [] }, cny)).toBe(false);
    expect(sameMoney({ ...cny }, cny)).toBe(true);
  });

  it('lists each rate once, with a source', () => {
    const keys = EXCHANGE_RATES.map((r) => `${r.currency}:${r.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of EXCHANGE_RATES) {
      expect(r.value).toBeGreaterThan(0);
      expect(r.source.url).toMatch(/^https:\/\/federalreserve\.gov\//);
    }
  });
});
