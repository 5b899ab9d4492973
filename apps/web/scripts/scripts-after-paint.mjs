// @ts-check
// Starts every exported page's start-up scripts after its first paint (startup-scripts.mjs says why).
// Runs after `next build` and compile-hints.mjs; running it twice changes nothing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScriptsAfterPaint } from './startup-scripts.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'out');

let pages = 0;
let deferred = 0;
for (const entry of readdirSync(out, { recursive: true })) {
  if (!String(entry).endsWith('.html')) continue;
  const file = join(out, String(entry));
  const before = readFileSync(file, 'utf8');
  const after = runScriptsAfterPaint(before);
  pages++;
  if (after !== before) {
    writeFileSync(file, after);
    deferred++;
  }
}
console.log(`scripts-after-paint: ${deferred} of ${pages} pages start their scripts after the first paint`);
