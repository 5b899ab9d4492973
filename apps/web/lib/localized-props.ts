import type { Related } from '@dostyk/data';
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
 * A record's links both ways, grouped by collection. In a page's props each entry is the position of the
 * record in `data.records[collection]` (which lists every record the page looked up, in order), so that a
 * hub page's hundred ids travel once, as those records' keys; `relatedIds` gives ids, `packRelated` positions.
 */
export interface RelatedIds {
  outgoing: Record<string, (string | number)[]>;
  incoming: Record<string, (string | number)[]>;
  /** Projects only (`similar` is a project page's list). */
  similar: (string | number)[];
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

type Keys = Record<string, Record<string, unknown>>;
type Entry = string | number;

/** One change applied to every list of a record's links, told which collection the list holds. */
function eachList<T>(related: RelatedIds, f: (collection: string, ids: Entry[]) => T[]) {
  const each = (g: RelatedIds['outgoing']) =>
    Object.fromEntries(Object.entries(g).map(([c, ids]) => [c, f(c, ids)]));
  return {
    outgoing: each(related.outgoing),
    incoming: each(related.incoming),
    similar: f('projects', related.similar),
  };
}

/** Ids → positions among the page's records; an id the page never looked up stays an id. */
export function packRelated(related: RelatedIds, records: Keys): RelatedIds {
  return eachList(related, (c, ids) => {
    const position = new Map(Object.keys(records[c] ?? {}).map((id, i) => [id, i]));
    return ids.map((id) => (typeof id === 'string' ? (position.get(id) ?? id) : id));
  });
}

/** Positions → ids, back from `packRelated`. */
export function unpackRelated(related: RelatedIds, records: Keys) {
  return eachList(related, (c, ids) => {
    const keys = Object.keys(records[c] ?? {});
    return ids.map((id) => (typeof id === 'number' ? (keys[id] as string) : id));
  });
}
