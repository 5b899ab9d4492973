import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem, readRecordFiles, validateRecords } from '../src/validate/index.js';

const broken = fileURLToPath(new URL('./fixtures/broken/', import.meta.url));

async function check(fixture: string) {
  const dir = join(broken, fixture);
  const { problems, dataset } = await validateRecords(await readRecordFiles(dir, dir));
  return { errors: problems.filter((p) => p.severity === 'error'), problems, dataset };
}

/** The 1-based line of the first line of a fixture file containing `marker`. */
async function lineOf(fixture: string, file: string, marker: string): Promise<number> {
  const text = await readFile(join(broken, fixture, file), 'utf8');
  const index = text.split('\n').findIndex((l) => l.includes(marker));
  if (index < 0) throw new Error(`marker ${marker} not in ${file}`);
  return index + 1;
}

const ZHANATAS = 'projects/zhanatas-wind-farm.yaml';

describe('validateRecords on broken fixtures: each check fires and names file, line and field', () => {
  it('accepts the valid baseline the broken fixtures are made from', async () => {
    const { errors, dataset } = await check('valid');
    expect(errors).toEqual([]);
    expect(dataset?.projects.map((p) => p.id)).toEqual(['zhanatas-wind-farm']);
  });

  const cases: [fixture: string, file: string, marker: string, path: string, message: RegExp][] = [
    ['unknown-field', ZHANATAS, 'capcity:', 'capcity', /unknown field "capcity"/],
    ['bad-date', ZHANATAS, '2019-02-30', 'dates.constructionStart.0.value', /not a real calendar date/],
    ['date-order', ZHANATAS, 'fullOperation:', 'dates.fullOperation', /comes before/],
    ['unknown-reference', ZHANATAS, 'belt-and-roads', 'frameworks.0', /unknown framework "belt-and-roads"/],
    ['uncited-source', ZHANATAS, 'xinhua', 'status.0.sources.0', /unknown source "xinhua"/],
    [
      'duplicate-id',
      'projects/zhanatas-wind-power-plant.yaml',
      'formerIds:',
      'formerIds.0',
      /id "zhanatas-wind-farm" is already used by projects\/zhanatas-wind-farm/,
    ],
    [
      'duplicate-name',
      'projects/zhanatas-wind-power-plant.yaml',
      'aliases:',
      'aliases.0',
      /"Zhanatas wind farm" is also the name or an alias of projects\/zhanatas-wind-farm\.yaml/,
    ],
    ['outside-country', ZHANATAS, 'lon: 43.57', 'places.0.lon', /not inside KZ/],
    ['non-http-url', ZHANATAS, 'javascript:', 'sources.powertech.url', /absolute http\(s\) URL/],
    ['control-characters', ZHANATAS, '\\e[2J', 'summary.en', /control or escape character/],
    ['bad-yaml', ZHANATAS, ' sector: energy', '(file)', /YAML syntax/],
    ['empty-file', ZHANATAS, '', '(file)', /file is empty/],
    ['binary-file', ZHANATAS, '\u0000', '(file)', /binary/],
  ];

  it.each(cases)('%s', async (fixture, file, marker, path, message) => {
    const { errors, dataset } = await check(fixture);
    expect(dataset).toBeUndefined();
    expect(errors).toHaveLength(1);
    const [problem] = errors as [Problem];
    expect(problem.file).toBe(file);
    expect(problem.path).toBe(path);
    expect(problem.message).toMatch(message);
    const line = fixture === 'empty-file' ? 1 : await lineOf(fixture, file, marker);
    expect(problem.line).toBe(line);
    expect(formatProblem(problem)).toMatch(new RegExp(`^${file.replace(/[./]/g, '\\$&')}:${line} `));
  });

  it('warns (without failing) about a declared source no claim cites', async () => {
    const text = await readFile(join(broken, 'valid', ZHANATAS), 'utf8');
    const extra = `${text}  unused:\n    url: https://example.org/unused\n    publisher: Example\n    kind: press\n`;
    const { problems, dataset } = await validateRecords([{ file: ZHANATAS, text: extra }]);
    expect(dataset).toBeDefined();
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'sources.unused',
        line: extra.split('\n').indexOf('  unused:') + 1,
      }),
    ]);
  });

  it('reports every problem at once across files', async () => {
    const inputs = (
      await Promise.all(
        ['unknown-field', 'bad-date', 'non-http-url'].map((f) => readRecordFiles(join(broken, f), broken)),
      )
    ).flat();
    const { problems } = await validateRecords(inputs);
    // The three copies share an id, so duplicates are reported as well.
    const files = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
    expect(files.size).toBe(3);
  });

  it('rejects a file outside a collection folder and a file name that is not an id', async () => {
    const text = await readFile(join(broken, 'valid', ZHANATAS), 'utf8');
    const { problems } = await validateRecords([
      { file: 'misc/zhanatas.yaml', text },
      { file: 'projects/Zhanatas Wind.yaml', text },
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/kind of record/),
      expect.stringMatching(/not a kebab-case id/),
    ]);
  });

  it('checks references against a base dataset (a contributor’s single file)', async () => {
    const text = (await readFile(join(broken, 'unknown-reference', ZHANATAS), 'utf8')).replace(
      'belt-and-roads',
      'bri',
    );
    const base = (await check('valid')).dataset;
    if (!base) throw new Error('baseline must build');
    const withFramework = { ...base, frameworks: [{ id: 'bri' } as (typeof base.frameworks)[number]] };
    const { problems } = await validateRecords([{ file: 'projects/other-wind-farm.yaml', text }], {
      base: withFramework,
    });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('one thing, one record', () => {
  const file = async (id: string, edit: (text: string) => string) => ({
    file: `projects/${id}.yaml`,
    text: edit(await readFile(join(broken, 'valid', ZHANATAS), 'utf8')),
  });
  const renamed =
    (name: string, extra = '') =>
    (text: string) =>
      text
        .replace('  en: Zhanatas Wind Farm\n', `  en: ${name}\n`)
        .replace('sector: energy\n', `sector: energy\n${extra}`);

  it('accepts a similar name when one record says it is a different thing (distinctFrom)', async () => {
    const inputs = [
      await file('zhanatas-wind-farm', (t) => t),
      await file(
        'zhanatas-wind-farm-2',
        renamed('Zhanatas  wind-farm', 'distinctFrom: [zhanatas-wind-farm]\n'),
      ),
    ];
    const { problems, dataset } = await validateRecords(inputs);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(dataset?.projects.map((p) => p.id)).toEqual(['zhanatas-wind-farm', 'zhanatas-wind-farm-2']);
  });

  it('refuses two records with one external id, whatever their names, naming both files', async () => {
    const inputs = [
      await file(
        'zhanatas-wind-farm',
        renamed('Zhanatas Wind Farm', 'externalIds: {wikidata: Q123, aiddata: [5]}\n'),
      ),
      await file('zhanatas-north', renamed('Zhanatas North', 'externalIds: {aiddata: [7, 5]}\n')),
    ];
    const { problems, dataset } = await validateRecords(inputs);
    expect(dataset).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^projects\/zhanatas-wind-farm\.yaml:\d+ externalIds\.aiddata\.0: aiddata 5 is also an external id of projects\/zhanatas-north\.yaml/,
      ),
    ]);
  });

  it('refuses a distinctFrom that names no record of the collection', async () => {
    const { problems } = await validateRecords([
      await file('zhanatas-wind-farm', renamed('Zhanatas Wind Farm', 'distinctFrom: [zhanatas-nowhere]\n')),
    ]);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'distinctFrom.0: no record "zhanatas-nowhere" in projects/',
    ]);
  });
});
