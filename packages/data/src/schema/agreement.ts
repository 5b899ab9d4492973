import { z } from 'zod';
import { claims, DateClaims } from './claim.js';
import { recordCommon, ref, refs } from './common.js';
import { Location } from './place.js';
import { Localized, SourceRefs, Text } from './primitives.js';

export const AGREEMENT_KINDS = [
  'treaty',
  'agreement',
  'protocol',
  'memorandum',
  'joint-statement',
  'joint-declaration',
  'communique',
  'plan',
  'programme',
  'contract',
  'other',
] as const;

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
  status: claims(z.enum(['signed', 'in-force', 'expired', 'superseded', 'terminated'])).optional(),
  places: z.array(Location).optional(),
  parties: z.array(Text).optional().describe('Parties, e.g. governments or companies, as named'),
  signatories: z.array(Signatory).optional(),
  event: ref('event').optional().describe('The event where it was signed'),
  projects: refs('project').optional(),
  frameworks: refs('framework').optional(),
  areas: refs('area').optional(),
  ...recordCommon,
});
