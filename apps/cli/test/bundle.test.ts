import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLE, dostyk } from '../test/helpers.js';

const read = (file: string) => readFileSync(file, 'utf8');

/** Files a module imports statically (`import … from "./x.js"`), relative to it, as esbuild writes them. */
const staticImports = (file: string) =>
  [...read(file).matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?"(\.[^"]+)"/g)].map((m) =>
    join(dirname(file), m[1] as string),
  );

/** A module and everything it imports statically: what loading it evaluates. */
function closure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dep of staticImports(file)) visit(dep);
  };
  visit(entry);
  return [...seen];
}

/** The chunk a module imports dynamically with `import("./chunks/<name>-HASH.js")`. */
function dynamicChunk(from: string, name: string): string {
  const m = new RegExp(`import\\("(\\./(?:chunks/)?${name}-[A-Z0-9]+\\.js)"\\)`).exec(read(from));
  if (!m) throw new Error(`${from} imports no ${name} chunk`);
  return join(dirname(from), m[1] as string);
}

// The compressed dataset, search index and world outline are inflated where their module is evaluated:
// a chunk holding one imports brotliDecompressSync (under another name once minified).
const inflates = (file: string) => /import\s*\{[^}]*brotliDecompressSync/.test(read(file));

describe('the bundle', () => {
  it('starts (--version, --help, any command) without inflating any data', () => {
    const start = closure(BUNDLE);
    expect(start.length).toBeGreaterThan(1);
    expect(start.filter(inflates)).toEqual([]);
  });

  it('paints and draws the explorer without the dataset: only the query loader inflates it, afterwards', () => {
    const start = dynamicChunk(BUNDLE, 'start');
    const run = dynamicChunk(start, 'run');
    expect([...closure(start), ...closure(run)].filter(inflates)).toEqual([]);
    // The first paint comes before Ink: its chunks hold no Ink (whose renderer names "ink-root").
    expect(closure(start).some((f) => read(f).includes('ink-root'))).toBe(false);
    expect(closure(run).some((f) => read(f).includes('ink-root'))).toBe(true);
    expect(closure(dynamicChunk(run, 'query')).some(inflates)).toBe(true);
  });

  it('carries the overview figures precomputed, from its own dataset', () => {
    // The facts are embedded as JSON; their numbers are checked against the dataset in the e2e test.
    expect(read(dynamicChunk(BUNDLE, 'start')).includes('"projectsBySector":{')).toBe(true);
  });

  it('reads only the data a command uses: `projects --json` reads the projects and nothing else', () => {
    const files = readdirSync(join(dirname(BUNDLE), 'data'));
    // The projects plain (scripts list them most: no inflating), the rest compressed.
    expect(files).toEqual(expect.arrayContaining(['dataset-projects.json', 'search-index.json.br']));
    // A preload that reports every data file the process reads.
    const dir = mkdtempSync(join(tmpdir(), 'dostyk-reads-'));
    const hook = join(dir, 'reads.mjs');
    writeFileSync(
      hook,
      `import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const read = fs.readFileSync;
fs.readFileSync = function (path, ...rest) {
  if (/\\.json(\\.br)?$/.test(String(path))) process.stderr.write('READ ' + String(path).split('/').pop() + '\\n');
  return read.call(this, path, ...rest);
};
syncBuiltinESMExports();
`,
    );
    try {
      const reads = (args: string[]) => {
        const r = dostyk(args, { env: { NODE_OPTIONS: `--import ${hook}` } });
        expect(r.code).toBe(0);
        return [...r.stderr.matchAll(/^READ (\S+)$/gm)].map((m) => m[1]);
      };
      expect(reads(['projects', '--json'])).toEqual(['dataset-projects.json']);
      // A search reads the index; an organization's record reads what it appears in.
      expect(reads(['search', 'zanatas'])).toContain('search-index.json.br');
      expect(reads(['show', 'cnpc'])).toEqual(
        expect.arrayContaining(['dataset-organizations.json.br', 'dataset-events.json.br']),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('carries the installed patches of yoga-layout and string-width (patches/)', () => {
    const chunks = [
      BUNDLE,
      ...readdirSync(join(dirname(BUNDLE), 'chunks')).map((f) => join(dirname(BUNDLE), 'chunks', f)),
    ];
    const text = chunks.map(read).join('\n');
    // Yoga's wasm loader is in the bundle, and never asks whether `fetch` exists (that loads undici).
    expect(text).toContain('data:application/octet-stream;base64,');
    expect(text).not.toMatch(/typeof fetch/);
    // string-width's one-column fast path is in the bundle.
    expect(text).toContain('\\u0370-\\u0482');
  });
});

describe("string-width as patched for Ink's frames", () => {
  // Ink's own copy (8.x) and wrap-ansi's (7.x), resolved the way the bundle resolves them.
  const packageDir = (entry: string, name: string) =>
    entry.slice(0, entry.lastIndexOf(`/node_modules/${name}/`) + `/node_modules/${name}/`.length);
  const inkDir = packageDir(createRequire(import.meta.url).resolve('ink'), 'ink');
  const fromInk = createRequire(join(inkDir, 'package.json'));
  const wrapDir = packageDir(fromInk.resolve('wrap-ansi'), 'wrap-ansi');
  const copies = [
    fromInk.resolve('string-width'),
    createRequire(join(wrapDir, 'package.json')).resolve('string-width'),
  ];
  const ONE_COLUMN = [
    [0x20, 0x7e],
    [0xa0, 0xa8],
    [0xaa, 0xac],
    [0xaf, 0x2ff],
    [0x370, 0x482],
    [0x48a, 0x52f],
    [0x2010, 0x2027],
    [0x2030, 0x203b],
    [0x2190, 0x2193],
    [0x2500, 0x257f],
  ];

  it.each(copies)(
    '%s: the fast path gives every character the width the full path gives it',
    async (file) => {
      const stringWidth = (await import(pathToFileURL(file).href)).default as (s: string) => number;
      // An emoji (two columns) after a character sends the whole string down the per-grapheme path.
      const slow = (s: string) => stringWidth(`${s}\u{1F600}`) - 2;
      const differ: string[] = [];
      for (const [from, to] of ONE_COLUMN)
        for (let c = from as number; c <= (to as number); c++) {
          const ch = String.fromCodePoint(c);
          if (stringWidth(ch) !== slow(ch)) differ.push(c.toString(16));
        }
      expect(differ).toEqual([]);
      expect(stringWidth('Жанатас › │ Zhanatas')).toBe(20);
    },
  );
});
