import { compareDates } from '../dates.js';
import type { Reference } from '../references.js';
import { UNSAFE_CHARS } from '../schema/primitives.js';
import { MILESTONES } from '../schema/project.js';

type Rec = Record<string, unknown>;
export interface Finding {
  path: (string | number)[];
  message: string;
  hint?: string;
  severity?: 'error' | 'warning';
}

/** Half of a surrogate pair: a string cut in the middle of an emoji, not valid Unicode text. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every string anywhere in a record, with its path: no control or escape characters may hide in any. */
export function unsafeText(value: unknown, path: (string | number)[] = []): Finding[] {
  if (typeof value === 'string') {
    if (UNSAFE_CHARS.test(value))
      return [
        { path, message: 'contains a control or escape character', hint: 'remove it; plain text only' },
      ];
    if (LONE_SURROGATE.test(value))
      return [
        { path, message: 'contains a lone surrogate, not Unicode text', hint: 'save the file as UTF-8' },
      ];
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => unsafeText(v, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [
      ...(UNSAFE_CHARS.test(k)
        ? [{ path: [...path, k], message: 'field name contains a control character' }]
        : []),
      ...unsafeText(v, [...path, k]),
    ]);
  }
  return [];
}

const isKeyList = (v: unknown): v is unknown[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number');

/** Every `sources: [key]` list inside a record (not the top-level `sources` map), with its path. */
export function citations(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; key: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => citations(v, [...path, i]));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => {
    // A list of keys, not a quantity metric that happens to be called `sources`.
    if (((k === 'sources' && path.length > 0) || k === 'summarySources') && isKeyList(v)) {
      return v.map((key, i) => ({ path: [...path, k, i], key: String(key) }));
    }
    if (k === 'sources' && path.length === 0) return [];
    return citations(v, [...path, k]);
  });
}

/** Claims must cite declared sources; declared sources should be cited. */
export function checkCitations(record: Rec): Finding[] {
  const declared = new Set(Object.keys((record.sources as Rec | undefined) ?? {}));
  const cited = citations(record);
  const out: Finding[] = cited
    .filter((c) => !declared.has(c.key))
    .map((c) => ({
      path: c.path,
      message: `cites unknown source "${c.key}"`,
      hint: `declare it under sources: (declared: ${[...declared].join(', ') || 'none'})`,
    }));
  const used = new Set(cited.map((c) => c.key));
  for (const key of declared) {
    if (!used.has(key)) {
      out.push({
        path: ['sources', key],
        message: `source "${key}" is declared but no claim cites it`,
        hint: 'cite it on the claims it supports, or remove it',
        severity: 'warning',
      });
    }
  }
  return out;
}

const first = (claims: unknown): string | undefined =>
  Array.isArray(claims) && typeof claims[0]?.value === 'string' ? claims[0].value : undefined;

/** Dates in a sensible order: project milestones in sequence, end after start, entry into force after signature. */
export function checkDateOrder(collection: string, record: Rec): Finding[] {
  const out: Finding[] = [];
  const before = (path: (string | number)[], a: string | undefined, b: string | undefined, what: string) => {
    if (a && b && compareDates(a, b) > 0)
      out.push({
        path,
        message: `${what} (${b}) comes before ${a}`,
        hint: 'check the dates against the sources',
      });
  };
  if (collection === 'projects' && record.dates) {
    const dates = record.dates as Rec;
    const seq = MILESTONES.filter((m) => m !== 'suspended' && m !== 'cancelled');
    let last: [string, string] | undefined;
    for (const m of seq) {
      const v = first(dates[m]);
      if (!v) continue;
      if (last) before(['dates', m], last[1], v, `${m} date`);
      last = [m, v];
    }
    const announced = first(dates.announced);
    for (const m of ['suspended', 'cancelled'] as const)
      before(['dates', m], announced, first(dates[m]), `${m} date`);
  }
  if (collection === 'events')
    before(['endDate'], first(record.date), record.endDate as string | undefined, 'endDate');
  if (collection === 'agreements')
    before(['inForce'], first(record.signed), first(record.inForce), 'inForce date');
  if (collection === 'people') {
    (record.roles as Rec[] | undefined)?.forEach((r, i) =>
      before(['roles', i, 'to'], r.from as string | undefined, r.to as string | undefined, 'role end'),
    );
  }
  if (collection === 'indicators') {
    (record.targets as Rec[] | undefined)?.forEach((t, i) =>
      before(
        ['targets', i, 'by'],
        t.announced as string | undefined,
        t.by as string | undefined,
        'target date',
      ),
    );
  }
  return out;
}

/** References must resolve to a record of the right collection. */
export function checkReferences(
  refs: Reference[],
  exists: (collection: string, id: string) => boolean,
): Finding[] {
  return refs
    .filter((r) => !exists(r.collection, r.id))
    .map((r) => ({
      path: r.path,
      message: `refers to unknown ${r.collection === 'levels' ? 'partnership level' : r.collection.replace(/s$/, '')} "${r.id}"`,
      hint: `add records/${r.collection}/${r.id}.yaml or fix the id`,
    }));
}
