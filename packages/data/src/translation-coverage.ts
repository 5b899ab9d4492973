import { COLLECTIONS, type Collection, LOCALES, type Locale } from './constants.js';
import type { Dataset } from './schema/dataset.js';

/** How many localized texts a part of the dataset has in one language. */
export interface LanguageCoverage {
  lang: Locale;
  /** Localized texts counted (every one has English). */
  texts: number;
  /** Texts with nothing in this language (readers see the English fallback). */
  missing: number;
  /** Texts in this language that are the project's own translation (listed in `translated`). */
  translated: number;
}

/** Coverage of the whole dataset and of each record's own name, title and summary (`projects.summary`). */
export interface TranslationCoverage {
  all: LanguageCoverage[];
  fields: Record<string, LanguageCoverage[]>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLocalized = (v: unknown): v is Obj & { en: string; translated?: string[] } =>
  isObj(v) &&
  typeof v.en === 'string' &&
  Object.keys(v).every((k) => k === 'translated' || (LOCALES as readonly string[]).includes(k));

/** The record fields whose coverage is reported on its own: what names a record and says what it is. */
const HEADLINE_FIELDS = ['name', 'title', 'summary'];

const empty = (): LanguageCoverage[] =>
  LOCALES.map((lang) => ({ lang, texts: 0, missing: 0, translated: 0 }));

const count = (into: LanguageCoverage[], text: Obj & { translated?: string[] }) => {
  for (const c of into) {
    c.texts++;
    if (typeof text[c.lang] !== 'string' || text[c.lang] === '') c.missing++;
    else if (text.translated?.includes(c.lang)) c.translated++;
  }
};

/**
 * Counts every localized text of every record (names, titles, summaries, fact texts, series labels…):
 * per language, how many are missing and how many are the project's own translation.
 */
export function translationCoverage(dataset: Dataset): TranslationCoverage {
  const all = empty();
  const fields: Record<string, LanguageCoverage[]> = {};
  const walk = (v: unknown, headline?: LanguageCoverage[]): void => {
    if (isLocalized(v)) {
      count(all, v);
      if (headline) count(headline, v);
    } else if (Array.isArray(v)) for (const x of v) walk(x);
    else if (isObj(v)) for (const x of Object.values(v)) walk(x);
  };
  for (const collection of COLLECTIONS) {
    for (const record of dataset[collection as Collection] as unknown as Obj[]) {
      for (const [key, value] of Object.entries(record)) {
        const headline = HEADLINE_FIELDS.includes(key) && isLocalized(value);
        if (headline) fields[`${collection}.${key}`] ??= empty();
        walk(value, headline ? fields[`${collection}.${key}`] : undefined);
      }
    }
  }
  return { all, fields };
}
