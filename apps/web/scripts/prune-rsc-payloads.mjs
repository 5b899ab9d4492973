// @ts-check
// Deletes the React Server Components payloads that `next build` writes beside every exported page
// (`page.txt` next to `page.html`, and the `__next.*.txt` segment files). The browser only fetches them
// for client-side navigation through next/link or the router, which this site never uses: every link is
// a plain <a> to a static page, and each page carries its own payload inline. They were most of out/:
// bytes every deploy uploaded and no visitor ever downloaded.
// Runs after `next build`; other .txt files (robots.txt) have no .html twin and stay.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'out');

let files = 0;
let bytes = 0;
for (const entry of readdirSync(out, { recursive: true })) {
  const rel = String(entry);
  if (!rel.endsWith('.txt')) continue;
  const file = join(out, rel);
  const name = rel.split('/').pop() ?? '';
  const payload = name.startsWith('__next.') || existsSync(file.replace(/\.txt$/, '.html'));
  if (!payload) continue;
  bytes += statSync(file).size;
  rmSync(file);
  files++;
}
console.log(`prune-rsc-payloads: removed ${files} payload files (${(bytes / 1e6).toFixed(1)} MB)`);
