// Bundle the CLI into one file, dist/dostyk.js: ESM for Node 20, every dependency and the dataset inside,
// so that the published package has no dependencies and starts fast.
import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

/**
 * Large JSON modules (the world outline the validator checks coordinates against is 4.6 MB) are stored
 * compressed and parsed on first use: the one-file bundle stays small and starts quickly.
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
 * out of bundles; name it literally here so the one-file CLI carries it. Fails loudly if the code changes.
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
 * The dataset module is `export const dataset = JSON.parse("…")`; store that JSON compressed too, so the
 * bundle stays small (a smaller file is read and compiled faster, and only commands that need data inflate it).
 */
const compressedDataset = {
  name: 'compressed-dataset',
  setup(b) {
    b.onLoad({ filter: /[\\/]data[\\/]dist[\\/]dataset\.js$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      const match = /^export const dataset = JSON\.parse\(("(?:[^"\\]|\\.)*")\);?\s*$/s.exec(code);
      if (!match) return undefined; // another shape: bundle it as it is
      const json = JSON.parse(match[1]);
      return {
        contents: `import { brotliDecompressSync } from 'node:zlib';\nexport const dataset = JSON.parse(${inflate(json)});`,
        loader: 'js',
      };
    });
  },
};

/** An expression that inflates `text`, stored brotli-compressed as base64. */
const inflate = (text) => {
  const packed = brotliCompressSync(text, {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: text.length },
  }).toString('base64');
  return `brotliDecompressSync(Buffer.from(${JSON.stringify(packed)}, 'base64')).toString('utf8')`;
};

await rm(join(root, 'dist'), { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'src/main.ts')],
  outfile: join(root, 'dist/dostyk.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  jsx: 'automatic',
  define: {
    DOSTYK_VERSION: JSON.stringify(pkg.version),
    'process.env.NODE_ENV': '"production"',
    // Ink loads its React DevTools bridge only when DEV=true; keep that code path out of the bundle.
    'process.env.DEV': '"false"',
  },
  // Some CommonJS dependencies call require() for Node built-ins; give the ESM bundle a require.
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __dostykCreateRequire } from 'node:module';",
      'const require = __dostykCreateRequire(import.meta.url);',
    ].join('\n'),
  },
  // Never reached (DEV is false), and not installed: stub it so the bundle resolves.
  alias: { 'react-devtools-core': join(root, 'scripts/devtools-stub.mjs') },
  plugins: [worldOutline, jsonAsString, compressedDataset],
  logLevel: 'warning',
});
