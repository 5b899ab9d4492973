import { z } from 'zod';
import { HttpUrl, Id, PartialDate, Text } from './primitives.js';

/** A published source: the page a claim was read from. */
export const Source = z
  .strictObject({
    url: HttpUrl.describe('Address of the page that was read'),
    publisher: Text.describe('Who published it (outlet, ministry, company)'),
    title: Text.optional().describe('Title of the page or document, as published; leave out when not seen'),
    date: PartialDate.optional().describe('Publication date'),
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
