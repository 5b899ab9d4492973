// @ts-check
// Web: first-load JavaScript per page type, the size of the static site, the build time, Lighthouse on
// three pages served on loopback, and the projects page under use with the real and the 100× dataset.
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstLoadJs, folderSize } from './lib/first-load.mjs';
import { lighthouseMedian } from './lib/lighthouse.mjs';
import { pageBytes, siteBytes } from './lib/page-bytes.mjs';
import { ROOT, WEB, WEB_OUT } from './lib/paths.mjs';
import { missing, row } from './lib/report.mjs';
import { projectsPageUnderUse } from './lib/responsiveness.mjs';
import { serveStatic } from './lib/server.mjs';

const S = 'Web';
const PROJECT = 'zhanatas-wind-farm';

/** One page of each type, as exported HTML under out/ (the first record where the type has many). */
function pageTypes(out) {
  const first = (dir) => {
    const d = join(out, 'en', dir);
    if (!existsSync(d)) return undefined;
    const f = readdirSync(d)
      .filter((n) => n.endsWith('.html'))
      .sort()[0];
    return f && join(dir, f);
  };
  const project = existsSync(join(out, 'en', 'projects', `${PROJECT}.html`))
    ? `projects/${PROJECT}.html`
    : first('projects');
  return [
    ['404 page (framework + layout)', '404.html'],
    ['overview', '../en.html'],
    ['projects list', 'projects.html'],
    ['project record', project],
    ['timeline', 'timeline.html'],
    ['figures', 'figures.html'],
    ['organization record', first('organizations')],
    ['person record', first('people')],
    ['event record', first('events')],
    ['search', 'search.html'],
    ['data', 'data.html'],
    ['about', 'about.html'],
  ].flatMap(([label, f]) =>
    label && f && existsSync(join(out, 'en', f)) ? [[label, join(out, 'en', f)]] : [],
  );
}

function firstLoadRows(out) {
  const pages = pageTypes(out);
  const sizes = pages.map(
    ([label = '', file = '']) => /** @type {const} */ ([label, firstLoadJs(out, file)]),
  );
  const floor = sizes.find(([l]) => l.startsWith('404'))?.[1].gzip ?? Number.NaN;
  return sizes.map(([label, s]) => {
    const id = `web.first-load.${label.split(' ')[0]}${label.includes('record') ? '-record' : ''}`;
    const isProjects = label === 'projects list';
    return row(S, id, `first-load JS, ${label} (gzip, ${s.files} files)`, s.gzip, 'bytes', {
      floor,
      floorLabel: '404 page',
      ratio: s.gzip / floor,
      ...(isProjects ? { target: { text: '< 150 KB', met: s.gzip < 150 * 1024 } } : {}),
    });
  });
}

/**
 * Turbo's own record of each package's last executed build: every cache entry has a `-meta.json` (with the
 * task's duration) and a `-manifest.json` (its outputs, which name the package). The newest entry per
 * package is the last build that actually ran (a cache hit writes no entry).
 */
function turboDurations() {
  const dir = join(ROOT, '.turbo', 'cache');
  if (!existsSync(dir)) return [missing(S, 'web.build.turbo', 'turbo build durations', 'no .turbo/cache')];
  const newest = new Map();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('-meta.json'))) {
    const hash = name.slice(0, -'-meta.json'.length);
    const manifest = join(dir, `${hash}-manifest.json`);
    if (!existsSync(manifest)) continue;
    // Only the head of the manifest is read: the first output path names the package.
    const fd = openSync(manifest, 'r');
    const head = Buffer.alloc(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    const pkg = /"((?:apps|packages)\/[^/"]+)\//.exec(head.subarray(0, n).toString('utf8'))?.[1];
    if (!pkg) continue;
    const mtime = statSync(join(dir, name)).mtimeMs;
    if ((newest.get(pkg)?.mtime ?? -1) < mtime) newest.set(pkg, { mtime, file: join(dir, name) });
  }
  const rows = [];
  for (const [pkg, { mtime, file }] of [...newest].sort()) {
    try {
      const { duration } = JSON.parse(readFileSync(file, 'utf8'));
      const when = new Date(mtime).toISOString().slice(0, 16).replace('T', ' ');
      rows.push(
        row(S, `web.build.turbo.${pkg}`, `turbo build of ${pkg} (last run, ${when} UTC)`, duration, 'ms'),
      );
    } catch {}
  }
  return rows;
}

