// @ts-check
// Bytes of the exported pages, and how many of them are inline hydration data: the second copy of a page
// that the browser reads to hydrate it. Counted by the <script> elements that hold it, whatever the
// router: the App Router's `self.__next_f.push(…)` scripts, the Pages Router's `__NEXT_DATA__`, and any
// inline JSON island (`type="application/json"`). Only the elements are counted, never their contents read.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

/** Whether an inline script element carries hydration data (by its attributes or its first statement). */
const isHydrationData = (/** @type {string} */ attrs, /** @type {string} */ body) =>
  /\bid="__NEXT_DATA__"/.test(attrs) ||
  /\btype="application\/json"/.test(attrs) ||
  body.startsWith('self.__next_f');

/** One page: its bytes (UTF-8) and the bytes of its inline hydration data elements. */
export function pageBytes(/** @type {string} */ file) {
  const html = readFileSync(file, 'utf8');
  let hydration = 0;
  for (const m of html.matchAll(SCRIPT))
    if (isHydrationData(m[1] ?? '', m[2] ?? '')) hydration += Buffer.byteLength(m[0]);
  return { html: Buffer.byteLength(html), hydration };
}

/**
 * Every page of an exported site, summed, and per kind of page: `home` (/{locale}), `list` (a page of
 * /{locale}/…), `record` (/{locale}/{collection}/{id}) and `other` (the root, 404).
 */
export function siteBytes(/** @type {string} */ out) {
  /** @type {Record<string, { pages: number, html: number, hydration: number }>} */
  const kinds = {};
  const total = { pages: 0, html: 0, hydration: 0 };
  const walk = (/** @type {string} */ dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== '_next') walk(p);
      } else if (e.name.endsWith('.html')) {
        const depth = relative(out, p).split('/').length;
        const kind =
          depth === 1
            ? /^[a-z]{2}\.html$/.test(e.name)
              ? 'home'
              : 'other'
            : depth === 2
              ? 'list'
              : 'record';
        const b = pageBytes(p);
        kinds[kind] ??= { pages: 0, html: 0, hydration: 0 };
        const k = kinds[kind];
        for (const t of [k, total]) {
          t.pages += 1;
          t.html += b.html;
          t.hydration += b.hydration;
        }
      }
    }
  };
  walk(out);
  return { total, kinds };
}
