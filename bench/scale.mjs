// @ts-check
// Scale: the query API on the real dataset and on synthetic datasets 10×, 100× and 1000× its size, each
// in its own process (so its memory is its own). Targets from issue 7: search p95 under 5 ms at 100×,
// filter + facets p95 under 16 ms (one frame) at 1000×.
import { join } from 'node:path';
import { WORKERS } from './lib/paths.mjs';
import { runWorker } from './lib/proc.mjs';
import { fmtValue, missing, row } from './lib/report.mjs';
import { fmtRatio } from './lib/stats.mjs';

const S = 'Scale';
export const FACTORS = [1, 10, 100, 1000];

/** Runs every scale; `write100` ({ dataset, index? } paths) saves the 100× dataset for the web check. */
/** @param {{ factors?: number[], write100?: { dataset: string, index?: string } }} [options] */
export async function benchScale({ factors = FACTORS, write100 } = {}) {
  /** @type {any[]} */
  const results = [];
  /** @type {{ factor: number, message: string }[]} */
  const errors = [];
  for (const factor of factors) {
    // At 1000× the text index alone would take minutes: only projects are scaled, filters measured.
    const args = [String(factor), ...(factor >= 1000 ? ['--no-search'] : [])];
    if (factor === 100 && write100) args.push('--write', write100.dataset);
    if (factor === 100 && write100?.index) args.push('--write-index', write100.index);
    try {
      results.push(
        await runWorker(join(WORKERS, 'scale.mjs'), args, {
          nodeArgs: ['--expose-gc', '--max-old-space-size=12000'],
          timeoutMs: 420_000,
          rssFromWorker: true,
        }),
      );
    } catch (e) {
      errors.push({ factor, message: e.message.slice(0, 300) });
    }
  }
  return { results, errors, rows: scaleRows(results, errors) };
}

function scaleRows(results, errors) {
  const at = (f) => results.find((r) => r.factor === f);
  const one = at(1);
  const rows = [];
  const growth = (id, figure, f, pick, target) => {
    const r = at(f);
    if (!r || !Number.isFinite(pick(r))) {
      const err = errors.find((e) => e.factor === f);
      rows.push(
        missing(S, id, figure, err ? err.message : `not measured at ${f}×`, {
          target: target && { text: target.text },
        }),
      );
      return;
    }
    const value = pick(r);
    const floor = one ? pick(one) : Number.NaN;
    rows.push(
      row(S, id, figure, value, 'ms', {
        floor,
        floorLabel: 'same at 1×',
        ratio: value / floor,
        ...(target ? { target: { text: target.text, met: value < target.max } } : {}),
      }),
    );
  };
  for (const f of FACTORS) {
    if (f === 1) continue;
    const what = f >= 1000 ? 'createQuery + facet table (no text index)' : 'createQuery + lazy indexes';
    growth(
      `scale.create.${f}x`,
      `${what} at ${f}×`,
      f,
      (r) => r.createMs + (Number.isFinite(r.searchIndexMs) ? r.searchIndexMs : 0) + r.tableMs,
    );
  }
  growth('scale.search-p95.100x', 'search p95 at 100×', 100, (r) => r.search?.p95, {
    text: '< 5 ms',
    max: 5,
  });
  growth('scale.filter-p95.1000x', 'filter + facets p95 at 1000×', 1000, (r) => r.filter?.p95, {
    text: '< 16 ms',
    max: 16,
  });
  for (const r of results) {
    rows.push(
      row(S, `scale.rss.${r.factor}x`, `peak memory at ${r.factor}×`, r.maxRss, 'bytes', {
        floor: one?.maxRss,
        floorLabel: 'same at 1×',
        ratio: one ? r.maxRss / one.maxRss : Number.NaN,
      }),
    );
  }
  return rows;
}

/** The growth table: one column per size. */
export function scaleTable({ results }) {
  if (results.length === 0) return '_no scale was measured_';
  const cols = results;
  const head = `| | ${cols.map((r) => `${r.factor}×`).join(' | ')} |`;
  const sep = `| --- | ${cols.map(() => '---:').join(' | ')} |`;
  const line = (label, pick, unit) =>
    `| ${label} | ${cols
      .map((r) => {
        const v = pick(r);
        return v === undefined || Number.isNaN(v) || v === null ? '—' : fmtValue(v, unit);
      })
      .join(' | ')} |`;
  const one = cols.find((r) => r.factor === 1);
  const num = (v) => (typeof v === 'number' ? v : Number.NaN); // JSON turns NaN into null
  const grow = (pick) =>
    `| ↳ growth vs 1× | ${cols.map((r) => (one ? fmtRatio(num(pick(r)) / num(pick(one))) : '—')).join(' | ')} |`;
  return [
    head,
    sep,
    line('records', (r) => r.records, 'count'),
    line('projects', (r) => r.projects, 'count'),
    line('generate (scaleDataset)', (r) => r.generateMs, 'ms'),
    line('createQuery', (r) => r.createMs, 'ms'),
    line('text index build (first search)', (r) => r.searchIndexMs, 'ms'),
    line('facet table build (first projects())', (r) => r.tableMs, 'ms'),
    line('search p50', (r) => r.search?.p50, 'ms'),
    line('search p95', (r) => r.search?.p95, 'ms'),
    grow((r) => r.search?.p95),
    line('floor: bare title scan p50', (r) => r.scanP50, 'ms'),
    line('filter + facets p50', (r) => r.filter?.p50, 'ms'),
    line('filter + facets p95', (r) => r.filter?.p95, 'ms'),
    grow((r) => r.filter?.p95),
    line('floor: bare pass over projects p50', (r) => r.passP50, 'ms'),
    line('heap held by the query indexes (1000×: no text index)', (r) => r.heapQueryBytes, 'bytes'),
    line('peak RSS of the process', (r) => r.maxRss, 'bytes'),
    `| slowest search | ${cols.map((r) => (r.searchWorst ? `"${r.searchWorst.case.slice(0, 40)}" ${fmtValue(r.searchWorst.ms, 'ms')}` : '—').replace(/\|/g, '\\|')).join(' | ')} |`,
    `| slowest filter | ${cols.map((r) => (r.filterWorst ? `\`${r.filterWorst.case}\` ${fmtValue(r.filterWorst.ms, 'ms')}` : '—').replace(/\|/g, '\\|')).join(' | ')} |`,
  ].join('\n');
}
