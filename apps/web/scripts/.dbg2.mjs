import { chromium } from 'playwright-core';

const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const ctx = await b.newContext({ viewport: { width: 360, height: 740 } });
const page = await ctx.newPage();
let cur = '';
page.on('console', (m) => m.type() === 'error' && console.log(cur, 'console', m.text()));
page.on('pageerror', (e) => console.log(cur, 'pageerror', e.message));
page.on('requestfailed', (r) => console.log(cur, 'requestfailed', r.url(), r.failure()?.errorText));
for (const p of process.argv.slice(2)) {
  cur = p;
  await page.goto('http://127.0.0.1:3100' + p, { waitUntil: 'networkidle' });
}
await b.close();
