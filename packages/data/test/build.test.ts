import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(pkgDir, 'test/fixtures/broken');
// Inside the package (git-ignored .tmp/), so the built modules resolve their dependencies.
const work = join(pkgDir, '.tmp', `build-test-${process.pid}`);
const out = join(work, 'dist');

const build = (records: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--records', records, '--out', out], {
    cwd: pkgDir,
    encoding: 'utf8',
  });

/** Every file under a folder with the hash of its content. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else
        files[relative(dir, p)] = createHash('sha256')
          .update(await readFile(p))
          .digest('hex');
    }
  };
  await walk(dir);
  return files;
}

describe('the build', () => {
  let first: ReturnType<typeof build>;
  beforeAll(async () => {
    await mkdir(work, { recursive: true });
    first = build(join(fixtures, 'valid'));
  }, 180_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('emits the typed module and every data file', async () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const files = Object.keys(await snapshot(out));
    for (const f of [
      'index.js',
      'index.d.ts',
      'dataset.js',
      'dataset.d.ts',
      'dataset.json',
      'search-index.json',
      'schema/index.js',
      'validate/index.js',
      'csv/projects.csv',
      'csv/sources.csv',
      'places.geojson',
      'json-schema/project.schema.json',
      'json-schema/event.schema.json',
      'json-schema/dataset.schema.json',
    ]) {
      expect(files).toContain(f);
    }
    expect(files).not.toContain('dataset.js.map');
    const js = await readFile(join(out, 'dataset.js'), 'utf8');
    expect(js.startsWith('export const dataset = JSON.parse(')).toBe(true);
    const mod = (await import(pathToFileURL(join(out, 'index.js')).href)) as typeof import('../src/index.js');
    expect(mod.dataset.projects.map((p) => p.id)).toEqual(['zhanatas-wind-farm']);
    expect(mod.createQuery(mod.dataset).search('zanatas')[0]?.id).toBe('zhanatas-wind-farm');
  });

  it('fails on a bad record, prints file:line path: message (hint), and leaves dist/ untouched', async () => {
    const before = await snapshot(out);
    const second = build(join(fixtures, 'unknown-field'));
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(
      'projects/zhanatas-wind-farm.yaml:7 capcity: unknown field "capcity" (check the spelling against the schema)',
    );
    expect(await snapshot(out)).toEqual(before);
    expect(existsSync(join(work, '.tmp'))).toBe(false);
  }, 60_000);

  it('prints every problem of every file, not just the first', () => {
    const run = build(fixtures);
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => /\.yaml:\d+ /.test(l));
    for (const f of [
      'unknown-field',
      'bad-date',
      'bad-yaml',
      'binary-file',
      'non-http-url',
      'outside-country',
    ]) {
      expect(lines.some((l) => l.startsWith(`${f}/projects/`))).toBe(true);
    }
  }, 60_000);
});
