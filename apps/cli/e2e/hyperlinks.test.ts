import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLE } from '../test/helpers.js';
import { Terminal } from './tmux.js';

/**
 * `dostyk show` on a real pseudo-terminal (util-linux `script`), its bytes read back as written: tmux would
 * swallow the OSC 8 escapes this checks for.
 */
function showOnTerminal(id: string, vars: Record<string, string>): string {
  const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color', ...vars };
  for (const key of [
    'CI',
    'NO_COLOR',
    'FORCE_COLOR',
    'FORCE_HYPERLINK',
    'TERM_PROGRAM',
    'VTE_VERSION',
    'TMUX',
  ])
    if (!(key in vars)) delete env[key];
  const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BUNDLE)} show ${id}`;
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env, input: '' });
  expect(r.status).toBe(0);
  return r.stdout;
}

const URL = 'https://www.cnpc.com.cn/en/Kazakhstan/country_index.shtml';
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// The whole URL as the target, the same URL (coloured) as the text: ESC ] 8 ; ; URL ESC \ … ESC ] 8 ; ; ESC \
const linked = new RegExp(
  `\\x1b\\]8;;${esc(URL)}\\x1b\\\\(\\x1b\\[[\\d;]*m)*${esc(URL)}(\\x1b\\[[\\d;]*m)*\\x1b\\]8;;\\x1b\\\\`,
);

describe('dostyk show on a terminal', () => {
  it('FORCE_HYPERLINK=1 or a terminal known to show them: each URL whole, an OSC 8 link to itself', () => {
    expect(showOnTerminal('cnpc', { FORCE_HYPERLINK: '1' })).toMatch(linked);
    expect(showOnTerminal('cnpc', { TERM_PROGRAM: 'ghostty' })).toMatch(linked);
  });

  it('a terminal not known to show them, FORCE_HYPERLINK=0 or NO_COLOR: the URL as plain text', () => {
    const cases: Record<string, string>[] = [
      {},
      { TERM_PROGRAM: 'ghostty', FORCE_HYPERLINK: '0' },
      { TERM_PROGRAM: 'ghostty', NO_COLOR: '1' },
    ];
    for (const vars of cases) {
      const out = showOnTerminal('cnpc', vars);
      expect(out).toContain(URL);
      expect(out).not.toContain('\x1b]8;');
    }
  });
});

let term: Terminal | undefined;
afterEach(() => term?.close());

/** Zhanatas's sources in the explorer, at the end of the record, with or without FORCE_HYPERLINK. */
async function sources(columns: number, rows: number, force: boolean): Promise<string> {
  term = new Terminal(columns, rows);
  await term.waitFor((s) => /\S/.test(s), 'the shell prompt');
  term.type(`clear; ${force ? 'FORCE_HYPERLINK=1 ' : ''}node ${JSON.stringify(BUNDLE)}`);
  term.press('Enter');
  await term.waitForText('1 Overview');
  term.press('/');
  await term.waitForText('Search:');
  term.type('zanatas');
  await term.waitForText('Zhanatas Wind Farm');
  term.press('Enter');
  await term.waitForText('Project · zhanatas-wind-farm');
  term.press('G');
  const screen = await term.waitForText('[16] Tengrinews');
  term.press('q');
  term.close();
  return screen;
}

describe('the explorer with hyperlinks in a real terminal', () => {
  for (const [columns, rows] of [
    [120, 36],
    [80, 24],
  ] as const)
    it(`${columns}×${rows}: the escapes change nothing on screen; a long URL keeps one row, cut at the edge`, async () => {
      const plain = await sources(columns, rows, false);
      const linked = await sources(columns, rows, true);
      expect(linked).toBe(plain);
      const lines = linked.replace(/\n$/, '').split('\n');
      expect(lines.length).toBe(rows);
      // CCPIT Beijing's URL (147 characters) does not fit: its row is cut with …, and no row wraps it.
      const url =
        'http://english.ccpitbj.org/web/static/articles/catalog_2c94bbf02fd8b281012fd8de36b70002/article_ff80808179a2a20d017aa2cdaf630219/ff80808179a2a20d017aa2cdaf630219.html';
      const row = lines.find((l) => l.includes('http://english.ccpitbj.org/')) ?? '';
      expect(row.trimEnd()).toMatch(/…$/);
      expect(url.startsWith(row.trim().slice(0, -1))).toBe(true);
      expect(lines.some((l) => l.includes('cdaf630219.html'))).toBe(false);
    });
});
