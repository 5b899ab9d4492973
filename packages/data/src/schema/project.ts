import { z } from 'zod';
import { FINANCING_KINDS, MILESTONES, type Milestone, ROLES, SECTORS, STATUSES } from '../constants.js';
import { claims, DateClaims, MoneyClaim, QuantityClaims, Statement } from './claim.js';
import { recordCommon, ref, refs } from './common.js';
import { Location } from './place.js';
import { Currency, Id, Localized, SourceRefs, Text } from './primitives.js';

export { FINANCING_KINDS, MILESTONES, type Milestone, ROLES, SECTORS, STATUSES } from '../constants.js';

export const Sector = z.enum(SECTORS);
export type Sector = z.infer<typeof Sector>;

export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

export const Role = z.enum(ROLES);

export const ProjectDates = z
  .strictObject(
    Object.fromEntries(MILESTONES.map((m) => [m, DateClaims.optional()])) as {
      [K in Milestone]: z.ZodOptional<typeof DateClaims>;
    },
  )
  .describe('Milestones, each a list of dated claims');

export const Participant = z.strictObject({
  org: ref('organization'),
  role: Role,
  sharePct: z.number().min(0).max(100).optional().describe('Ownership share in percent'),
  note: Text.optional(),
  sources: SourceRefs,
});

export const Financing = z.strictObject({
  org: ref('organization').optional().describe('Who provides the money'),
  kind: z.enum(FINANCING_KINDS),
  amount: z.number().nonnegative().optional(),
  currency: Currency.optional(),
  year: z.number().int().min(1990).max(2100).optional(),
  reportedBy: Text.optional(),
  note: Text.optional(),
  sources: SourceRefs,
});

/** A project: a pipeline, a plant, a road, a bank branch, a university branch, a programme. */
export const ProjectFile = z.strictObject({
  name: Localized,
  aliases: z.array(z.string().min(1)).optional().describe('Other names it goes by'),
  summary: Localized.describe('One or two sentences in our own words'),
  sector: Sector,
  subsector: Id.optional().describe(
    'Free kebab-case subsector: wind, hydro, gas-pipeline, rail, dry-port...',
  ),
  areas: refs('area').optional().describe('Cooperation areas it belongs to'),
  status: claims(Status).describe('Status claims; give `asOf` with each'),
  places: z.array(Location).optional(),
  dates: ProjectDates.optional(),
  quantities: z
    .record(Id, QuantityClaims)
    .optional()
    .describe('Quantities by metric: capacity, annual-output, length, throughput...'),
  cost: z.array(MoneyClaim).optional().describe('Total cost or investment, each claim with who reported it'),
  financing: z.array(Financing).optional(),
  participants: z.array(Participant).optional(),
  frameworks: refs('framework').optional(),
  events: refs('event').optional().describe('Events behind the project'),
  agreements: refs('agreement').optional().describe('Agreements behind the project'),
  related: refs('project').optional(),
  partOf: ref('project').optional().describe('The umbrella programme this project is a component of'),
  umbrella: z
    .boolean()
    .optional()
    .describe('An umbrella programme whose components are separate records: never summed in totals'),
  pledge: z
    .boolean()
    .optional()
    .describe('A pledge or announcement, not a committed project: never summed in totals'),
  facts: z.array(Statement).optional().describe('Further sourced facts'),
  controversies: z.array(Statement).optional().describe('Delays, disputes, criticism, each sourced'),
  ...recordCommon,
});
