import type { Locale } from '../constants.js';

/** One label in every language of the dataset. */
export type Label = Record<Locale, string>;
/** A group of labels by key (a sector, a status, a unit…). */
export type Group = Record<string, Label>;

/** The forms of a counting phrase by plural category (CLDR: one, few, many, other…); `#` is the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
/** A counting phrase in every language. */
export type CountPhrase = Record<Locale, PluralForms>;
