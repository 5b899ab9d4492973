import { z } from 'zod';
import { FRAMEWORK_KINDS, ORG_KINDS } from '../constants.js';
import { DateClaims } from './claim.js';
import { recordCommon, ref, refs } from './common.js';
import { Country, Currency, HttpUrl, Localized, PartialDate, SourceRefs, Text } from './primitives.js';

export { FRAMEWORK_KINDS, ORG_KINDS } from '../constants.js';

export const PersonRole = z.strictObject({
  title: Localized,
  org: ref('organization').optional(),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  sources: SourceRefs,
});

/** A person: leaders, ministers, ambassadors, executives. */
export const PersonFile = z.strictObject({
  name: Localized,
  country: Country,
  born: DateClaims.optional(),
  roles: z.array(PersonRole).min(1),
  summary: Localized,
  ...recordCommon,
});

/** An organization: companies, banks, universities, ministries, multilateral bodies. */
export const OrganizationFile = z.strictObject({
  name: Localized,
  aliases: z.array(z.string().min(1)).optional(),
  kind: z.enum(ORG_KINDS),
  country: Country.optional().describe('Home country; empty for multilateral bodies'),
  parent: ref('organization').optional(),
  founded: DateClaims.optional(),
  website: HttpUrl.optional(),
  summary: Localized,
  ...recordCommon,
});

/** A framework projects and events sit in: Belt and Road, Nurly Zhol, SCO, the capacity cooperation programme. */
/** One item of an official project list, as the list (or the source quoting it) names it. */
export const ListItem = z.strictObject({
  listed: Text.describe('The item as the source lists it, in its own words'),
  project: ref('project').optional().describe('The project record it is; left out when no record matches'),
  note: Text.optional(),
});

/**
 * One edition of an official project list kept under a framework (e.g. the Kazakh–Chinese list of industrial
 * capacity cooperation projects): when it was stated, how many projects and what total it gave, and the items
 * a source names.
 */
export const ListEdition = z.strictObject({
  date: PartialDate.describe('When this edition was stated'),
  count: z.number().int().positive().optional().describe('Number of projects the edition gives'),
  total: z
    .strictObject({ amount: z.number().finite().positive(), currency: Currency })
    .optional()
    .describe('Total value the edition gives'),
  reportedBy: Text.optional().describe('Who stated it'),
  note: Text.optional(),
  items: z.array(ListItem).optional().describe('Items a source names, each matched to a record or not'),
  sources: SourceRefs,
});
export type ListEdition = z.infer<typeof ListEdition>;

export const FrameworkFile = z.strictObject({
  name: Localized,
  aliases: z.array(z.string().min(1)).optional(),
  kind: z.enum(FRAMEWORK_KINDS),
  since: DateClaims.optional(),
  organization: ref('organization').optional().describe('The body that runs it, if any'),
  parent: ref('framework').optional(),
  summary: Localized,
  lists: z
    .array(ListEdition)
    .min(1)
    .optional()
    .describe('Editions of the official project list kept under this framework, oldest first'),
  ...recordCommon,
});

/** A cooperation area (trade, connectivity, critical minerals, aerospace...) that groups projects. */
export const AreaFile = z.strictObject({
  name: Localized,
  summary: Localized,
  frameworks: refs('framework').optional(),
  ...recordCommon,
});

/** The relationship itself: the two countries, diplomatic relations and the partnership levels over time. */
export const PartnershipLevel = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: Localized,
  since: DateClaims,
  event: ref('event').optional(),
  agreement: ref('agreement').optional(),
  namedInSeed: z.boolean().optional(),
});
export const RelationshipFile = z.strictObject({
  name: Localized,
  countries: z.tuple([Country, Country]),
  summary: Localized,
  diplomaticRelations: DateClaims,
  levels: z.array(PartnershipLevel).min(1).describe('Partnership levels, oldest first'),
  frameworks: refs('framework').optional(),
  ...recordCommon,
});
