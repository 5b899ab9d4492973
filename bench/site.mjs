// @ts-check
// Site at scale: the web explorer built from synthetic datasets (the data package's `scaleDataset`: same
// distribution, new ids) 1×, 2× and 5× the size of today's records, each build timed and its pages
// measured, the 1× build of the same run as the floor. The built site (apps/web/out) is moved aside first
// and put back afterwards, so the other sections measure today's site.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { folderSize } from './lib/first-load.mjs';
import { DATA_DIST, DATASET_JSON, ROOT, WEB, WEB_OUT } from './lib/paths.mjs';
import { missing, row } from './lib/report.mjs';
import { hydrationRows } from './web.mjs';

const S = 'Site';

/** @param {{ factors?: number[] }} [options] */
export async function benchSite({ factors = [1, 2, 5] } = {}) {
  /** @type {ReturnType<typeof row>[]} */
  const rows = [];
  if (!existsSync(WEB_OUT)) return [missing(S, 'site', 'site at scale', 'apps/web/out is not built')];
  const { scaleDataset } = await import(pathToFileURL(join(DATA_DIST, 'synthetic.js')).href);
  const today = JSON.parse(readFileSync(DATASET_JSON, 'utf8'));
  const scratch = mkdtempSync(join(tmpdir(), 'dostyk-bench-site-'));
  // Beside out/ (same file system, so moving it is a rename).
  const aside = join(WEB, '.bench-out');
  rmSync(aside, { recursive: true, force: true });
  renameSync(WEB_OUT, aside);
  /** @type {Record<number, { ms: number, size: number, kinds: Record<string, number> }>} */
  const built = {};
  try {
    for (const factor of factors) {
      const file = join(scratch, `dataset-${factor}x.json`);
      writeFileSync(file, JSON.stringify(scaleDataset(today, factor)));
      const t = performance.now();
      try {
        execFileSync('npx', ['-y', 'pnpm@10', '--filter', '@dostyk/web', 'run', 'build'], {
          cwd: ROOT,
          env: { ...process.env, DOSTYK_DATASET: file, NEXT_TELEMETRY_DISABLED: '1' },
          stdio: ['ignore', 'ignore', 'pipe'],
          maxBuffer: 64 * 1024 * 1024,
        });
      } catch (e) {
        rows.push(missing(S, `site.build.${factor}x`, `web build at ${factor}×`, String(e).slice(0, 200)));
        continue;
      }
      const ms = performance.now() - t;
      const size = folderSize(WEB_OUT).total;
      const floor = built[1];
      rows.push(
        row(
          S,
          `site.build.${factor}x`,
          `web build (copy data, next build, post-build steps) at ${factor}×`,
          ms,
          'ms',
          {
            ...(floor && factor !== 1
              ? { floor: floor.ms, floorLabel: 'same at 1× (this run)', ratio: ms / floor.ms }
              : {}),
          },
        ),
        row(S, `site.size.${factor}x`, `static site, all of out/, at ${factor}×`, size, 'bytes', {
          ...(floor && factor !== 1
            ? { floor: floor.size, floorLabel: 'same at 1× (this run)', ratio: size / floor.size }
            : {}),
        }),
      );
      const pageRows = hydrationRows(WEB_OUT, {
        factor,
        ...(floor && factor !== 1 ? { floors: floor.kinds } : {}),
      }).map((r) => ({ ...r, section: S }));
      rows.push(...pageRows);
      /** @type {Record<string, number>} */
      const kinds = {};
      for (const r of pageRows)
        if (r.id.startsWith('web.page-bytes.')) kinds[r.id.split('.')[2] ?? ''] = r.value;
      built[factor] = { ms, size, kinds };
      rmSync(WEB_OUT, { recursive: true, force: true });
    }
  } finally {
    rmSync(WEB_OUT, { recursive: true, force: true });
    renameSync(aside, WEB_OUT);
    rmSync(scratch, { recursive: true, force: true });
  }
  return rows;
}
