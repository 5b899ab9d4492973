/** The rules every door applies: conflicts, counting, units, money, titles and per-locale formatting. */
export {
  type ClaimLike,
  claimsDisagree,
  conflicts,
  type FieldConflict,
  isClaimList,
  isListOfFacts,
  sameValue,
} from './conflicts.js';
export { countIncludes } from './count-includes.js';
export { countProjects, inProjectCounts, inTotals, type ProjectCounts } from './counting.js';
export {
  EXCHANGE_RATES,
  type ExchangeRate,
  exchangeRate,
  type RateSource,
  usdPerUnit,
} from './exchange-rates.js';
export {
  formatMoney,
  formatNumber,
  formatPartialDate,
  formatQuantity,
  intlLocale,
  plural,
  pluralCategory,
  recordTitle,
  regionName,
} from './format.js';
export {
  CURRENCY_TOLERANCE,
  type MoneyLike,
  priceYear,
  type SourceFacts,
  type SourceLookup,
  sameMoney,
  sourcesById,
  toUsd,
  type UsdAmount,
} from './money.js';
export {
  convertUnit,
  displayUnit,
  sameFamily,
  sameQuantity,
  toBaseUnit,
  UNIT_FAMILIES,
  unitFamily,
} from './units.js';
