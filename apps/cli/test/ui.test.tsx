import { createQuery, dataset } from '@dostyk/data';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { App } from '../src/ui/App.js';
import { ThemeContext } from '../src/ui/theme.js';
import { waitFor } from './helpers.js';

const query = createQuery(dataset);
const ESC = '\x1b';
const DOWN = '\x1b[B';

function explorer(size = { columns: 80, rows: 24 }, lang: 'en' | 'ru' = 'en') {
  const app = render(
    <ThemeContext.Provider value={{ color: false }}>
      <App query={query} lang={lang} size={size} />
    </ThemeContext.Provider>,
  );
  const frame = () => app.lastFrame() ?? '';
  const press = async (keys: string, expected?: string) => {
    app.stdin.write(keys);
    if (expected) await waitFor(() => expect(frame()).toContain(expected));
  };
  return { ...app, frame, press };
}

describe('the explorer', () => {
  it('opens on the overview with the tabs and the status line', async () => {
    const ui = explorer();
    await waitFor(() => expect(ui.frame()).toContain('1 Overview'));
    expect(ui.frame()).toContain('5 Entities');
    expect(ui.frame()).toContain('Partnership levels');
    expect(ui.frame().split('\n').length).toBeLessThanOrEqual(23);
    ui.unmount();
  });

  it('searches with typos and opens Zhanatas with its 100 MW', async () => {
    const ui = explorer();
    await ui.press('/', 'Search:');
    await ui.press('zanatas', 'Zhanatas Wind Farm');
    await ui.press('\r', 'project · zhanatas-wind-farm');
    expect(ui.frame()).toContain('100 MW');
    // Further down: the capacity claim and the conflicting annual outputs with who reported each.
    await ui.press('\x1b[6~', 'Capacity: 100 MW');
    await ui.press('\x1b[6~');
    await waitFor(() => expect(ui.frame()).toMatch(/350 GWh\/year \(reported by/));
    await ui.press(ESC, 'Search:');
    ui.unmount();
  });

  it('moves through projects one key at a time and in a burst', async () => {
    const ui = explorer();
    await ui.press('2', '› ');
    const first = ui.frame();
    await ui.press('jj');
    await waitFor(() => expect(ui.frame()).not.toBe(first));
    await ui.press(DOWN);
    await waitFor(() =>
      expect(
        ui
          .frame()
          .split('\n')
          .findIndex((l) => l.startsWith('›')),
      ).toBe(4),
    );
    ui.unmount();
  });
});
