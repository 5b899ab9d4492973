/**
 * Bugs the hardening work found, each pinned by the smallest input that showed it.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvCell, flattenRecord, parseCsv, toCsv } from '../src/export/csv.js';
import { createQuery } from '../src/query/index.js';
import type { Dataset, Project } from '../src/schema/dataset.js';
import { PartialDate, Text, UNSAFE_CHARS } from '../src/schema/primitives.js';
import { formatProblem, readRecordFiles, validateRecords } from '../src/validate/index.js';

const dataset = JSON.parse(readFileSync(new URL('../dist/dataset.json', import.meta.url), 'utf8')) as Dataset;
const q = createQuery(dataset, { currentYear: 2026 });
const names = (items: Project[]) => items.map((p) => p.id);

/** A minimal valid project file, with `extra` YAML lines added at the top level. */
const project = (extra = '', region = 'KZ-31') => `name: {en: Test Wind Farm}
summary: {en: A wind farm.}
sector: energy
status: [{value: operational, sources: [a]}]
places:
  - {name: near Zhanatas, country: KZ, region: ${region}, lon: 69.75, lat: 43.57, precision: settlement, sources: [a]}
${extra}sources:
  a: {url: "https://example.org/a", publisher: Example, kind: press}
`;
const validate = (text: string, file = 'projects/test-wind-farm.yaml') => validateRecords([{ file, text }]);
const errorsOf = async (text: string, file?: string) =>
  (await validate(text, file)).problems.filter((p) => p.severity === 'error');

describe('query API: names from a URL never reach Object.prototype', () => {
  it('an unknown sort, even `__proto__`, sorts by name instead of throwing', () => {
    const byName = names(q.projects({}, 'name').items);
    for (const sort of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'no-such-sort'])
      expect(names(q.projects({}, sort as never).items)).toEqual(byName);
  });

  it('an unknown collection in search options is ignored, `__proto__` included', () => {
    const all = q.search('wind', { limit: 50 });
    expect(q.search('wind', { limit: 50, collections: ['__proto__' as never] })).toEqual(all);
    expect(q.search('wind', { limit: 50, collections: ['toString' as never] })).toEqual(all);
  });

  it('a fractional search limit is a maximum: 2.5 gives at most 2 hits', () => {
    expect(q.search('wind', { limit: 2.5 }).length).toBe(2);
  });
});

describe('schema', () => {
  it('takes 29 February only in leap years', () => {
    for (const d of ['2020-02-29', '2000-02-29', '2024-02-29'])
      expect(PartialDate.safeParse(d).success).toBe(true);
    for (const d of ['2019-02-29', '1900-02-29', '2100-02-29'])
      expect(PartialDate.safeParse(d).success).toBe(false);
  });

  it('rejects text that is only spaces, with one message for empty text', () => {
    expect(Text.safeParse('   ').error?.issues.map((i) => i.message)).toEqual(['must not be blank']);
    expect(Text.safeParse('').error?.issues.map((i) => i.message)).toEqual(['must not be empty']);
    expect(Text.safeParse(' Zhanatas ').success).toBe(true);
  });

  it('rejects a region code that is an Object.prototype name', async () => {
    for (const region of ['toString', 'constructor', 'hasOwnProperty']) {
      const errors = await errorsOf(project('', region));
      expect(errors.map((p) => p.path)).toEqual(['places.0.region']);
    }
  });
});

