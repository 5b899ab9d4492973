/**
 * The package as a user gets it: packed by pnpm (which rewrites `catalog:` versions), unpacked into a
 * fresh project whose dependencies are linked from this workspace (no network), then imported as ESM,
 * required from CommonJS, type-checked by a strict TypeScript consumer, and linted by publint and attw.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const bin = (name: string) => join(pkgDir, 'node_modules', '.bin', name);
const offline = { ...process.env, npm_config_offline: 'true', CI: 'true' };

let project: string;
let tarball: string;
const installed = () => join(project, 'node_modules', '@dostyk', 'data');

const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: project, encoding: 'utf8' });

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'dostyk-pack-'));
  execFileSync('npx', ['-y', 'pnpm@10', 'pack', '--pack-destination', project], {
    cwd: pkgDir,
    env: offline,
    stdio: 'pipe',
  });
  const name = (await readdir(project)).find((f) => f.endsWith('.tgz'));
  if (!name) throw new Error('pnpm pack wrote no tarball');
  tarball = join(project, name);
  await mkdir(join(project, 'node_modules', '@dostyk'), { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', project]);
  await rename(join(project, 'package'), installed());
  // Link the dependencies the tarball declares, as installed in this workspace.
  const manifest = JSON.parse(await readFile(join(installed(), 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  for (const dep of Object.keys(manifest.dependencies)) {
    const target = join(project, 'node_modules', dep);
    await mkdir(dirname(target), { recursive: true });
    await symlink(realpathSync(join(pkgDir, 'node_modules', dep)), target, 'dir');
  }
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
}, 180_000);

afterAll(() => rm(project, { recursive: true, force: true }));

describe('the packed package', () => {
  it('holds built files, licences and real dependency versions', async () => {
    const manifest = JSON.parse(await readFile(join(installed(), 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(JSON.stringify(manifest)).not.toMatch(/catalog:|workspace:/);
    for (const f of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/dataset.json',
      'LICENSE',
      'LICENSE-DATA',
      'README.md',
      'METHODOLOGY.md',
    ]) {
      expect(existsSync(join(installed(), f)), f).toBe(true);
    }
    expect(existsSync(join(installed(), 'records'))).toBe(false);
    expect(existsSync(join(installed(), 'test'))).toBe(false);
  });

  it('imports as ESM: dataset, query, schema, validate and the JSON files', () => {
    const script = `
      import { dataset, createQuery, localize, SECTORS } from '@dostyk/data';
      import { ProjectFile } from '@dostyk/data/schema';
      import { validateRecords } from '@dostyk/data/validate';
      import json from '@dostyk/data/dataset.json' with { type: 'json' };
      import index from '@dostyk/data/search-index.json' with { type: 'json' };
      const q = createQuery(dataset, { searchIndex: index });
      const hit = q.search('zanatas')[0];
      const project = dataset.projects.find((p) => p.id === hit.id);
      const result = await validateRecords([{ file: 'projects/x.yaml', text: 'name: {en: X}' }]);
      console.log(JSON.stringify({
        hit: hit.id,
        same: json.projects.length === dataset.projects.length,
        sectors: SECTORS.length > 0,
        schema: typeof ProjectFile.safeParse,
        problems: result.problems.length > 0,
        it: localize(project.name, 'kk').lang,
      }));`;
    const run = node(['--input-type=module', '-e', script]);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      hit: 'zhanatas-wind-farm',
      same: true,
      sectors: true,
      schema: 'function',
      problems: true,
      it: expect.any(String),
    });
  });

  it('is required from CommonJS (Node 20.19+ loads ESM with require)', () => {
    const script = `
      const { dataset, createQuery } = require('@dostyk/data');
      const { Dataset } = require('@dostyk/data/schema');
      const json = require('@dostyk/data/dataset.json');
      const q = createQuery(dataset);
      console.log(JSON.stringify({ hit: q.search('zanatas')[0].id, n: json.projects.length === dataset.projects.length, parse: typeof Dataset.parse }));`;
    const run = node(['-e', script]);
    expect(run.stderr.replace(/^.*ExperimentalWarning.*\n?|^.*--trace-warnings.*\n?/gm, '')).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ hit: 'zhanatas-wind-farm', n: true, parse: 'function' });
  });

  it('type-checks a strict TypeScript consumer', async () => {
    await writeFile(
      join(project, 'consumer.ts'),
      `import { type AnyRecord, createQuery, dataset, type Project, type ProjectFilter, type SearchHit, STATUSES } from '@dostyk/data';
import { ProjectFile } from '@dostyk/data/schema';
import { formatProblem, validateRecords } from '@dostyk/data/validate';

const q = createQuery(dataset);
const hits: SearchHit[] = q.search('zanatas', { limit: 3, collections: ['projects'] });
const first: string | undefined = hits[0]?.id;
const filter: ProjectFilter = { sector: ['energy'], region: ['KZ-ZHA'], from: 2019 };
const projects: Project[] = q.projects(filter, 'capacity').items;
const capacity: number | undefined = projects[0]?.quantities?.capacity?.[0]?.value;
const status: (typeof STATUSES)[number] | undefined = projects[0]?.status[0]?.value;
const found: AnyRecord | undefined = first ? q.get(first)?.record : undefined;
const parsed = ProjectFile.safeParse({});
const ok: boolean = parsed.success;
const problems = await validateRecords([]);
const lines: string[] = problems.problems.map(formatProblem);
// @ts-expect-error: unknown fields are type errors too
const bad: ProjectFilter = { sectr: ['energy'] };
export { bad, capacity, found, lines, ok, status };
`,
    );
    await writeFile(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          skipLibCheck: true, // as most projects do; checking Zod's own declarations takes a minute
          noEmit: true,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    const tsc = resolve(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
    const run = node([tsc, '-p', 'tsconfig.json']);
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 120_000);

  it('keeps Zod out of the main entry’s import graph', () => {
    const seen = new Set<string>();
    const bare = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const [, spec] of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/gm)) {
        if (!spec) continue;
        if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
        else bare.add(spec);
      }
    };
    visit(join(installed(), 'dist', 'index.js'));
    expect([...bare].sort()).toEqual(['minisearch']);
  });

  it('passes publint and arethetypeswrong (ESM only)', () => {
    const publint = spawnSync(bin('publint'), ['run', tarball, '--strict'], { encoding: 'utf8' });
    expect(publint.stdout + publint.stderr).toContain('All good');
    expect(publint.status).toBe(0);
    const attw = spawnSync(
      bin('attw'),
      [
        tarball,
        '--profile',
        'esm-only',
        '--exclude-entrypoints',
        './places.geojson',
        '--format',
        'table-flipped',
      ],
      { encoding: 'utf8' },
    );
    expect(attw.status, attw.stdout + attw.stderr).toBe(0);
  }, 120_000);
});
