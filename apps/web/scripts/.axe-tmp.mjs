import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const ctx = await b.newContext();
for (const p of process.argv.slice(2)) {
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:3100' + p, { waitUntil: 'networkidle' });
  const t = Date.now();
  const r = await new AxeBuilder({ page })
    .disableRules(process.env.DIS ? process.env.DIS.split(',') : [])
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  console.log(p, Date.now() - t, 'ms');
  for (const v of r.violations)
    console.log(
      '  ',
      v.id,
      v.impact,
      v.nodes.length,
      v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' ') + ' :: ' + (n.failureSummary || '').slice(0, 200))
        .join('\n      '),
    );
  await page.close();
}
await b.close();
