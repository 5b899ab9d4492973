// @ts-check
// Bundle the CLI into dist/: the entry dist/dostyk.js and the chunks it imports on demand (dist/chunks/),
// ESM for Node 20, every dependency and the dataset inside, so that the published package has no
// dependencies and starts fast. Code splitting keeps what a command does not use out of its start-up:
// `--version` compiles the command line only, the explorer paints its first frame from figures computed
// here before Ink loads, and the dataset, the query engine and the validator load when something needs them.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

/**
 * Large JSON modules (the world outline the validator checks coordinates against is 4.6 MB) are stored
 * compressed and parsed on first use: the bundle stays small and starts quickly.
 */
const jsonAsString = {
  name: 'large-json-compressed',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = JSON.stringify(JSON.parse(await readFile(args.path, 'utf8')));
      // Small files keep esbuild's JSON loader, which also serves CommonJS require().
      if (text.length < 256 * 1024) return undefined;
      // Large files are stored compressed and inflated on first use.
      return {
        contents: `import { brotliDecompressSync } from 'node:zlib';\nexport default JSON.parse(${inflate(text)});`,
        loader: 'js',
      };
    });
  },
};

/**
 * ADAPTER: @dostyk/data's validator imports the world outline through a variable specifier, which keeps it
 * out of bundles; name it literally here so the bundled CLI carries it. Fails loudly if the code changes.
 */
