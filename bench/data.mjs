// @ts-check
// Data: the cold cost of `import '@dostyk/data'` plus a first search against a bare JSON.parse of
// dataset.json, and the build's validation throughput against parsing the same YAML and nothing else.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_ENTRY, DATASET_JSON, WORKERS } from './lib/paths.mjs';
import { run, runWorker } from './lib/proc.mjs';
import { missing, row } from './lib/report.mjs';
import { median } from './lib/stats.mjs';

const S = 'Data';

export async function benchData({ runs = 7 } = {}) {
  if (!existsSync(DATASET_JSON) || !existsSync(new URL(DATA_ENTRY)))
    return [missing(S, 'data.import', 'import @dostyk/data', 'packages/data/dist is not built')];
  const probe = join(WORKERS, 'import-probe.mjs');
  /** @type {Record<'floor' | 'package' | 'prebuilt' | 'importOnly' | 'floorWall' | 'packageWall', number[]>} */
  const samples = { floor: [], package: [], prebuilt: [], importOnly: [], floorWall: [], packageWall: [] };
  // Interleaved, so that a burst of load elsewhere on the machine hits every mode alike.
  for (let i = 0; i < runs; i++) {
    for (const mode of ['floor', 'package', 'prebuilt']) {
      const r = await runWorker(probe, [mode]);
      samples[mode].push(r.totalMs);
      if (mode === 'package') samples.importOnly.push(r.importMs);
    }
    // Whole fresh processes, Node's start-up included in both: what a script pays end to end.
    for (const mode of ['floor', 'package']) {
      const r = await run(process.execPath, [probe, mode], { measureMemory: false });
      if (r.code !== 0) throw new Error(`import-probe ${mode} exited ${r.code}: ${r.stderr.slice(0, 200)}`);
      samples[`${mode}Wall`].push(r.wallMs);
    }
  }
  const floor = median(samples.floor);
  const floorLabel = 'read + JSON.parse dataset.json';
  const vsFloor = (id, figure, values, extra = {}) => {
    const value = median(values);
    return row(S, id, figure, value, 'ms', { floor, floorLabel, ratio: value / floor, ...extra });
  };
  const rows = [
    vsFloor('data.import', `import @dostyk/data (median of ${runs} cold processes)`, samples.importOnly),
    vsFloor(
      'data.first-search',
      'import + createQuery(dataset) + first search (the shipped index, found by createQuery)',
      samples.package,
    ),
    vsFloor(
      'data.first-search-prebuilt',
      'import + createQuery(dataset, { searchIndex }) + first search (shipped index)',
      samples.prebuilt,
    ),
  ];
  const floorWall = median(samples.floorWall);
  const packageWall = median(samples.packageWall);
  rows.push(
    row(
      S,
      'data.fresh-floor',
      `fresh process: read + JSON.parse dataset.json (median of ${runs})`,
      floorWall,
      'ms',
    ),
    row(
      S,
      'data.fresh-first-search',
      `fresh process: import @dostyk/data + createQuery(dataset) + first search (median of ${runs})`,
      packageWall,
      'ms',
      {
        floor: floorWall,
        floorLabel: 'fresh process: read + JSON.parse dataset.json',
        ratio: packageWall / floorWall,
        target: { text: 'at most 2.5× the floor', met: packageWall / floorWall <= 2.5 },
      },
    ),
  );

  try {
    const v = await runWorker(join(WORKERS, 'validate.mjs'), [], { timeoutMs: 240_000 });
    const yamlRate = (v.records / v.yamlMs) * 1000;
    const note = v.ok
      ? undefined
      : `the records do not validate (${v.errors} errors): throughput of a failing run`;
    const rate = (label, id, msTaken) =>
      row(S, id, label, (v.records / msTaken) * 1000, 'rate', {
        floor: yamlRate,
        floorLabel: 'YAML parse only',
        ratio: msTaken / v.yamlMs,
        note,
      });
    rows.push(
      rate(
        `validateRecords, one pass as the build runs it (${v.records} records)`,
        'data.validate-cold',
        v.coldMs,
      ),
    );
    rows.push(row(S, 'data.validate-rss', 'validateRecords peak memory', v.maxRss, 'bytes'));
  } catch (e) {
    rows.push(missing(S, 'data.validate-cold', 'validateRecords throughput', e.message.slice(0, 200)));
  }
  return rows;
}
