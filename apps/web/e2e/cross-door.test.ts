import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { conflicts, createQuery, type Dataset, type ProjectFilter, sourcesById } from '@dostyk/data';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The terminal's own words for a field (its label table and the data package's catalogue), so that a mark
// is matched to the field it stands on.
import { humanize } from '../../cli/src/data/records.js';
import { maybe, translator } from '../../cli/src/i18n/messages.js';
import { BASE, launch, shippedDataset } from './browser';

/**
 * The three doors agree, over the whole dataset: the package's `conflicts()`, the "Sources disagree" groups
 * on each built project page, and the "sources disagree" marks of `dostyk show` (the real CLI bundle); and
 * the count of projects for a set of filters from the query API, `dostyk projects --json` and the web's
 * projects page.
 */
const CLI = join(import.meta.dirname, '..', '..', 'cli', 'dist', 'dostyk.js');
const run = promisify(execFile);
const dostyk = async (args: string[]): Promise<string> => {
  const { stdout } = await run(process.execPath, [CLI, ...args], {
    env: { ...process.env, DOSTYK_LANG: 'en', NO_COLOR: '1', FORCE_COLOR: undefined },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
};

/** Labels compared on their letters only (the terminal pads and punctuates them). */
const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}]/gu, '');
const t = translator('en');
/** The label `dostyk show` prints for a field path, as describe() words it. */
function cliLabel(field: string): string {
  const [key = field, sub] = field.split('.');
  if (sub === undefined) return maybe(t, `field.${key}`, humanize(key));
  return maybe(t, `${key === 'dates' ? 'ms' : 'quantity'}.${sub}`, humanize(sub));
}

/** The fields `dostyk show` marks, by their label (the line `  Annual output: ⚠ sources disagree`). */
function marked(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*(.+?):\s*⚠\s*sources disagree\s*$/.exec(line);
    if (m?.[1]) out.push(letters(m[1]));
  }
  return out.sort();
}

/** Runs `fn` over `items`, `limit` at a time (a 2-core machine: more processes only queue). */
async function pool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i] as T);
      }
    }),
  );
  return out;
}

let browser: Browser;
let context: BrowserContext;
const dataset = shippedDataset() as unknown as Dataset;
const sources = sourcesById(dataset);
beforeAll(async () => {
  if (!existsSync(CLI))
    throw new Error('apps/cli/dist/dostyk.js is missing: run the build before the e2e tests');
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

describe('the three doors agree', () => {
  it('on which fields of every project have sources that disagree', async () => {
    expect(dataset.projects.length).toBeGreaterThan(100);
    const page = await context.newPage();
    let withConflicts = 0;
    const cliMarks = await pool(dataset.projects, 2, (p) => dostyk(['show', p.id]).then(marked));
    for (const [i, p] of dataset.projects.entries()) {
      const expected = conflicts(p, sources).map((c) => c.field);
      if (expected.length > 0) withConflicts++;
      await page.goto(`${BASE()}/en/projects/${p.id}`, { waitUntil: 'domcontentloaded' });
      const groups = await page.$$eval('.conflict[role="group"]', (els) =>
        els.map((e) => ({ field: e.getAttribute('data-field'), label: e.getAttribute('aria-label') })),
      );
      expect(groups.map((g) => g.field).sort(), `${p.id}: web`).toEqual([...expected].sort());
      for (const g of groups) expect(g.label, `${p.id}: web group name`).toBe('Sources disagree');
      expect(cliMarks[i], `${p.id}: dostyk show`).toEqual(expected.map((f) => letters(cliLabel(f))).sort());
    }
    // The dataset has conflicts to compare (a test that finds none proves nothing).
    expect(withConflicts).toBeGreaterThan(10);
    await page.close();
  }, 900_000);

  const FILTERS: { filter: ProjectFilter; url: string; args: string[] }[] = [
    { filter: {}, url: '', args: [] },
    { filter: { sector: ['energy'] }, url: 'sector=energy', args: ['--sector', 'energy'] },
    {
      filter: { sector: ['energy'], status: ['operational'] },
      url: 'sector=energy&status=operational',
      args: ['--sector', 'energy', '--status', 'operational'],
    },
    { filter: { region: ['KZ-31'] }, url: 'region=KZ-31', args: ['--region', 'KZ-31'] },
    { filter: { from: 2015, to: 2020 }, url: 'from=2015&to=2020', args: ['--from', '2015', '--to', '2020'] },
    { filter: { participant: ['cnpc'] }, url: 'participant=cnpc', args: ['--participant', 'cnpc'] },
    { filter: { status: ['cancelled'] }, url: 'status=cancelled', args: ['--status', 'cancelled'] },
  ];

  it('on how many projects a filter lists, and say what the count includes', async () => {
    const query = createQuery(dataset);
    const page = await context.newPage();
    for (const { filter, url, args } of FILTERS) {
      const api = query.projects(filter).total;
      const cli = JSON.parse(await dostyk(['projects', ...args, '--json'])) as unknown[];
      expect(cli.length, `dostyk projects ${args.join(' ')} --json`).toBe(api);
      await page.goto(`${BASE()}/en/projects${url ? `?${url}` : ''}`, { waitUntil: 'domcontentloaded' });
      const count = page.locator('.results-count');
      await expect
        .poll(async () => Number(await count.getAttribute('data-count')), {
          message: `web /en/projects?${url}`,
        })
        .toBe(api);
      await expect.poll(() => count.textContent()).toMatch(new RegExp(`^${api} projects?\\b`));
    }
    await page.close();
  }, 600_000);
});
