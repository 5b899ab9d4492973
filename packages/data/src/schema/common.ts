import { z } from 'zod';
import { Id, SourceKey } from './primitives.js';
import { SourceMap } from './source.js';

/** Fields every record file has. */
export const recordCommon = {
  namedInSeed: z
    .boolean()
    .optional()
    .describe('True when the seed article (Xi Jinping’s July 2024 signed article) names it'),
  formerIds: z.array(Id).optional().describe('Ids this record had before a rename, so links never break'),
  summarySources: z
    .array(SourceKey)
    .min(1)
    .optional()
    .describe('Sources that support the name and summary as a whole'),
  sources: SourceMap,
};

/** Ids of records of a kind; the build checks that each resolves. */
export const ref = (kind: string) => Id.describe(`Id of a ${kind} record`);
export const refs = (kind: string) => z.array(ref(kind)).describe(`Ids of ${kind} records`);