describe('validator', () => {
  it('takes a quantity metric called `sources`, and resolves the citations inside it', async () => {
    const text = project('quantities:\n  sources: [{value: 3, unit: units, sources: [a]}]\n');
    const { problems, dataset: built } = await validate(text);
    expect(problems).toEqual([]);
    const claim = built?.projects[0]?.quantities?.sources?.[0];
    expect(claim?.sources).toEqual(built?.projects[0]?.sources);
  });

  it('does not cascade: a record with a problem of its own still exists for the records that cite it', async () => {
    const event = `kind: visit
title: {en: A visit}
summary: {en: A visit to the farm.}
date: [{value: "2021-06-20", sources: [a]}]
projects: [test-wind-farm]
sources:
  a: {url: "https://example.org/a", publisher: Example, kind: press}
`;
    const { problems } = await validateRecords([
      { file: 'projects/test-wind-farm.yaml', text: project('capcity: 100\n') },
      { file: 'events/farm-visit.yaml', text: event },
    ]);
    expect(problems.map((p) => `${p.file} ${p.path}`)).toEqual(['projects/test-wind-farm.yaml capcity']);
  });

  it('never throws on YAML aliases: a billion-laughs bomb, an alias inside its own anchor, a missing anchor', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const n of ['b', 'c', 'd', 'e', 'f', 'g'])
      levels.push(
        `${n}: &${n} [${Array(9)
          .fill(`*${levels.at(-1)?.[0]}`)
          .join(',')}]`,
      );
    const cases: [text: string, message: RegExp, line: number][] = [
      [`${levels.join('\n')}\n`, /Excessive alias count/, 2],
      ['name: &n {en: [*n]}\n', /contains itself/, 1],
      ['name: {en: x}\nsummary: *nowhere\n', /Unresolved alias/, 2],
    ];
    for (const [text, message, line] of cases) {
      const errors = await errorsOf(text);
      expect(errors).toEqual([
        expect.objectContaining({ path: '(file)', message: expect.stringMatching(message), line }),
      ]);
    }
  });

  it('reports a key that is a YAML list as an unknown field, without warnings on stderr', async () => {
    const warnings: string[] = [];
    const listen = (w: Error) => warnings.push(w.message);
    process.on('warning', listen);
    const errors = await errorsOf(project('? [a, b]\n: 1\n'));
    await new Promise((resolve) => setImmediate(resolve));
    process.off('warning', listen);
    expect(errors.map((p) => p.message)).toEqual([expect.stringMatching(/^unknown field "\[ ?a, b ?\]"$/)]);
    expect(warnings).toEqual([]);
  });

  it('rejects a lone surrogate (half an emoji) in any string', async () => {
    const errors = await errorsOf(project().replace('A wind farm.', '"A wind farm \\uD83D."'));
    expect(errors.map((p) => [p.path, p.message])).toEqual([
      ['summary.en', 'contains a lone surrogate, not Unicode text'],
    ]);
  });

  it('never puts a raw escape sequence in a problem: keys, source keys and file names are made visible', async () => {
    const inputs = [
      { file: 'projects/test-wind-farm.yaml', text: project('"\\e[2J\\e]0;owned\\a": 1\n') },
      {
        file: 'projects/other-farm.yaml',
        text: project()
          .replace('sources: [a]}]', 'sources: ["\\e[31m"]}]')
          .replace('  a: {', '  "\\u202Eb": {'),
      },
      { file: 'misc\u001b[2J/x.yaml', text: 'x: 1\n' },
    ];
    const { problems } = await validateRecords(inputs);
    expect(problems.length).toBeGreaterThan(3);
    for (const p of problems) {
      for (const text of [p.file, p.path, p.message, p.hint ?? '', formatProblem(p)])
        expect(text).not.toMatch(UNSAFE_CHARS);
    }
    expect(problems.map(formatProblem)).toContain(
      'projects/test-wind-farm.yaml:7 \\u001B[2J\\u001B]0;owned\\u0007: unknown field "\\u001B[2J\\u001B]0;owned\\u0007" (check the spelling against the schema)',
    );
    expect(formatProblem({ file: 'a\u0007.yaml', path: 'x', message: 'm\u009b', severity: 'error' })).toBe(
      'a\\u0007.yaml x: m\\u009B',
    );
  });
});

describe('CSV', () => {
  it('labels financing entries and indicator targets instead of passing them off as conflicting claims', () => {
    const financing = [
      { org: 'cdb', kind: 'loan', amount: 1500000000, currency: 'USD', year: 2011, sources: ['s'] },
      { org: 'cdb', kind: 'loan', amount: 300000000, currency: 'USD', year: 2016, sources: ['s'] },
    ];
    const row = flattenRecord({ id: 'x', financing });
    expect(row.get('financing')).toBe('cdb (loan, 1500000000 USD 2011); cdb (loan, 300000000 USD 2016)');
    expect([...row.keys()]).toEqual(['id', 'financing']);
    const targets = [{ value: 5, by: '2030', announced: '2023', text: { en: '5 by 2030' }, sources: ['s'] }];
    expect(flattenRecord({ id: 'y', targets }).get('targets')).toBe('5 by 2030');
    // Real claims still flatten to their primary value.
    const cost = flattenRecord({ id: 'z', cost: [{ amount: 7, currency: 'USD', sources: ['s'] }] });
    expect([cost.get('cost'), cost.get('cost.currency')]).toEqual([7, 'USD']);
  });

  it('gives back text that already began with an apostrophe before a formula character', () => {
    const cells = ["'=1+1", "''-2", '=1+1', "'plain", "'"];
    expect(cells.map(csvCell)).toEqual(["''=1+1", "'''-2", "'=1+1", "'plain", "'"]);
    const csv = toCsv(
      cells.map((c) => ({ c })),
      { columns: ['c'] },
    );
    expect(parseCsv(csv, { unguard: true }).flat()).toEqual(['c', ...cells]);
    expect(parseCsv(csv).flat()).toEqual(['c', "''=1+1", "'''-2", "'=1+1", "'plain", "'"]);
  });
});

describe('readRecordFiles', () => {
  it('reads no more of a huge file than it takes to call it too large, and skips what is not a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dostyk-read-'));
    try {
      await mkdir(join(dir, 'projects'));
      // 3 MB of two-byte letters: more than 2 MB in UTF-8, fewer than 2 million characters.
      await writeFile(join(dir, 'projects/huge.yaml'), `name: ${'ж'.repeat(1_500_000)}\n`);
      await mkdir(join(dir, 'projects/folder.yaml'));
      await symlink(join(dir, 'projects'), join(dir, 'projects/loop.yaml'));
      const inputs = await readRecordFiles(dir);
      expect(inputs.map((i) => i.file)).toEqual(['projects/huge.yaml']);
      expect(inputs[0]?.text.length).toBeLessThan(1_100_000);
      const { problems } = await validateRecords(inputs);
      expect(problems.map((p) => p.message)).toEqual(['file is too large for a record']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
