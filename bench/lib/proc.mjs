// @ts-check
// Child processes: each heavy measurement runs in its own Node process so that its memory is its own
// and one section cannot warm (or fill) the heap of the next.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HAS_GNU_TIME = existsSync('/usr/bin/time');

/** Peak resident set size in bytes from the report of `/usr/bin/time -v`. */
export function parseGnuTime(text) {
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
  return m ? Number(m[1]) * 1024 : Number.NaN;
}

/**
 * Run a command to completion; resolves with its stdout, stderr, exit code, wall time (ms) and, where
 * `/usr/bin/time` exists, its peak RSS (bytes). Never rejects on a non-zero exit.
 */
/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string, timeoutMs?: number, input?: string, measureMemory?: boolean }} [options]
 */
export function run(command, args, { env, cwd, timeoutMs = 300_000, input, measureMemory = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'dostyk-bench-'));
  const timeFile = join(dir, 'time.txt');
  const wrapped = measureMemory && HAS_GNU_TIME;
  const [cmd, argv] = wrapped ? ['/usr/bin/time', ['-v', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      clearTimeout(timer);
      let maxRss = Number.NaN;
      if (wrapped && existsSync(timeFile)) maxRss = parseGnuTime(readFileSync(timeFile, 'utf8'));
      rmSync(dir, { recursive: true, force: true });
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        code: signal ? 128 : code,
        signal,
        wallMs,
        maxRss,
      });
    });
  });
}

/**
 * Run a worker script (bench/workers/*.mjs) in a fresh Node process; it prints one JSON object as its last
 * stdout line. Resolves with that object plus `maxRss` (bytes, from /usr/bin/time or the worker itself).
 */
/**
 * @param {string} script
 * @param {string[]} [args]
 * @param {{ nodeArgs?: string[], env?: NodeJS.ProcessEnv, timeoutMs?: number, rssFromWorker?: boolean }} [options]
 */
export async function runWorker(
  script,
  args = [],
  { nodeArgs = [], env, timeoutMs, rssFromWorker = false } = {},
) {
  const r = await run(process.execPath, [...nodeArgs, script, ...args], {
    env,
    timeoutMs,
    measureMemory: !rssFromWorker,
  });
  const last = r.stdout.trim().split('\n').at(-1) ?? '';
  let result;
  try {
    result = JSON.parse(last);
  } catch {
    throw new Error(
      `${script} ${args.join(' ')} failed (exit ${r.code}): ${(r.stderr || r.stdout).trim().slice(-800)}`,
    );
  }
  if (r.code !== 0) throw new Error(`${script} exited ${r.code}: ${r.stderr.trim().slice(-800)}`);
  const maxRss = !rssFromWorker && Number.isFinite(r.maxRss) ? r.maxRss : result.maxRss;
  return { ...result, maxRss, wallMs: r.wallMs };
}
