#!/usr/bin/env node
// @ts-check
// Screenshots of the served site at desktop (1280) and phone (375) width, for looking at every page type.
// Usage: node scripts/screenshots.mjs http://localhost:3000 /tmp/shots /en /en/projects ...
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [base = 'http://localhost:3000', dir = '/tmp/shots', ...paths] = process.argv.slice(2);
mkdirSync(dir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const scheme = process.env.COLOR_SCHEME === 'dark' ? 'dark' : 'light';
/** @type {[string, number, number][]} */
const viewports = [
  ['desktop', 1280, 900],
  ['phone', 375, 800],
];
for (const [name, width, height] of viewports) {
  const context = await browser.newContext({
    viewport: { width, height },
    colorScheme: scheme,
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  for (const p of paths) {
    await page.goto(base + p, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const file = join(
      dir,
      `${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}-${name}${scheme === 'dark' ? '-dark' : ''}.png`,
    );
    // FULL=0 shoots the viewport only; SCROLL=<px> scrolls first (to look at part of a long page).
    if (process.env.SCROLL) await page.evaluate((y) => window.scrollTo(0, y), Number(process.env.SCROLL));
    await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
    const scrollW = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log(`${file}${scrollW > width ? `  WARNING: scrollWidth ${scrollW} > ${width}` : ''}`);
  }
  await context.close();
}
await browser.close();
