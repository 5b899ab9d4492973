/**
 * Compare two partial ISO dates at their common precision: `2019` equals `2019-07`, `2019-06` is before
 * `2019-07-15`. Returns a negative number, 0 or a positive number.
 */
export function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n) ? -1 : a.slice(0, n) > b.slice(0, n) ? 1 : 0;
}

/** Sort key that puts partial dates in order (`2019` before `2019-01`): plain string order. */
export const sortDates = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The year of a partial date. */
export const yearOf = (d: string): number => Number(d.slice(0, 4));
