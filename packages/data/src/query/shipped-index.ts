/**
 * The search index as the package ships it for Node, split so that a fresh process reads only what its
 * first search needs. Loading the whole MiniSearch index (every word of five languages) is most of what a
 * first search costs; a word is looked up only as itself or as a prefix of longer words, and those all
 * begin with its first letter. So the vocabulary is split by first letter into shards, each a MiniSearch
 * serialization of its own words, read on the first look-up that reaches it. Typo matching compares
 * a word with the whole vocabulary: it loads the whole index (`search-index.json`), as before.
 *
 * Layout, in `dist/search-index/`: `base.json` (the index's documents and field lengths, no words; the list
 * of shards; the table of exact names), and one `<shard>.json` per shard (the `index` entries of
 * MiniSearch's serialization whose word falls in it, in the order the whole index lists them, so that each
 * shard's radix tree is the whole tree's branch and searches rank alike, ties included).
 */
import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { FieldTermData, IndexInternals, TermIndex } from './ranked-search.js';
import { SEARCH_INDEX_OPTIONS, type SearchDocument } from './search.js';

/** The folder of the split index, and the whole index, beside the package's `dist/` modules. */
export const SHARDED_INDEX_DIR = 'search-index';
export const WHOLE_INDEX_FILE = 'search-index.json';

/**
 * The shard of a word: its first letter when that is a digit, a Latin or a Cyrillic letter (a few hundred
 * words each), otherwise one of 48 groups of first characters (Chinese words start with thousands of
 * different characters).
 */
export function termShard(term: string): string {
  const cp = term.codePointAt(0);
  if (cp === undefined) return '';
  return cp < 0x500 ? String(cp) : `x${cp % 48}`;
}

type Entry = AsPlainObject['index'][number];
interface Base extends Omit<AsPlainObject, 'index'> {
  shards: string[];
  exact: [string, string[]][];
}

/** The files of the split index (name → JSON text) for a whole index and the table of exact names. */
export function splitSearchIndex(
  index: MiniSearch<SearchDocument>,
  exact: ReadonlyMap<string, string[]>,
): Map<string, string> {
  const { index: entries, ...rest } = index.toJSON();
  const shards = new Map<string, Entry[]>();
  for (const entry of entries) {
    const name = termShard(entry[0]);
    const list = shards.get(name);
    if (list) list.push(entry);
    else shards.set(name, [entry]);
  }
  const base: Base = { ...rest, shards: [...shards.keys()], exact: [...exact] };
  const files = new Map([['base.json', JSON.stringify(base)]]);
  for (const [name, list] of shards) files.set(`${name}.json`, JSON.stringify(list));
  return files;
}

/** The shipped index read lazily: what a search reads of an index, and the table of exact names. */
export interface ShippedIndex {
  index: IndexInternals;
  exact: Map<string, string[]>;
}

/**
 * Opens the split index through `read` (a file's text by its path under `dist/`, undefined when it cannot
 * be read). Reads `base.json` now, the shards on their first look-up; undefined without a readable base.
 */
export function openShippedIndex(read: (path: string) => string | undefined): ShippedIndex | undefined {
  const text = read(`${SHARDED_INDEX_DIR}/base.json`);
  if (text === undefined) return undefined;
  const { shards: names, exact, ...base } = JSON.parse(text) as Base;
  const listed = new Set(names);
  const docs = MiniSearch.loadJS<SearchDocument>({ ...base, index: [] }, SEARCH_INDEX_OPTIONS);
  const internals = docs as unknown as IndexInternals;
  // A shard's words go through MiniSearch's own loader, into an index without documents: only its radix tree is kept.
  const vocabulary = (index: Entry[]): TermIndex =>
    (
      MiniSearch.loadJS<SearchDocument>(
        { ...base, documentCount: 0, nextId: 0, documentIds: {}, fieldLength: {}, storedFields: {}, index },
        SEARCH_INDEX_OPTIONS,
      ) as unknown as IndexInternals
    )._index;
  const fail = (path: string): never => {
    throw new Error(`@dostyk/data: the shipped search index is incomplete (cannot read dist/${path})`);
  };

  const shards = new Map<string, TermIndex>();
  let whole: TermIndex | undefined;
  const wholeIndex = (): TermIndex => {
    if (!whole) {
      const json = read(WHOLE_INDEX_FILE) ?? fail(WHOLE_INDEX_FILE);
      whole = (MiniSearch.loadJSON<SearchDocument>(json, SEARCH_INDEX_OPTIONS) as unknown as IndexInternals)
        ._index;
    }
    return whole;
  };
  const EMPTY: TermIndex = vocabulary([]);
  const shardOf = (term: string): TermIndex => {
    if (whole) return whole;
    const name = termShard(term);
    if (!name) return wholeIndex();
    if (!listed.has(name)) return EMPTY;
    let shard = shards.get(name);
    if (!shard) {
      const path = `${SHARDED_INDEX_DIR}/${name}.json`;
      shard = vocabulary(JSON.parse(read(path) ?? fail(path)) as Entry[]);
      shards.set(name, shard);
    }
    return shard;
  };
  const terms: TermIndex = {
    get: (term: string): FieldTermData | undefined => shardOf(term).get(term),
    atPrefix: (prefix: string) => shardOf(prefix).atPrefix(prefix),
    fuzzyGet: (term: string, maxDistance: number) => wholeIndex().fuzzyGet(term, maxDistance),
  };
  return {
    index: {
      _index: terms,
      _documentIds: internals._documentIds,
      _fieldIds: internals._fieldIds,
      _fieldLength: internals._fieldLength,
      _avgFieldLength: internals._avgFieldLength,
      _documentCount: internals._documentCount,
      _storedFields: internals._storedFields,
    },
    exact: new Map(exact),
  };
}