/** The last `next build`, from Next's own trace (µs), and turbo's record of each build task (ms). */
function buildTimes() {
  const rows = [];
  const trace = join(WEB, '.next', 'trace');
  if (existsSync(trace)) {
    let last;
    for (const line of readFileSync(trace, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        for (const e of JSON.parse(line))
          if (e.name === 'next-build' && (!last || e.startTime > last.startTime)) last = e;
      } catch {}
    }
    if (last) {
      const when = new Date(last.startTime).toISOString().slice(0, 16).replace('T', ' ');
      rows.push(
        row(
          S,
          'web.build.next',
          `last \`next build\` (from .next/trace, ${when} UTC)`,
          last.duration / 1000,
          'ms',
          {
            note: 'recorded by that build, under whatever load the machine had then',
          },
        ),
      );
    }
  }
  rows.push(...turboDurations());
  return rows;
}

const HYDRATION_TARGET = 30;

/**
 * The share of the site's HTML that is inline hydration data (the page sent a second time for the browser
 * to hydrate), for the whole site and one record page (issue 16: under 30% of each), and the average page
 * of each kind against the 404 page, the smallest page the framework writes.
 */
/**
 * @param {string} out
 * @param {{ factor?: number, floors?: Record<string, number> }} [options]
 */
export function hydrationRows(out, { factor = 1, floors } = {}) {
  const rows = [];
  const { total, kinds } = siteBytes(out);
  const share = (b) => (100 * b.hydration) / b.html;
  const x = factor === 1 ? '' : ` at ${factor}×`;
  const id = factor === 1 ? '' : `.${factor}x`;
  rows.push(
    row(
      S,
      `web.hydration.site${id}`,
      `inline hydration data, share of all HTML${x} (${total.pages} pages, ${(total.hydration / 1024 / 1024).toFixed(1)} of ${(total.html / 1024 / 1024).toFixed(1)} MB)`,
      share(total),
      'percent',
      {
        target: { text: `< ${HYDRATION_TARGET}%`, met: share(total) < HYDRATION_TARGET },
      },
    ),
  );
  const record = join(out, 'en', 'projects', `${PROJECT}.html`);
  if (factor === 1 && existsSync(record)) {
    const b = pageBytes(record);
    rows.push(
      row(
        S,
        'web.hydration.record',
        `inline hydration data, share of a record page (/en/projects/${PROJECT}, ${(b.html / 1024).toFixed(1)} KB)`,
        share(b),
        'percent',
        {
          target: { text: `< ${HYDRATION_TARGET}%`, met: share(b) < HYDRATION_TARGET },
        },
      ),
    );
  }
  const notFound = join(out, '404.html');
  const floor404 = existsSync(notFound) ? pageBytes(notFound).html : Number.NaN;
  for (const kind of ['home', 'list', 'record']) {
    const k = kinds[kind];
    if (!k) continue;
    const avg = k.html / k.pages;
    const floor = floors?.[kind] ?? floor404;
    rows.push(
      row(
        S,
        `web.page-bytes.${kind}${id}`,
        `average ${kind} page${x} (${k.pages} pages; ${share(k).toFixed(0)}% hydration data)`,
        avg,
        'bytes',
        {
          floor,
          floorLabel: floors ? 'same kind at 1× (this run)' : '404 page',
          ratio: avg / floor,
        },
      ),
    );
  }
  return rows;
}

const LH_TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 95 };

async function lighthouseRows(origin, details, runs) {
  const rows = [];
  const pages = [
    ['overview', '/en'],
    ['projects', '/en/projects'],
    ['project', `/en/projects/${PROJECT}`],
  ];
  for (const [label, path] of pages) {
    try {
      const r = await lighthouseMedian(`${origin}${path}`, runs);
      details.lighthouse.push({ label, path, ...r });
      for (const [cat, min] of Object.entries(LH_TARGETS)) {
        const v = r.scores[cat];
        rows.push(
          row(S, `web.lh.${label}.${cat}`, `Lighthouse ${cat}, ${label} (${path}, mobile)`, v, 'score', {
            target: { text: min === 100 ? '100' : `≥ ${min}`, met: v >= min },
            note: v < min ? r.losses[cat].join(', ') : undefined,
          }),
        );
      }
    } catch (e) {
      rows.push(missing(S, `web.lh.${label}`, `Lighthouse, ${label}`, e.message.slice(0, 200)));
    }
  }
  return rows;
}

