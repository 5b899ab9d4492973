import { z } from 'zod';
import { SOURCE_KINDS } from '../constants.js';
import { HttpUrl, Id, PartialDate, Text } from './primitives.js';

export { SOURCE_KINDS, type SourceKind } from '../constants.js';

/** A published source: the page a claim was read from. */
export const Source = z
  .strictObject({
    url: HttpUrl.describe('Address of the page that was read'),
    publisher: Text.describe('Who published it (outlet, ministry, company)'),
    title: Text.optional().describe('Title of the page or document, as published; leave out when not seen'),
    date: PartialDate.optional().describe('Publication date, as the page shows it'),
    accessed: PartialDate.optional().describe(
      'The date the page was read: given when the page shows no publication date',
    ),
    kind: z
      .enum(SOURCE_KINDS)
      .describe(
        'Kind of publisher: official-cn, official-kz, intergovernmental, company, bank, press, research, or aggregator (reprints, blogs, content farms)',
      ),
    note: Text.optional().describe(
      'What could not be seen (no title or date on the page, only an excerpt was read) or how the page relates to its origin',
    ),
    language: z
      .string()
      .regex(/^[a-z]{2}(-[A-Za-z]{2,4})?$/, 'use a language code such as en, ru, kk, zh or it')
      .optional()
      .describe('Language of the page'),
    archived: HttpUrl.optional().describe('An archived copy of the page'),
  })
  .describe('A source that was read');
export type Source = z.infer<typeof Source>;

/** Record files declare their sources once, by short key; claims cite the keys. */
export const SourceMap = z
  .record(
    z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'source keys are lower-case letters, digits, - and _'),
    Source,
  )
  .refine((m) => Object.keys(m).length > 0, 'declare at least one source')
  .describe('Sources of this record, by key');

/** A source in the built dataset, merged by URL across records, with a global id. */
export const DatasetSource = Source.extend({ id: Id.describe('Global source id derived from the URL') });
export type DatasetSource = z.infer<typeof DatasetSource>;
