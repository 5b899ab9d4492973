/**
 * `@dostyk/data/labels`: the label catalogue. Every value of the model's lists (sectors, subsectors,
 * statuses, roles, milestones, record kinds, units, quantity names, source kinds…) and the counting
 * phrases, in the five languages of the dataset, with CLDR plural rules. Web and terminal show these and
 * keep only their own interface strings.
 */
import { COLLECTIONS, type Collection, KIND_OF, LOCALES, type Locale } from '../constants.js';
import * as catalogue from './catalogue.js';
import { counts } from './counts.js';
import { quantities } from './quantities.js';
import { subsectors } from './subsectors.js';
import type { CountPhrase, Group, PluralForms } from './types.js';

export { KIND_OF } from '../constants.js';
export type { CountPhrase, Group, Label, PluralForms } from './types.js';

/** Every label group, by name. */
export const LABELS = { ...catalogue, subsectors, quantities } satisfies Record<string, Group>;
export type LabelGroup = keyof typeof LABELS;
export const LABEL_GROUPS = Object.keys(LABELS) as LabelGroup[];

/** Every counting phrase, by the noun it counts. */
export const COUNTS: Record<keyof typeof counts, CountPhrase> = counts;
export type CountNoun = keyof typeof counts;

/** A supported locale for any language tag (`ru-RU` → `ru`); English for anything else. */
export function labelLocale(locale: string | undefined): Locale {
  const base = String(locale ?? '')
    .toLowerCase()
    .split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : 'en';
}

/** `gas-pipeline` → `gas pipeline`: what a key without a label shows (never an empty cell). */
const plainKey = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ');

/** Whether the catalogue has a label for `key` in `group`. */
export function hasLabel(group: LabelGroup, key: string): boolean {
  return Object.hasOwn(LABELS[group], key);
}

/** The label of `key` in `group`, in `locale`; a key the catalogue lacks shows as plain words. */
export function label(group: LabelGroup, key: string, locale: string): string {
  const entry = (LABELS[group] as Group)[key];
  return entry && Object.hasOwn(LABELS[group], key) ? entry[labelLocale(locale)] : plainKey(key);
}

/** All labels of a group in one locale, by key (for front ends that pass a table to a component). */
export function labelsOf(group: LabelGroup, locale: string): Record<string, string> {
  const lang = labelLocale(locale);
  return Object.fromEntries(Object.entries(LABELS[group] as Group).map(([k, l]) => [k, l[lang]]));
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const INTL_TAG: Record<Locale, string> = { en: 'en', it: 'it', ru: 'ru', kk: 'kk', zh: 'zh-CN' };

/** The CLDR plural category of `n` in `locale` (ru: 1 → one, 122 → few, 5 → many). */
export function pluralCategory(n: number, locale: string): Intl.LDMLPluralRule {
  const lang = labelLocale(locale);
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(INTL_TAG[lang]);
    pluralRules.set(lang, rules);
  }
  return rules.select(n);
}

function formatNumber(n: number, lang: Locale): string {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(INTL_TAG[lang], { maximumFractionDigits: 2 });
    numberFormats.set(lang, f);
  }
  return f.format(n);
}

/**
 * The form of `forms` for `n` in `locale`, `#` replaced by the number (formatted for the locale unless
 * `formatted` gives the text to use).
 */
export function plural(forms: PluralForms, n: number, locale: string, formatted?: string): string {
  const form = forms[pluralCategory(n, locale)] ?? forms.other;
  return form.replace(/#/g, formatted ?? formatNumber(n, labelLocale(locale)));
}

/** "122 projects", "122 проекта", "122 жоба", "122 个项目". */
export function countLabel(noun: CountNoun, n: number, locale: string, formatted?: string): string {
  return plural(COUNTS[noun][labelLocale(locale)], n, locale, formatted);
}

/** The plural forms as one ICU MessageFormat message over `{count}`, for ICU formatters (next-intl). */
export function icuPlural(forms: PluralForms, variable = 'count'): string {
  const cases = Object.entries(forms).map(([category, text]) => `${category} {${text}}`);
  return `{${variable}, plural, ${cases.join(' ')}}`;
}

/** The record kinds' labels keyed by collection (`projects` → "Project"), for tables keyed by collection. */
export function kindLabelsByCollection(locale: string): Record<Collection, string> {
  const kinds = labelsOf('kinds', locale);
  return Object.fromEntries(COLLECTIONS.map((c) => [c, kinds[KIND_OF[c]] ?? KIND_OF[c]])) as Record<
    Collection,
    string
  >;
}
