#!/usr/bin/env node
// @ts-check
// First-load JavaScript of an exported page: every start-up chunk it runs, gzip-compressed, summed.
// Usage: node scripts/first-load-js.mjs out/en/projects.html [max KB]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startupScripts } from './startup-scripts.mjs';

const [file = 'out/en/projects.html', max] = process.argv.slice(2);
const html = readFileSync(file, 'utf8');
// The legacy polyfills (a noModule script) are not among them: modern browsers never fetch them.
const srcs = [...new Set(startupScripts(html))];
let total = 0;
for (const src of srcs) {
  const body = readFileSync(join('out', src.split('?')[0] ?? src));
  const gz = gzipSync(body, { level: 9 }).length;
  total += gz;
  console.log(`${(gz / 1024).toFixed(1).padStart(7)} KB  ${src}`);
}
const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => m[1])
  .join('');
console.log(`${(total / 1024).toFixed(1).padStart(7)} KB  total external JS (gzip), ${srcs.length} files`);
console.log(
  `${(gzipSync(inline).length / 1024).toFixed(1).padStart(7)} KB  inline scripts (RSC payload, gzip)`,
);
if (max && total / 1024 > Number(max)) {
  console.error(`first-load JS ${(total / 1024).toFixed(1)} KB exceeds ${max} KB`);
  process.exit(1);
}
