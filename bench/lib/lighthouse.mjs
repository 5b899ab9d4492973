// @ts-check
// Lighthouse 12 (the root devDependency) against a served page: mobile emulation (its default form factor),
// the four categories issue 7 sets targets for, Chromium from /usr/bin.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './paths.mjs';
import { run } from './proc.mjs';

const require = createRequire(join(ROOT, 'package.json'));
const LH = join(require.resolve('lighthouse/package.json'), '..');
const CLI = join(LH, 'cli', 'index.js');

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Lighthouse's own advice on variance (https://github.com/GoogleChrome/lighthouse/blob/main/docs/variability.md):
 * run several times and report the median run, the one closest to the median FCP and TTI (its
 * `computeMedianRun`). Every run's performance score is kept, so the spread shows in the results.
 */
export async function lighthouseMedian(url, runs) {
  const { computeMedianRun } = await import(pathToFileURL(join(LH, 'core', 'lib', 'median-run.js')).href);
  const results = [];
  let failures = 0;
  while (results.length < runs) {
    try {
      results.push(await lighthouseRun(url));
    } catch (e) {
      // A run that could not record its trace (NO_NAVSTART and the like) is Lighthouse's hiccup, not the
      // page's: run again, but give up on a page that keeps failing.
      if (++failures > 2) throw e;
    }
  }
  const median = computeMedianRun(results.map((r) => r.lhr));
  const chosen = results.find((r) => r.lhr === median) ?? results[0];
  return {
    ...summary(chosen.lhr),
    wallMs: chosen.wallMs,
    runs: results.map((r) => r.lhr.categories.performance.score * 100),
  };
}

async function lighthouseRun(url) {
  const dir = mkdtempSync(join(tmpdir(), 'dostyk-lh-'));
  const report = join(dir, 'report.json');
  try {
    const r = await run(
      process.execPath,
      [
        CLI,
        url,
        '--quiet',
        '--output=json',
        `--output-path=${report}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
        '--max-wait-for-load=60000',
      ],
      {
        env: { CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
        timeoutMs: 240_000,
        measureMemory: false,
      },
    );
    let lhr;
    try {
      lhr = JSON.parse(readFileSync(report, 'utf8'));
    } catch {
      throw new Error(`lighthouse exited ${r.code}: ${r.stderr.trim().slice(-300)}`);
    }
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return { lhr, wallMs: r.wallMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Scores (0–100) per category, a few performance metrics, and the audits that cost points. */
function summary(lhr) {
  const scores = {};
  const losses = {};
  for (const c of CATEGORIES) {
    const cat = lhr.categories[c];
    scores[c] = cat?.score === null || cat?.score === undefined ? Number.NaN : cat.score * 100;
    losses[c] = (cat?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  }
  const metric = (id) => lhr.audits[id]?.numericValue;
  const items = (id) => lhr.audits[id]?.details?.items ?? [];
  const short = (url) => String(url ?? '').replace(/^https?:\/\/[^/]+/, '');
  return {
    scores,
    losses,
    // What the owner of a page needs to fix a score: where the main thread went and what moved.
    diagnostics: {
      benchmarkIndex: lhr.environment?.benchmarkIndex,
      scripts: items('bootup-time')
        .slice(0, 3)
        .map((i) => `${short(i.url)} ${Math.round(i.scripting ?? i.total ?? 0)} ms`),
      layoutShifts: items('layout-shifts')
        .slice(0, 3)
        .map((i) => `${i.node?.selector ?? i.node?.snippet ?? '?'} (${Number(i.score ?? 0).toFixed(3)})`),
    },
    metrics: {
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      si: metric('speed-index'),
    },
  };
}
