/**
 * Property-based tests (fast-check) of the schemas, the validator, the exports and the query API, on
 * generated valid record sets (see `arbitraries.ts`) and on the real dataset. Seeded: a failure prints its
 * seed and path; `DOSTYK_FC_SEED=<n>` explores other inputs, `DOSTYK_FC_RUNS=<k>` runs k times as many.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, LOCALES } from '../src/constants.js';
import { diffDatasets } from '../src/diff.js';
import { datasetToCsv, flattenRecord, parseCsv, toCsv } from '../src/export/csv.js';
import { toGeoJson } from '../src/export/geojson.js';
import { recordJsonSchemas } from '../src/export/json-schema.js';
import { createQuery } from '../src/query/index.js';
import { buildSearchIndex } from '../src/query/search.js';
import { Dataset } from '../src/schema/dataset.js';
import { UNSAFE_CHARS } from '../src/schema/primitives.js';
import { formatProblem, validateRecords } from '../src/validate/index.js';
import { formatPath, visible } from '../src/validate/problem.js';
import {
  byId,
  configureFastCheck,
  expectedDataset,
  type GeneratedRecord,
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
      { numRuns: runs(30) },
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
      { numRuns: runs(30) },
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

type Path = (string | number)[];
const isPlainObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Paths of the strict objects in a record file (every object but the `sources` and `quantities` maps). */
function strictObjects(v: unknown, path: Path = []): Path[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => strictObjects(x, [...path, i]));
  if (!isPlainObject(v)) return [];
  const isMap = path.length === 1 && (path[0] === 'sources' || path[0] === 'quantities');
  return [...(isMap ? [] : [path]), ...Object.entries(v).flatMap(([k, x]) => strictObjects(x, [...path, k]))];
}

/** Paths of every string value in a record file. */
function strings(v: unknown, path: Path = []): Path[] {
  if (typeof v === 'string') return [path];
  if (Array.isArray(v)) return v.flatMap((x, i) => strings(x, [...path, i]));
  if (isPlainObject(v)) return Object.entries(v).flatMap(([k, x]) => strings(x, [...path, k]));
  return [];
}

/** A copy of `root` with the value at `path` replaced by `update(value)`. */
function updateAt(root: unknown, path: Path, update: (v: unknown) => unknown): unknown {
  if (path.length === 0) return update(root);
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(root)) return root.map((x, i) => (i === head ? updateAt(x, rest, update) : x));
  return { ...(root as Obj), [head]: updateAt((root as Obj)[head], rest, update) };
}

/** Every field name any record schema knows, at any depth. */
function fieldNames(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const x of schema) fieldNames(x, out);
  if (!isPlainObject(schema)) return out;
  if (isPlainObject(schema.properties)) for (const k of Object.keys(schema.properties)) out.add(k);
  for (const x of Object.values(schema)) fieldNames(x, out);
  return out;
}
const KNOWN_KEYS = fieldNames(recordJsonSchemas());

/** A field name no schema has: random code units, prototype names, near-misses of real names. */
const unknownKey = fc
  .oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
    fc.constantFrom(
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'capcity',
      'Name',
      'name ',
      'en-GB',
      '<<',
      '1',
    ),
  )
  .filter((k) => !KNOWN_KEYS.has(k));

/** Control, escape and bidi characters, alone and as the sequences that clear or retitle a terminal. */
const unsafeText = fc
  .oneof(
    fc.integer({ min: 1, max: 0x1f }).filter((c) => c !== 0x09 && c !== 0x0a),
    fc.integer({ min: 0x7f, max: 0x9f }),
    fc.constantFrom(0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069),
  )
  .map((c) => String.fromCharCode(c));
const unsafeInsert = fc.oneof(
  unsafeText,
  fc.constantFrom(
    '\u001b[2J',
    '\u001b[3J\u001b[H',
    '\u001b]0;owned\u0007',
    '\u001b]8;;https://x\u001b\\',
    '\u0007',
    '\u009b31m',
    '\u202e',
  ),
);

