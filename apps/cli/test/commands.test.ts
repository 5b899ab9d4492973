import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { conflicts, createQuery, dataset, parseCsv, sourcesById, toCsv } from '@dostyk/data';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE, CONTROL, dostyk } from './helpers.js';

const query = createQuery(dataset);

const tmp = mkdtempSync(join(tmpdir(), 'dostyk-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A usage error: exit 2, one line saying what is wrong, one hint, no stack trace. */
function expectUsageError(r: ReturnType<typeof dostyk>, text: string | RegExp) {
  expect(r.code).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(text);
  expect(lines[1]).toMatch(/^hint: /);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('dostyk --version and --help', () => {
  it('prints the version of the package', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../package.json'), 'utf8'));
    const r = dostyk(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it.each([
    [[]],
    [['projects']],
    [['show']],
    [['search']],
    [['timeline']],
    [['figures']],
    [['stats']],
    [['export']],
    [['validate']],
  ])('has --help on %j', (args) => {
    const r = dostyk([...args, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: dostyk/);
    expect(r.stdout).toContain('--lang');
  });

  it('without a command and without a terminal, says so (exit 2)', () => {
    expectUsageError(dostyk([]), /needs a terminal/);
  });
});

describe('usage errors exit 2 with one line and a hint', () => {
  it('unknown command, with a suggestion', () => {
    expectUsageError(dostyk(['projcts']), /unknown command 'projcts'/);
    expect(dostyk(['projcts']).stderr).toContain('did you mean projects');
  });
  it('unknown flag', () =>
    expectUsageError(dostyk(['projects', '--sectr', 'energy']), /unknown option '--sectr'/));
  it('bad sector value', () =>
    expectUsageError(dostyk(['projects', '--sector', 'spaceships']), /argument 'spaceships' is invalid/));
  it('bad year', () => expectUsageError(dostyk(['projects', '--from', 'soon']), /a year such as 2019/));
  it('years the wrong way round', () =>
    expectUsageError(dostyk(['timeline', '--from', '2020', '--to', '2010']), /after --to/));
  it('bad --format', () =>
    expectUsageError(dostyk(['export', '--format', 'xml']), /argument 'xml' is invalid/));
  it('missing --format', () => expectUsageError(dostyk(['export']), /--format/));
  it('bad --lang', () =>
    expectUsageError(dostyk(['stats', '--lang', 'fr']), /Allowed choices are en, it, ru, kk, zh/));
  it('unknown participant id', () =>
    expectUsageError(
      dostyk(['projects', '--participant', 'no-such-company']),
      /no organization with id "no-such-company"/,
    ));
  it('a hostile argument is echoed inert', () => {
    const r = dostyk(['\x1b]0;pwned\x07']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(CONTROL);
    expect(r.stderr).toContain('\\x1B');
  });
});

describe('projects', () => {
  it('lists projects as a plain table through a pipe', () => {
    const r = dostyk(['projects']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ID\s+NAME\s+SECTOR\s+STATUS/);
    expect(r.stdout).toContain('zhanatas-wind-farm');
    expect(r.stdout).not.toMatch(CONTROL);
  });

  it('filters with the query API: --sector, --status, --region (old codes too)', () => {
    const r = dostyk([
      'projects',
      '--sector',
      'energy',
      '--status',
      'operational',
      '--region',
      'KZ-ZHA',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const items = JSON.parse(r.stdout) as { id: string; sector: string }[];
    expect(items.map((p) => p.id)).toContain('zhanatas-wind-farm');
    expect(items.every((p) => p.sector === 'energy')).toBe(true);
  });

  it('prints CSV', () => {
    const r = dostyk(['projects', '--sector', 'energy', '--csv']);
    expect(r.code).toBe(0);
    // Real CSV: CRLF line ends, not the escaped text `\x0D`, and exactly the package's CSV of the same list.
    expect(r.stdout).not.toContain('\\x0D');
    const rows = parseCsv(r.stdout);
    expect(rows[0]?.[0]).toBe('id');
    expect(rows.slice(1).map((row) => row[0])).toEqual(
      query.projects({ sector: ['energy'] }, 'name').items.map((p) => p.id),
    );
    expect(r.stdout).toBe(
      toCsv(query.projects({ sector: ['energy'] }, 'name').items).replace(/(\r\n)?$/, '\r\n'),
    );
  });

  it('an empty result is not an error', () => {
    const r = dostyk(['projects', '--from', '1900', '--to', '1901']);
    expect(r.code).toBe(0);
  });
});

describe('show', () => {
  it('prints every field with numbered sources and conflicts with their reporters', () => {
    const r = dostyk(['show', 'zhanatas-wind-farm']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Zhanatas Wind Farm\n/);
    expect(r.stdout).toMatch(/Capacity: 100 MW (\[\d+\])+/);
    expect(r.stdout).toMatch(/Annual output: ⚠ sources disagree/);
    expect(r.stdout).toMatch(/350 GWh\/year \(reported by .+\) (\[\d+\])+\n/);
    expect(r.stdout).toMatch(/\n\[1\] .+\n\s+https?:\/\//);
    expect(r.stdout).not.toMatch(CONTROL);
  });

  it('lists the anchors’ ids with their pages', () => {
    const r = dostyk(['show', 'shelek-wind-farm']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /External ids:\n\s+• AidData 39539\s+https:\/\/china\.aiddata\.org\/projects\/39539\n/,
    );
  });

  it('speaks the language asked for, with a visible fallback to English', () => {
    const r = dostyk(['show', 'zhanatas-wind-farm', '--lang', 'ru']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Статус');
  });

  it('an unknown id exits 1 with the closest ids', () => {
    const r = dostyk(['show', 'zhanatas-wind']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no record with id "zhanatas-wind"');
    expect(r.stderr).toMatch(/hint: did you mean: .*zhanatas-wind-farm/);
  });

  it('--json carries the record and its sources', () => {
    const r = dostyk(['show', 'zhanatas-wind-farm', '--json']);
    const out = JSON.parse(r.stdout);
    expect(out.collection).toBe('projects');
    expect(out.record.id).toBe('zhanatas-wind-farm');
    expect(out.sources.length).toBe(out.record.sources.length);
    // The fields the text marks, by the data package's conflict rule.
    expect(out.conflicts).toContain('quantities.annual-output');
    expect(out.conflicts).toEqual(
      conflicts(query.get('zhanatas-wind-farm')?.record as object, sourcesById(dataset)).map((c) => c.field),
    );
  });
});

describe('search, timeline, figures, stats', () => {
  it('search forgives typos', () => {
    const r = dostyk(['search', 'zanatas']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('zhanatas-wind-farm');
  });

  it('search survives hostile text', () => {
    for (const text of ['.*(', '\u202e', 'x'.repeat(10_000), '🚂🇰🇿']) {
      const r = dostyk(['search', text]);
      expect([0]).toContain(r.code);
      expect(r.stdout).not.toMatch(CONTROL);
    }
  });

  it('timeline filters by years and kind', () => {
    const r = dostyk(['timeline', '--from', '2019', '--to', '2019', '--json']);
    expect(r.code).toBe(0);
    const entries = JSON.parse(r.stdout) as { date: string }[];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.date.startsWith('2019'))).toBe(true);
    const kinds = JSON.parse(dostyk(['timeline', '--kind', 'agreement', '--json']).stdout) as {
      type: string;
    }[];
    expect(kinds.every((e) => e.type === 'agreement')).toBe(true);
  });

  it('figures lists series and draws one; an unknown series exits 1', () => {
    const list = dostyk(['figures']);
    expect(list.code).toBe(0);
    expect(dostyk(['figures', 'no-such-series']).code).toBe(1);
  });

  it('figures lists every series with its reporter, years and sparseness, and the derived gaps', () => {
    const list = dostyk(['figures']).stdout;
    const line = (id: string) => list.split('\n').find((l) => l.startsWith(`${id} `)) ?? '';
    expect(line('trade-total-gacc')).toContain('General Administration of Customs');
    expect(line('trade-total-gacc')).toMatch(/2021–2024/);
    // Eight years of pipeline crude since the second pass; gas exports still have one.
    expect(line('crude-oil-kz-cn-pipeline')).not.toContain('sparse');
    expect(line('kz-gas-exports-to-cn-energy-ministry')).toContain('sparse');
    expect(list).toContain('Mirror-statistics gaps (derived)');
    expect(line('mirror-gap-cn-kz')).toContain('minus');
    const json = JSON.parse(dostyk(['figures', '--json']).stdout) as {
      series: { id: string; years: number[]; sparse: boolean; points: unknown[] }[];
    }[];
    const all = json.flatMap((i) => i.series);
    expect(all.every((s) => s.sparse === s.points.length < 8)).toBe(true);
    const gap = JSON.parse(dostyk(['figures', 'mirror-gap-cn-kz', '--json']).stdout) as {
      points: { period: string; gap: number }[];
    };
    expect(gap.points.map((p) => p.period)).toContain('2021');
    expect(dostyk(['figures', 'mirror-gap-cn-kz']).stdout).toContain('CIF');
  });

  it('stats prints counts and totals', () => {
    const r = dostyk(['stats', '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.counts.projects).toBeGreaterThan(0);
    expect(s.projectsBySector.energy).toBeGreaterThan(0);
    expect(dostyk(['stats']).stdout).toContain('Projects by sector');
  });
});

describe('colours', () => {
  it('a pipe gets no escape codes; FORCE_COLOR brings them; NO_COLOR wins', () => {
    expect(dostyk(['show', 'zhanatas-wind-farm']).stdout).not.toContain('\x1b[');
    expect(dostyk(['show', 'zhanatas-wind-farm'], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\x1b[');
    expect(
      dostyk(['show', 'zhanatas-wind-farm'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout,
    ).not.toContain('\x1b[');
  });
});

describe('export', () => {
  it.each(['json', 'csv', 'geojson'])('writes %s to a file through a temporary file', (format) => {
    const out = join(tmp, `export.${format}`);
    const r = dostyk(['export', '--format', format, '--out', out]);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    if (format !== 'csv') expect(() => JSON.parse(text)).not.toThrow();
    else expect(text).toMatch(/^id,/);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('the JSON export is the whole dataset', () => {
    const r = dostyk(['export', '--format', 'json']);
    const data = JSON.parse(r.stdout);
    expect(data.projects.some((p: { id: string }) => p.id === 'zhanatas-wind-farm')).toBe(true);
  });

  it('an export killed at any moment leaves the old file or the whole new one, never a part', async () => {
    const out = join(tmp, 'killed.json');
    writeFileSync(out, '{"old":true}');
    for (const delay of [0, 40, 80, 120, 160, 200, 260, 320, 400, 500]) {
      const child = spawn(process.execPath, [BUNDLE, 'export', '--format', 'json', '--out', out], {
        stdio: 'ignore',
      });
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited;
      const text = readFileSync(out, 'utf8');
      const parsed = JSON.parse(text);
      expect(parsed.old === true || Array.isArray(parsed.projects)).toBe(true);
    }
  });

  it('a folder that does not exist is a runtime error and leaves nothing', () => {
    const r = dostyk(['export', '--format', 'json', '--out', join(tmp, 'missing/dir/x.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write/);
  });
});

describe('validate', () => {
  const projects = join(tmp, 'records/projects');
  mkdirSync(projects, { recursive: true });

  it('a record that follows the schema is valid (exit 0)', () => {
    // Values taken from the published Zhanatas record and its SASAC source.
    const file = join(projects, 'zhanatas-wind-farm.yaml');
    writeFileSync(
      file,
      [
        'name: {en: Zhanatas Wind Farm}',
        'summary: {en: A 100 MW wind farm near Zhanatas.}',
        'sector: energy',
        'status: [{value: operational, asOf: 2021-06-20, sources: [sasac]}]',
        'quantities:',
        '  capacity: [{value: 100, unit: MW, sources: [sasac]}]',
        'sources:',
        '  sasac: {url: "http://en.sasac.gov.cn/2021/06/23/c_7253.htm", publisher: SASAC (China Daily), date: 2021-06-23, kind: official-cn}',
      ].join('\n'),
    );
    const r = dostyk(['validate', file]);
    expect(r.stdout).toContain('1 file valid');
    expect(r.code).toBe(0);
  });

  it('a broken record: file:line field: message per problem, exit 1', () => {
    const file = join(projects, 'broken-farm.yaml');
    writeFileSync(
      file,
      [
        'name: {en: Broken Farm}',
        'summary: {en: A test.}',
        'sector: energi',
        'status: [{value: operational, sources: [nope]}]',
        'sources: {}',
      ].join('\n'),
    );
    const r = dostyk(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/broken-farm\.yaml:3 sector: .+/);
    expect(r.stdout).toMatch(/error/);
  });

  it('a binary file, an empty file and a file outside a kind folder are problems, not crashes', () => {
    const bin = join(projects, 'binary-thing.yaml');
    writeFileSync(bin, Buffer.from([0, 1, 2, 0xff, 0x1b, 0x5b, 0x32, 0x4a]));
    const empty = join(projects, 'empty-thing.yaml');
    writeFileSync(empty, '');
    for (const f of [bin, empty]) {
      const r = dostyk(['validate', f]);
      expect(r.code).toBe(1);
      expect(r.stdout).not.toMatch(CONTROL);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(dostyk(['validate', bin]).stdout).toContain('binary');
    expect(dostyk(['validate', empty]).stdout).toContain('empty');
  });

  it('escape sequences in a user file are printed inert', () => {
    const file = join(projects, 'hostile-farm.yaml');
    writeFileSync(file, 'name: {en: "Evil \\e]0;pwned\\a \\e[2J"}\nsector: energy\n');
    const r = dostyk(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(CONTROL);
  });

  it('a missing path exits 1', () => {
    const r = dostyk(['validate', join(tmp, 'nothing-here')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no such file or directory');
  });

  it('a folder is read recursively and --json reports every problem', () => {
    const r = dostyk(['validate', join(tmp, 'records'), '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.valid).toBe(false);
    expect(out.files.length).toBeGreaterThanOrEqual(4);
  });
});
