// Empties the payload copy of markup that every exported page already carries (see payload-markup.mjs
// for why). Runs after `next build`; running it twice changes nothing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dropDuplicateMarkup } from './payload-markup.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'out');

let pages = 0;
let bytes = 0;
for (const entry of readdirSync(out, { recursive: true })) {
  if (!String(entry).endsWith('.html')) continue;
  const file = join(out, String(entry));
  const { html, rows, saved } = dropDuplicateMarkup(readFileSync(file, 'utf8'));
  if (rows === 0) continue;
  writeFileSync(file, html);
  pages++;
  bytes += saved;
}
console.log(
  `drop-duplicate-markup: ${pages} pages no longer repeat ${(bytes / 1e6).toFixed(1)} MB of markup in their payload`,
);
