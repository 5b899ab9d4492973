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
    const detail = await term.waitForText('Project · zhanatas-wind-farm');
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
    expect(screen).toMatch(/Project · /);
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
    const detail = await term.waitForText('Project · zhanatas-wind-farm');
    expect(detail).toContain('100 MW');
    term.press('q');
    await expectRestored(term, '0');
  });

  it('40×12: the help names where it was opened, wraps every line whole and scrolls to the last key', async () => {
    term = await start(40, 12);
    term.press('2');
    await term.waitFor((s) => /Projects: \d+ of \d+/.test(s), 'the projects');
    term.press('?');
    const help = await term.waitForText('Keys · Projects');
    const rows = help.split('\n');
    // The tab bar stays, the status line still counts the projects: the user knows where they are.
    expect(rows[0]).toMatch(/Projects/);
    expect(help).toMatch(/Projects: \d+ of \d+/);
    // Descriptions are wrapped, never cut with an ellipsis, and the screen says more follows.
    expect(help).not.toContain('…');
    expect(help).toContain('↑↓');
    expect(help).toMatch(/^\s+Tab {2}Shift\+Tab {2}1-5\s*$/m);
    expect(help).not.toContain('Ctrl+C');
    // Scrolling to the end shows the last key and what it does.
    term.press('G');
    const end = await term.waitForText('q  Ctrl+C');
    expect(end).toMatch(/^\s+quit\s*$/m);
    expect(end).toContain('Keys · Projects');
    expect(end.split('\n').every((l) => l.length <= 40)).toBe(true);
    term.press('Escape');
    await term.waitFor((s) => !s.includes('Keys · '), 'the help closed');
    term.press('q');
    await expectRestored(term, '0');
  });

  for (const [columns, rows] of [
    [120, 36],
    [80, 24],
    [60, 20],
    [40, 12],
  ] as const)
    it(`${columns}×${rows}: search zanat, follow a participant and come back, filter the timeline, y shows the command`, async () => {
      term = await start(columns, rows);
      // The focused link is named at the bottom (on the status line, or in rows of its own when long).
      const linkOf = (screen: string) => /link (\d+)\/\d+: ?(\S*)/.exec(screen.replace(/\n/g, ''));
      const status = (screen: string) => screen.split('\n').slice(-3).join(' ');
      // Search as you type: the first letters find Zhanatas.
      term.press('/');
      await term.waitForText('Search:');
      term.type('zanat');
      await term.waitForText('Zhanatas Wind Farm');
      term.press('Enter');
      await term.waitForText('zhanatas-wind-farm');
      // Tab through the links until the owner has the focus.
      for (let i = 0; i < 30 && !linkOf(term.screen())?.[2]?.startsWith('china-power-int'); i++) {
        const before = linkOf(term.screen())?.[1];
        term.press('Tab');
        await term.waitFor((s) => !!linkOf(s) && linkOf(s)?.[1] !== before, 'the next link');
      }
      expect(linkOf(term.screen())?.[2]).toMatch(/^china-power-int/);
      const zhanatas = term.screen();
      term.press('Enter');
      const org = await term.waitFor(
        (s) => /^China Power International/.test(s.split('\n')[1] ?? ''),
        'the owner',
      );
      expect(org).toMatch(/Organization/);
      term.press('Escape');
      // Back on Zhanatas, scrolled as it was: the same first rows (the message rows at the bottom aside).
      const top = (screen: string) => screen.split('\n').slice(2, 7).join('\n');
      await term.waitFor((s) => /^Zhanatas Wind Farm/.test(s.split('\n')[1] ?? ''), 'Zhanatas again');
      expect(top(term.screen())).toBe(top(zhanatas));
      // The Timeline, filtered to events with `f`.
      term.press('3');
      await term.waitFor((s) => /Timeline: \d+\/\d+/.test(status(s)), 'the timeline');
      term.press('f');
      await term.waitForText('Event');
      term.press('Space');
      term.press('Escape');
      const timeline = await term.waitFor((s) => /filters: Event/.test(status(s)), 'the timeline filtered');
      expect(timeline).not.toMatch(/Agreement\s*$/m);
      term.press('y');
      await term.waitFor((s) => status(s).includes('dostyk timeline --kind event'), 'the command');
      await term.waitFor(() => term?.clipboard() === 'dostyk timeline --kind event', 'the clipboard');
      term.press('q');
      await expectRestored(term, '0');
    });

  it('60 columns: `dostyk projects` on a terminal cuts titles, never ids', async () => {
    term = new Terminal(60, 300);
    await term.waitFor((s) => /\S/.test(s), 'the shell prompt');
    term.type(`clear; node ${JSON.stringify(BUNDLE)} projects; echo "EXIT=$?"`);
    term.press('Enter');
    const screen = await term.waitForText('EXIT=0');
    // Each project takes two rows on a narrow terminal: its id alone, then its title and the rest indented.
    const ids = screen
      .split('\n')
      .map((l) => l.trimEnd())
      // An id alone on its row (the list ends with a line saying what its count includes).
      .filter((l) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(l));
    expect(ids.length).toBeGreaterThan(10);
    const known = new Set(
      (
        JSON.parse(
          execFileSync(process.execPath, [BUNDLE, 'projects', '--json'], {
            encoding: 'utf8',
            // Five languages of every project's text are more than the default 1 MB buffer.
            maxBuffer: 64 * 1024 * 1024,
          }),
        ) as {
          id: string;
        }[]
      ).map((p) => p.id),
    );
    for (const id of ids) expect(known.has(id), id).toBe(true);
    expect(screen.split('\n').every((l) => l.length <= 60)).toBe(true);
    // Titles give way: some are cut with an ellipsis.
    expect(screen).toContain('…');
  });

  it.each([120, 80])(
    '%i columns: `dostyk figures` cuts titles and reporters, never series ids or years',
    async (columns) => {
      term = new Terminal(columns, 200);
      await term.waitFor((s) => /\S/.test(s), 'the shell prompt');
      term.type(`clear; node ${JSON.stringify(BUNDLE)} figures; echo "EXIT=$?"`);
      term.press('Enter');
      const screen = await term.waitForText('EXIT=0');
      const lines = screen.split('\n').map((l) => l.trimEnd());
      const list = JSON.parse(
        execFileSync(process.execPath, [BUNDLE, 'figures', '--json'], {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        }),
      ) as { series: { id: string; years: number[] }[] }[];
      const series = list.flatMap((i) => i.series);
      expect(series.length).toBeGreaterThan(20);
      // Every series id stands whole at the start of a line, as typed to draw it.
      for (const s of series)
        expect(
          lines.some((l) => l === s.id || l.startsWith(`${s.id} `)),
          s.id,
        ).toBe(true);
      // Every year of the longest series is on screen, wrapped at commas rather than cut.
      const longest = series.reduce((a, b) => (b.years.length > a.years.length ? b : a));
      const at = lines.findIndex((l) => l.startsWith(`${longest.id} `));
      const block = lines.slice(at, at + 4).join(' ');
      for (const y of [longest.years[0], longest.years.at(-1)]) expect(block).toContain(String(y));
      expect(lines.every((l) => l.length <= columns)).toBe(true);
      expect(screen).toContain('…');
    },
  );

  it('a terminated explorer (SIGTERM) still restores the screen', async () => {
    term = await start(80, 24);
    const [pid] = term.children();
    expect(pid).toBeGreaterThan(0);
    process.kill(pid as number, 'SIGTERM');
    await expectRestored(term, '143');
  });
});
