import { InvalidArgumentError } from '@commander-js/extra-typings';
import { canonicalRegion, nearestFirst, REGIONS } from '@dostyk/data';

/** Parsers for option values: a bad value is a usage error (exit 2) with the accepted values in the message. */

/** How many valid values a message names at most (the nearest first), then "…". */
const NAMED = 12;

/** The valid values, nearest to a wrong one first, for a message: `energy, industry, …`. */
export const validOnes = (wrong: string, allowed: readonly string[]): string => {
  const near = nearestFirst(wrong, allowed);
  return near.length > NAMED ? `${near.slice(0, NAMED).join(', ')}, …` : near.join(', ');
};

/**
 * A repeatable, comma-separated list option checked against a closed list, case-insensitively (the value
 * kept is the list's own spelling); a wrong value names the valid ones, nearest first.
 */
export const listOf =
  (allowed: readonly string[], what: string) =>
  (value: string, previous: string[] = []): string[] => {
    const parts = value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (parts.length === 0) throw new InvalidArgumentError(`give a ${what}`);
    const out = parts.map((p) => {
      const hit = allowed.find((a) => a.toLowerCase() === p.toLowerCase());
      if (hit === undefined)
        throw new InvalidArgumentError(`unknown ${what} "${p}"; expected one of: ${validOnes(p, allowed)}`);
      return hit;
    });
    return [...previous, ...out];
  };

/** ISO 3166-2 region codes, any case, old Kazakh letter codes (KZ-ZHA) accepted; an unknown code names the nearest. */
export const regionList = (value: string, previous: string[] = []): string[] => [
  ...previous,
  ...ids(value).map((code) => {
    const canonical = canonicalRegion(code);
    if (!canonical)
      throw new InvalidArgumentError(
        `unknown region "${code}"; expected one of: ${validOnes(code.toUpperCase(), Object.keys(REGIONS))}`,
      );
    return canonical;
  }),
];

/** A repeatable, comma-separated list of ids or codes, checked later against the data. */
export const ids = (value: string, previous: string[] = []): string[] => {
  const parts = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0) throw new InvalidArgumentError('give at least one value');
  return [...previous, ...parts];
};

export const year = (value: string): number => {
  const n = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || n < 1900 || n > 2100)
    throw new InvalidArgumentError('expected a year such as 2019');
  return n;
};

export const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > 100000)
    throw new InvalidArgumentError('expected a whole number from 1');
  return n;
};
