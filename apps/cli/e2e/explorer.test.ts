import { execFileSync } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE } from '../test/helpers.js';
import { Terminal } from './tmux.js';

let term: Terminal | undefined;
afterEach(() => term?.close());

beforeAll(() => {
  execFileSync('tmux', ['-V']);
});

/** Start the explorer after a marker line, so that a restored screen shows the marker again. */
async function start(columns: number, rows: number): Promise<Terminal> {
  const t = new Terminal(columns, rows);
  await t.waitFor((s) => /\S/.test(s), 'the shell prompt');
  t.type(`clear; echo BEFORE-DOSTYK; node ${JSON.stringify(BUNDLE)}; echo "EXIT=$?"`);
  t.press('Enter');
  await t.waitForText('1 Overview');
  expect(t.alternate()).toBe(true);
  return t;
}

async function expectRestored(t: Terminal, exit: string) {
  const screen = await t.waitForText(`EXIT=${exit}`);
  expect(t.alternate()).toBe(false);
  expect(screen).toContain('BEFORE-DOSTYK');
  expect(screen).not.toContain('1 Overview');
}

describe('the explorer in a real terminal', () => {
  it('80×24: search zanatas, open Zhanatas, see 100 MW, quit, screen restored', async () => {
    term = await start(80, 24);
    const first = term.screen().split('\n');
    expect(first[0]).toMatch(/^dostyk\s+1 Overview\s+2 Projects/);
    term.press('/');
    await term.waitForText('Search:');
    term.type('zanatas');
    await term.waitForText('Zhanatas Wind Farm');
    term.press('Enter');
    const detail = await term.waitForText('project · zhanatas-wind-farm');
    expect(detail).toContain('100 MW');
    // Every row fits the terminal: nothing scrolled the tab bar away.
    expect(detail.split('\n')[0]).toMatch(/^dostyk\s+1 Overview/);
    term.press('q');
    await expectRestored(term, '0');
  });

  it('160×48: list and record side by side; Ctrl+C restores the screen', async () => {
    term = await start(160, 48);
    term.press('2');
    const screen = await term.waitForText('›');
    const row = screen.split('\n')[1] ?? '';
    expect(row).toContain('│');
    expect(screen).toMatch(/project · /);
    term.press('C-c');
    await expectRestored(term, '0');
  });

  it('keys typed while it starts wait their turn: / zanatas Enter opens Zhanatas', async () => {
    term = new Terminal(100, 30);
    await term.waitFor((s) => /\S/.test(s), 'the shell prompt');
    term.type(`clear; echo BEFORE-DOSTYK; node ${JSON.stringify(BUNDLE)}; echo "EXIT=$?"`);
    term.press('Enter');
    // As soon as anything of the explorer shows (the painted first frame), before Ink or the data is ready.
    await term.waitForText('1 Overview');
    term.type('/zanatas');
    term.press('Enter');
    const detail = await term.waitForText('project · zhanatas-wind-farm');
    expect(detail).toContain('100 MW');
    term.press('q');
    await expectRestored(term, '0');
  });

  it('a terminated explorer (SIGTERM) still restores the screen', async () => {
    term = await start(80, 24);
    const [pid] = term.children();
    expect(pid).toBeGreaterThan(0);
    process.kill(pid as number, 'SIGTERM');
    await expectRestored(term, '143');
  });
});
