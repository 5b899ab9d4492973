import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, KIND_OF } from '../src/constants.js';
import { csvCell, datasetToCsv, flattenRecord, parseCsv, toCsv } from '../src/export/csv.js';
import { toGeoJson } from '../src/export/geojson.js';
import { datasetJsonSchema, recordJsonSchema } from '../src/export/json-schema.js';
import type { Dataset } from '../src/schema/dataset.js';

const dataset = JSON.parse(readFileSync(new URL('../dist/dataset.json', import.meta.url), 'utf8')) as Dataset;
const zhanatas = dataset.projects.find((p) => p.id === 'zhanatas-wind-farm');

describe('CSV', () => {
  it('follows RFC 4180: header row, CRLF line ends, quoted fields with commas, quotes and line breaks', () => {
    const csv = toCsv([
      { id: 'a', note: 'plain' },
      { id: 'b', note: 'with, comma', other: 'say "hi"\nbye' },
    ]);
    expect(csv).toBe('id,note,other\r\na,plain,\r\nb,"with, comma","say ""hi""\nbye"\r\n');
    expect(parseCsv(csv)).toEqual([
      ['id', 'note', 'other'],
      ['a', 'plain', ''],
      ['b', 'with, comma', 'say "hi"\nbye'],
    ]);
  });

  it('neutralizes cells a spreadsheet would run as formulas, but not numbers', () => {
    for (const text of ['=HYPERLINK("http://x")', '+1', '-1+2', '@SUM(A1)', '\tx'])
      expect(csvCell(text).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('Zhanatas')).toBe('Zhanatas');
  });

  it('writes one row per record, with claims flattened to the primary value and the others', () => {
    const csv = datasetToCsv(dataset);
    for (const c of COLLECTIONS) expect(parseCsv(csv[c]).length).toBe(dataset[c].length + 1);
    expect(parseCsv(csv.sources).length).toBe(dataset.sources.length + 1);
    if (!zhanatas) return;
    const row = flattenRecord(zhanatas);
    expect(row.get('id')).toBe('zhanatas-wind-farm');
    expect(row.get('name.en')).toBe('Zhanatas Wind Farm');
    expect(row.get('status')).toBe(zhanatas.status[0]?.value);
    expect(row.get('quantities.capacity')).toBe(zhanatas.quantities?.capacity?.[0]?.value);
    expect(row.get('quantities.capacity.unit')).toBe(zhanatas.quantities?.capacity?.[0]?.unit);
    const output = zhanatas.quantities?.['annual-output'] ?? [];
    if (output.length > 1)
      expect(String(row.get('quantities.annual-output.others'))).toContain(String(output[1]?.value));
    expect(row.get('places.lon')).toBe(zhanatas.places?.[0]?.lon);
    const [header = [], line = []] = parseCsv(toCsv([zhanatas]));
    expect(line[header.indexOf('name.en')]).toBe('Zhanatas Wind Farm');
  });

  it('carries the anchors’ ids in their own columns', () => {
    const [header = [], ...rows] = parseCsv(datasetToCsv(dataset).projects);
    const col = header.indexOf('externalIds.aiddata');
    expect(col).toBeGreaterThan(0);
    const aktogay = rows.find((r) => r[0] === 'aktogay-copper-mine');
    const ids = dataset.projects.find((p) => p.id === 'aktogay-copper-mine')?.externalIds?.aiddata ?? [];
    expect(ids).toContain(39557);
    expect(aktogay?.[col]).toBe(ids.join('; '));
  });
});

describe('GeoJSON', () => {
  const geo = toGeoJson(dataset);

  it('has a feature for every location of every project, event, agreement and place', () => {
    const locations =
      [...dataset.projects, ...dataset.events, ...dataset.agreements].reduce(
        (n, r) => n + (r.places?.length ?? 0),
        0,
      ) + dataset.places.length;
    const keys = new Set(
      geo.features.map((f) => `${f.properties.collection}/${f.properties.id}/${f.properties.index}`),
    );
    expect(keys.size).toBe(locations);
  });

  it('writes points as Point and corridors as LineString, in [lon, lat] order', () => {
    const lines = geo.features.filter((f) => f.geometry?.type === 'LineString');
    const withLines = dataset.projects.flatMap((p) => (p.places ?? []).filter((l) => l.line));
    expect(lines.length).toBeGreaterThanOrEqual(withLines.length);
    const point = geo.features.find(
      (f) => f.properties.id === 'zhanatas-wind-farm' && f.geometry?.type === 'Point',
    );
    const place = zhanatas?.places?.[0];
    if (place?.lon !== undefined) expect(point?.geometry?.coordinates).toEqual([place.lon, place.lat]);
    expect(point?.properties).toMatchObject({ sector: 'energy', precision: place?.precision });
  });
});

describe('JSON Schema', () => {
  it('describes each record file, strict like the Zod schema', () => {
    for (const c of COLLECTIONS) {
      const schema = recordJsonSchema(KIND_OF[c]);
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(schema.additionalProperties).toBe(false);
      expect(schema.required).toContain('sources');
    }
    const project = recordJsonSchema('project') as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(Object.keys(project.properties)).toContain('quantities');
    expect(Object.keys(project.properties)).not.toContain('capcity');
    expect(project.required).toEqual(expect.arrayContaining(['name', 'summary', 'sector', 'status']));
  });

  it('describes the dataset', () => {
    const schema = datasetJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([...COLLECTIONS, 'sources', 'version']),
    );
  });
});
