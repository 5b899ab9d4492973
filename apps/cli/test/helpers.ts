import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = join(CLI_ROOT, 'dist/dostyk.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built bundle as a user would, through a pipe (not a terminal), with a clean colour environment. */
export function dostyk(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {},
): Run {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
    DEBUG: undefined,
    DOSTYK_LANG: undefined,
    ...options.env,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [BUNDLE, ...args], {
    encoding: 'utf8',
    env,
    cwd: options.cwd ?? CLI_ROOT,
    input: options.input ?? '',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Poll until `check` stops throwing (Ink renders after effects and timers), or fail with its last error. */
export async function waitFor(check: () => void, timeout = 3000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (e) {
      if (Date.now() - start > timeout) throw e;
      await new Promise((r) => setTimeout(r, 15));
    }
  }
}

/** Any escape or control character other than newline: output to a pipe must have none. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what the tests look for
export const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
