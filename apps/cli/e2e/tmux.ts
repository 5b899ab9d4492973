import { execFileSync } from 'node:child_process';

/**
 * A real pseudo-terminal: a private tmux server (its own socket, no user config) running a plain shell.
 * Ink needs CI=false in the child, or it would draw only the last frame.
 */
export class Terminal {
  private readonly socket = `dostyk-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly session = 'e2e';

  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    this.tmux(
      'new-session',
      '-d',
      '-s',
      this.session,
      '-x',
      String(columns),
      '-y',
      String(rows),
      '-e',
      'CI=false',
      '-e',
      'TERM=xterm-256color',
      'bash --norc --noprofile',
    );
    // Let applications set the clipboard with OSC 52 (kept as a tmux paste buffer, which `clipboard()` reads).
    this.tmux('set-option', '-s', 'set-clipboard', 'on');
  }

  /** What an application last put on the clipboard (OSC 52), or '' when nothing did. */
  clipboard(): string {
    try {
      return this.tmux('show-buffer');
    } catch {
      return '';
    }
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  }

  /** Type text literally (no key names). */
  type(text: string) {
    this.tmux('send-keys', '-t', this.session, '-l', text);
  }

  /** Press keys by tmux name: Enter, Escape, Down, C-c, q... */
  press(...keys: string[]) {
    this.tmux('send-keys', '-t', this.session, ...keys);
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', this.session);
  }

  /** Whether the application switched to the alternate screen. */
  alternate(): boolean {
    return this.tmux('display-message', '-p', '-t', this.session, '#{alternate_on}').trim() === '1';
  }

  /** Process ids of what the shell runs. */
  children(): number[] {
    const shell = this.tmux('display-message', '-p', '-t', this.session, '#{pane_pid}').trim();
    const out = execFileSync('ps', ['-o', 'pid=', '--ppid', shell], { encoding: 'utf8' });
    return out
      .split('\n')
      .map((s) => Number(s.trim()))
      .filter((n) => n > 0);
  }

  async waitFor(check: (screen: string) => boolean, what: string, timeout = 10_000): Promise<string> {
    const start = Date.now();
    for (;;) {
      const screen = this.screen();
      if (check(screen)) return screen;
      if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}; screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  waitForText(text: string, timeout?: number) {
    return this.waitFor((s) => s.includes(text), JSON.stringify(text), timeout);
  }

  close() {
    try {
      this.tmux('kill-server');
    } catch {}
  }
}
