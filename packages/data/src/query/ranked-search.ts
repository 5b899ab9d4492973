import type MiniSearch from 'minisearch';
import type { Collection } from '../constants.js';
import { and, countBits, forEachBit } from './bits.js';
import { processQueryTerm, type SearchDocument, STOP_WORDS, tokenize } from './search.js';

/**
 * Search over a MiniSearch index without MiniSearch's query executor, which scores every document of
 * every expansion of every term before combining them (a common word, prefix-expanded, scores most of the
 * dataset). Here terms are AND-combined starting from the rarest, only the surviving documents are
 * scored, and only the best `limit` are kept. Each posting scores as in MiniSearch's BM25, with the same
 * weights; words combine differently (a plain sum, typos tolerated only in words the index lacks).
 *
 * It reads MiniSearch's index structures (the radix tree and the per-field postings), which are not
 * public API: the version is pinned in the workspace catalog, and the tests check prebuilt and fresh
 * indexes rank alike.
 */

/** field id → document short id → term frequency */
export type FieldTermData = Map<number, Map<number, number>>;
/** The vocabulary: the look-ups of MiniSearch's radix tree a search makes. */
export interface TermIndex {
  get(term: string): FieldTermData | undefined;
  atPrefix(prefix: string): Iterable<[string, FieldTermData]>;
  fuzzyGet(term: string, maxDistance: number): Map<string, [FieldTermData, number]>;
}
/** What a search reads of a MiniSearch index (or of the shipped index read shard by shard). */
export interface IndexInternals {
  _index: TermIndex;
  _documentIds: Map<number, string>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _storedFields: Map<number, Record<string, unknown> | undefined>;
}

/**
 * Per-document facts the scoring reads, in typed arrays indexed by MiniSearch's short document ids (Map
 * lookups per posting were most of a search's time), built once per index. Our indexes are never changed
 * after they are built or loaded, so the table never goes stale.
 */
interface DocTable {
  /** Field lengths: document × fieldCount + field. */
  lengths: Float64Array;
  fieldCount: number;
  collections: (Collection | undefined)[];
  /** Scratch sums, NaN when a document is not being scored; reset after every search. */
  scores: Float64Array;
  /** Scratch list of the documents being scored, in the order first met (a growing array made every
   *  search allocate, and at 100× the garbage collector's pauses set the slowest searches' times). */
  order: Int32Array;
  /** Scratch bitsets over the documents for the AND of the words (a fresh pair per search was garbage). */
  candidates: Uint32Array;
  bits: Uint32Array;
}
const tables = new WeakMap<IndexInternals, DocTable>();

function docTable(ix: IndexInternals): DocTable {
  const cached = tables.get(ix);
  if (cached) return cached;
  let size = 0;
  for (const doc of ix._documentIds.keys()) if (doc + 1 > size) size = doc + 1;
  const fieldCount = Object.keys(ix._fieldIds).length;
  const lengths = new Float64Array(size * fieldCount);
  for (const [doc, ls] of ix._fieldLength)
    for (let f = 0; f < fieldCount; f++) lengths[doc * fieldCount + f] = ls[f] ?? 0;
  const collections = new Array<Collection | undefined>(size);
  for (const [doc, stored] of ix._storedFields) collections[doc] = stored?.collection as Collection;
  const table = {
    lengths,
    fieldCount,
    collections,
    scores: new Float64Array(size).fill(Number.NaN),
    order: new Int32Array(size),
    candidates: new Uint32Array((size + 31) >>> 5),
    bits: new Uint32Array((size + 31) >>> 5),
  };
  tables.set(ix, table);
  return table;
}

export interface RankedResult {
  id: string;
  collection: Collection;
  score: number;
}

