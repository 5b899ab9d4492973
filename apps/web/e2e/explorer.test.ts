import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '@/lib/page-size';
import { BASE, launch, shippedDataset, watchedPage } from './browser';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ acceptDownloads: true });
});
afterAll(async () => {
  await browser?.close();
});

const count = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));
/** The number of projects listed (the heading's text also says what the count includes). */
const listed = async (page: Page) => Number(await page.getAttribute('.results-count', 'data-count'));

describe('the projects explorer', () => {
  it('searches with typos, keeps the state in the URL, and Back restores it', async () => {
    const { page, errors } = await watchedPage(context);
    await page.goto(`${BASE()}/en/projects`, { waitUntil: 'networkidle' });
    const total = await listed(page);
    expect(total).toBe(shippedDataset().projects?.length);
    // Umbrella programmes and pledges are listed; the heading says the overview's counts leave them out.
    expect(await page.textContent('.results-count')).toMatch(
      new RegExp(`^${total} projects, including \\d+ umbrella`),
    );

    await page.fill('#project-q', 'zhanatsa wind');
    await page.waitForURL(/[?&]q=zhanatsa/);
    await expect.poll(() => page.locator('.project-row').first().textContent()).toContain('Zhanatas');

    await page.fill('#project-q', '');
    await page.check('#f-sector-energy');
    await page.waitForURL(/sector=energy/);
    // The URL changes before React re-renders the list: wait for the count to follow it.
    await expect.poll(async () => listed(page)).toBeLessThan(total);
    const energy = await listed(page);
    expect(energy).toBeGreaterThan(0);
    expect(energy).toBeLessThan(total);
    // Every listed project is in the energy sector.
    const sectors = await page.locator('.project-row .project-row-meta dd').first().allTextContents();
    expect(sectors.join(' ')).toContain('Energy');

    // A second filter narrows further; facet counts follow the other filters.
    const statusFacet = page.locator('fieldset.facet', { hasText: 'Status' });
    const operational = count(
      await statusFacet.locator('label', { hasText: 'Operational' }).locator('.facet-count').textContent(),
    );
    await page.check('#f-status-operational');
    await page.waitForURL(/status=operational/);
    await expect.poll(async () => listed(page)).toBe(operational);

    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('status='));
    expect(await page.isChecked('#f-status-operational')).toBe(false);
    await expect.poll(async () => listed(page)).toBe(energy);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('sector='));
    expect(await page.isChecked('#f-sector-energy')).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a shared view from its URL and downloads the filtered rows', async () => {
    const { page, errors } = await watchedPage(context);
    await page.goto(`${BASE()}/en/projects?sector=energy&sort=start`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.isChecked('#f-sector-energy')).toBe(true);
    expect(await page.inputValue('#project-sort')).toBe('start');
    // The count is the filtered one only once the dataset has loaded and the download buttons appear.
    await page.locator('p.downloads').waitFor();
    const shown = await listed(page);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("CSV")')]);
    const csvText = readFileSync((await csv.path()) as string, 'utf8');
    expect(csvText.trim().split('\n').length - 1).toBeGreaterThanOrEqual(shown);
    expect(csvText.split('\n')[0]).toContain('id');

    const [json] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("JSON")')]);
    const rows = JSON.parse(readFileSync((await json.path()) as string, 'utf8')) as { sector: string }[];
    expect(rows).toHaveLength(shown);
    expect(rows.every((r) => r.sector === 'energy')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('dims the map points a filter leaves out', async () => {
    const { page } = await watchedPage(context);
    await page.goto(`${BASE()}/en/projects?sector=education`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('a.atlas-item.is-out').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('renders a hostile ?q= as inert text', async () => {
    const { page, errors } = await watchedPage(context);
    const hostile = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
    await page.goto(`${BASE()}/en/projects?q=${encodeURIComponent(hostile)}`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.inputValue('#project-q')).toBe(hostile);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    await page.goto(`${BASE()}/en/search?q=${encodeURIComponent(hostile)}`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.inputValue('#search-page-q')).toBe(hostile);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the projects list', () => {
  it('renders a first page on the server and the rest as links for readers without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${BASE()}/en/projects`);
    const total = shippedDataset().projects?.length ?? 0;
    const rows = await page.locator('.project-row').count();
    expect(rows).toBe(Math.min(PAGE_SIZE, total));
    const rest = await page.locator('.project-rows-rest a').count();
    expect(rows + rest).toBe(total);
    await noJs.close();
  });

  it('pages through the list, and a record beyond the first page is found by search', async () => {
    const { page, errors } = await watchedPage(context);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${BASE()}/en/projects`, { waitUntil: 'networkidle' });
    await page.locator('p.downloads').waitFor();
    // The worker loads the prebuilt search index instead of indexing every record itself.
    expect(fetched).toContain('/downloads/search-index.json');
    const firstPage = await page
      .locator('.project-row')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(firstPage.length).toBeLessThanOrEqual(PAGE_SIZE);
    const beyond = (shippedDataset().projects as unknown as { id: string; name: { en: string } }[]).find(
      (p) => !firstPage.includes(p.id),
    );
    if (!beyond) return; // every project fits on one page
    await page.click('.pager button:last-of-type');
    await page.waitForURL(/[?&]page=2/);
    await expect
      .poll(() => page.locator('.project-row').first().getAttribute('data-id'))
      .not.toBe(firstPage[0]);
    await page.fill('#project-q', beyond.name.en);
    await expect.poll(() => page.locator(`.project-row[data-id="${beyond.id}"]`).count()).toBe(1);
    await page.waitForURL(/[?&]q=/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('folds the filters on a phone (by CSS: nothing moves once the script runs) and opens them on demand', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    await phone.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!e.hadRecentInput) w.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const { page, errors } = await watchedPage(phone);
    await page.goto(`${BASE()}/en/projects`, { waitUntil: 'networkidle' });
    await page.locator('p.downloads').waitFor();
    expect(await page.isVisible('#project-q')).toBe(false);
    const toggle = page.locator('button.filters-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThan(0.05);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.isVisible('#project-q')).toBe(true);
    expect(errors).toEqual([]);
    await phone.close();

    // On a wide screen the filters are simply there, without a toggle.
    const wide = await context.newPage();
    await wide.goto(`${BASE()}/en/projects`);
    expect(await wide.isVisible('#project-q')).toBe(true);
    expect(await wide.isVisible('button.filters-toggle')).toBe(false);
    await wide.close();
  });
});

describe('search across all records', () => {
  it('focuses with `/`, suggests as you type, and opens a record with the keyboard', async () => {
    const { page, errors } = await watchedPage(context);
    await page.goto(`${BASE()}/ru/timeline`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.header-search[data-ready]');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.type('zhanatas');
    const option = page.locator('.header-search [role="option"]').first();
    await expect.poll(() => option.textContent()).toMatch(/Жанатас|Zhanatas/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ru\/(projects|places|events)\//);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ranks an exact name, alias or acronym first in the header box, as the data package does', async () => {
    const { page, errors } = await watchedPage(context);
    await page.goto(`${BASE()}/en/about`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.header-search[data-ready]');
    const first = page.locator('.header-search [role="option"] a').first();
    for (const [text, href] of [
      ['CNPC', '/en/organizations/cnpc'],
      ['中石油', '/en/organizations/cnpc'],
      ['tokayev', '/en/people/kassym-jomart-tokayev'],
      ['Janatas', '/en/projects/zhanatas-wind-farm'],
      ['zan', '/en/projects/zhanatas-wind-farm'],
    ] as const) {
      await page.fill('.header-search [role="combobox"]', text);
      await expect.poll(() => first.getAttribute('href'), { timeout: 15_000 }).toBe(href);
    }
    // A dated record shows its date beside its kind.
    await page.fill('.header-search [role="combobox"]', 'zhanatas wind farm');
    await expect.poll(() => first.locator('time').getAttribute('datetime')).toBe('2016-02-26');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters the search page by kind through the URL, and dates each dated hit', async () => {
    const { page, errors } = await watchedPage(context);
    // A name with hits of several kinds and fewer than the page's 50 (Tokayev now has over 50 events alone).
    await page.goto(`${BASE()}/ru/search?q=masimov`, { waitUntil: 'networkidle' });
    const hits = page.locator('.search-hits > li');
    await expect.poll(() => hits.first().locator('a').getAttribute('href')).toBe('/ru/people/karim-massimov');
    const all = await hits.count();
    await page.selectOption('#search-page-kind', 'event');
    await page.waitForURL(/[?&]kind=event/);
    await expect.poll(() => hits.count()).toBeLessThan(all);
    expect(await hits.count()).toBeGreaterThan(0);
    // The kind is the label's first text; the date follows it in a <time>.
    const kinds = await page
      .locator('.search-hits .hit-kind')
      .evaluateAll((els) => els.map((e) => e.firstChild?.textContent));
    expect(new Set(kinds)).toEqual(new Set(['Событие']));
    // Every event has a date, shown in Russian.
    expect(await page.locator('.search-hits time[datetime]').count()).toBe(await hits.count());
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('kind='));
    await expect.poll(() => hits.count()).toBe(all);
    expect(await page.inputValue('#search-page-kind')).toBe('');
    // A kind the filter does not offer is ignored rather than finding nothing.
    await page.goto(`${BASE()}/en/search?q=Janatas&kind=nonsense`, { waitUntil: 'networkidle' });
    await expect
      .poll(() => hits.first().locator('a').getAttribute('href'))
      .toBe('/en/projects/zhanatas-wind-farm');
    expect(await page.inputValue('#search-page-kind')).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists results on the search page and keeps the query in the URL', async () => {
    const { page, errors } = await watchedPage(context);
    await page.goto(`${BASE()}/zh/search?q=wind`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('.search-hits li').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('switching language', () => {
  it('keeps the page, its filters and its query', async () => {
    const { page, errors } = await watchedPage(context);
    await page.goto(`${BASE()}/en/projects`, { waitUntil: 'networkidle' });
    await page.fill('#project-q', 'wind');
    await page.check('#f-sector-energy');
    await page.waitForURL(/sector=energy/);
    await page.waitForURL(/[?&]q=wind/);
    const query = new URL(page.url()).search;
    await page.locator('.lang-switcher summary').click();
    await page.locator('.lang-switcher a[hreflang="ru"]').click();
    await page.waitForURL(/\/ru\/projects/);
    expect(new URL(page.url()).search).toBe(query);
    // The page's scripts start after its first paint: wait for them to read the state back from the URL.
    await expect.poll(() => page.locator('#f-sector-energy').isChecked()).toBe(true);
    await expect.poll(() => page.inputValue('#project-q')).toBe('wind');

    await page.goto(`${BASE()}/ru/search?q=wind`, { waitUntil: 'networkidle' });
    await page.locator('.lang-switcher summary').click();
    await page.locator('.lang-switcher a[hreflang="zh-Hans"]').click();
    await page.waitForURL(/\/zh\/search\?q=wind$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the timeline', () => {
  it('filters by kind and years through the URL', async () => {
    const { page, errors } = await watchedPage(context);
    await page.goto(`${BASE()}/en/timeline`, { waitUntil: 'networkidle' });
    const all = await page.locator('[data-entry]:visible').count();
    await page.check('input[name="type"][value="agreement"]');
    await page.waitForURL(/type=agreement/);
    await expect.poll(() => page.locator('[data-entry]:visible').count()).toBeLessThanOrEqual(all);
    const visibleTypes = await page
      .locator('[data-entry]:visible')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-entry')?.split('|')[0]));
    expect(new Set(visibleTypes)).toEqual(new Set(['agreement']));
    await page.goBack();
    await expect.poll(() => page.locator('[data-entry]:visible').count()).toBe(all);
    expect(errors).toEqual([]);
    await page.close();
  });
});
