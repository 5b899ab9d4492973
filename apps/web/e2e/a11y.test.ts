import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, launch, pageTypes } from './browser';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

async function serious(path: string, ctx = context) {
  const page = await ctx.newPage();
  await page.goto(`${BASE()}${path}`, { waitUntil: 'networkidle' });
  await page.waitForSelector('html[lang] h1');
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  await page.close();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${path}: ${v.id} (${v.impact}) ${v.nodes.length}× ${v.nodes[0]?.target.join(' ')}`);
}

describe('accessibility (axe-core, WCAG 2.x A and AA)', () => {
  // axe's checks take 5–15 s per page on a 2-core machine: every page type once, the richest page per language.
  it('has no serious or critical violation on any page type', { timeout: 600_000 }, async () => {
    const problems: string[] = [];
    for (const { path } of pageTypes()) problems.push(...(await serious(`/en${path}`)));
    problems.push(...(await serious('/en/404')));
    expect(problems).toEqual([]);
  });

  it('has none on the richest pages in the other scripts (Kazakh Cyrillic, Chinese)', {
    timeout: 300_000,
  }, async () => {
    const problems: string[] = [];
    for (const locale of ['kk', 'zh']) {
      problems.push(
        ...(await serious(`/${locale}/projects`)),
        ...(await serious(`/${locale}/projects/zhanatas-wind-farm`)),
      );
    }
    expect(problems).toEqual([]);
  });

  it('has none in dark mode', { timeout: 300_000 }, async () => {
    const dark = await browser.newContext({ colorScheme: 'dark' });
    const problems: string[] = [];
    for (const path of ['', '/projects/zhanatas-wind-farm', '/figures'])
      problems.push(...(await serious(`/ru${path}`, dark)));
    await dark.close();
    expect(problems).toEqual([]);
  });

  it('shows a visible focus ring when tabbing', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE()}/en/projects`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => document.activeElement?.className);
    expect(skip).toContain('skip-link');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).toBe('solid');
    await page.close();
  });
});
