// @ts-check
// Marks the JavaScript every page runs at start-up with V8's explicit compile hint
// (`//# allFunctionsCalledOnLoad`, https://v8.dev/blog/explicit-compile-hints): the browser then compiles
// all of a chunk's functions on a background thread while it streams in, instead of compiling each module
// factory lazily on the main thread the first time Next's runtime calls it. On the phones Lighthouse
// emulates that lazy compilation was the largest single blocking task of every page.
// Chunks loaded later (the projects worker, lazy imports) keep lazy compilation: they may never run.
// Runs after `next build`; a chunk already marked is left as it is, so running it twice changes nothing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startupScripts } from './startup-scripts.mjs';

const HINT = '//# allFunctionsCalledOnLoad\n';
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'out');

/** Every chunk that some page runs at start-up. */
function startupChunks() {
  const chunks = new Set();
  const pages = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.html'));
  for (const page of pages) {
    for (const src of startupScripts(readFileSync(join(out, String(page)), 'utf8'))) chunks.add(src);
  }
  return [...chunks].sort();
}

let marked = 0;
const chunks = startupChunks();
for (const chunk of chunks) {
  const file = join(out, chunk);
  const code = readFileSync(file, 'utf8');
  if (code.startsWith(HINT)) continue;
  writeFileSync(file, HINT + code);
  marked++;
}
console.log(`compile-hints: ${marked} of ${chunks.length} start-up chunks marked for eager compilation`);
