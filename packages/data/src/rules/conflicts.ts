import { compareDates } from '../dates.js';
import { type MoneyLike, type SourceLookup, sameMoney } from './money.js';
import { sameQuantity } from './units.js';

/** A claim as the dataset stores it: a value (or a money amount) with its sources. */
export interface ClaimLike {
  value?: unknown;
  amount?: number;
  currency?: string;
  unit?: string;
  year?: number;
  asOf?: string;
  reportedBy?: string;
  sources: readonly string[];
}

export interface FieldConflict {
  /** The field's path: `cost`, `status`, `quantities.annual-output`, `dates.constructionStart`. */
  field: string;
  /** Every claim of the field, in record order, to be shown side by side. */
  claims: ClaimLike[];
}

/** Lists whose entries are separate facts (several loans, several targets), never rival values of one. */
const LISTS_OF_FACTS = new Set(['financing', 'targets']);
/** Whether a field lists separate facts (several loans, several targets) rather than rival values of one. */
export const isListOfFacts = (field: string): boolean => LISTS_OF_FACTS.has(field);
/** Maps of claim lists, one per metric or milestone. */
const CLAIM_MAPS = new Set(['quantities', 'dates']);

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export const isClaimList = (v: unknown): v is ClaimLike[] =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.every(
    (c) =>
      !!c &&
      typeof c === 'object' &&
      Array.isArray((c as ClaimLike).sources) &&
      ('value' in c || 'amount' in c),
  );

/** Two claims speak of different times when both carry an as-of date and the dates differ. */
const atDifferentTimes = (a: ClaimLike, b: ClaimLike): boolean =>
  a.asOf !== undefined && b.asOf !== undefined && compareDates(a.asOf, b.asOf) !== 0;

/**
 * Whether two claims state the same value. Money compares by `sameMoney` (across currencies in US
 * dollars), quantities after unit conversion, partial dates at the coarser precision (1991 contains
 * 1991-07-20), anything else by equality.
 */
export function sameValue(a: ClaimLike, b: ClaimLike, sources?: SourceLookup): boolean {
  if (a.amount !== undefined || b.amount !== undefined) {
    if (a.amount === undefined || b.amount === undefined || !a.currency || !b.currency) return false;
    return sameMoney(a as MoneyLike, b as MoneyLike, sources);
  }
  const x = a.value;
  const y = b.value;
  if (typeof x === 'number' && typeof y === 'number' && a.unit && b.unit)
    return sameQuantity({ value: x, unit: a.unit }, { value: y, unit: b.unit });
  if (typeof x === 'string' && typeof y === 'string' && PARTIAL_DATE.test(x) && PARTIAL_DATE.test(y))
    return x.startsWith(y) || y.startsWith(x);
  if (x !== null && typeof x === 'object') return JSON.stringify(x) === JSON.stringify(y);
  return x === y;
}

/**
 * Whether a field's claims disagree: two claims about the same time (no as-of date on one of them, or the
 * same one) whose values differ. Claims at different as-of dates are a history (a later status is not a
 * rival of an earlier one).
 */
export function claimsDisagree(claims: readonly ClaimLike[], sources?: SourceLookup): boolean {
  for (let i = 0; i < claims.length; i++)
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i] as ClaimLike;
      const b = claims[j] as ClaimLike;
      if (!atDifferentTimes(a, b) && !sameValue(a, b, sources)) return true;
    }
  return false;
}

/**
 * The fields of a record whose sources disagree, by one rule (`claimsDisagree`), in record order. Pass
 * the dataset's sources (`sourcesById(dataset)`) so that a cost without a year can be converted at the
 * year its source was published; without them such a cost only agrees with one in its own currency.
 */
export function conflicts(record: object, sources?: SourceLookup): FieldConflict[] {
  const out: FieldConflict[] = [];
  for (const [key, v] of Object.entries(record)) {
    if (isListOfFacts(key)) continue;
    if (isClaimList(v)) {
      if (claimsDisagree(v, sources)) out.push({ field: key, claims: v });
      continue;
    }
    if (CLAIM_MAPS.has(key) && v && typeof v === 'object' && !Array.isArray(v))
      for (const [sub, list] of Object.entries(v))
        if (isClaimList(list) && claimsDisagree(list, sources))
          out.push({ field: `${key}.${sub}`, claims: list });
  }
  return out;
}
