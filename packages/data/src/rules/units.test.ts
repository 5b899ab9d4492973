import { describe, expect, it } from 'vitest';
import { UNITS } from '../constants.js';
import { convertUnit, displayUnit, sameFamily, sameQuantity, toBaseUnit, unitFamily } from './units.js';

describe('units', () => {
  it('converts within a family and never across', () => {
    expect(toBaseUnit(2, 'GW')).toEqual({ value: 2000, unit: 'MW' });
    expect(toBaseUnit(500, 'kW')).toEqual({ value: 0.5, unit: 'MW' });
    expect(toBaseUnit(3, 'Mt/year')).toEqual({ value: 3_000_000, unit: 't/year' });
    expect(convertUnit(10, 'bcm/year', 'mcm/year')).toBe(10_000);
    expect(convertUnit(1, 'TWh/year', 'GWh/year')).toBe(1000);
    expect(convertUnit(1, 'MW', 'km')).toBeUndefined();
    expect(convertUnit(1, 'MW', 'GWh/year')).toBeUndefined();
    expect(sameFamily('TEU/year', 'TEU')).toBe(false);
    expect(unitFamily('students')).toBe('students');
    expect(toBaseUnit(7, 'students')).toEqual({ value: 7, unit: 'students' });
  });

  it('finds the same amount in different units and tells apart different ones', () => {
    expect(sameQuantity({ value: 2, unit: 'GW' }, { value: 2000, unit: 'MW' })).toBe(true);
    expect(sameQuantity({ value: 0.3, unit: 'Mt' }, { value: 300_000, unit: 't' })).toBe(true);
    expect(sameQuantity({ value: 2, unit: 'GW' }, { value: 260, unit: 'MW' })).toBe(false);
    expect(sameQuantity({ value: 100, unit: 'MW' }, { value: 100, unit: 'km' })).toBe(false);
  });

  it('shows a total in the largest unit it reaches at least 1 of', () => {
    expect(displayUnit(2260, 'MW')).toEqual({ value: 2.26, unit: 'GW' });
    expect(displayUnit(260, 'MW')).toEqual({ value: 260, unit: 'MW' });
    expect(displayUnit(0.5, 'MW')).toEqual({ value: 0.5, unit: 'MW' });
    expect(displayUnit(12, 'km')).toEqual({ value: 12, unit: 'km' });
  });

  it('knows every unit the schema allows (a unit outside every family is its own)', () => {
    for (const u of UNITS) expect(toBaseUnit(1, u).value).toBeGreaterThan(0);
  });
});
