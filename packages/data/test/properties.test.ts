/**
 * Property-based tests (fast-check) of the schemas, the validator, the exports and the query API, on
 * generated valid record sets (see `arbitraries.ts`) and on the real dataset. Seeded: a failure prints its
 * seed and path; `DOSTYK_FC_SEED=<n>` explores other inputs, `DOSTYK_FC_RUNS=<k>` runs k times as many.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, LOCALES } from '../src/constants.js';
import { datasetToCsv, flattenRecord, parseCsv, toCsv } from '../src/export/csv.js';
import { Dataset } from '../src/schema/dataset.js';
import { formatProblem, validateRecords } from '../src/validate/index.js';
import {
  byId,
  configureFastCheck,
  expectedDataset,
  runs,
  toYamlInputs,
  validRecordSet,
} from './arbitraries.js';

configureFastCheck();

type Obj = Record<string, unknown>;
const all = (d: Dataset) => [...COLLECTIONS, 'sources' as const].map((c) => [c, d[c] as Obj[]] as const);

describe('generated record sets are valid', () => {
  it('the expected build of any generated set passes the Dataset schema', () => {
    fc.assert(
      fc.property(validRecordSet(), (records) => {
        const result = Dataset.safeParse(expectedDataset(records));
        expect(result.error?.issues ?? []).toEqual([]);
      }),
      { numRuns: runs(40) },
    );
  });
});

describe('(a) round trips', () => {
  it('any valid dataset survives JSON.stringify / JSON.parse unchanged', () => {
    fc.assert(
      fc.property(validRecordSet(), (records) => {
        const dataset = expectedDataset(records);
        expect(JSON.parse(JSON.stringify(dataset))).toEqual(dataset);
      }),
      { numRuns: runs(40) },
    );
  });

  it('CSV export + parseCsv: one row per record, every id, every exported cell intact', () => {
    fc.assert(
      fc.property(validRecordSet(), (records) => {
        const dataset = expectedDataset(records);
        const csv = datasetToCsv(dataset);
        for (const [collection, list] of all(dataset)) {
          const [header = [], ...rows] = parseCsv(csv[collection], { unguard: true });
          expect(rows).toHaveLength(list.length);
          expect(new Set(header).size).toBe(header.length);
          expect(header[0]).toBe('id');
          list.forEach((record, i) => {
            const row = rows[i] ?? [];
            expect(row).toHaveLength(header.length);
            // A column no record fills is not written: its cells read as empty.
            const cell = (column: string) => (header.includes(column) ? row[header.indexOf(column)] : '');
            expect(cell('id')).toBe(record.id);
            // Every column the writer flattened comes back as written, and no other cell is filled.
            const flat = flattenRecord(record);
            for (const column of header)
              expect(cell(column)).toBe(flat.has(column) ? String(flat.get(column)) : '');
            expectPrimaryValues(record, cell);
          });
        }
      }),
      { numRuns: runs(30) },
    );
  });

  it('the CSV writer and parser round-trip any cell exactly: commas, quotes, line breaks, formulas', () => {
    const cellValue = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.string({ unit: 'grapheme', maxLength: 10 }),
      fc
        .array(
          fc.constantFrom(',', '"', '\r', '\n', '\r\n', "'", '=', '+', '-', '@', '\t', ' ', 'a', '😀', 'ש'),
          {
            maxLength: 8,
          },
        )
        .map((xs) => xs.join('')),
      fc.double(),
      fc.integer(),
      fc.boolean(),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.array(cellValue, { minLength: 5, maxLength: 5 })),
        (width, table) => {
          const columns = Array.from({ length: width }, (_, i) => `c${i}`);
          const records = table.map((cells) => Object.fromEntries(columns.map((c, i) => [c, cells[i]])));
          const parsed = parseCsv(toCsv(records, { columns }), { unguard: true });
          expect(parsed).toEqual([
            columns,
            ...table.map((cells) => cells.slice(0, width).map((v) => String(v))),
          ]);
        },
      ),
      { numRuns: runs(300) },
    );
  });
});

/** What the CSV promises for a record: its English and localized names and the primary value of each claim list. */
function expectPrimaryValues(record: Obj, cell: (column: string) => string | undefined) {
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      expect(cell(key)).toBe(String(value));
    else if (isLocalized(value)) for (const l of LOCALES) expect(cell(`${key}.${l}`)).toBe(value[l] ?? '');
    else if (CLAIM_FIELDS.has(key)) expectClaims(key, value, cell);
    else if (key === 'dates' || key === 'quantities')
      for (const [k, v] of Object.entries(value as Obj)) expectClaims(`${key}.${k}`, v, cell);
  }
}
const CLAIM_FIELDS = new Set([
  'status',
  'cost',
  'date',
  'signed',
  'inForce',
  'born',
  'founded',
  'since',
  'diplomaticRelations',
]);
function expectClaims(column: string, claims: unknown, cell: (column: string) => string | undefined) {
  const [primary, ...others] = claims as Obj[];
  if (!primary) return;
  const value = 'amount' in primary ? primary.amount : primary.value;
  expect(cell(column)).toBe(String(value));
  if (typeof value === 'number') expect(Number(cell(column))).toBe(value);
  for (const meta of ['unit', 'currency', 'asOf', 'reportedBy'])
    expect(cell(`${column}.${meta}`)).toBe(primary[meta] === undefined ? '' : String(primary[meta]));
  expect(cell(`${column}.others`) === '').toBe(others.length === 0);
}
const isLocalized = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.entries(v).every(([k, x]) => LOCALES.includes(k as never) && typeof x === 'string');

describe('(b) the validator on YAML files', () => {
  it('accepts the YAML of any valid record set and builds exactly the expected dataset', async () => {
    await fc.assert(
      fc.asyncProperty(validRecordSet(), async (records) => {
        const { problems, dataset } = await validateRecords(toYamlInputs(records), {
          version: '0.0.0',
          generated: '2026-01-01',
        });
        expect(problems.map(formatProblem)).toEqual([]);
        const expected = expectedDataset(records);
        for (const [collection, list] of all(expected))
          expect(byId((dataset?.[collection] ?? []) as { id: string }[])).toEqual(
            byId(list as { id: string }[]),
          );
      }),
      { numRuns: runs(15) },
    );
  });
});
