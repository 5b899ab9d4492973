import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The command that opens a URL in a browser here, or undefined where there is none (a server, a container). */
export function browserCommand(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.DOSTYK_NO_BROWSER) return undefined;
  if (process.platform === 'darwin') return 'open';
  if (process.platform === 'win32') return undefined;
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return undefined;
  const onPath = (env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, 'xdg-open')));
  return onPath ? 'xdg-open' : undefined;
}

/** Only absolute http(s) URLs are ever handed to a browser. */
export const isWebUrl = (url: string): boolean => {
  try {
    const u = new URL(url);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is rejected
    return (u.protocol === 'http:' || u.protocol === 'https:') && !/[\s\u0000-\u001f\u007f-\u009f]/.test(url);
  } catch {
    return false;
  }
};

/**
 * Open `url` in the browser without a shell; report `printed` where no browser exists (or it fails to
 * start), so the caller shows the URL instead.
 */
export function openUrl(url: string, done: (how: 'opened' | 'printed') => void) {
  const command = isWebUrl(url) ? browserCommand() : undefined;
  if (!command) return done('printed');
  try {
    const child = spawn(command, [url], { detached: true, stdio: 'ignore' });
    child.once('error', () => done('printed'));
    child.once('spawn', () => done('opened'));
    child.unref();
  } catch {
    done('printed');
  }
}
