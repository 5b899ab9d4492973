import type { AnyRecord, Related } from '@dostyk/data';
import { LOCALES } from '@/i18n/routing';

const LANGS = new Set<string>([...LOCALES, 'translated']);

/** A `Localized` text: `en` and, optionally, the other languages and the `translated` list. */
const isLocalized = (v: unknown): v is Record<string, unknown> & { en: string } =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  typeof (v as { en?: unknown }).en === 'string' &&
  Object.keys(v).every((k) => LANGS.has(k));

/**
 * A value with every localized text cut down to what a page in `locale` shows: that language (and its
 * `translated` mark) when it exists, English otherwise. `keepEnglish` keeps English beside it (a record's
 * own name, which its citation gives in English); English is otherwise an empty string, as the Localized
 * shape requires one. `localize` and `recordTitle` read the result as they read the whole text.
 */
export function localizeDeep<T>(value: T, locale: string, keepEnglish = false): T {
  if (Array.isArray(value)) return value.map((v) => localizeDeep(v, locale, keepEnglish)) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (isLocalized(value)) {
    const own = value[locale];
    const out: Record<string, unknown> = {};
    if (typeof own === 'string' && own) {
      out[locale] = own;
      // A Localized text always has `en`; left empty, it is never read while the page's language has text.
      out.en = keepEnglish || locale === 'en' ? value.en : '';
    } else out.en = value.en;
    const translated = (value.translated as string[] | undefined)?.filter((l) => l in out);
    if (translated?.length) out.translated = translated;
    return out as T;
  }
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, localizeDeep(v, locale, keepEnglish)]),
  ) as T;
}

/**
 * What a page needs of a record it only links to: its id, its name in the page's language, and the two
 * facts link lists show (a project's umbrella and current status).
 */
export function linkForm(record: AnyRecord, locale: string): AnyRecord {
  const r = record as AnyRecord & Record<string, unknown>;
  const out: Record<string, unknown> = { id: r.id };
  if (r.name) out.name = localizeDeep(r.name, locale);
  if (r.title) out.title = localizeDeep(r.title, locale);
  if (r.partOf) out.partOf = r.partOf;
  if (Array.isArray(r.status))
    out.status = (r.status as { value: string; asOf?: string }[]).map(({ value, asOf }) =>
      asOf ? { value, asOf } : { value },
    );
  return out as AnyRecord;
}

/** A record's links both ways as ids; the page looks each up in its kit (one copy per linked record). */
export interface RelatedIds {
  outgoing: Record<string, string[]>;
  incoming: Record<string, string[]>;
  similar: string[];
}

export function relatedIds(related: Related): RelatedIds {
  const each = (group: Related['outgoing']) =>
    Object.fromEntries(Object.entries(group).map(([c, records]) => [c, (records ?? []).map((r) => r.id)]));
  return {
    outgoing: each(related.outgoing),
    incoming: each(related.incoming),
    similar: related.similar.map((r) => r.id),
  };
}
