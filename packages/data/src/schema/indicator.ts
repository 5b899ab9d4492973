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

/** The two countries a flow runs between. */
export const FLOW_COUNTRIES = ['CN', 'KZ'] as const;
const FlowCountry = z.enum(FLOW_COUNTRIES);

/**
 * A one-way goods flow and which side's statistics the series are: the exporter's export figure or the
 * importer's import figure. Two series of one flow, one per side, give the mirror-statistics gap.
 */
export const Flow = z
  .strictObject({
    from: FlowCountry.describe('Exporting country'),
    to: FlowCountry.describe('Importing country'),
    side: z
      .enum(['exporter', 'importer'])
      .describe("Whose statistics: the exporter's export figure or the importer's import figure"),
  })
  .refine((f) => f.from !== f.to, { message: 'a flow runs between two different countries', path: ['to'] });

/** A product group a composition series covers, e.g. mineral fuels (HS chapter 27). */
export const ProductGroup = z.strictObject({
  name: Localized.describe('The group as the source names it'),
  hs: z
    .array(z.string().regex(/^\d{2}(\d{2}){0,2}$/, 'an HS code of 2, 4 or 6 digits'))
    .min(1)
    .optional()
    .describe('HS codes the group covers, where the source gives them'),
});

/** One reporter's series: every point names its source; the reporter is who published the figures. */
export const Series = z.strictObject({
  id: Id.describe('Stable series id, e.g. trade-total-gacc'),
  reporter: Text.describe('Who publishes the figures, e.g. China’s General Administration of Customs'),
  reporterOrg: ref('organization').optional(),
  label: Localized.optional(),
  flow: Flow.optional().describe('For one-way trade series: the flow and whose statistics these are'),
  productGroup: ProductGroup.optional().describe(
    'For composition indicators: the product group this series measures, one series per group and reporter',
  ),
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
