import type { AnyRecord, DatasetSource as Source } from '@dostyk/data';
import { currentStatus } from '@dostyk/data';
import { dataset, query, sourceOf } from './data';
import { formatMoney, formatNumber, formatPartialDate } from './format';
import { linePath, project } from './geo';
import { countryName } from './i18n-helpers';
import {
  computedKey,
  formatsAlike,
  type LinkedRecord,
  languageName,
  type PageData,
  type PageKit,
  type PageRecord,
} from './page-kit';
import { recordTitle } from './records';
import { regionName } from './regions';

/** A looked-up record in its props form (see `LinkedRecord`): its name as the page shows it, umbrella, status. */
export function linked(record: AnyRecord, locale: string): LinkedRecord {
  const r = record as AnyRecord & Record<string, unknown>;
  const out: LinkedRecord = {};
  const field = r.name ? 'n' : r.title ? 't' : undefined;
  if (field) {
    const l = recordTitle(r, locale);
    out[field] = l.text;
    if (l.fallback) out.e = 1;
  }
  if (typeof r.partOf === 'string') out.p = r.partOf;
  if (Array.isArray(r.status))
    out.s = currentStatus({ status: r.status } as Parameters<typeof currentStatus>[0]);
  return out;
}

/** What a source list shows (publisher, title, link, date, language, archive) and the rules read (date, publisher). */
const SHOWN_SOURCE_FIELDS = ['url', 'publisher', 'title', 'date', 'language', 'archived'] as const;
const shownSource = (s: Source) =>
  Object.fromEntries(SHOWN_SOURCE_FIELDS.flatMap((k) => (s[k] === undefined ? [] : [[k, s[k]]]))) as Source;

function byCollection(records: Map<string, PageRecord>, locale: string): PageData['records'] {
  const out: PageData['records'] = {};
  for (const [id, { collection, record }] of records) {
    out[collection] ??= {};
    out[collection][id] = linked(record, locale);
  }
  return out;
}

/**
 * A kit backed by the whole dataset that notes everything a render asks of it; `data()` then gives exactly
 * that, for the page's props (records in their link form, localized). Build time only.
 */
export function recordingKit(locale: string): PageKit & { data(): PageData } {
  const records = new Map<string, PageRecord>();
  const sources = new Map<string, Source>();
  const computed: Record<string, unknown> = {};
  const note = <T>(fn: string, args: unknown[], value: T): T => {
    computed[computedKey(fn, args)] = value === undefined ? null : value;
    return value;
  };
  const source = (id: string) => {
    const s = sourceOf(id);
    if (s) sources.set(id, s);
    return s;
  };
  return {
    locale,
    version: dataset.version,
    ...(dataset.generated ? { generated: dataset.generated } : {}),
    get(id) {
      const hit = query.get(id);
      if (!hit) return undefined;
      const found = { collection: hit.collection, record: hit.record as AnyRecord };
      records.set(id, found);
      return found;
    },
    source,
    sources: { get: source },
    date: (v) => note('date', [v], formatPartialDate(v, locale)),
    number: (v, o) =>
      formatsAlike(v, o)
        ? formatNumber(v, locale, o)
        : note('number', o ? [v, o] : [v], formatNumber(v, locale, o)),
    money: (a, c, compact = false) =>
      note('money', compact ? [a, c, true] : [a, c], formatMoney(a, c, locale, compact)),
    country: (c) => note('country', [c], countryName(c, locale)),
    region: (c) => note('region', [c], regionName(c, locale)),
    language: (c) => note('language', [c ?? null], languageName(c, locale)),
    project: (lon, lat) => note('project', [lon, lat], project(lon, lat)),
    line: (coords) => note('line', [coords], linePath(coords)),
    data: () => ({
      records: byCollection(records, locale),
      sources: Object.fromEntries([...sources].map(([id, s]) => [id, shownSource(s)])),
      computed,
      version: dataset.version,
      ...(dataset.generated ? { generated: dataset.generated } : {}),
    }),
  };
}
