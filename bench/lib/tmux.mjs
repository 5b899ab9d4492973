// @ts-check
// A private tmux server (its own socket, no user config): a real pseudo-terminal for the interactive CLI.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const quote = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;

export class Pty {
  constructor({ columns = 100, rows = 30 } = {}) {
    this.socket = `dostyk-bench-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    this.columns = columns;
    this.rows = rows;
    this.dir = mkdtempSync(join(tmpdir(), 'dostyk-pty-'));
    this.startFile = join(this.dir, 'start');
  }
  tmux(...args) {
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  }
  /** Run `argv` in a new pane; the shell stamps the wall clock (ns) just before exec-ing it. */
  start(argv, env = {}) {
    const assigns = Object.entries({ TERM: 'xterm-256color', ...env }).map(([k, v]) => `${k}=${quote(v)}`);
    const command = `date +%s%N > ${quote(this.startFile)}; exec env ${assigns.join(' ')} ${argv.map(quote).join(' ')}`;
    this.tmux(
      'new-session',
      '-d',
      '-s',
      'b',
      '-x',
      String(this.columns),
      '-y',
      String(this.rows),
      `sh -c ${quote(command)}`,
    );
  }
  screen() {
    try {
      return this.tmux('capture-pane', '-p', '-t', 'b');
    } catch {
      return '';
    }
  }
  /** Poll the screen until `text` appears; resolves with ms from the exec stamp to the sighting. */
  async waitFor(text, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.screen().includes(text)) {
        const seen = Date.now();
        const started = existsSync(this.startFile)
          ? Number(readFileSync(this.startFile, 'utf8').trim()) / 1e6
          : Number.NaN;
        return seen - started;
      }
      await sleep(3);
    }
    throw new Error(
      `"${text}" did not appear within ${timeoutMs} ms; screen:\n${this.screen().slice(0, 400)}`,
    );
  }
  press(key) {
    try {
      this.tmux('send-keys', '-t', 'b', key);
    } catch {}
  }
  alive() {
    try {
      this.tmux('has-session', '-t', 'b');
      return true;
    } catch {
      return false;
    }
  }
  async waitExit(timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && this.alive()) await sleep(20);
    return !this.alive();
  }
  close() {
    try {
      this.tmux('kill-server');
    } catch {}
    rmSync(this.dir, { recursive: true, force: true });
  }
}
