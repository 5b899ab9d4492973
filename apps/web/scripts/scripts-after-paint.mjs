// Rewrites every exported page so that its start-up scripts run after the first paint (see
// startup-scripts.mjs for why). Runs after `next build` and compile-hints.mjs; running it twice changes
// nothing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScriptsAfterPaint } from './startup-scripts.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'out');

let pages = 0;
let rewritten = 0;
for (const entry of readdirSync(out, { recursive: true })) {
  if (!String(entry).endsWith('.html')) continue;
  const file = join(out, String(entry));
  const html = readFileSync(file, 'utf8');
  const next = runScriptsAfterPaint(html);
  pages++;
  if (next === html) continue;
  writeFileSync(file, next);
  rewritten++;
}
console.log(`scripts-after-paint: ${rewritten} of ${pages} pages start their scripts after the first paint`);
