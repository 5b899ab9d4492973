import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE } from '../test/helpers.js';

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
});
