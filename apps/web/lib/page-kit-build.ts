import type { AnyRecord, DatasetSource as Source } from '@dostyk/data';
import { currentStatus } from '@dostyk/data';
import { dataset, query, sourceOf } from './data';
import { formatMoney, formatNumber, formatPartialDate } from './format';
import { linePath, project } from './geo';
import { countryName } from './i18n-helpers';
import { linkForm } from './localized-props';
import {
  computedKey,
  formatsAlike,
  type LinkedRecord,
  languageName,
  type PageData,
  type PageKit,
  type PageRecord,
} from './page-kit';
import { regionName } from './regions';

/** A looked-up record in its props form (see `LinkedRecord`). */
function linked({ collection, record }: PageRecord, locale: string): LinkedRecord {
  const { id: _, status, ...rest } = linkForm(record, locale) as Record<string, unknown>;
  const out: LinkedRecord = { c: collection, ...rest };
  if (Array.isArray(status)) out.s = currentStatus({ status } as Parameters<typeof currentStatus>[0]);
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
    money: (a, c, compact = false) => note('money', [a, c, compact], formatMoney(a, c, locale, compact)),
    country: (c) => note('country', [c], countryName(c, locale)),
    region: (c) => note('region', [c], regionName(c, locale)),
    language: (c) => note('language', [c ?? null], languageName(c, locale)),
    project: (lon, lat) => note('project', [lon, lat], project(lon, lat)),
    line: (coords) => note('line', [coords], linePath(coords)),
    data: () => ({
      records: Object.fromEntries([...records].map(([id, r]) => [id, linked(r, locale)])),
      // A source list shows publisher, title, link, date, language and archive; not the id or kind.
      sources: Object.fromEntries(
        [...sources].map(([id, { id: _, kind: __, ...shown }]) => [id, shown as Source]),
      ),
      computed,
      version: dataset.version,
      ...(dataset.generated ? { generated: dataset.generated } : {}),
    }),
  };
}
