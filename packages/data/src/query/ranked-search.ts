import type MiniSearch from 'minisearch';
import type { Collection } from '../constants.js';
import { processQueryTerm, type SearchDocument, tokenize } from './search.js';

/**
 * Search over a MiniSearch index without MiniSearch's query executor, which scores every document of
 * every expansion of every term before combining them (a common word, prefix-expanded, scores most of the
 * dataset). Here terms are AND-combined starting from the rarest, only the surviving documents are
 * scored, and only the best `limit` are kept. Scores are MiniSearch's own BM25 with the same weights.
 *
 * It reads MiniSearch's index structures (the radix tree and the per-field postings), which are not
 * public API: the version is pinned in the workspace catalog, and the tests compare rankings.
 */

/** field id → document short id → term frequency */
type FieldTermData = Map<number, Map<number, number>>;
interface IndexInternals {
  _index: {
    get(term: string): FieldTermData | undefined;
    atPrefix(prefix: string): Iterable<[string, FieldTermData]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [FieldTermData, number]>;
  };
  _documentIds: Map<number, string>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _storedFields: Map<number, Record<string, unknown> | undefined>;
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
/** Words too common to narrow anything; dropped unless the query has nothing else. */
const STOP_WORDS = new Set([
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
]);

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
  if (term.length > 4 && expansions.length === 0) {
    const maxDistance = Math.min(6, Math.round(term.length * 0.2));
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

function has(term: QueryTerm, doc: number): boolean {
  for (const e of term.expansions) for (const docs of e.data.values()) if (docs.has(doc)) return true;
  return false;
}

function addDocs(term: QueryTerm, into: Set<number>): void {
  for (const e of term.expansions)
    for (const docs of e.data.values()) for (const d of docs.keys()) into.add(d);
}

/**
 * Ranked results for `text`, best first (ties by index order). `combine` AND keeps documents matching every
 * word; OR any. `limit` keeps only the best (undefined: all, scored).
 */
export function rankedSearch(
  miniSearch: MiniSearch<SearchDocument>,
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

  // Candidates: for AND, the rarest term's documents, narrowed by each next-rarest term in turn.
  let candidates = new Set<number>();
  if (options.combine === 'AND') {
    terms.sort((a, b) => a.size - b.size);
    const [first, ...rest] = terms as [QueryTerm, ...QueryTerm[]];
    addDocs(first, candidates);
    for (const term of rest) {
      if (candidates.size === 0) break;
      const next = new Set<number>();
      for (const d of candidates) if (has(term, d)) next.add(d);
      candidates = next;
    }
  }

  const fieldNames = Object.keys(ix._fieldIds);
  const fields = fieldNames.map((f) => ({ id: ix._fieldIds[f] as number, boost: FIELD_BOOST[f] ?? 1 }));
  const total = ix._documentCount;
  /** One posting's BM25 contribution, as MiniSearch computes it. */
  const contribution = (
    weight: number,
    boost: number,
    matching: number,
    freq: number,
    doc: number,
    field: number,
  ) => {
    const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
    const length = ix._fieldLength.get(doc)?.[field] ?? 0;
    const norm = 1 - BM25.b + (BM25.b * length) / (ix._avgFieldLength[field] ?? 1);
    return weight * boost * idf * (BM25.d + (freq * (BM25.k + 1)) / (freq + BM25.k * norm));
  };
  // OR (the fallback when no document has every word): walk each posting once, summing per document.
  const summed = new Map<number, number>();
  if (options.combine !== 'AND') {
    for (const term of terms) {
      for (const e of term.expansions) {
        for (const f of fields) {
          const docs = e.data.get(f.id);
          if (!docs) continue;
          for (const [doc, freq] of docs)
            summed.set(
              doc,
              (summed.get(doc) ?? 0) + contribution(e.weight, f.boost, docs.size, freq, doc, f.id),
            );
        }
      }
    }
    candidates = new Set(summed.keys());
  }

  const scored: RankedResult[] = [];
  let floor = -1; // with a limit: the lowest score still kept
  const limit = options.limit;
  for (const doc of candidates) {
    const id = ix._documentIds.get(doc);
    if (id === undefined) continue;
    const collection = ix._storedFields.get(doc)?.collection as Collection;
    if (options.collections && !options.collections.has(collection)) continue;
    let score = summed.get(doc) ?? 0;
    // AND: only the surviving documents are scored, by looking each of them up in each term's postings.
    if (options.combine === 'AND') {
      for (const term of terms) {
        for (const e of term.expansions) {
          for (const f of fields) {
            const docs = e.data.get(f.id);
            const freq = docs?.get(doc);
            if (freq && docs) score += contribution(e.weight, f.boost, docs.size, freq, doc, f.id);
          }
        }
      }
    }
    score *= COLLECTION_BOOST[collection] ?? 1;
    if (limit !== undefined && scored.length >= limit && score <= floor) continue;
    scored.push({ id, collection, score });
    if (limit !== undefined && scored.length > limit * 4) {
      // Keep the list short: sort, cut to the limit, and only accept scores above the new floor.
      scored.sort((a, b) => b.score - a.score);
      scored.length = limit;
      floor = scored[limit - 1]?.score ?? -1;
    }
  }
  scored.sort((a, b) => b.score - a.score);
  if (limit !== undefined && scored.length > limit) scored.length = limit;
  return scored;
}
