// @ts-check
// Copies the data package's built files into public/downloads/ so that the static site serves them as they
// are: the browser fetches dataset.json on demand (it is never bundled into JavaScript), and the data page
// links to the CSV, GeoJSON and JSON Schema files.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const dataDir = dirname(require.resolve('@dostyk/data/package.json'));
const dist = join(dataDir, 'dist');
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'downloads');

if (!existsSync(join(dist, 'dataset.json'))) {
  console.error(`copy-data: ${dist}/dataset.json is missing; build @dostyk/data first`);
  process.exit(1);
}
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
// dataset.json itself is written by app/downloads/dataset.json/route.ts from the very module the pages
// render, so the browser always filters the same records the HTML shows.
for (const name of ['places.geojson', 'csv', 'json-schema']) {
  const from = join(dist, name);
  if (existsSync(from)) cpSync(from, join(target, name), { recursive: true });
}
for (const name of ['CHANGELOG.md', 'LICENSE', 'LICENSE-DATA', 'METHODOLOGY.md']) {
  const from = join(dataDir, name);
  if (existsSync(from)) cpSync(from, join(target, name));
}
console.log(`copy-data: ${target}`);
