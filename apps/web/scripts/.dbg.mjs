import { chromium } from 'playwright-core';

const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const ctx = await b.newContext({ viewport: { width: 360, height: 740 } });
const page = await ctx.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
const hostile = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
await page.goto('http://127.0.0.1:3100/en/projects?q=' + encodeURIComponent(hostile), {
  waitUntil: 'networkidle',
});
console.log('url', page.url());
console.log('value', await page.inputValue('#project-q'));
await page.goto('http://127.0.0.1:3100/kk/projects/zhanatas-wind-farm', { waitUntil: 'networkidle' });
const wide = await page.evaluate(() =>
  [...document.querySelectorAll('body *')]
    .filter(
      (e) =>
        !e.closest('.site-nav') &&
        !e.closest('svg') &&
        e.getBoundingClientRect().right > window.innerWidth + 1,
    )
    .slice(0, 8)
    .map(
      (e) =>
        e.tagName +
        '.' +
        e.className +
        ' ' +
        Math.round(e.getBoundingClientRect().right) +
        ' ' +
        (e.textContent || '').slice(0, 40),
    ),
);
console.log(wide);
await b.close();
