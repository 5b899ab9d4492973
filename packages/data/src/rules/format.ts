/**
 * Per-locale formatting of what the dataset holds: record titles, region names, numbers, money, partial
 * dates and quantities. Plain Intl, so the same functions run in Node, in the browser and in the terminal.
 * Every formatter is built once per locale and options: building one costs far more than using it.
 */
import { LOCALES, type Locale } from '../constants.js';
import { localize } from '../localize.js';
import type { LocalizedText } from '../query/types.js';
import type { Localized } from '../schema/primitives.js';
import { REGIONS } from '../schema/regions.js';

const isLocale = (l: string): l is Locale => (LOCALES as readonly string[]).includes(l);

/** The BCP 47 tag Intl gets for one of the dataset's locales. */
export const intlLocale = (locale: string): string =>
  locale === 'zh' ? 'zh-CN' : isLocale(locale) ? locale : 'en';

type Titled = { id?: unknown; name?: unknown; title?: unknown };
const isLocalized = (v: unknown): v is Localized =>
  !!v && typeof v === 'object' && typeof (v as { en?: unknown }).en === 'string';

/**
 * The display name of any record in a locale: `name` (projects, people, organizations...) or `title`
 * (events, agreements, indicators), English with `fallback: true` when the locale has none, the id when the
 * record has neither.
 */
export function recordTitle(record: unknown, locale: string): LocalizedText {
  const r = (record ?? {}) as Titled;
  const text = isLocalized(r.name) ? r.name : isLocalized(r.title) ? r.title : undefined;
  if (!text)
    return { text: typeof r.id === 'string' ? r.id : '', fallback: false, lang: 'en', translated: false };
  return localize(text, locale);
}

/** A region's name in the locale (`KZ-31` → Zhambyl Region), English where it has no name, the code when unknown. */
export function regionName(code: string, locale: string): string {
  const r = REGIONS[code] as Record<string, string | undefined> | undefined;
  return r ? (r[locale] ?? r.en ?? code) : code;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(locale), options);
    numberFormats.set(key, f);
  }
  return f;
}

/** 150,000,000 in English, 150.000.000 in Italian, 150 000 000 in Russian; at most two decimals. */
export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, { maximumFractionDigits: 2, ...options }).format(value);
}

/** Money in full ("US$150,000,000") or compact ("$150M") notation; an unknown currency code after the number. */
export function formatMoney(amount: number, currency: string, locale: string, compact = false): string {
  try {
    return numberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: compact ? 1 : 0,
      ...(compact ? { notation: 'compact' } : {}),
    }).format(amount);
  } catch {
    return `${formatNumber(amount, locale)} ${currency}`;
  }
}

/** A quantity with its unit as the dataset writes it: "2,000 MW", "2 000 MW". */
export const formatQuantity = (value: number, unit: string, locale: string): string =>
  `${formatNumber(value, locale)} ${unit}`;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, parts: 1 | 2 | 3): Intl.DateTimeFormat {
  const key = `${locale}:${parts}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(locale), {
      timeZone: 'UTC',
      year: 'numeric',
      ...(parts >= 2 ? { month: 'long' } : {}),
      ...(parts === 3 ? { day: 'numeric' } : {}),
    });
    dateFormats.set(key, f);
  }
  return f;
}

/**
 * Kazakh months, written out here because some browsers' Intl has no Kazakh data (headless Chromium formats
 * `kk` dates as "2020 M03 3"); the pattern is CLDR's, as Node's full ICU gives it, so server and browser
 * render the same text.
 */
const KAZAKH_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

/** `2019` → "2019", `2019-07` → "July 2019", `2019-07-15` → "July 15, 2019", each in the locale's words. */
export function formatPartialDate(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return date;
  const parts = d !== undefined ? 3 : m !== undefined ? 2 : 1;
  const month = m !== undefined ? KAZAKH_MONTHS[m - 1] : undefined;
  if (locale === 'kk' && parts > 1 && month)
    return parts === 3 ? `${y} ж. ${d} ${month}` : `${y} ж. ${month}`;
  return dateFormat(locale, parts).format(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
}

const pluralRules = new Map<string, Intl.PluralRules>();
/** The plural category of a count in the locale (one, few, many, other...). */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let r = pluralRules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(intlLocale(locale));
    pluralRules.set(locale, r);
  }
  return r.select(count);
}

/** Picks the plural form of a message set such as `{one: '# project', other: '# projects'}`; # is the count. */
export function plural(
  locale: string,
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>>,
): string {
  const form = forms[pluralCategory(locale, count)] ?? forms.other ?? '';
  return form.replace('#', formatNumber(count, locale));
}
