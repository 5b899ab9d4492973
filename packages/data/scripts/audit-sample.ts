/**
 * Draw claims for a self-audit from the records added since a commit:
 *   pnpm --filter @dostyk/data audit-sample --since <commit> [--n 30] [--seed 1] [--out research/audits/x.md]
 * The sheet lists each claim with the pages it cites; the auditor opens each page and writes the verdict.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { auditSheet, claimsOf, drawClaims } from '../src/audit-sample.js';

const usage = 'usage: audit-sample --since <commit> [--n 30] [--seed <integer>] [--out <file.md>]';
let values: { since?: string; n?: string; seed?: string; out?: string };
try {
  ({ values } = parseArgs({
    // `pnpm run x -- --since …` passes the `--` on (pnpm 10); it separates nothing here.
    args: process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--')),
    options: {
      since: { type: 'string' },
      n: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
    },
  }));
} catch (e) {
  console.error(`${(e as Error).message}\n${usage}`);
  process.exit(2);
}
const n = Number(values.n ?? 30);
const seed = Number(values.seed ?? Date.now() % 2 ** 31);
if (!values.since || !Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
  console.error(usage);
  process.exit(2);
}

const pkg = fileURLToPath(new URL('../', import.meta.url));
let added: string[];
try {
  added = execFileSync('git', ['diff', '--name-only', '--diff-filter=A', values.since, '--', 'records/'], {
    cwd: pkg,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  })
    .split('\n')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/^.*?records\//, ''));
} catch {
  console.error(`audit-sample: git does not know the commit "${values.since}"`);
  process.exit(2);
}
const claims = added.flatMap((file) => claimsOf(file, parse(readFileSync(`${pkg}records/${file}`, 'utf8'))));
if (claims.length === 0) {
  console.error(`audit-sample: no sourced claim in records added since ${values.since}`);
  process.exit(1);
}
const sheet = auditSheet(
  drawClaims(claims, n, seed),
  `# Self-audit sample\n\nDrawn by \`scripts/audit-sample.ts --since ${values.since} --n ${n} --seed ${seed}\` from ${claims.length} claims in ${added.length} records added since that commit.`,
);
if (values.out) writeFileSync(values.out, sheet);
else process.stdout.write(sheet);
