// @ts-check
// First-load JavaScript of an exported page, counted the way apps/web/scripts/first-load-js.mjs counts it:
// every start-up chunk the page runs (noModule polyfills excluded, which modern browsers skip), gzip
// level 9, summed.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startupScripts } from '../../apps/web/scripts/startup-scripts.mjs';

const gzipCache = new Map();

export function firstLoadJs(outDir, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const srcs = [...new Set(startupScripts(html))];
  let gzip = 0;
  let raw = 0;
  for (const src of srcs) {
    const file = join(outDir, src.split('?')[0]);
    if (!existsSync(file)) continue;
    if (!gzipCache.has(file)) {
      const body = readFileSync(file);
      gzipCache.set(file, { raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    }
    const c = gzipCache.get(file);
    gzip += c.gzip;
    raw += c.raw;
  }
  return { gzip, raw, files: srcs.length };
}

/** Every file under a folder: count and total bytes, the number of HTML pages, and bytes per extension. */
export function folderSize(dir) {
  let files = 0;
  let total = 0;
  let pages = 0;
  const byExt = {};
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        files++;
        const size = statSync(p).size;
        total += size;
        const ext = e.name.includes('.') ? e.name.slice(e.name.lastIndexOf('.') + 1) : '';
        byExt[ext] = (byExt[ext] ?? 0) + size;
        if (e.name.endsWith('.html')) pages++;
      }
    }
  };
  walk(dir);
  return { files, total, pages, byExt };
}
