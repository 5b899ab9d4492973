import type { Query } from '@dostyk/data';
import type { Lang, T } from './i18n/messages.js';
import type { Output } from './output.js';

/** What every command gets: where to print, the language, and the query API (loaded on first use). */
export interface Context {
  out: Output;
  lang: Lang;
  t: T;
  query: () => Query;
}
