// @ts-check
// Rewrites every exported page in one pass: the payload no longer repeats the page's SVG markup
// (payload-markup.mjs), and the start-up scripts run after the first paint (startup-scripts.mjs).
// Runs after `next build` and compile-hints.mjs; running it twice changes nothing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dropDuplicateMarkup } from './payload-markup.mjs';
import { runScriptsAfterPaint } from './startup-scripts.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'out');

let pages = 0;
let deduplicated = 0;
let bytes = 0;
let deferred = 0;
for (const entry of readdirSync(out, { recursive: true })) {
  if (!String(entry).endsWith('.html')) continue;
  const file = join(out, String(entry));
  const before = readFileSync(file, 'utf8');
  const { html, rows, saved } = dropDuplicateMarkup(before);
  const after = runScriptsAfterPaint(html);
  pages++;
  if (rows > 0) deduplicated++;
  bytes += saved;
  if (after !== html) deferred++;
  if (after !== before) writeFileSync(file, after);
}
console.log(
  `rewrite-pages: ${deduplicated} of ${pages} pages no longer repeat their SVG in the payload ` +
    `(${(bytes / 1e6).toFixed(1)} MB); ${deferred} start their scripts after the first paint`,
);
