import MiniSearch, { type Options } from 'minisearch';
import { COLLECTIONS, type Collection } from '../constants.js';
import { localizedTexts } from '../localize.js';
import type { AnyRecord, Dataset } from '../schema/dataset.js';
import type { Localized } from '../schema/primitives.js';

/** One searchable document per record; ids are unique across collections, so the record id is the key. */
export interface SearchDocument {
  id: string;
  collection: Collection;
  names: string;
  aliases: string;
  summary: string;
}

/** Kazakh letters folded onto their Russian neighbours, so `Қазақстан` and `Казахстан`-style typing meet. */
const FOLD: Record<string, string> = {
  қ: 'к',
  ғ: 'г',
  ң: 'н',
  ү: 'у',
  ұ: 'у',
  ө: 'о',
  һ: 'х',
  і: 'и',
  ә: 'а',
  ё: 'е',
  й: 'и',
  ı: 'i',
  ø: 'o',
  ł: 'l',
  ß: 'ss',
};
const FOLD_RE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');
const HAN = /\p{Script=Han}/u;

/** Lower-case, without diacritics (Zhanatas = Žanatas), Kazakh letters folded. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(FOLD_RE, (c) => FOLD[c] ?? c);
}

/** Words: runs of letters and digits. */
export const tokenize = (text: string): string[] => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Chinese has no spaces: a run of Han characters is indexed whole, per character and per pair of
 * characters, so that 风电 finds 扎纳塔斯风电场.
 */
const PLAIN = /^[a-z0-9]*$/;

export function processTerm(term: string): string | string[] | null {
  const lower = term.toLowerCase();
  if (PLAIN.test(lower)) return lower || null; // most terms: nothing to fold
  const t = normalizeText(term);
  if (!t) return null;
  if (!HAN.test(t)) return t;
  const chars = [...t];
  const out = new Set<string>([t, ...chars]);
  chars.slice(1).forEach((c, i) => out.add(chars[i] + c));
  return [...out];
}

/** At query time a run of two or more Han characters matches by pairs only: single characters are too common. */
export function processQueryTerm(term: string): string | string[] | null {
  const terms = processTerm(term);
  if (!Array.isArray(terms) || terms.length === 0) return terms;
  const pairs = terms.filter((t) => [...t].length >= 2);
  return pairs.length > 0 ? pairs : terms;
}

const localizedValues = (l: Localized | undefined): string[] => (l ? localizedTexts(l) : []);

/** The English display name of any record (name, or title for events, agreements and indicators). */
export function titleOf(record: AnyRecord): Localized {
  const r = record as { name?: Localized; title?: Localized; id: string };
  return r.name ?? r.title ?? { en: r.id };
}

export function searchDocument(collection: Collection, record: AnyRecord): SearchDocument {
  const r = record as AnyRecord & { aliases?: string[]; formerIds?: string[]; summary?: Localized };
  return {
    id: record.id,
    collection,
    names: localizedValues(titleOf(record)).join(' \n '),
    aliases: [
      ...(r.aliases ?? []),
      record.id.replace(/-/g, ' '),
      ...(r.formerIds ?? []).map((f) => f.replace(/-/g, ' ')),
    ].join(' \n '),
    summary: localizedValues(r.summary).join(' \n '),
  };
}

export function* searchDocuments(dataset: Dataset): Generator<SearchDocument> {
  for (const c of COLLECTIONS) for (const r of dataset[c]) yield searchDocument(c, r);
}

/** The options the index is built and loaded with: a prebuilt index only loads with the same options. */
export const SEARCH_INDEX_OPTIONS: Options<SearchDocument> = {
  fields: ['names', 'aliases', 'summary'],
  storeFields: ['collection'],
  tokenize,
  processTerm,
};

/** A new index over every record of the dataset. */
export function buildSearchIndex(dataset: Dataset): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(SEARCH_INDEX_OPTIONS);
  index.addAll([...searchDocuments(dataset)]);
  return index;
}

/** A serialized index (as built by `buildSearchIndex(...).toJSON()`), as a JSON string or parsed object. */
export type SerializedIndex = string | object;

/** Whether an index holds exactly the given record ids, no more, no fewer. */
export function indexesExactly(
  index: MiniSearch<SearchDocument>,
  ids: ReadonlyMap<string, unknown>,
): boolean {
  if (index.documentCount !== ids.size) return false;
  // MiniSearch keeps short ids → record ids in `_documentIds` (not public API: the version is pinned).
  const documentIds = (index as unknown as { _documentIds: Map<number, string> })._documentIds;
  for (const id of documentIds.values()) if (!ids.has(id)) return false;
  return true;
}

export function loadSearchIndex(serialized: SerializedIndex): MiniSearch<SearchDocument> {
  return typeof serialized === 'string'
    ? MiniSearch.loadJSON<SearchDocument>(serialized, SEARCH_INDEX_OPTIONS)
    : MiniSearch.loadJS<SearchDocument>(
        serialized as Parameters<typeof MiniSearch.loadJS>[0],
        SEARCH_INDEX_OPTIONS,
      );
}
