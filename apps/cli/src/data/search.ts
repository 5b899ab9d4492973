import type { Collection, Query, SearchOptions } from '@dostyk/data';
import type { Lang, T } from '../i18n/messages.js';
import { KIND, titleOf } from './records.js';

/** A search hit as the terminal shows it: the record's name in the reader's language, its kind and date. */
export interface TerminalHit {
  id: string;
  collection: Collection;
  title: string;
  kindLabel: string;
  date?: string;
}

/**
 * The terminal's search, in the command and in the explorer alike: the data package's ranking as it
 * is (the web shows the same first results), laid out in the reader's language.
 */
export function searchHits(
  query: Query,
  text: string,
  lang: Lang,
  t: T,
  options: SearchOptions,
): TerminalHit[] {
  return query.search(text, options).map((h) => {
    const rec = query.get(h.id)?.record;
    return {
      id: h.id,
      collection: h.collection,
      title: rec ? titleOf(rec, lang).text : h.title,
      kindLabel: t(`kind.${KIND[h.collection]}`),
      ...(h.date ? { date: h.date } : {}),
    };
  });
}
