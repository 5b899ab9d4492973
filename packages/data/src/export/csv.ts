import { COLLECTIONS, type Collection, LOCALES } from '../constants.js';
import type { Dataset } from '../schema/dataset.js';

type Cell = string | number | boolean;
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLocalized = (v: unknown): v is Record<string, string> & { translated?: string[] } =>
  isObj(v) &&
  typeof v.en === 'string' &&
  Object.keys(v).every(
    (k) => k === 'translated' || ((LOCALES as readonly string[]).includes(k) && typeof v[k] === 'string'),
  );
/** The keys a claim can have (`src/schema/claim.ts`). */
const CLAIM_KEYS = new Set([
  'value',
  'amount',
  'unit',
  'currency',
  'year',
  'sources',
  'reportedBy',
  'asOf',
  'note',
]);
/**
 * A claim: a value with its sources and nothing else. Financing entries (lender, kind, amount) and
 * indicator targets (value, deadline, text) also have an amount or a value, but several of them are
 * several facts, not conflicting reports of one, so they are labelled like any other list.
 */
const isClaim = (v: unknown): v is Obj =>
  isObj(v) &&
  Array.isArray(v.sources) &&
  ('value' in v || 'amount' in v) &&
  Object.keys(v).every((k) => CLAIM_KEYS.has(k));
const isClaimList = (v: unknown): v is Obj[] => Array.isArray(v) && v.length > 0 && v.every(isClaim);

const scalar = (v: unknown): Cell | undefined =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : undefined;

/** One claim as text: `350 GWh/year (China Daily)`, `150000000 USD 2020`. */
function claimText(c: Obj): string {
  const value = 'value' in c ? c.value : c.amount;
  const parts = [String(value), c.unit, c.currency, c.year].filter((p) => p !== undefined && p !== '');
  return parts.join(' ') + (typeof c.reportedBy === 'string' ? ` (${c.reportedBy})` : '');
}

/**
 * A short label for one element of a list of objects: participants (`org (role)`), financing
 * (`org (loan, 1500000000 USD 2011)`), places, facts, series...
 */
function label(o: Obj): string {
  for (const key of ['org', 'person', 'name', 'id', 'title', 'text', 'label']) {
    const v = o[key];
    const text = typeof v === 'string' ? v : isLocalized(v) ? v.en : undefined;
    if (!text) continue;
    const amount =
      typeof o.amount === 'number'
        ? claimText({ amount: o.amount, currency: o.currency, year: o.year })
        : undefined;
    const details = [o.role ?? o.kind, amount].filter((d) => typeof d === 'string' && d !== '');
    return details.length > 0 ? `${text} (${details.join(', ')})` : text;
  }
  return Object.values(o)
    .map(scalar)
    .filter((v) => v !== undefined)
    .join(' ');
}

/**
 * One record as flat columns. Localized text becomes `field.en`, `field.ru`...; a list of claims becomes
 * its first (primary) value in `field`, with its unit, currency, year, asOf and reporter in `field.unit`...,
 * and the other reported values `;`-joined in `field.others`; lists become `;`-joined labels; nested objects
 * flatten to dotted names. Citations of single claims stay in the JSON (the CSV lists record sources).
 */
export function flattenRecord(
  record: Obj,
  prefix = '',
  out: Map<string, Cell> = new Map(),
): Map<string, Cell> {
  for (const [key, v] of Object.entries(record)) {
    const name = prefix + key;
    if (v === undefined || v === null) continue;
    const s = scalar(v);
    if (s !== undefined) out.set(name, s);
    else if (isLocalized(v))
      for (const l of LOCALES) {
        if (v[l] !== undefined) out.set(`${name}.${l}`, v[l] as string);
        // Which of those texts are the project's own translation, e.g. `ru kk`.
        if (l === 'en' && Array.isArray(v.translated)) out.set(`${name}.translated`, v.translated.join(' '));
      }
    else if (isClaimList(v)) {
      const [primary, ...others] = v as [Obj, ...Obj[]];
      const value = scalar('value' in primary ? primary.value : primary.amount);
      if (value !== undefined) out.set(name, value);
      for (const meta of ['unit', 'currency', 'year', 'asOf', 'reportedBy']) {
        const m = scalar(primary[meta]);
        if (m !== undefined) out.set(`${name}.${meta}`, m);
      }
      if (others.length > 0) out.set(`${name}.others`, others.map(claimText).join('; '));
    } else if (Array.isArray(v)) {
      const items = v.map((x) => (isObj(x) ? label(x) : isLocalized(x) ? x.en : String(x)));
      out.set(name, items.join('; '));
      // The first place of a record also gets its own columns, so a spreadsheet can map it.
      if (key === 'places' && isObj(v[0])) flattenRecord(pick(v[0], PLACE_COLUMNS), `${name}.`, out);
    } else if (isObj(v)) flattenRecord(v, `${name}.`, out);
  }
  return out;
}

const PLACE_COLUMNS = ['place', 'country', 'region', 'lon', 'lat', 'precision'];
const pick = (o: Obj, keys: string[]): Obj =>
  Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));

/**
 * Spreadsheet programs run cells that start with these as formulas; such text gets a leading `'`. Text
 * that already starts with `'` before one of them gets one more, so that `parseCsv(…, { unguard: true })`
 * can take exactly one away and give back the original text.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** One RFC 4180 field: quoted when it holds a comma, quote or line break; formula-injection safe. */
export function csvCell(value: Cell | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Columns in first-seen order, kept together by top-level field (`name.en`, `name.it`, `name.ru`...). */
function columnsOf(rows: Map<string, Cell>[]): string[] {
  const seen = [...new Set(['id', ...rows.flatMap((r) => [...r.keys()])])];
  const top = (c: string) => c.split('.')[0] ?? c;
  const groupOrder = [...new Set(seen.map(top))];
  return groupOrder.flatMap((g) => seen.filter((c) => top(c) === g));
}

/** Records as CSV (RFC 4180: CRLF line ends, header row), one row per record, columns in first-seen order. */
export function toCsv(records: readonly object[], options: { columns?: string[] } = {}): string {
  const rows = records.map((r) => flattenRecord(r as Obj));
  const columns = options.columns ?? columnsOf(rows);
  const lines = [columns.map((c) => csvCell(c)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row.get(c))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Every collection of a dataset (and its sources) as CSV text, keyed by collection name. */
export function datasetToCsv(dataset: Dataset): Record<Collection | 'sources', string> {
  const out = {} as Record<Collection | 'sources', string>;
  for (const c of COLLECTIONS) out[c] = toCsv(dataset[c]);
  out.sources = toCsv(dataset.sources);
  return out;
}

export interface ParseCsvOptions {
  /** Take away the `'` that `toCsv` puts before text a spreadsheet would run as a formula (default: keep it). */
  unguard?: boolean;
}

/**
 * Parse RFC 4180 CSV text into rows of fields, the inverse of `toCsv`: formula guards are left in place,
 * or taken away with `{ unguard: true }` so that every text cell comes back exactly as written.
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  if (!options.unguard) return rows;
  return rows.map((r) => r.map((f) => (GUARDED.test(f) ? f.slice(1) : f)));
}
