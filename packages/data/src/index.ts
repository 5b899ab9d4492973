/**
 * `@dostyk/data`: the China–Kazakhstan relationship as a typed, sourced dataset, with its query API and
 * exports. This entry loads no Zod and validates nothing at import; schemas are in `@dostyk/data/schema`,
 * validation in `@dostyk/data/validate`.
 */
export * from './constants.js';
export { FIRST_HAND_KINDS, formatCoverage, type SourceCoverage, sourceCoverage } from './coverage.js';
export { dataset } from './dataset.js';
export { compareDates, sortDates, yearOf } from './dates.js';
export {
  type DatasetDiff,
  diffDatasets,
  diffValues,
  type FieldChange,
  type RecordChange,
  type RecordRef,
} from './diff.js';
export {
  csvCell,
  datasetToCsv,
  flattenRecord,
  type ParseCsvOptions,
  parseCsv,
  toCsv,
} from './export/csv.js';
export * from './export/geojson.js';
export { type ExternalIdsLike, type ExternalLink, externalLinks } from './external-ids.js';
export {
  figureSummaries,
  isSparse,
  MIRROR_GAP_METHOD,
  type MirrorGap,
  type MirrorGapPoint,
  mirrorGaps,
  type SeriesSummary,
  SPARSE_BELOW,
  seriesYears,
  yearRanges,
} from './figures.js';
export { englishText, localize, localizedTexts } from './localize.js';
export { createQuery, type QueryOptions } from './query/index.js';
export {
  activeYears,
  capacityOf,
  currentStatus,
  dateSpan,
  isCounted,
  milestoneDates,
  participantsOf,
  regionsOf,
} from './query/project-facts.js';
export { createProjectQuery, type ProjectQuery } from './query/project-list.js';
export {
  buildSearchIndex,
  loadSearchIndex,
  normalizeText,
  type SerializedIndex,
  titleOf,
} from './query/search.js';
export { nearestFirst } from './query/suggest.js';
export type * from './query/types.js';
export { type Reference, referencesOf } from './references.js';
export * from './rules/index.js';
export type {
  Agreement,
  AnyRecord,
  Area,
  Dataset,
  DatasetSource,
  Event,
  Framework,
  Indicator,
  Localized,
  Location,
  MoneyClaim,
  Organization,
  PartialDate,
  Person,
  Place,
  Precision,
  Project,
  Relationship,
  Sector,
  Statement,
  Status,
} from './schema/index.js';
export {
  CN_REGIONS,
  canonicalRegion,
  KZ_REGION_ALIASES,
  KZ_REGIONS,
  REGIONS,
} from './schema/regions.js';
export { scaleDataset } from './synthetic.js';
export {
  type LanguageCoverage,
  type TranslationCoverage,
  translationCoverage,
} from './translation-coverage.js';
