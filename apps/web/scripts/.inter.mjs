import { chromium } from 'playwright-core';

const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const ctx = await b.newContext({ viewport: { width: 1280, height: 800 } });
const page = await ctx.newPage();
await page.goto('http://127.0.0.1:3100/ru/projects', { waitUntil: 'networkidle' });
await page.waitForSelector('.header-search[data-ready]');
await page.keyboard.press('/');
await page.keyboard.type('жанатас');
await page.waitForSelector('.header-search [role=option]');
await page.keyboard.press('ArrowDown');
await page.screenshot({ path: '/tmp/i-search.png' });
await page.keyboard.press('Escape');
await page.focus('a.atlas-item');
await page.keyboard.press('Tab');
await page.keyboard.press('Tab');
await page.screenshot({ path: '/tmp/i-mapfocus.png', clip: { x: 600, y: 100, width: 680, height: 600 } });
await page.goto('http://127.0.0.1:3100/en/projects?q=wind&status=operational', { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
await page.screenshot({ path: '/tmp/i-filtered.png' });
await b.close();
