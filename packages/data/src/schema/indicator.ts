import { z } from 'zod';
import { INDICATOR_TOPICS } from '../constants.js';
import { recordCommon, ref } from './common.js';
import { Currency, Id, Localized, PartialDate, SourceRefs, Text } from './primitives.js';
import { Unit } from './units.js';

export { INDICATOR_TOPICS } from '../constants.js';

export const Point = z.strictObject({
  period: PartialDate.describe('Year (or month) the value covers'),
  value: z.number().finite(),
  note: Text.optional(),
  sources: SourceRefs,
});

/** One reporter's series: every point names its source; the reporter is who published the figures. */
export const Series = z.strictObject({
  id: Id.describe('Stable series id, e.g. trade-total-gacc'),
  reporter: Text.describe('Who publishes the figures, e.g. China’s General Administration of Customs'),
  reporterOrg: ref('organization').optional(),
  label: Localized.optional(),
  points: z.array(Point).min(1),
  note: Text.optional(),
});

/** A target announced by leaders: kept apart from measured values, never plotted as one. */
export const Target = z.strictObject({
  value: z.number().finite(),
  by: PartialDate.describe('When the target is to be reached'),
  announced: PartialDate,
  announcedBy: ref('person').optional(),
  text: Localized,
  sources: SourceRefs,
});

/** A time series (trade, investment, rail freight, tourism), one series per reporter, plus targets. */
export const IndicatorFile = z.strictObject({
  title: Localized,
  summary: Localized,
  topic: z.enum(INDICATOR_TOPICS),
  unit: z.union([Unit, Currency]).describe('A unit of measure, or a currency for money series'),
  series: z.array(Series).min(1),
  targets: z.array(Target).optional(),
  ...recordCommon,
});
