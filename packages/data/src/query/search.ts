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

/**
 * Latin spellings of one Kazakh or Russian name meet on one key: Zh, J and Dzh (Zhanatas, Janatas,
 * Dzhanatas), Kh and H (Khorgos, Horgos), Y and I, doubled letters (Kassym, Kasym) and the -yev, -iev, -ev
 * endings (Tokayev, Tokaev, Tokaiev). Index and query fold alike, so the key is never shown.
 */
export function foldLatin(word: string): string {
  if (!/[a-z]/.test(word)) return word;
  return word
    .replace(/dzh|zh|j/g, 'z')
    .replace(/kh/g, 'h')
    .replace(/y/g, 'i')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/iev$/, 'ev');
}

export function processTerm(term: string): string | string[] | null {
  const lower = term.toLowerCase();
  if (PLAIN.test(lower)) return lower ? foldLatin(lower) : null; // most terms: nothing else to fold
  const t = normalizeText(term);
  if (!t) return null;
  if (PLAIN.test(t)) return foldLatin(t); // Žanatas, Jañatas
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

/** Words an acronym skips ("Belt and Road Initiative" is BRI). */
const ACRONYM_SKIPS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'at', 'de']);
/** Kinds whose names are abbreviated in use (CNPC, SCO, BRI); events and agreements are not. */
const ABBREVIATED = new Set<Collection>(['organizations', 'frameworks', 'projects', 'areas', 'places']);

/**
 * The acronyms of a name, lower-case: the initials of its words with and without the small words
 * (China National Petroleum Corporation → cnpc; Belt and Road Initiative → bri, bari). Only names of 2 to 7 words.
 */
export function acronymsOf(name: string): string[] {
  const words = tokenize(normalizeText(name)).filter((w) => /^[a-z]/.test(w));
  if (words.length < 2 || words.length > 7) return [];
  const all = words.map((w) => w[0]).join('');
  const main = words
    .filter((w) => !ACRONYM_SKIPS.has(w))
    .map((w) => w[0])
    .join('');
  return [...new Set([main, all])].filter((a) => a.length >= 2);
}

/** The acronyms a record is found by: those of its English name, for kinds whose names are abbreviated. */
export function recordAcronyms(collection: Collection, record: AnyRecord): string[] {
  return ABBREVIATED.has(collection) ? acronymsOf(titleOf(record).en) : [];
}

export function searchDocument(collection: Collection, record: AnyRecord): SearchDocument {
  const r = record as AnyRecord & { aliases?: string[]; formerIds?: string[]; summary?: Localized };
  return {
    id: record.id,
    collection,
    names: localizedValues(titleOf(record)).join(' \n '),
    aliases: [
      ...(r.aliases ?? []),
      ...recordAcronyms(collection, record),
      record.id.replace(/-/g, ' '),
      ...(r.formerIds ?? []).map((f) => f.replace(/-/g, ' ')),
    ].join(' \n '),
    summary: localizedValues(r.summary).join(' \n '),
  };
}

/**
 * Words too common to narrow anything, as the index folds them ("by" is "bi"); a search drops them unless
 * the query has nothing else.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    'a',
    'an',
    'and',
    'at',
    'by',
    'for',
    'from',
    'in',
    'of',
    'on',
    'or',
    'the',
    'to',
    'with',
    'и',
    'в',
    'на',
  ].map(foldLatin),
);

/**
 * A text as the index sees it, as one key: its words processed and folded, joined by spaces, without the
 * stop words unless it has nothing else ("the Zhanatas wind farm" and "Zhanatas Wind Farm" are one key).
 */
export function searchKey(text: string): string {
  const words: string[] = [];
  for (const w of tokenize(text)) {
    const p = processTerm(w);
    const key = Array.isArray(p) ? p[0] : p;
    if (key) words.push(key);
  }
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  return (meaningful.length > 0 ? meaningful : words).join(' ');
}

/**
 * The keys that name a record exactly: its name or title in every language, its aliases and acronyms,
 * and for people each part of the name (people are searched by surname: "tokayev", "xi"). A query equal
 * to one of them ranks the record first.
 */
export function exactKeys(collection: Collection, record: AnyRecord): Set<string> {
  const r = record as AnyRecord & { aliases?: string[] };
  const keys = new Set<string>();
  const add = (text: string) => {
    const key = searchKey(text);
    if (key) keys.add(key);
  };
  for (const name of localizedValues(titleOf(record))) add(name);
  for (const alias of r.aliases ?? []) add(alias);
  for (const acronym of recordAcronyms(collection, record)) add(acronym);
  if (collection === 'people')
    for (const part of searchKey(titleOf(record).en).split(' ')) if (part.length >= 2) keys.add(part);
  return keys;
}

/** Exact names, aliases and acronyms (as search keys) → the ids of the records they name, in dataset order. */
export function buildExactIndex(dataset: Dataset): Map<string, string[]> {
  const exact = new Map<string, string[]>();
  for (const c of COLLECTIONS)
    for (const record of dataset[c])
      for (const key of exactKeys(c, record)) {
        const ids = exact.get(key);
        if (!ids) exact.set(key, [record.id]);
        else if (ids.at(-1) !== record.id) ids.push(record.id);
      }
  return exact;
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
  index: MiniSearch<SearchDocument> | { _documentCount: number; _documentIds: Map<number, string> },
  ids: ReadonlyMap<string, unknown>,
): boolean {
  // MiniSearch keeps the count and short ids → record ids in `_documentCount` and `_documentIds` (not
  // public API: the version is pinned).
  const internals = index as unknown as { _documentCount: number; _documentIds: Map<number, string> };
  if (internals._documentCount !== ids.size) return false;
  for (const id of internals._documentIds.values()) if (!ids.has(id)) return false;
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