const worldOutline = {
  name: 'world-outline',
  setup(b) {
    b.onLoad({ filter: /[\\/]validate[\\/]geo\.js$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      const literal = code.replace(/import\(specifier,/, "import('world-atlas/countries-10m.json',");
      if (literal === code && !code.includes("import('world-atlas/countries-10m.json'"))
        throw new Error(`${args.path}: cannot find the world outline import to bundle`);
      return { contents: literal, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

/**
 * Data files beside the chunks (dist/data/NAME.json.br), brotli-compressed, read and parsed on first use:
 * a command reads from disk and parses only the data it uses, and no chunk carries it as a string to load
 * and compile. The projects stay plain JSON (dist/data/NAME.json): scripts list them most, and reading
 * them plain saves the process its inflating. Returns the expression (for a chunk in dist/chunks or dist
 * itself) that reads one back.
 */
async function dataFile(name, json, { plain = false } = {}) {
  await mkdir(join(root, 'dist/data'), { recursive: true });
  if (plain) {
    await writeFile(join(root, 'dist/data', `${name}.json`), json);
    return `readPlain(${JSON.stringify(name)})`;
  }
  const packed = brotliCompressSync(json, {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: json.length },
  });
  await writeFile(join(root, 'dist/data', `${name}.json.br`), packed);
  return `readData(${JSON.stringify(name)})`;
}
const READ_DATA = `import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
const dataUrl = (file) =>
  new URL(\`\${import.meta.url.includes('/chunks/') ? '..' : '.'}/data/\${file}\`, import.meta.url);
const readData = (name) => brotliDecompressSync(readFileSync(dataUrl(\`\${name}.json.br\`))).toString('utf8');
const readPlain = (name) => readFileSync(dataUrl(\`\${name}.json\`), 'utf8');
`;

/**
 * The dataset module is `export const dataset = JSON.parse("…")`: each collection goes to a data file of its
 * own, read and parsed the first time the collection is read (`projects --json` never reads the events, the
 * people or the sources).
 */
const compressedDataset = {
  name: 'compressed-dataset',
  setup(b) {
    b.onLoad({ filter: /[\\/]data[\\/]dist[\\/]dataset\.js$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      const match = /^export const dataset = JSON\.parse\(("(?:[^"\\]|\\.)*")\);?\s*$/s.exec(code);
      if (!match) return undefined; // another shape: bundle it as it is
      const dataset = JSON.parse(JSON.parse(match[1] ?? '""'));
      const parts = [];
      for (const [key, value] of Object.entries(dataset))
        parts.push(
          Array.isArray(value)
            ? `${JSON.stringify(key)}: () => JSON.parse(${await dataFile(`dataset-${key}`, JSON.stringify(value), { plain: key === 'projects' })})`
            : `${JSON.stringify(key)}: () => (${JSON.stringify(value)})`,
        );
      return {
        contents: `${READ_DATA}
const parts = {\n${parts.join(',\n')}\n};
export const dataset = {};
for (const [key, read] of Object.entries(parts))
  Object.defineProperty(dataset, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = read();
      Object.defineProperty(dataset, key, { value, enumerable: true, writable: false, configurable: false });
      return value;
    },
  });
`,
        loader: 'js',
      };
    });
  },
};

/**
 * The prebuilt search index, in a data file read on the first search (not when the query module loads):
 * `src/data/search-index.ts` is replaced by a module that does that.
 */
const lazySearchIndex = {
  name: 'lazy-search-index',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]data[\\/]search-index\.ts$/ }, async (args) => {
      const { path, errors } = await b.resolve('@dostyk/data/search-index.json', {
        kind: 'import-statement',
        resolveDir: dirname(args.path),
      });
      if (errors.length > 0 || !path) throw new Error('cannot find @dostyk/data/search-index.json');
      const text = JSON.stringify(JSON.parse(await readFile(path, 'utf8')));
      return {
        contents: `${READ_DATA}
let text;
export const searchIndex = () => (text ??= ${await dataFile('search-index', text)});
`,
        loader: 'js',
      };
    });
  },
};

// yoga-layout and string-width are patched where they are installed (pnpm patches in patches/, listed in
// pnpm-workspace.yaml): yoga decodes its inline wasm instead of touching `fetch` (in Node the first touch
// loads undici, more than the rest of Ink's start-up), and string-width counts text of one-column characters
// (Latin, Cyrillic, box drawing) by its length instead of segmenting it. test/bundle.test.ts checks the bundle
// carries both.

/**
 * ADAPTER: `@dostyk/data`'s entry re-exports everything, the dataset included, and esbuild's code splitting
 * follows a re-export into every chunk that imports the entry, even for a constant: the dataset would be
 * inflated on every start. Import each name of the CLI's `import { … } from '@dostyk/data'` from the
 * module of the package that defines it instead. Fails loudly on a name it cannot place.
 */
const dataIndex = fileURLToPath(import.meta.resolve('@dostyk/data'));
const dataModules = async () => {
  const index = await readFile(dataIndex, 'utf8');
  const home = new Map();
  for (const [, names = '', file = ''] of index.matchAll(/^export\s*\{([^}]*)\}\s*from\s*'([^']+)';/gm))
    for (const name of names
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean))
      home.set(name, join(dirname(dataIndex), file));
  for (const [, file = ''] of index.matchAll(/^export\s*\*\s*from\s*'([^']+)';/gm)) {
    const path = join(dirname(dataIndex), file);
    for (const name of Object.keys(await import(pathToFileURL(path).href))) home.set(name, path);
  }
  return home;
};
const dataDeepImports = {
  name: 'data-deep-imports',
  async setup(b) {
    const home = await dataModules();
    b.onLoad({ filter: /[\\/]apps[\\/]cli[\\/]src[\\/].*\.tsx?$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      const rewritten = code.replace(/^import\s*\{([^}]*)\}\s*from\s*'@dostyk\/data';/gm, (_, list) => {
        const types = [];
        const byFile = new Map();
        for (const spec of list
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)) {
          if (spec.startsWith('type ')) {
            types.push(spec.slice(5));
            continue;
          }
          const name = spec.split(/\s+as\s+/)[0];
          const file = home.get(name);
          if (!file) throw new Error(`${args.path}: cannot find where @dostyk/data defines ${name}`);
          byFile.set(file, [...(byFile.get(file) ?? []), spec]);
        }
        return [
          ...(types.length > 0 ? [`import type { ${types.join(', ')} } from '@dostyk/data';`] : []),
          ...[...byFile].map(
            ([file, specs]) => `import { ${specs.join(', ')} } from ${JSON.stringify(file)};`,
          ),
        ].join('\n');
      });
      return { contents: rewritten, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

/**
 * The overview's facts, computed here from the dataset the bundle carries (the same code the explorer
 * would run), so that its first frame needs no dataset at all.
 */
const overviewAtBuild = async () => {
  const out = await build({
    stdin: {
      contents: [
        "import { createQuery, dataset } from '@dostyk/data';",
        "import { overviewFacts } from './src/ui/overview.ts';",
        'export default overviewFacts(createQuery(dataset));',
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  });
  const dir = await mkdtemp(join(tmpdir(), 'dostyk-overview-'));
  try {
    const file = join(dir, 'overview.mjs');
    const [bundled] = out.outputFiles ?? [];
    if (!bundled) throw new Error('the overview build wrote no file');
    await writeFile(file, bundled.contents);
    return (await import(pathToFileURL(file).href)).default;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/** An expression that inflates `text`, stored brotli-compressed as base64. */
const inflate = (text) => {
  const packed = brotliCompressSync(text, {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: text.length },
  }).toString('base64');
  return `brotliDecompressSync(Buffer.from(${JSON.stringify(packed)}, 'base64')).toString('utf8')`;
};

await rm(join(root, 'dist'), { recursive: true, force: true });
const result = await build({
  entryPoints: { dostyk: join(root, 'src/main.ts') },
  outdir: join(root, 'dist'),
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // DOSTYK_NO_MINIFY=1 keeps names readable in a CPU profile (node --cpu-prof dist/dostyk.js).
  minify: !process.env.DOSTYK_NO_MINIFY,
  legalComments: 'none',
  jsx: 'automatic',
  define: {
    DOSTYK_VERSION: JSON.stringify(pkg.version),
    'process.env.NODE_ENV': '"production"',
    // Ink loads its React DevTools bridge only when DEV=true; keep that code path out of the bundle.
    'process.env.DEV': '"false"',
    // A string (parsed where used): an object here would be hoisted into a chunk every command loads.
    DOSTYK_OVERVIEW: JSON.stringify(JSON.stringify(await overviewAtBuild())),
  },
  // Some CommonJS dependencies call require() for Node built-ins; give every ESM chunk a require.
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __dostykCreateRequire } from 'node:module';",
      'const require = __dostykCreateRequire(import.meta.url);',
    ].join('\n'),
  },
  // Never reached (DEV is false), and not installed: stub it so the bundle resolves.
  alias: { 'react-devtools-core': join(root, 'scripts/devtools-stub.mjs') },
  // lazy-search-index before data-deep-imports, which loads every module of src/ itself.
  plugins: [lazySearchIndex, dataDeepImports, worldOutline, jsonAsString, compressedDataset],
  metafile: true,
  logLevel: 'warning',
});
if (process.env.DOSTYK_BUNDLE_REPORT) {
  const { analyzeMetafile } = await import('esbuild');
  process.stdout.write(await analyzeMetafile(result.metafile, { verbose: false }));
}
