import { createQuery, dataset } from '@dostyk/data';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../src/ui/App.js';
import { ThemeContext } from '../src/ui/theme.js';
import { BUNDLE, waitFor } from '../test/helpers.js';
import { Terminal } from './tmux.js';

let term: Terminal | undefined;
afterEach(() => term?.close());

const rowsOf = (screen: string, count: number) =>
  screen
    .split('\n')
    .slice(0, count)
    .map((l) => l.trimEnd());

/** The overview computed from the dataset here (no precomputed facts), as the explorer draws it at this size. */
async function expectedOverview(columns: number, rows: number): Promise<string[]> {
  const app = render(
    <ThemeContext.Provider value={{ color: false }}>
      <App query={createQuery(dataset)} size={{ columns, rows }} />
    </ThemeContext.Provider>,
  );
  await waitFor(() => expect(app.lastFrame()).toContain('1 Overview'));
  const frame = app.lastFrame() ?? '';
  app.unmount();
  return rowsOf(frame, rows - 1);
}

describe('the bundled explorer', () => {
  for (const [columns, rows] of [
    [100, 30],
    [80, 24],
  ] as const)
    it(`${columns}×${rows}: its overview, precomputed at build time, is the one the dataset gives, before and after the data loads`, async () => {
      const expected = await expectedOverview(columns, rows);
      term = new Terminal(columns, rows);
      await term.waitFor((s) => /\S/.test(s), 'the shell prompt');
      term.type(`clear; NO_COLOR=1 node ${JSON.stringify(BUNDLE)}`);
      term.press('Enter');
      // The screen is caught as it is being drawn (a frame arrives in pieces): wait for it to settle.
      const same = (screen: string) => JSON.stringify(rowsOf(screen, rows - 1)) === JSON.stringify(expected);
      await term.waitForText('1 Overview');
      const first = await term.waitFor(same, 'the overview', 5000).catch(() => term?.screen() ?? '');
      expect(rowsOf(first, rows - 1)).toEqual(expected);
      // Keys wait for the data: once the Projects tab shows its list, the query is loaded.
      term.press('2');
      await term.waitForText('›');
      term.press('1');
      const after = await term.waitFor(same, 'the overview again', 5000).catch(() => term?.screen() ?? '');
      expect(rowsOf(after, rows - 1)).toEqual(expected);
      term.press('q');
    });
});
