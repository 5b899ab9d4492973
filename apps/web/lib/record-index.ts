import { type Collection, dataset, query } from './data';
import { formatPartialDate } from './format';
import { countryName } from './i18n-helpers';
import { localizeDeep } from './localized-props';
import { recordTitle } from './records';

export type IndexCollection = 'people' | 'organizations' | 'frameworks' | 'places' | 'events' | 'agreements';

/** One row of a list page: the record's name in the page's language, its kind, a detail, and back-links. */
export interface IndexRow {
  id: string;
  name: unknown;
  kind?: string;
  /** A country (people, organizations) or a date (events, agreements), formatted for the page. */
  detail?: string;
  /** How many records name this one. */
  links: number;
}

/** Every record of a collection as list rows, sorted as the page shows them (newest first when dated). */
export function indexRows(collection: IndexCollection, locale: string): IndexRow[] {
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-CN' : locale);
  const dated = collection === 'events' || collection === 'agreements';
  const rows = (dataset[collection as Collection] as { id: string; kind?: string }[]).map((r) => {
    const rec = r as Record<string, unknown> & { id: string };
    const rel = query.related(r.id);
    const links = Object.values(rel.incoming).reduce((n, list) => n + (list?.length ?? 0), 0);
    let detail: string | undefined;
    let sortKey = recordTitle(rec, locale).text;
    if (collection === 'people' || (collection === 'organizations' && rec.country)) {
      detail = countryName(String(rec.country), locale);
    } else if (dated) {
      const d = (rec[collection === 'events' ? 'date' : 'signed'] as { value: string }[] | undefined)?.[0]
        ?.value;
      detail = d ? formatPartialDate(d, locale) : undefined;
      sortKey = d ?? '';
    }
    const row: IndexRow = { id: r.id, name: localizeDeep(rec.name ?? rec.title, locale), links };
    if (r.kind) row.kind = r.kind;
    if (detail) row.detail = detail;
    return { row, sortKey };
  });
  rows.sort((a, b) => (dated ? b.sortKey.localeCompare(a.sortKey) : collator.compare(a.sortKey, b.sortKey)));
  return rows.map((r) => r.row);
}
