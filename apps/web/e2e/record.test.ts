import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, launch, shippedDataset, watchedPage } from './browser';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

describe('a project page', () => {
  it('shows its sources, footnotes that lead to them, and safe external links', async () => {
    const d = shippedDataset();
    const id = d.projects?.find((p) => p.id === 'zhanatas-wind-farm')?.id ?? d.projects?.[0]?.id;
    const { page, errors } = await watchedPage(context);
    await page.goto(`${BASE()}/en/projects/${id}`, { waitUntil: 'networkidle' });
    const sources = page.locator('.source-list li');
    expect(await sources.count()).toBeGreaterThan(0);
    for (const rel of await page
      .locator('a[href^="http"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('rel')))) {
      expect(rel).toMatch(/noopener/);
      expect(rel).toMatch(/noreferrer/);
    }
    const firstCite = page.locator('a.cite-link').first();
    const target = (await firstCite.getAttribute('href')) as string;
    await firstCite.click();
    expect(new URL(page.url()).hash).toBe(target);
    expect(await page.locator(`${target}:target`).count()).toBe(1);
    // The map of its places, cite-this and last-updated.
    expect(await page.locator('.atlas-svg').count()).toBeGreaterThan(0);
    expect(await page.locator('.citation').textContent()).toContain(id);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has a print stylesheet that hides navigation and shows link targets', async () => {
    const d = shippedDataset();
    const id = d.projects?.[0]?.id;
    const page = await context.newPage();
    await page.goto(`${BASE()}/en/projects/${id}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    await page.close();
  });

  it('follows the system dark mode', async () => {
    const ctx = await browser.newContext({ colorScheme: 'dark' });
    const page = await ctx.newPage();
    await page.goto(`${BASE()}/en`);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(20, 22, 26)');
    await ctx.close();
  });
});
