/**
 * Units: conversion within a family (GW/MW/kW; Mt/kt/t; bcm/mcm; TEU), so that values compare, sort and
 * add up across the units sources happen to report them in. Units of different families never convert.
 */

interface Family {
  /** The unit every value of the family is converted to for comparing, sorting and totals. */
  base: string;
  /** Factor to the base unit. */
  factors: Record<string, number>;
}

/** Families of convertible units. A unit outside every family is its own family of one. */
export const UNIT_FAMILIES: Record<string, Family> = {
  // MWp (peak, direct current) is counted as MW: sources quote solar plants in either.
  power: { base: 'MW', factors: { kW: 0.001, MW: 1, MWp: 1, GW: 1000 } },
  energy: { base: 'GWh', factors: { MWh: 0.001, GWh: 1 } },
  'energy-per-year': { base: 'GWh/year', factors: { 'GWh/year': 1, 'TWh/year': 1000 } },
  'gas-per-year': { base: 'bcm/year', factors: { 'mcm/year': 0.001, 'bcm/year': 1 } },
  mass: { base: 't', factors: { t: 1, kt: 1000, Mt: 1_000_000 } },
  'mass-per-year': { base: 't/year', factors: { 't/year': 1, 'kt/year': 1000, 'Mt/year': 1_000_000 } },
  length: { base: 'km', factors: { m: 0.001, km: 1 } },
  containers: { base: 'TEU', factors: { TEU: 1 } },
  'containers-per-year': { base: 'TEU/year', factors: { 'TEU/year': 1 } },
};

const FAMILY_OF = new Map<string, string>();
for (const [name, f] of Object.entries(UNIT_FAMILIES))
  for (const u of Object.keys(f.factors)) FAMILY_OF.set(u, name);

/** The family a unit belongs to (a unit outside every family is its own family). */
export const unitFamily = (unit: string): string => FAMILY_OF.get(unit) ?? unit;

/** Whether values in these two units can be converted into each other. */
export const sameFamily = (a: string, b: string): boolean => unitFamily(a) === unitFamily(b);

/** A value in its family's base unit: `{value: 2, unit: 'GW'}` → `{value: 2000, unit: 'MW'}`. */
export function toBaseUnit(value: number, unit: string): { value: number; unit: string } {
  const family = UNIT_FAMILIES[unitFamily(unit)];
  const factor = family?.factors[unit];
  return family && factor !== undefined ? { value: value * factor, unit: family.base } : { value, unit };
}

/** `value` in `from` converted to `to`, or undefined when the units are of different families. */
export function convertUnit(value: number, from: string, to: string): number | undefined {
  if (from === to) return value;
  const family = UNIT_FAMILIES[unitFamily(from)];
  const a = family?.factors[from];
  const b = family?.factors[to];
  return a !== undefined && b !== undefined ? (value * a) / b : undefined;
}

/**
 * The unit to show a base-unit amount in: the largest unit of the family in which it is at least 1
 * (2,260 MW → 2.26 GW; 260 MW stays MW). MWp is never chosen for a total.
 */
export function displayUnit(baseValue: number, unit: string): { value: number; unit: string } {
  const family = UNIT_FAMILIES[unitFamily(unit)];
  if (!family) return { value: baseValue, unit };
  let best = { value: baseValue, unit: family.base };
  let bestFactor = 1;
  for (const [u, factor] of Object.entries(family.factors)) {
    if (u === 'MWp' || factor <= bestFactor) continue;
    if (Math.abs(baseValue) / factor >= 1) {
      best = { value: baseValue / factor, unit: u };
      bestFactor = factor;
    }
  }
  return best;
}

/** Relative tolerance for two converted quantities to count as the same value (floating-point noise only). */
const EPSILON = 1e-9;

/** Whether two quantities are the same amount once converted to one unit (2 GW = 2000 MW). */
export function sameQuantity(
  a: { value: number; unit: string },
  b: { value: number; unit: string },
): boolean {
  if (!sameFamily(a.unit, b.unit)) return false;
  const x = toBaseUnit(a.value, a.unit).value;
  const y = toBaseUnit(b.value, b.unit).value;
  return Math.abs(x - y) <= EPSILON * Math.max(Math.abs(x), Math.abs(y), 1);
}
