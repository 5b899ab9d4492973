import { z } from 'zod';
import { EVENT_KINDS } from '../constants.js';
import { DateClaims, Statement } from './claim.js';
import { recordCommon, ref, refs } from './common.js';
import { Location } from './place.js';
import { Localized, PartialDate } from './primitives.js';

export { EVENT_KINDS } from '../constants.js';

/** A dated event: a visit, summit, meeting, speech, signing. */
export const EventFile = z.strictObject({
  kind: z.enum(EVENT_KINDS),
  title: Localized,
  summary: Localized,
  date: DateClaims.describe('When it happened (first day)'),
  endDate: PartialDate.optional().describe('Last day, for events over several days'),
  places: z.array(Location).optional(),
  participants: refs('person').optional(),
  organizations: refs('organization').optional(),
  outcomes: z.array(Statement).optional(),
  agreements: refs('agreement').optional().describe('Agreements signed at the event'),
  projects: refs('project').optional(),
  frameworks: refs('framework').optional(),
  areas: refs('area').optional(),
  partnershipLevel: ref('partnership level')
    .optional()
    .describe('A partnership level this event established'),
  ...recordCommon,
});
