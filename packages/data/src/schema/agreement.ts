import { z } from 'zod';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '../constants.js';
import { claims, DateClaims } from './claim.js';
import { recordCommon, ref, refs } from './common.js';
import { Location } from './place.js';
import { Localized, SourceRefs, Text } from './primitives.js';

export { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '../constants.js';

export const Signatory = z.strictObject({
  person: ref('person').optional(),
  org: ref('organization').optional(),
  name: Text.optional().describe('Name as written, when no person record exists'),
  sources: SourceRefs,
});

/** A treaty, agreement, memorandum, joint statement or plan, with signatories and date. */
export const AgreementFile = z.strictObject({
  kind: z.enum(AGREEMENT_KINDS),
  title: Localized,
  summary: Localized,
  signed: DateClaims.describe('Date of signature'),
  inForce: DateClaims.optional().describe('Date of entry into force'),
  status: claims(z.enum(AGREEMENT_STATUSES)).optional(),
  places: z.array(Location).optional(),
  parties: z.array(Text).optional().describe('Parties, e.g. governments or companies, as named'),
  signatories: z.array(Signatory).optional(),
  event: ref('event').optional().describe('The event where it was signed'),
  projects: refs('project').optional(),
  frameworks: refs('framework').optional(),
  areas: refs('area').optional(),
  ...recordCommon,
});