/** Field boosts: a match in a name outweighs one in a summary. */
const FIELD_BOOST: Record<string, number> = { names: 3, aliases: 2, summary: 1 };
/** Projects rank a little above other records with the same match: they are what most searches are for. */
const COLLECTION_BOOST: Partial<Record<Collection, number>> = { projects: 1.5, events: 1.1, agreements: 1.1 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/**
 * One posting's share of a document's score: MiniSearch's BM25 for a term `freq` times in a field `length`
 * words long (fields average `average`), times `factor` (the expansion's weight × the field's boost × idf).
 * A plain function, not a closure per posting list: V8 inlines it and the sums never leave registers.
 */
function bm25(factor: number, freq: number, length: number, average: number): number {
  const norm = 1 - BM25.b + (BM25.b * length) / average;
  return factor * (BM25.d + (freq * (BM25.k + 1)) / (freq + BM25.k * norm));
}

interface Expansion {
  data: FieldTermData;
  weight: number;
}
interface QueryTerm {
  expansions: Expansion[];
  /** Upper bound of the documents it matches (sum of posting sizes). */
  size: number;
}

/**
 * The last word is a prefix (the user is still typing it); a word over 4 letters that the index does not
 * have tolerates one typo in 5.
 */
function expand(index: IndexInternals['_index'], term: string, last: boolean): QueryTerm {
  const expansions: Expansion[] = [];
  const seen = new Set<string>();
  const exact = index.get(term);
  if (exact) expansions.push({ data: exact, weight: 1 });
  seen.add(term);
  if (last && term.length > 1) {
    for (const [t, data] of index.atPrefix(term)) {
      if (seen.has(t)) continue;
      seen.add(t);
      expansions.push({
        data,
        weight: (PREFIX_WEIGHT * t.length) / (t.length + 0.3 * (t.length - term.length)),
      });
    }
  }
  // Fuzzy matching walks the whole vocabulary tree: only for words the index has neither whole nor as a
  // prefix, which are the misspelt ones.
  // The budget counts one letter more than the folded term has: folding turns Zh, Kh and Dzh into one letter,
  // so "zhanatsa" (two edits from "zhanatas" by a swap) keeps the two edits its spelling deserves.
  if (term.length > 4 && expansions.length === 0) {
    const maxDistance = Math.min(6, Math.round((term.length + 1) * 0.2));
    if (maxDistance > 0) {
      for (const [t, [data, distance]] of index.fuzzyGet(term, maxDistance)) {
        if (seen.has(t) || !distance) continue;
        seen.add(t);
        expansions.push({ data, weight: (FUZZY_WEIGHT * t.length) / (t.length + distance) });
      }
    }
  }
  let size = 0;
  for (const e of expansions) for (const docs of e.data.values()) size += docs.size;
  return { expansions, size };
}

/** One posting list (document → term frequency) as two typed arrays, documents ascending. */
interface Postings {
  docs: Int32Array;
  freqs: Float64Array;
}
const postingCache = new WeakMap<Map<number, number>, Postings>();

/**
 * A posting list as typed arrays, built on its first use and kept: walking typed arrays costs a fraction
 * of iterating or probing MiniSearch's Maps, and the same words come back search after search.
 */
function postingsOf(list: Map<number, number>): Postings {
  let cached = postingCache.get(list);
  if (!cached) {
    const docs = Int32Array.from(list.keys()).sort();
    const freqs = Float64Array.from(docs, (d) => list.get(d) ?? 0);
    cached = { docs, freqs };
    postingCache.set(list, cached);
  }
  return cached;
}

/** Fills `bits` with the documents a term matches (any expansion, any field), by short document id. */
function termBits(term: QueryTerm, bits: Uint32Array): Uint32Array {
  bits.fill(0);
  for (const e of term.expansions)
    for (const list of e.data.values()) {
      const { docs } = postingsOf(list);
      for (let k = 0; k < docs.length; k++) {
        const d = docs[k] as number;
        bits[d >>> 5] = (bits[d >>> 5] as number) | (1 << (d & 31));
      }
    }
  return bits;
}

/** Clears the candidates that no list of `term` holds; returns how many are left. */
function keepMatching(candidates: Uint32Array, term: QueryTerm): number {
  const lists = term.expansions.flatMap((e) => [...e.data.values()].map((list) => postingsOf(list).docs));
  let left = 0;
  forEachBit(candidates, (doc) => {
    if (lists.some((docs) => docs[lowerBound(docs, doc, 0, docs.length)] === doc)) left++;
    else candidates[doc >>> 5] = (candidates[doc >>> 5] as number) & ~(1 << (doc & 31));
  });
  return left;
}

/** The first place in `docs[lo, hi)` (ascending) whose document is not below `doc`, by bisection. */
function lowerBound(docs: Int32Array, doc: number, lo: number, hi: number): number {
  let l = lo;
  let h = hi;
  while (l < h) {
    const mid = (l + h) >>> 1;
    if ((docs[mid] as number) < doc) l = mid + 1;
    else h = mid;
  }
  return l;
}

/**
 * The documents having every term (given rarest first, so that an empty result stops early), as a bitset;
 * a common term is checked per remaining candidate rather than turned into a bitset.
 */
function andCandidates(terms: QueryTerm[], table: DocTable): Uint32Array {
  const { candidates, bits } = table;
  candidates.fill(0);
  let first = true;
  let count = 0;
  for (const term of terms) {
    if (first) {
      termBits(term, candidates);
      count = countBits(candidates);
      first = false;
    } else if (term.size > 16 * count) count = keepMatching(candidates, term);
    else {
      termBits(term, bits);
      and(candidates, bits);
      count = countBits(candidates);
    }
    if (count === 0) break;
  }
  return candidates;
}

/**
 * Ranked results for `text`, best first (ties by index order). `combine` AND keeps documents matching every
 * word; OR any. `limit` keeps only the best (undefined: all, scored).
 */
export function rankedSearch(
  miniSearch: MiniSearch<SearchDocument> | IndexInternals,
  text: string,
  options: { combine: 'AND' | 'OR'; collections?: Set<Collection>; limit?: number },
): RankedResult[] {
  const ix = miniSearch as unknown as IndexInternals;
  const words = tokenize(text)
    .flatMap((w) => processQueryTerm(w) ?? [])
    .filter(Boolean);
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  const terms = (meaningful.length > 0 ? meaningful : words).map((w, i, all) =>
    expand(ix._index, w, i === all.length - 1),
  );
  if (terms.length === 0) return [];

  const table = docTable(ix);
  if (options.combine === 'AND') terms.sort((a, b) => a.size - b.size);
  const candidates = options.combine === 'AND' ? andCandidates(terms, table) : undefined;

  const { lengths, collections, fieldCount, scores, order } = table;
  const fields = Object.entries(ix._fieldIds).map(([name, id]) => ({ id, boost: FIELD_BOOST[name] ?? 1 }));
  const total = ix._documentCount;
  const wanted = options.collections;
  // Documents being scored are order[0, touched), in the order first met; `scores` holds their sums.
  let touched = 0;
  try {
    if (candidates)
      forEachBit(candidates, (doc) => {
        if (wanted && !wanted.has(collections[doc] as Collection)) return;
        scores[doc] = 0;
        order[touched++] = doc;
      });
    for (const term of terms) {
      for (const e of term.expansions) {
        for (const f of fields) {
          const list = e.data.get(f.id);
          if (!list) continue;
          // MiniSearch's BM25, with what is constant over one posting list computed once.
          const idf = Math.log(1 + (total - list.size + 0.5) / (list.size + 0.5));
          const factor = e.weight * f.boost * idf;
          const average = ix._avgFieldLength[f.id] ?? 1;
          const field = f.id;
          const { docs, freqs } = postingsOf(list);
          if (options.combine !== 'AND') {
            // OR (the fallback when no document has every word): every posting counts.
            for (let k = 0; k < docs.length; k++) {
              const doc = docs[k] as number;
              const sum = scores[doc] as number;
              const add = bm25(
                factor,
                freqs[k] as number,
                lengths[doc * fieldCount + field] as number,
                average,
              );
              if (Number.isNaN(sum)) {
                scores[doc] = add;
                order[touched++] = doc;
              } else scores[doc] = sum + add;
            }
            continue;
          }
          // AND: a list far shorter than the candidates is walked alone (the scores mark the candidates);
          // otherwise each candidate (ascending) is looked for in the list (ascending) from the last one's place.
          if (docs.length * 8 < touched) {
            for (let k = 0; k < docs.length; k++) {
              const doc = docs[k] as number;
              const sum = scores[doc] as number;
              if (!Number.isNaN(sum))
                scores[doc] =
                  sum +
                  bm25(factor, freqs[k] as number, lengths[doc * fieldCount + field] as number, average);
            }
            continue;
          }
          // Galloping: from where the last candidate was found, leaps that double until past the candidate,
          // then bisection inside the last leap; short gaps cost a step or two, long ones a logarithm.
          let k = 0;
          const n = docs.length;
          for (let t = 0; t < touched; t++) {
            const doc = order[t] as number;
            let hi = k;
            let step = 1;
            while (hi < n && (docs[hi] as number) < doc) {
              k = hi + 1;
              hi += step;
              step <<= 1;
            }
            k = lowerBound(docs, doc, k, Math.min(hi, n));
            if (k >= n) break;
            if (docs[k] === doc)
              scores[doc] =
                (scores[doc] as number) +
                bm25(factor, freqs[k] as number, lengths[doc * fieldCount + field] as number, average);
          }
        }
      }
    }
    return best(ix, table, touched, wanted, options.limit);
  } finally {
    for (let t = 0; t < touched; t++) scores[order[t] as number] = Number.NaN;
  }
}

/** The best `limit` of the scored documents (all without a limit), best first, ties in the order met. */
function best(
  ix: IndexInternals,
  table: DocTable,
  touched: number,
  wanted: Set<Collection> | undefined,
  limit: number | undefined,
): RankedResult[] {
  const { collections, scores, order } = table;
  const boosted = (doc: number) =>
    (scores[doc] as number) * (COLLECTION_BOOST[collections[doc] as Collection] ?? 1);
  const result = (doc: number, score: number): RankedResult | undefined => {
    const id = ix._documentIds.get(doc);
    return id === undefined ? undefined : { id, collection: collections[doc] as Collection, score };
  };
  if (limit === undefined) {
    const all: RankedResult[] = [];
    for (let t = 0; t < touched; t++) {
      const doc = order[t] as number;
      if (wanted && !wanted.has(collections[doc] as Collection)) continue;
      const r = result(doc, boosted(doc));
      if (r) all.push(r);
    }
    return all.sort((a, b) => b.score - a.score);
  }
  // With a limit, the best so far sit in two small typed arrays kept in order (an insertion per document
  // that beats the last of them); objects are made only for the ones returned.
  const topDocs = new Int32Array(limit);
  const topScores = new Float64Array(limit);
  let kept = 0;
  for (let t = 0; t < touched; t++) {
    const doc = order[t] as number;
    if (wanted && !wanted.has(collections[doc] as Collection)) continue;
    if (!ix._documentIds.has(doc)) continue;
    const score = boosted(doc);
    if (kept === limit && score <= (topScores[limit - 1] as number)) continue;
    let i = kept < limit ? kept++ : limit - 1;
    // Equal scores stay behind the ones met earlier.
    for (; i > 0 && (topScores[i - 1] as number) < score; i--) {
      topScores[i] = topScores[i - 1] as number;
      topDocs[i] = topDocs[i - 1] as number;
    }
    topScores[i] = score;
    topDocs[i] = doc;
  }
  const out: RankedResult[] = [];
  for (let i = 0; i < kept; i++) {
    const r = result(topDocs[i] as number, topScores[i] as number);
    if (r) out.push(r);
  }
  return out;
}
