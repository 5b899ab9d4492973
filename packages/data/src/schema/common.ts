import { z } from 'zod';
import { Id, SourceKey } from './primitives.js';
import { SourceMap } from './source.js';

/** The anchors' own ids for the same thing, so a record can be joined to their datasets. */
export const ExternalIds = z
  .strictObject({
    aiddata: z
      .array(z.number().int().positive())
      .min(1)
      .optional()
      .describe('AidData Global Chinese Development Finance project ids (one per loan or grant)'),
    gem: z
      .array(
        z
          .string()
          .regex(
            /^(?:OG\d{7}|[A-Z]\d{4,12})$/,
            'use a Global Energy Monitor id such as G100000407479, OG0012597 or P2299',
          ),
      )
      .min(1)
      .optional()
      .describe('Global Energy Monitor unit, field or pipeline ids'),
    wikidata: z
      .string()
      .regex(/^Q[1-9]\d*$/, 'use a Wikidata item id such as Q1234')
      .optional()
      .describe('Wikidata item id'),
  })
  .describe("Ids of the same thing in the anchors' datasets");
export type ExternalIds = z.infer<typeof ExternalIds>;

/** Fields every record file has. */
export const recordCommon = {
  namedInSeed: z
    .boolean()
    .optional()
    .describe('True when the seed article (Xi Jinping’s July 2024 signed article) names it'),
  formerIds: z.array(Id).optional().describe('Ids this record had before a rename, so links never break'),
  externalIds: ExternalIds.optional(),
  distinctFrom: z
    .array(Id)
    .min(1)
    .optional()
    .describe('Records of the same collection with a similar name that are really different things'),
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
