import { type ExchangeRate, exchangeRate, usdPerUnit } from './exchange-rates.js';

/** What a money rule needs to know about a cited source. */
export interface SourceFacts {
  date?: string;
  publisher?: string;
}
/** Sources by id: `sourcesById(dataset)` or any map of the dataset's sources. */
export type SourceLookup = Pick<ReadonlyMap<string, SourceFacts>, 'get'>;

export const sourcesById = (dataset: { sources: readonly ({ id: string } & SourceFacts)[] }): SourceLookup =>
  new Map(dataset.sources.map((s) => [s.id, s]));

export interface MoneyLike {
  amount: number;
  currency: string;
  year?: number;
  reportedBy?: string;
  sources: readonly string[];
}

export type UsdAmount =
  | {
      usd: number;
      /** usd: reported in US dollars; constant-usd: already in constant dollars (AidData); converted: at `rate`. */
      basis: 'usd' | 'constant-usd' | 'converted';
      /** The price year used: the claim's own, or the assumed one. */
      year?: number;
      /** True when the claim gives no year and `year` is the publication year of its earliest source. */
      yearAssumed: boolean;
      rate?: ExchangeRate;
    }
  | { usd: undefined; reason: 'no-year' | 'no-rate'; currency: string; year?: number; yearAssumed: boolean };

/** AidData reports amounts in constant US dollars: they are kept as they are, never converted again. */
const CONSTANT_USD_PUBLISHER = /aiddata/i;

function isConstantUsd(claim: MoneyLike, sources?: SourceLookup): boolean {
  if (claim.currency !== 'USD') return false;
  if (claim.reportedBy && CONSTANT_USD_PUBLISHER.test(claim.reportedBy)) return true;
  return claim.sources.some((id) => CONSTANT_USD_PUBLISHER.test(sources?.get(id)?.publisher ?? ''));
}

/** The year a claim's amount is priced in: its own, else the publication year of its earliest dated source. */
export function priceYear(claim: MoneyLike, sources?: SourceLookup): { year?: number; assumed: boolean } {
  if (claim.year !== undefined) return { year: claim.year, assumed: false };
  const dates = claim.sources
    .map((id) => sources?.get(id)?.date)
    .filter((d): d is string => !!d)
    .sort();
  const first = dates[0];
  return first ? { year: Number(first.slice(0, 4)), assumed: true } : { assumed: false };
}

/**
 * A money claim in US dollars: US-dollar amounts as reported (AidData's constant dollars marked as such),
 * other currencies at the sourced annual average of the claim's year. Without a year or a sourced rate
 * for it, the amount is not converted and the reason says why.
 */
export function toUsd(claim: MoneyLike, sources?: SourceLookup): UsdAmount {
  const { year, assumed } = priceYear(claim, sources);
  if (claim.currency === 'USD')
    return {
      usd: claim.amount,
      basis: isConstantUsd(claim, sources) ? 'constant-usd' : 'usd',
      ...(year !== undefined ? { year } : {}),
      yearAssumed: assumed,
    };
  if (year === undefined)
    return { usd: undefined, reason: 'no-year', currency: claim.currency, yearAssumed: false };
  const rate = exchangeRate(claim.currency, year);
  if (!rate)
    return { usd: undefined, reason: 'no-rate', currency: claim.currency, year, yearAssumed: assumed };
  return { usd: claim.amount * usdPerUnit(rate), basis: 'converted', year, yearAssumed: assumed, rate };
}

/**
 * How far apart two amounts in different currencies may be, once both are in US dollars, and still be one
 * value: a source converts at the day's rate, we at the year's average.
 */
export const CURRENCY_TOLERANCE = 0.05;

/**
 * Whether two money claims state the same amount: in one currency, the same number; in two currencies,
 * within `CURRENCY_TOLERANCE` once both are in US dollars. Amounts that cannot be converted do not agree.
 */
export function sameMoney(a: MoneyLike, b: MoneyLike, sources?: SourceLookup): boolean {
  if (a.currency === b.currency) return a.amount === b.amount;
  const x = toUsd(a, sources).usd;
  const y = toUsd(b, sources).usd;
  if (x === undefined || y === undefined) return false;
  return Math.abs(x - y) <= CURRENCY_TOLERANCE * Math.max(x, y);
}