/** Whether the built site fetches the shipped search index (then a 100× site needs a 100× index). */
export function webLoadsShippedIndex() {
  const dir = join(WEB_OUT, '_next', 'static', 'chunks');
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { recursive: true })
    .filter((f) => String(f).endsWith('.js'))
    .some((f) => readFileSync(join(dir, String(f)), 'utf8').includes('search-index.json'));
}

/**
 * A copy of out/ (symbolic links, so it costs nothing) whose /downloads/dataset.json (and search index,
 * when given) are the given files.
 */
function outWithDataset(out, datasetFile, indexFile) {
  const dir = mkdtempSync(join(tmpdir(), 'dostyk-web-100x-'));
  const copy = join(dir, 'out');
  execFileSync('cp', ['-rs', out, copy]);
  rmSync(join(copy, 'downloads', 'dataset.json'), { force: true });
  cpSync(datasetFile, join(copy, 'downloads', 'dataset.json'));
  if (indexFile) {
    rmSync(join(copy, 'downloads', 'search-index.json'), { force: true });
    cpSync(indexFile, join(copy, 'downloads', 'search-index.json'));
  }
  return { copy, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

async function responsivenessRows(origin, dataset100, index100, details) {
  const rows = [];
  let one;
  try {
    one = await projectsPageUnderUse(origin);
    details.responsiveness.push({ factor: 1, ...one });
  } catch (e) {
    return [
      missing(S, 'web.projects-100x', 'projects page under use', `1× run failed: ${e.message.slice(0, 200)}`),
    ];
  }
  if (!dataset100 || !existsSync(dataset100)) {
    rows.push(
      missing(S, 'web.projects-100x', 'projects page with the 100× dataset', 'no 100× dataset was generated'),
    );
  }
  let hundred;
  if (dataset100 && existsSync(dataset100)) {
    const { copy, cleanup } = outWithDataset(WEB_OUT, dataset100, index100);
    const server = await serveStatic(copy);
    try {
      hundred = await projectsPageUnderUse(server.origin);
      details.responsiveness.push({ factor: 100, bytes: statSync(dataset100).size, ...hundred });
    } catch (e) {
      rows.push(
        missing(S, 'web.projects-100x', 'projects page with the 100× dataset', e.message.slice(0, 200)),
      );
    } finally {
      await server.stop();
      cleanup();
    }
  }
  const vs = (id, figure, pick, target) => {
    const value = hundred ? pick(hundred) : pick(one);
    const factor = hundred ? '100×' : '1×';
    rows.push(
      row(S, `${id}.${hundred ? '100x' : '1x'}`, `${figure}, ${factor} dataset`, value, 'ms', {
        floor: pick(one),
        floorLabel: 'same with the real dataset',
        ratio: value / pick(one),
        ...(target ? { target: { text: target.text, met: value <= target.max } } : {}),
      }),
    );
  };
  vs('web.projects.ready', 'projects page: navigation to filters and search ready', (r) => r.readyMs);
  vs(
    'web.projects.type',
    'projects page: typing "zanatas" (7 keys, 60 ms apart) to Zhanatas listed',
    (r) => r.typeToResultMs,
  );
  vs('web.projects.facet', 'projects page: tick a sector to count updated', (r) => r.facetMs);
  vs(
    'web.projects.inp',
    'projects page: slowest interaction after ready (Event Timing, INP proxy)',
    (r) => r.maxInteractionMs,
    {
      text: '≤ 200 ms (INP "good")',
      max: 200,
    },
  );
  vs('web.projects.longtask', 'projects page: longest main-thread task after ready', (r) => r.longestTaskMs);
  return rows;
}

/**
 * @param {{ dataset100?: string, index100?: string, lighthouse?: boolean, lighthouseRuns?: number }} [options]
 */
export async function benchWeb({
  dataset100,
  index100,
  lighthouse: withLighthouse = true,
  lighthouseRuns = 5,
} = {}) {
  const details = { lighthouse: [], responsiveness: [] };
  if (!existsSync(join(WEB_OUT, 'en', 'projects.html')))
    return { rows: [missing(S, 'web', 'web explorer', 'apps/web/out is not built')], details };
  const rows = [...firstLoadRows(WEB_OUT)];
  const site = folderSize(WEB_OUT);
  rows.push(
    row(
      S,
      'web.site-size',
      `static site, all of out/ (${site.pages} HTML pages, ${site.files} files; by type: ${Object.entries(
        site.byExt,
      )
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([ext, b]) => `.${ext || '(none)'} ${(b / 1024 / 1024).toFixed(1)} MB`)
        .join(', ')})`,
      site.total,
      'bytes',
    ),
  );
  rows.push(...hydrationRows(WEB_OUT));
  rows.push(...buildTimes());
  const server = await serveStatic(WEB_OUT);
  try {
    if (withLighthouse) rows.push(...(await lighthouseRows(server.origin, details, lighthouseRuns)));
    rows.push(...(await responsivenessRows(server.origin, dataset100, index100, details)));
  } finally {
    await server.stop();
  }
  return { rows, details };
}

export function lighthouseTable(details) {
  if (!details.lighthouse.length) return '_Lighthouse did not run_';
  const lines = [
    '| Page | Performance | (every run) | Accessibility | Best practices | SEO | FCP | LCP | TBT | CLS | CPU benchmark index |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of details.lighthouse) {
    const s = r.scores;
    const m = r.metrics;
    const f = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '—');
    lines.push(
      `| ${r.label} (\`${r.path}\`) | ${Math.round(s.performance)} | ${(r.runs ?? []).map(Math.round).join(', ')} | ${Math.round(s.accessibility)} | ${Math.round(
        s['best-practices'],
      )} | ${Math.round(s.seo)} | ${f(m.fcp)} | ${f(m.lcp)} | ${f(m.tbt)} | ${Number.isFinite(m.cls) ? m.cls.toFixed(3) : '—'} | ${
        r.diagnostics?.benchmarkIndex ?? '—'
      } |`,
    );
  }
  lines.push('');
  for (const r of details.lighthouse) {
    const d = r.diagnostics ?? {};
    const parts = [];
    if (d.scripts?.length) parts.push(`main-thread scripts: ${d.scripts.join('; ')}`);
    if (d.layoutShifts?.length) parts.push(`layout shifts: ${d.layoutShifts.join('; ')}`);
    const lost = Object.entries(r.losses)
      .filter(([, l]) => l.length)
      .map(([c, l]) => `${c}: ${l.join(', ')}`);
    if (lost.length) parts.push(`audits below full marks: ${lost.join(' · ')}`);
    if (parts.length) lines.push(`- ${r.label}: ${parts.join(' — ')}`);
  }
  lines.push(
    '',
    'Lighthouse simulates a mid-range phone by slowing the observed CPU work 4×: on a busy host (a low',
    'benchmark index) the performance score drops with the host, so compare it across runs with the index.',
    'Each page is measured several times and the median run reported (the run closest to the median FCP and',
    'TTI, as Lighthouse itself picks it); every run’s performance score is listed beside it.',
  );
  return lines.join('\n');
}

export function responsivenessTable(details) {
  if (!details.responsiveness.length) return '_the projects page was not driven_';
  const lines = [
    '| Dataset | load event | ready | type "zanatas" → listed | tick a sector → count | slowest interaction | longest task | blocking after ready |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const f = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '—');
  for (const r of details.responsiveness) {
    lines.push(
      `| ${r.factor}× (${r.allCount}) | ${f(r.loadMs)} | ${f(r.readyMs)} | ${f(r.typeToResultMs)} | ${f(r.facetMs)} | ${f(
        r.maxInteractionMs,
      )} (${r.worstEvent ?? '—'}) | ${f(r.longestTaskMs)} | ${f(r.blockingMs)} |`,
    );
  }
  return lines.join('\n');
}
