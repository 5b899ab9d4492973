/**
 * Locale-aware formatting of the dataset's partial dates, numbers, money and quantities.
 * Plain Intl, so the same helpers run on the server and in the browser.
 */

const intlTag = (locale: string): string => (locale === 'zh' ? 'zh-CN' : locale);

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, parts: 1 | 2 | 3): Intl.DateTimeFormat {
  const key = `${locale}:${parts}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlTag(locale), {
      timeZone: 'UTC',
      year: 'numeric',
      ...(parts >= 2 ? { month: 'long' } : {}),
      ...(parts === 3 ? { day: 'numeric' } : {}),
    });
    dateFormats.set(key, f);
  }
  return f;
}

/** `2019` → "2019", `2019-07` → "July 2019", `2019-07-15` → "July 15, 2019", each in the reader's language. */
export function formatPartialDate(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return date;
  const parts = d !== undefined ? 3 : m !== undefined ? 2 : 1;
  if (parts === 1) return dateFormat(locale, 1).format(Date.UTC(y, 0, 1));
  return dateFormat(locale, parts).format(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
}

// Building an Intl formatter loads locale data and costs far more than using one (on a phone, the projects
// page's count alone took tens of milliseconds per render): each is built once per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intlTag(locale), options);
    numberFormats.set(key, f);
  }
  return f;
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralRule(locale: string): Intl.PluralRules {
  let r = pluralRules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(intlTag(locale));
    pluralRules.set(locale, r);
  }
  return r;
}

export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, { maximumFractionDigits: 2, ...options }).format(value);
}

/** Money in full ("US$150,000,000") or compact ("$150M") notation. */
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

/** Picks the plural form of a message set such as `{one: '# project', other: '# projects'}`. */
export function plural(
  locale: string,
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>>,
): string {
  const rule = pluralRule(locale).select(count);
  const form = forms[rule] ?? forms.other ?? '';
  return form.replace('#', formatNumber(count, locale));
}