describe('other exports and the changelog on generated datasets', () => {
  it('GeoJSON has a feature per location, coordinates as written; a serialized search index finds the same', () => {
    fc.assert(
      fc.property(
        validRecordSet(),
        fc.constantFrom('zhanatas', 'a', '中国', 'Қазақстан', '"', '(a+)+$'),
        (records, text) => {
          const dataset = expectedDataset(records);
          const geo = toGeoJson(dataset);
          const located = (['projects', 'events', 'agreements'] as const).flatMap((c) =>
            dataset[c].flatMap((r) => (r.places ?? []).map((loc, i) => ({ c, id: r.id, i, loc }))),
          );
          const keys = new Set(
            geo.features.map((f) => `${f.properties.collection}/${f.properties.id}/${f.properties.index}`),
          );
          expect(keys.size).toBe(located.length + dataset.places.length);
          for (const { c, id, i, loc } of located) {
            const point = geo.features.find((f) => f.id === `${c}/${id}/${i}`);
            if (loc.lon !== undefined) expect(point?.geometry?.coordinates).toEqual([loc.lon, loc.lat]);
          }
          expect(JSON.parse(JSON.stringify(geo))).toEqual(geo);

          const index = JSON.stringify(buildSearchIndex(dataset));
          const fresh = createQuery(dataset).search(text, { limit: 50 });
          expect(createQuery(dataset, { searchIndex: index }).search(text, { limit: 50 })).toEqual(fresh);
        },
      ),
      { numRuns: runs(20) },
    );
  });

  it('diffDatasets: nothing between a dataset and itself; a removed id without alias has vanished', () => {
    fc.assert(
      fc.property(validRecordSet(), fc.nat(), (records, pick) => {
        const dataset = expectedDataset(records);
        expect(diffDatasets(dataset, structuredClone(dataset))).toEqual({
          added: [],
          removed: [],
          renamed: [],
          changed: [],
          vanished: [],
        });
        const target = records[pick % records.length] as GeneratedRecord;
        const without = {
          ...dataset,
          [target.collection]: (dataset[target.collection] as { id: string }[]).filter(
            (r) => r.id !== target.id,
          ),
        } as Dataset;
        const diff = diffDatasets(dataset, without);
        expect(diff.removed).toEqual([{ collection: target.collection, id: target.id }]);
        expect(diff.vanished).toEqual([{ collection: target.collection, id: target.id }]);
      }),
      { numRuns: runs(30) },
    );
  });
});

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
      { numRuns: runs(12) },
    );
  });

  it('rejects a record with one unknown field anywhere, naming file, line and path', async () => {
    await fc.assert(
      fc.asyncProperty(
        validRecordSet(2),
        fc.nat(),
        fc.nat(),
        unknownKey,
        fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
        async (records, r, o, key, value) => {
          const target = records[r % records.length] as GeneratedRecord;
          const objects = strictObjects(target.file);
          const at = objects[o % objects.length] as Path;
          const file = updateAt(target.file, at, (v) => ({ ...(v as Obj), [key]: value })) as Obj;
          const inputs = toYamlInputs(records.map((x) => (x === target ? { ...x, file } : x)));
          const { problems, dataset } = await validateRecords(inputs);
          expect(dataset).toBeUndefined();
          const errors = problems.filter((p) => p.severity === 'error');
          const path = formatPath([...at, key]);
          expect(errors.find((p) => p.message === `unknown field "${visible(key)}"`)).toMatchObject({
            file: `${target.collection}/${target.id}.yaml`,
            path,
            line: expect.any(Number),
          });
          // Nothing else is wrong: the name itself at most, when it carries a control character.
          for (const p of errors)
            expect([p.file, p.path]).toEqual([`${target.collection}/${target.id}.yaml`, path]);
        },
      ),
      { numRuns: runs(20) },
    );
  });

  it('rejects a control, escape or bidi character in any string, naming file, line and path', async () => {
    await fc.assert(
      fc.asyncProperty(
        validRecordSet(2),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        unsafeInsert,
        async (records, r, s, at, bad) => {
          const target = records[r % records.length] as GeneratedRecord;
          const leaves = strings(target.file);
          const leaf = leaves[s % leaves.length] as Path;
          const file = updateAt(target.file, leaf, (v) => {
            const text = v as string;
            const i = at % (text.length + 1);
            return text.slice(0, i) + bad + text.slice(i);
          }) as Obj;
          const inputs = toYamlInputs(records.map((x) => (x === target ? { ...x, file } : x)));
          const { problems, dataset } = await validateRecords(inputs);
          expect(dataset).toBeUndefined();
          const name = `${target.collection}/${target.id}.yaml`;
          const errors = problems.filter((p) => p.severity === 'error');
          expect(errors.find((p) => p.message === 'contains a control or escape character')).toMatchObject({
            file: name,
            path: formatPath(leaf),
            line: expect.any(Number),
          });
          for (const p of [...errors.map(formatProblem)]) expect(p).not.toMatch(UNSAFE_CHARS);
          // The other files are fine (a partnership level's id is the one id written inside a record).
          if (!leaf.includes('levels')) expect(errors.filter((p) => p.file !== name)).toEqual([]);
        },
      ),
      { numRuns: runs(20) },
    );
  });

  it('never throws on any file text: random code units and mangled YAML give problems, not exceptions', async () => {
    const valid = readFileSync(
      new URL('./fixtures/broken/valid/projects/zhanatas-wind-farm.yaml', import.meta.url),
      'utf8',
    );
    const edit = fc.tuple(
      fc.nat(),
      fc.nat({ max: 8 }),
      fc.oneof(
        fc.constantFrom(
          ':',
          '-',
          '[',
          ']',
          '{',
          '}',
          '&a',
          '*a',
          '!',
          '!!binary',
          '|',
          '>',
          "'",
          '"',
          '%',
          '@',
          '`',
          '#',
          ',',
          '?',
          '<<',
          '\n',
          '\t',
          ' ',
          '\u0000',
          '\u001b',
        ),
        fc.string({ unit: 'binary', maxLength: 4 }),
      ),
    );
    const mangled = fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) =>
      edits.reduce((text, [at, cut, insert]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + cut);
      }, valid),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(mangled, fc.string({ unit: 'binary', maxLength: 200 })),
        fc.constantFrom(
          'projects/zhanatas-wind-farm.yaml',
          'events/x.yaml',
          'people/a-b.yml',
          'x.yaml',
          'projects/X Y.yaml',
        ),
        async (text, file) => {
          const { problems } = await validateRecords([{ file, text }]);
          for (const p of problems) {
            expect(p.message.length).toBeGreaterThan(0);
            expect(formatProblem(p)).not.toMatch(UNSAFE_CHARS);
          }
        },
      ),
      { numRuns: runs(150) },
    );
  });
});
