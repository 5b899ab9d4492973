// @ts-check
// The projects page under use, in Chromium (playwright-core): time until the client query is ready, then
// typing a search and ticking a facet, with the Event Timing API's interaction durations (what INP is
// made of) and the main thread's long tasks. Run against the real dataset and the 100× one.
import { chromium } from 'playwright-core';
import { CHROME_FLAGS } from './lighthouse.mjs';

const TIMEOUT = 240_000;

export async function projectsPageUnderUse(origin, { locale = 'en' } = {}) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')),
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      window.__events = [];
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          window.__events.push({ name: e.name, duration: e.duration, start: e.startTime });
      }).observe({ type: 'event', durationThreshold: 16, buffered: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          window.__longTasks.push({ duration: e.duration, start: e.startTime });
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(`${origin}/${locale}/projects`, { waitUntil: 'load', timeout: TIMEOUT });
    const loadMs = Date.now() - t0;
    // The download buttons appear once the dataset is fetched, the query built and the first result shown.
    await page.waitForSelector('.results .downloads', { timeout: TIMEOUT });
    const readyMs = Date.now() - t0;
    const readyAt = await page.evaluate(() => performance.now());
    const countText = () => page.textContent('.results-count');
    const allCount = await countText();

    // Typing: a person's pace, then until the list shows the record the (mistyped) text names.
    await page.click('#project-q');
    let t = Date.now();
    await page.keyboard.type('zanatas', { delay: 60 });
    await page.waitForFunction(
      () =>
        /** @type {HTMLInputElement | null} */ (document.querySelector('#project-q'))?.value === 'zanatas' &&
        /Zhanatas/.test(document.querySelector('.results')?.textContent ?? ''),
      undefined,
      { timeout: TIMEOUT, polling: 16 },
    );
    const typeToResultMs = Date.now() - t;

    // A facet: clear the search, then tick the first sector and wait for the count to change.
    await page.fill('#project-q', '');
    await page.waitForFunction(
      (all) => document.querySelector('.results-count')?.textContent === all,
      allCount,
      {
        timeout: TIMEOUT,
        polling: 16,
      },
    );
    const before = allCount;
    t = Date.now();
    await page.locator('fieldset.facet input[type="checkbox"]').first().check();
    await page.waitForFunction((b) => document.querySelector('.results-count')?.textContent !== b, before, {
      timeout: TIMEOUT,
      polling: 16,
    });
    const facetMs = Date.now() - t;

    const { events, longTasks } = await page.evaluate((since) => {
      const interactions = window.__events.filter(
        (e) => e.start >= since && /^(key|pointer|click|input|beforeinput|mouse)/.test(e.name),
      );
      return { events: interactions, longTasks: window.__longTasks.filter((l) => l.start >= since) };
    }, readyAt);
    const worstEvent = events.reduce(
      (/** @type {(typeof events)[number] | undefined} */ w, e) => (!w || e.duration > w.duration ? e : w),
      undefined,
    );
    return {
      loadMs,
      readyMs,
      typeToResultMs,
      facetMs,
      maxInteractionMs: worstEvent?.duration ?? 0,
      worstEvent: worstEvent?.name,
      longestTaskMs: Math.max(0, ...longTasks.map((l) => l.duration)),
      blockingMs: longTasks.reduce((s, l) => s + Math.max(0, l.duration - 50), 0),
      // The count shown before any filter: every project of the dataset served.
      allCount,
    };
  } finally {
    await browser.close();
  }
}
