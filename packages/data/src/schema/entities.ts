import { z } from 'zod';
import { FRAMEWORK_KINDS, ORG_KINDS } from '../constants.js';
import { DateClaims } from './claim.js';
import { recordCommon, ref, refs } from './common.js';
import { Country, HttpUrl, Localized, PartialDate, SourceRefs } from './primitives.js';

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
export const FrameworkFile = z.strictObject({
  name: Localized,
  aliases: z.array(z.string().min(1)).optional(),
  kind: z.enum(FRAMEWORK_KINDS),
  since: DateClaims.optional(),
  organization: ref('organization').optional().describe('The body that runs it, if any'),
  parent: ref('framework').optional(),
  summary: Localized,
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
