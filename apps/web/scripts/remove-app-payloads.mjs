// @ts-check
// Removes the React Server Components payload files that `next build` writes beside the one App Router page
// (the global 404, app/not-found.tsx): `_not-found.txt`, `404.txt` and the `__next.*.txt` segment files. The
// browser fetches them only for client-side navigation, which no page of this static site does; the page
// carries its own payload inline. Other .txt files (robots.txt) have no .html twin and stay.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'out');

// `_not-found.html` is a second copy of 404.html under the framework's internal name: nothing links to it.
rmSync(join(out, '_not-found.html'), { force: true });
let removed = 0;
for (const entry of readdirSync(out, { recursive: true })) {
  const rel = String(entry);
  if (!rel.endsWith('.txt')) continue;
  const file = join(out, rel);
  const name = rel.split('/').pop() ?? '';
  if (
    !name.startsWith('__next.') &&
    !existsSync(file.replace(/\.txt$/, '.html')) &&
    !rel.startsWith('_not-found')
  )
    continue;
  rmSync(file);
  removed++;
}
for (const dir of ['_not-found']) rmSync(join(out, dir), { recursive: true, force: true });
console.log(`remove-app-payloads: removed the App Router's 404 twin and ${removed} payload files`);
