import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { CONTROL, dostyk } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'dostyk-random-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A small seeded generator, so that a failure can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TOKENS = [
  'projects',
  'show',
  'search',
  'timeline',
  'figures',
  'stats',
  'export',
  'validate',
  'help',
  'bogus',
  '--sector',
  '--status',
  '--region',
  '--from',
  '--to',
  '--participant',
  '--framework',
  '--json',
  '--csv',
  '--kind',
  '--format',
  '--out',
  '--lang',
  '--limit',
  '--in',
  '--help',
  '--version',
  '-x',
  '--',
  '-',
  'energy',
  'operational',
  'KZ-31',
  'KZ-ZHA',
  '2019',
  '1800',
  'abc',
  'json',
  'csv',
  'geojson',
  'xml',
  'ru',
  'zz',
  'zhanatas-wind-farm',
  'belt-and-road',
  '0',
  '-1',
  '',
  ' ',
  '\u202e',
  '\x1b[2J',
  '\x1b]0;title\x07',
  '🚂',
  '.*(',
  '%s%n',
  'x'.repeat(300),
  join(tmp, 'out.json'),
  tmp,
  '/nonexistent/dir/file.yaml',
];

it('random command lines end with 0, 1 or 2, a clear message and never a stack trace', () => {
  const seed = Number(process.env.DOSTYK_FUZZ_SEED ?? 20261127);
  const next = rng(seed);
  for (let run = 0; run < 30; run++) {
    const n = 1 + Math.floor(next() * 5);
    const args = Array.from({ length: n }, () => TOKENS[Math.floor(next() * TOKENS.length)] as string);
    // Without a command the explorer would start; a pipe makes that a usage error, which is also checked.
    const r = dostyk(args);
    const context = `seed ${seed}, run ${run}: dostyk ${JSON.stringify(args)}\n${r.stderr}`;
    expect([0, 1, 2], context).toContain(r.code);
    expect(r.stderr, context).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(r.stderr, context).not.toMatch(CONTROL);
    if (!args.includes('--csv') && !(args.includes('export') && args.includes('csv')))
      expect(r.stdout, context).not.toMatch(CONTROL);
    if (r.code !== 0) expect(r.stderr.trim().length, context).toBeGreaterThan(0);
  }
});
