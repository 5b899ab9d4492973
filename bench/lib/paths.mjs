// @ts-check
// Where the bench finds what it measures: the built artefacts of every door.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BENCH = join(ROOT, 'bench');
export const DATA_DIST = join(ROOT, 'packages', 'data', 'dist');
export const DATA_RECORDS = join(ROOT, 'packages', 'data', 'records');
export const DATASET_JSON = join(DATA_DIST, 'dataset.json');
export const SEARCH_INDEX_JSON = join(DATA_DIST, 'search-index.json');
/** `@dostyk/data` and its validate subpath, by file URL: the bench sits outside every workspace package. */
export const DATA_ENTRY = pathToFileURL(join(DATA_DIST, 'index.js')).href;
export const VALIDATE_ENTRY = pathToFileURL(join(DATA_DIST, 'validate', 'index.js')).href;
export const WEB = join(ROOT, 'apps', 'web');
export const WEB_OUT = join(WEB, 'out');
export const WEB_SERVE = join(WEB, 'scripts', 'serve.mjs');
export const CLI_BUNDLE = join(ROOT, 'apps', 'cli', 'dist', 'dostyk.js');
export const RESULTS_MD = join(BENCH, 'RESULTS.md');
export const WORKERS = join(BENCH, 'workers');
