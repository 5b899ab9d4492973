import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, LOCALES, launch, pageTypes, watchedPage } from './browser';

const TAGS: Record<string, string> = { en: 'en', it: 'it', ru: 'ru', kk: 'kk', zh: 'zh-Hans' };

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

describe('every page type in every language', () => {
  for (const locale of LOCALES) {
    it(`${locale}: every page type loads without errors, in its language, with its head`, async () => {
      const { page, errors } = await watchedPage(context);
      for (const { type, path } of pageTypes()) {
        const res = await page.goto(`${BASE()}/${locale}${path}`, { waitUntil: 'networkidle' });
        expect(res?.status(), `${type} status`).toBe(200);
        expect(await page.getAttribute('html', 'lang'), type).toBe(TAGS[locale]);
        expect((await page.title()).length, `${type} title`).toBeGreaterThan(3);
        expect(await page.locator('h1').count(), `${type} h1`).toBeGreaterThanOrEqual(1);
        const description = await page.getAttribute('meta[name="description"]', 'content');
        if (!path.startsWith('/search')) {
          expect(description?.length ?? 0, `${type} description`).toBeGreaterThan(locale === 'zh' ? 8 : 20);
          // Without a public address (SITE_URL) the build names no host: no canonical, hreflang (which must be
          // absolute) or Open Graph URLs; with it, the unit tests of lib/metadata.ts check all three.
          expect(await page.locator('link[rel="alternate"][hreflang]').count(), `${type} hreflang`).toBe(0);
          expect(await page.locator('meta[property="og:image"], meta[property="og:url"]').count(), type).toBe(
            0,
          );
          expect(await page.locator('link[rel="canonical"]').count(), `${type} canonical`).toBe(0);
        }
        // No sideways scrolling at this width.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${type} horizontal overflow`).toBeLessThanOrEqual(0);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('answers an unknown path with the localized 404 page and status 404', async () => {
    const page = await context.newPage();
    for (const [locale, text] of [
      ['ru', 'Страница не найдена'],
      ['zh', '页面未找到'],
      ['kk', 'Бет табылмады'],
    ] as const) {
      const res = await page.goto(`${BASE()}/${locale}/no/such/page`);
      expect(res?.status()).toBe(404);
      expect(await page.textContent('h1')).toBe(text);
      expect(await page.getAttribute('html', 'lang')).toBe(TAGS[locale]);
    }
    const res = await page.goto(`${BASE()}/no-such-thing`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('a[hreflang]').count()).toBe(5);
    await page.close();
  });

  it('sends `/` to the visitor’s language, and English otherwise', async () => {
    for (const [accept, expected] of [
      ['ru-RU', '/ru'],
      ['kk', '/kk'],
      ['de-DE', '/en'],
    ] as const) {
      const ctx = await browser.newContext({ locale: accept });
      const page = await ctx.newPage();
      await page.goto(`${BASE()}/`);
      await page.waitForURL((u) => u.pathname === expected);
      expect(new URL(page.url()).pathname).toBe(expected);
      await ctx.close();
    }
  });

  it('shows the language list at `/` without JavaScript', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${BASE()}/`);
    expect(await page.locator('a[hreflang]').count()).toBe(5);
    await ctx.close();
  });

  it('renders the phone layout without sideways scrolling', async () => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const { page, errors } = await watchedPage(ctx);
    for (const { type, path } of pageTypes()) {
      await page.goto(`${BASE()}/kk${path}`, { waitUntil: 'networkidle' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${type} at 360 px`).toBeLessThanOrEqual(0);
    }
    // The mirror-gap tables reflow rather than scroll: each year's four figures and their labels on screen.
    await page.goto(`${BASE()}/kk/figures`, { waitUntil: 'networkidle' });
    const gaps = await page.evaluate(() =>
      [...document.querySelectorAll('.mirror-gap .table-wrap')].map((w) => ({
        hidden: w.scrollWidth - w.clientWidth,
        cells: [...w.querySelectorAll('tbody td')].map((td) => ({
          right: td.getBoundingClientRect().right,
          label: getComputedStyle(td, '::before').content,
        })),
      })),
    );
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps) {
      expect(g.hidden).toBeLessThanOrEqual(0);
      expect(g.cells.length).toBeGreaterThan(0);
      for (const c of g.cells) {
        expect(c.right).toBeLessThanOrEqual(360);
        expect(c.label).not.toBe('none');
      }
    }
    expect(errors).toEqual([]);
    await ctx.close();
  });
});

describe('start-up', () => {
  it('runs the page scripts only after the first contentful paint, and the page still hydrates', async () => {
    const page = await context.newPage();
    // Next.js sets window.next when its runtime starts hydrating: note when that happens.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'next', {
        configurable: true,
        set(value) {
          Object.defineProperty(window, 'next', { value, writable: true, configurable: true });
          (window as unknown as { hydratingAt: number }).hydratingAt = performance.now();
        },
      });
    });
    for (const path of ['/en', '/en/projects', '/zh/projects/zhanatas-wind-farm']) {
      const html = await (await fetch(`${BASE()}${path}`)).text();
      expect(html, path).not.toMatch(/<script src="\/_next\/static\/chunks\/[^"]+" async="">/);
      await page.goto(`${BASE()}${path}`);
      await page.waitForFunction(() => 'hydratingAt' in window);
      const { hydratingAt, fcp } = await page.evaluate(() => ({
        hydratingAt: (window as unknown as { hydratingAt: number }).hydratingAt,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      }));
      expect(fcp, path).toBeGreaterThan(0);
      expect(hydratingAt, path).toBeGreaterThanOrEqual(fcp);
    }
    // Hydrated: the header search answers as the visitor types.
    await page.waitForSelector('.header-search[data-ready]');
    await page.fill('.header-search [role="combobox"]', 'zhanatas');
    await expect.poll(() => page.locator('.header-search [role="option"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('sends the map markup once (not again in the hydration payload), and hydrating keeps it', async () => {
    const page = await context.newPage();
    for (const path of ['/en', '/kk/projects']) {
      const html = await (await fetch(`${BASE()}${path}`)).text();
      const items = html.split('class="atlas-item').length - 1;
      expect(items, path).toBeGreaterThan(20);
      expect(html, path).not.toContain('class=\\"atlas-item');
      await page.goto(`${BASE()}${path}`);
      await page.waitForFunction(() => 'next' in window);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('.atlas-item').count(), path).toBe(items);
    }
    await page.close();
  });
});
