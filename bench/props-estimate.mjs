// @ts-check
// What a record page would carry as Pages Router props (issue 16's decision, apps/web/README.md): the record
// localized to the page's language, the titles of the records it links to, and at most the message
// namespaces a record page shows. Set against the HTML of today's build less its inline hydration data.
// Usage: node bench/props-estimate.mjs [apps/web/out]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageBytes } from './lib/page-bytes.mjs';
import { DATA_ENTRY, WEB, WEB_OUT } from './lib/paths.mjs';

const out = process.argv[2] ?? WEB_OUT;
const { createQuery, dataset } = await import(DATA_ENTRY);
const query = createQuery(dataset);
const LOCALES = ['en', 'it', 'ru', 'kk', 'zh'];
const COLLECTIONS = ['projects', 'events', 'agreements', 'people', 'organizations', 'frameworks', 'places'];
const NAMESPACES = [
  'site',
  'search',
  'kinds',
  'fallback',
  'map',
  'record',
  'project',
  'place',
  'event',
  'agreement',
  'person',
  'organization',
  'framework',
  'sectors',
  'statuses',
  'roles',
  'milestones',
  'precision',
  'units',
  'metrics',
  'financingKinds',
];

/** Localized text ({en, it, …}) reduced to the page's language, English where it is missing. */
const localize = (/** @type {any} */ v, /** @type {string} */ l) => {
  if (Array.isArray(v)) return v.map((x) => localize(x, l));
  if (v && typeof v === 'object') {
    const keys = Object.keys(v);
    if (keys.includes('en') && keys.every((k) => LOCALES.includes(k) || k === 'translated'))
      return v[l] ?? v.en;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, localize(x, l)]));
  }
  return v;
};
const size = (/** @type {unknown} */ v) => Buffer.byteLength(JSON.stringify(v));
const refs = (/** @type {any[]} */ list, /** @type {string} */ l) =>
  list.map((r) => ({ id: r.id, name: localize(r.name ?? r.title, l) }));

let html = 0;
let rest = 0;
let props = 0;
let labels = 0;
let pages = 0;
/** @type {Record<string, number>} */
const one = {};
for (const l of LOCALES) {
  const messages = JSON.parse(readFileSync(join(WEB, 'messages', `${l}.json`), 'utf8'));
  const labelBytes = size(Object.fromEntries(NAMESPACES.map((n) => [n, messages[n]])));
  for (const c of COLLECTIONS)
    for (const r of dataset[c]) {
      const file = join(out, l, c, `${r.id}.html`);
      if (!existsSync(file)) continue;
      const b = pageBytes(file);
      const related = query.related(r.id);
      const linked = Object.fromEntries(
        [...Object.entries(related.outgoing), ...Object.entries(related.incoming)].map(([k, list]) => [
          k,
          refs(list, l),
        ]),
      );
      const p = size({ locale: l, record: localize(r, l), linked, similar: refs(related.similar, l) });
      html += b.html;
      rest += b.html - b.hydration;
      props += p;
      labels += labelBytes;
      pages += 1;
      if (l === 'en' && r.id === 'zhanatas-wind-farm')
        Object.assign(one, { html: b.html, rest: b.html - b.hydration, props: p, labels: labelBytes });
    }
}
const pct = (/** @type {number} */ a, /** @type {number} */ b) => `${((100 * a) / b).toFixed(1)}%`;
console.log(
  `record pages: ${pages}; today ${(html / 1e6).toFixed(1)} MB, of which markup ${(rest / 1e6).toFixed(1)} MB`,
);
console.log(
  `props (record + linked titles): ${(props / 1e6).toFixed(1)} MB → ${pct(props, rest + props)} of the pages`,
);
console.log(
  `props + every record-page namespace: ${((props + labels) / 1e6).toFixed(1)} MB → ${pct(props + labels, rest + props + labels)}`,
);
if (one.html)
  console.log(
    `/en/projects/zhanatas-wind-farm: markup ${one.rest} B, props ${one.props} B (${pct(one.props, one.rest + one.props)}), with namespaces ${one.props + one.labels} B (${pct(one.props + one.labels, one.rest + one.props + one.labels)})`,
  );
