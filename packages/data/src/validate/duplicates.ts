import type { Collection } from '../constants.js';
import { normalizeText, tokenize } from '../query/search.js';
import type { Finding } from './checks.js';

/** A checked record as the duplicate rule sees it. */
export interface DuplicateCandidate {
  collection: Collection;
  id: string;
  file: string;
  record: Record<string, unknown>;
}

/** How two names are compared: case, diacritics, punctuation and spacing do not count. */
export const nameKey = (name: string): string => tokenize(normalizeText(name)).join(' ');

/** The English name (or title) and the aliases of a record, each with the path it is written at. */
function namesOf(
  record: Record<string, unknown>,
): { key: string; text: string; path: (string | number)[] }[] {
  const out: { key: string; text: string; path: (string | number)[] }[] = [];
  for (const field of ['name', 'title'] as const) {
    const en = (record[field] as { en?: unknown } | undefined)?.en;
    if (typeof en === 'string') out.push({ key: nameKey(en), text: en, path: [field, 'en'] });
  }
  const aliases = record.aliases;
  if (Array.isArray(aliases))
    aliases.forEach((a, i) => {
      if (typeof a === 'string') out.push({ key: nameKey(a), text: a, path: ['aliases', i] });
    });
  return out.filter((n) => n.key !== '');
}

/** The anchors' ids of a record, e.g. `aiddata 38282`, with their paths. */
function externalIdsOf(record: Record<string, unknown>): { key: string; path: (string | number)[] }[] {
  const ext = (record.externalIds ?? {}) as Record<string, unknown>;
  const out: { key: string; path: (string | number)[] }[] = [];
  for (const [scheme, value] of Object.entries(ext)) {
    if (Array.isArray(value))
      value.forEach((v, i) => out.push({ key: `${scheme} ${v}`, path: ['externalIds', scheme, i] }));
    else if (value !== undefined) out.push({ key: `${scheme} ${value}`, path: ['externalIds', scheme] });
  }
  return out;
}

const distinct = (a: DuplicateCandidate, b: DuplicateCandidate) =>
  ((a.record.distinctFrom as string[] | undefined) ?? []).includes(b.id) ||
  ((b.record.distinctFrom as string[] | undefined) ?? []).includes(a.id);

/**
 * Two records of one collection are one thing when they share a normalized English name or alias, unless
 * one lists the other in `distinctFrom`; they are one thing whenever they share an external id. Each finding
 * is reported on the later file (by path) and names the earlier one, so both files are named.
 */
export function checkDuplicates(records: DuplicateCandidate[]): Map<DuplicateCandidate, Finding[]> {
  const found = new Map<DuplicateCandidate, Finding[]>();
  const report = (r: DuplicateCandidate, f: Finding) => (found.get(r) ?? found.set(r, []).get(r))?.push(f);
  const sorted = [...records].sort((a, b) => a.file.localeCompare(b.file));
  const byName = new Map<string, DuplicateCandidate[]>();
  const byExternal = new Map<string, DuplicateCandidate>();
  const ids = new Map<string, Set<string>>();
  for (const r of sorted)
    (ids.get(r.collection) ?? ids.set(r.collection, new Set()).get(r.collection))?.add(r.id);

  for (const r of sorted) {
    const reported = new Set<DuplicateCandidate>();
    for (const n of namesOf(r.record)) {
      const key = `${r.collection}\u0000${n.key}`;
      const earlier = byName.get(key) ?? [];
      for (const other of earlier) {
        if (other === r || distinct(r, other) || reported.has(other)) continue;
        reported.add(other);
        report(r, {
          path: n.path,
          message: `"${n.text}" is also the name or an alias of ${other.file}`,
          hint: `merge the two (keep the old id in formerIds) or add distinctFrom: [${other.id}] if they are different things`,
        });
      }
      if (!earlier.includes(r)) byName.set(key, [...earlier, r]);
    }
    for (const x of externalIdsOf(r.record)) {
      const key = `${r.collection}\u0000${x.key}`;
      const other = byExternal.get(key);
      if (other && other !== r)
        report(r, {
          path: x.path,
          message: `${x.key} is also an external id of ${other.file}`,
          hint: 'one external id names one thing: merge the two records (keep the old id in formerIds)',
        });
      else byExternal.set(key, r);
    }
    ((r.record.distinctFrom as string[] | undefined) ?? []).forEach((id, i) => {
      if (id === r.id)
        report(r, { path: ['distinctFrom', i], message: 'a record cannot be distinct from itself' });
      else if (!ids.get(r.collection)?.has(id))
        report(r, {
          path: ['distinctFrom', i],
          message: `no record "${id}" in ${r.collection}/`,
          hint: 'distinctFrom names a record of the same collection',
        });
    });
  }
  return found;
}
