/**
 * The build: `pnpm --filter @dostyk/data build [--records DIR] [--out DIR]`.
 * Reads every record, validates it with the exact rules of `validateRecords`, compiles `src/` with tsc and
 * writes the data files into a temporary folder, then swaps that folder in for `dist/`. On any error it
 * prints every problem and exits 1, leaving the previous `dist/` as it was.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { KIND_OF } from '../src/constants.js';
import { formatCoverage, sourceCoverage } from '../src/coverage.js';
import { datasetToCsv } from '../src/export/csv.js';
import { toGeoJson } from '../src/export/geojson.js';
import { datasetJsonSchema, recordJsonSchemas } from '../src/export/json-schema.js';
import { nameFingerprint, sortByName } from '../src/query/projects.js';
import { buildExactIndex, buildSearchIndex } from '../src/query/search.js';
import { SHARDED_INDEX_DIR, splitSearchIndex } from '../src/query/shipped-index.js';
import { type LanguageCoverage, translationCoverage } from '../src/translation-coverage.js';
import { formatProblem, readRecordFiles, validateRecords } from '../src/validate/index.js';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: { records: { type: 'string' }, out: { type: 'string' }, quiet: { type: 'boolean' } },
});
const recordsDir = resolve(args.records ?? join(pkgDir, 'records'));
const outDir = resolve(args.out ?? join(pkgDir, 'dist'));
const log = (line: string) => args.quiet || console.log(line);

/** Date of the last commit touching each record file, from one `git log` pass; empty without git. */
function lastCommitDates(dir: string): Record<string, string> {
  let out: string;
  try {
    out = execFileSync(
      'git',
      ['-C', dir, 'log', '--format=%x00%cs', '--name-only', '--relative', '--', '.'],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 256 * 1024 * 1024,
      },
    );
  } catch {
    return {};
  }
  const dates: Record<string, string> = {};
  let date = '';
  for (const line of out.split('\n')) {
    if (line.startsWith('\u0000')) date = line.slice(1).trim();
    else if (/\.ya?ml$/i.test(line) && date) {
      const key = line.replace(/\.ya?ml$/i, '');
      dates[key] ??= date; // newest commit first: the first date seen is the last change
    }
  }
  return dates;
}

const started = Date.now();
const pkg = JSON.parse(await readFile(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
const files = await readRecordFiles(recordsDir, recordsDir);
const updated = lastCommitDates(recordsDir);
const latest = Object.values(updated).sort().at(-1);
const generated = process.env.SOURCE_DATE_EPOCH
  ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000).toISOString().slice(0, 10)
  : (latest ?? new Date().toISOString().slice(0, 10));
const { dataset, problems } = await validateRecords(files, { updated, version: pkg.version, generated });

const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');
for (const p of warnings) log(`warning ${formatProblem(p)}`);
if (errors.length > 0 || !dataset) {
  for (const p of errors) console.error(formatProblem(p));
  console.error(
    `\n${errors.length} error(s) in ${files.length} record files: nothing was built, ${outDir} is unchanged`,
  );
  process.exit(1);
}

// Everything is written into a fresh folder next to the output, then renamed into place.
const scratch = join(dirname(outDir), '.tmp');
const tmp = join(scratch, `${basename(outDir)}-build-${process.pid}`);
await rm(tmp, { recursive: true, force: true });
await mkdir(tmp, { recursive: true });
try {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(pkgDir, 'tsconfig.json'), '--outDir', tmp], {
    stdio: 'inherit',
  });

  const write = async (name: string, text: string) => {
    await mkdir(dirname(join(tmp, name)), { recursive: true });
    await writeFile(join(tmp, name), text);
  };
  const json = JSON.stringify(dataset);
  await write('dataset.json', json);
  // Engines parse a JSON string literal faster than the same object as JavaScript.
  await write('dataset.js', `export const dataset = JSON.parse(${JSON.stringify(json)});\n`);
  await rm(join(tmp, 'dataset.js.map'), { force: true });
  const searchIndex = buildSearchIndex(dataset);
  await write('search-index.json', JSON.stringify(searchIndex));
  // The same index split by first letter, so that a fresh process reads only what its first search needs.
  for (const [name, text] of splitSearchIndex(searchIndex, buildExactIndex(dataset)))
    await write(`${SHARDED_INDEX_DIR}/${name}`, text);
  // createQuery(dataset) reads the shipped index (instead of building one) when it is given this dataset.
  const records = Object.keys(KIND_OF).reduce(
    (n, c) => n + (dataset[c as keyof typeof KIND_OF] as unknown[]).length,
    0,
  );
  // …and the projects' name order, so that listing them needs no collator (checked by fingerprint).
  const projectsByName = {
    fingerprint: nameFingerprint(dataset.projects),
    order: Array.from(sortByName(dataset.projects)),
  };
  const shipped = { version: dataset.version, generated: dataset.generated, records, projectsByName };
  await write('shipped.js', `export const SHIPPED = ${JSON.stringify(shipped)};\n`);
  await rm(join(tmp, 'shipped.js.map'), { force: true });
  for (const [name, csv] of Object.entries(datasetToCsv(dataset))) await write(`csv/${name}.csv`, csv);
  await write('places.geojson', JSON.stringify(toGeoJson(dataset)));
  for (const [kind, schema] of Object.entries(recordJsonSchemas())) {
    await write(`json-schema/${kind}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  }
  await write('json-schema/dataset.schema.json', `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
  // The shares METHODOLOGY.md reports (titles, dates, kinds; projects with a first-hand source), computed here.
  await write('coverage.json', `${JSON.stringify(sourceCoverage(dataset), null, 2)}\n`);

  // The swap: the old dist/ moves aside, the new one moves in, the old one goes.
  const old = join(scratch, `${basename(outDir)}-old-${process.pid}`);
  if (existsSync(outDir)) await rename(outDir, old);
  try {
    await rename(tmp, outDir);
  } catch (error) {
    if (existsSync(old)) await rename(old, outDir);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
} catch (error) {
  await rm(tmp, { recursive: true, force: true });
  console.error(
    `build failed: ${error instanceof Error ? error.message : String(error)}; ${outDir} is unchanged`,
  );
  process.exit(1);
}
await rmdir(scratch).catch(() => {}); // only when empty: another build may be using it

const counts = Object.keys(KIND_OF)
  .map((c) => `${(dataset[c as keyof typeof KIND_OF] as unknown[]).length} ${c}`)
  .join(', ');
log(`built ${outDir} from ${files.length} records (${counts}, ${dataset.sources.length} sources)`);
log(formatCoverage(sourceCoverage(dataset)));
log(`${warnings.length} warning(s), ${((Date.now() - started) / 1000).toFixed(1)} s`);

// Record text per language: readers of a language see English wherever a text is missing, and a mark where
// the text is the project's own translation rather than as published.
const coverage = translationCoverage(dataset);
const perLang = (cs: LanguageCoverage[]) =>
  cs
    .filter((c) => c.lang !== 'en')
    .map((c) => `${c.lang} ${c.missing} missing, ${c.translated} translated`)
    .join(' · ');
log(`record text in ${coverage.all[0]?.texts ?? 0} localized texts: ${perLang(coverage.all)}`);
for (const [field, cs] of Object.entries(coverage.fields))
  log(`  ${field} (${cs[0]?.texts ?? 0}): ${perLang(cs)}`);
