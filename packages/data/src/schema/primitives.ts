import { z } from 'zod';
import { LOCALES } from '../constants.js';

export { LOCALES } from '../constants.js';
export type Locale = (typeof LOCALES)[number];
export const Locale = z.enum(LOCALES);

/** Characters that must never reach a terminal or a page: C0/C1 controls (except tab and newline) and bidi overrides. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
export const UNSAFE_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Free text: not empty or blank, free of control and escape characters. */
export const Text = z
  .string()
  .min(1, { message: 'must not be empty', abort: true })
  // A name of spaces shows as nothing at all in a list.
  .regex(/\S/, 'must not be blank')
  .refine((s) => !UNSAFE_CHARS.test(s), 'contains a control or escape character')
  .describe('Plain text without control characters');

/** Stable record id: lower-case kebab-case, e.g. `zhanatas-wind-farm`. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens')
  .describe('Stable kebab-case id');

/** Key of a source declared in the same record's `sources` map. */
export const SourceKey = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'source keys are lower-case letters, digits, - and _')
  .describe('Key of a source in this record’s `sources`');

export const SourceRefs = z
  .array(SourceKey)
  .min(1, 'cite at least one source')
  .describe('Sources supporting the claim');

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A partial ISO date: `2019`, `2019-07` or `2019-07-15`. Partial dates sort correctly as strings,
 * and `compareDates` compares them at their common precision.
 */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use a partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => {
    const [y = 0, m, d] = s.split('-').map(Number);
    if (m !== undefined && (m < 1 || m > 12)) return false;
    if (m !== undefined && d !== undefined && (d < 1 || d > (DAYS[m - 1] ?? 31))) return false;
    // 29 February only in leap years: 2019-02-29 is not a day.
    if (m === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return false;
    return true;
  }, 'not a real calendar date')
  .describe('Partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD)');
export type PartialDate = z.infer<typeof PartialDate>;

/** ISO 3166-1 alpha-2 country code. */
export const Country = z.string().regex(/^[A-Z]{2}$/, 'use an ISO 3166-1 alpha-2 code such as KZ or CN');

/** ISO 4217 currency code. */
export const Currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'use an ISO 4217 currency code such as USD, CNY or KZT');

/** An absolute http(s) URL. */
export const HttpUrl = z
  .string()
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') && !UNSAFE_CHARS.test(s) && !/\s/.test(s);
    } catch {
      return false;
    }
  }, 'must be an absolute http(s) URL')
  .describe('Absolute http(s) URL');

/**
 * Text in several languages. English is required; the others fall back to English. `translated` lists the
 * languages whose text is the project's own translation rather than a name or text as published in that
 * language, so readers and tools can tell the two apart.
 */
export const Localized = z
  .strictObject({
    en: Text.describe('English (required)'),
    it: Text.optional().describe('Italian'),
    ru: Text.optional().describe('Russian'),
    kk: Text.optional().describe('Kazakh (Cyrillic)'),
    zh: Text.optional().describe('Chinese (simplified)'),
    translated: z
      .array(Locale)
      .min(1)
      .optional()
      .describe("Languages whose text here is the project's own translation, not as published"),
  })
  .superRefine((l, ctx) => {
    for (const lang of l.translated ?? []) {
      if (l[lang] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['translated'],
          message: `marks ${lang} as translated, but there is no ${lang} text`,
        });
    }
    if (new Set(l.translated).size !== (l.translated?.length ?? 0))
      ctx.addIssue({ code: 'custom', path: ['translated'], message: 'lists a language twice' });
  })
  .describe('Localized text: English required, other languages optional');
export type Localized = z.infer<typeof Localized>;
