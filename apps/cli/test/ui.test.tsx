import { COLLECTIONS, countIncludes, createQuery, dataset, displayUnit, type Query } from '@dostyk/data';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../src/data/records.js';
import { App } from '../src/ui/App.js';
import { overviewFacts } from '../src/ui/overview.js';
import { ThemeContext } from '../src/ui/theme.js';
import { waitFor } from './helpers.js';

const query = createQuery(dataset);
// The search index over five languages of record text is built once here, before any test's timers run
// (the app itself loads a prebuilt index as it starts), so a test waits for the UI, not for indexing.
query.search('warm-up');
const ESC = '\x1b';
const DOWN = '\x1b[B';

function explorer(
  size = { columns: 80, rows: 24 },
  lang: 'en' | 'ru' = 'en',
  q: Query | (() => Promise<Query>) = query,
  overview = q === query ? undefined : overviewFacts(query),
) {
  const app = render(
    <ThemeContext.Provider value={{ color: false }}>
      <App query={q} lang={lang} size={size} {...(overview ? { overview } : {})} />
    </ThemeContext.Provider>,
  );
  const frame = () => app.lastFrame() ?? '';
  const press = async (keys: string, expected?: string) => {
    app.stdin.write(keys);
    // A generous wait: the first search builds its index, slow on a busy machine (speed is the bench's to measure).
    if (expected) await waitFor(() => expect(frame()).toContain(expected), 15_000);
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

  it('with keys typed before it started, draws nothing until it answers the first of them', async () => {
    const app = render(
      <ThemeContext.Provider value={{ color: false }}>
        <App query={query} lang="en" size={{ columns: 100, rows: 30 }} typeAhead />
      </ThemeContext.Provider>,
    );
    const frame = () => app.lastFrame() ?? '';
    expect(frame()).toBe('');
    app.stdin.write('2');
    await waitFor(() => expect(frame()).toMatch(/Projects: \d+ of \d+/));
    expect(frame()).toContain('› ');
    app.unmount();
  });

  it('with type-ahead announced but no key arriving, shows the overview after a moment', async () => {
    const app = render(
      <ThemeContext.Provider value={{ color: false }}>
        <App query={query} lang="en" size={{ columns: 80, rows: 24 }} typeAhead />
      </ThemeContext.Provider>,
    );
    await waitFor(() => expect(app.lastFrame() ?? '').toContain('Partnership levels'));
    app.unmount();
  });

  it('searches with typos and opens Zhanatas with its 100 MW', async () => {
    const ui = explorer();
    await ui.press('/', 'Search:');
    await ui.press('zanatas', 'Zhanatas Wind Farm');
    await ui.press('\r', 'Project · zhanatas-wind-farm');
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

  it('filters projects with counts, and shows them in the status line', async () => {
    const ui = explorer({ columns: 80, rows: 40 });
    await ui.press('f', 'Filters');
    expect(ui.frame()).toMatch(/\[ \] Energy\s+\d+/);
    await ui.press(' ', '[x] Energy');
    await waitFor(() => expect(ui.frame()).toMatch(/Projects: \d+ of \d+ · filters: Energy/));
    await ui.press('c');
    await waitFor(() => expect(ui.frame()).not.toContain('[x]'));
    await ui.press(ESC);
    await waitFor(() => expect(ui.frame()).not.toContain('Filters'));
    ui.unmount();
  });

  it('lists every key in the help overlay', async () => {
    const ui = explorer();
    await ui.press('?', 'Keys');
    for (const key of ['Tab', 'Enter', 'Esc', '/', 'f', 'o', 'l', '?', 'q'])
      expect(ui.frame()).toMatch(new RegExp(`^\\s+${key.replace(/[?/]/g, '\\$&')}\\s`, 'm'));
    await ui.press('?');
    await waitFor(() => expect(ui.frame()).not.toContain('Keys'));
    ui.unmount();
  });

  it('fits the help to 40×12: titled with the tab, lines wrapped whole, scrolled with j and G', async () => {
    const ui = explorer({ columns: 40, rows: 12 });
    await ui.press('2', 'Projects:');
    await ui.press('?', 'Keys · Projects');
    expect(ui.frame()).not.toContain('…');
    expect(ui.frame()).not.toContain('Ctrl+C');
    const first = ui.frame();
    await ui.press('j');
    await waitFor(() => expect(ui.frame()).not.toBe(first));
    await ui.press('G', 'q  Ctrl+C');
    expect(ui.frame()).toMatch(/^\s+quit\s*$/m);
    expect(ui.frame().split('\n').length).toBeLessThanOrEqual(11);
    await ui.press('k');
    await ui.press('?');
    await waitFor(() => expect(ui.frame()).not.toContain('Keys · '));
    ui.unmount();
  });

  it('cycles the language of the interface and the records with l', async () => {
    const ui = explorer();
    await ui.press('l', 'Panoramica');
    await ui.press('l', 'Обзор');
    await ui.press('l', 'Шолу');
    await ui.press('l', '概览');
    await ui.press('l', 'Overview');
    ui.unmount();
  });

  it('shows list and record side by side when wide, one at a time when narrow', async () => {
    const wide = explorer({ columns: 160, rows: 40 });
    await wide.press('2', '│');
    expect(wide.frame()).toMatch(/Project · /);
    wide.unmount();
    const narrow = explorer({ columns: 80, rows: 24 });
    await narrow.press('2', '›');
    expect(narrow.frame()).not.toContain('│');
    narrow.unmount();
  });

  it('o shows the URL of the chosen source where no browser exists', async () => {
    process.env.DOSTYK_NO_BROWSER = '1';
    const ui = explorer();
    await ui.press('/', 'Search:');
    await ui.press('zanatas', 'Zhanatas Wind Farm');
    await ui.press('\r', 'Project · zhanatas-wind-farm');
    await ui.press('\x1b[C', 'source [1]');
    await ui.press('o', 'No browser here; the URL is');
    expect(ui.frame()).toMatch(/https?:\/\//);
    ui.unmount();
  });

  it('shows text from a hostile dataset inert', async () => {
    const hostile = structuredClone(dataset);
    const first = hostile.projects[0];
    if (!first) throw new Error('no projects');
    first.name = { en: 'AAA Evil \x1b]0;pwned\x07 \x1b[2J name' };
    const ui = explorer({ columns: 160, rows: 30 }, 'en', createQuery(hostile));
    await ui.press('2', 'Evil');
    expect(ui.frame()).not.toContain('\x1b');
    expect(ui.frame()).toContain('\\x1B]0;pwned');
    ui.unmount();
  });
});

/** A loader that resolves when the test says so, like the bundle's query loading after the first frame. */
function deferredQuery() {
  let resolve: (q: Query) => void = () => {};
  const loaded = new Promise<Query>((r) => {
    resolve = r;
  });
  let calls = 0;
  return {
    load: () => {
      calls++;
      return loaded;
    },
    release: () => resolve(query),
    calls: () => calls,
  };
}

describe('the explorer before its data has loaded', () => {
  it('draws the overview from the precomputed facts, the same frame as with the data', async () => {
    const data = deferredQuery();
    const early = explorer({ columns: 100, rows: 30 }, 'en', data.load);
    await waitFor(() => expect(early.frame()).toContain('Projects by sector'));
    const before = early.frame();
    const loaded = explorer({ columns: 100, rows: 30 });
    await waitFor(() => expect(loaded.frame()).toContain('Projects by sector'));
    expect(before).toBe(loaded.frame());
    data.release();
    await waitFor(() => expect(data.calls()).toBe(1));
    await new Promise((r) => setTimeout(r, 50));
    expect(early.frame()).toBe(before);
    early.unmount();
    loaded.unmount();
  });

  it('keeps the keys typed while the data loads, and applies them in order once it is there', async () => {
    const data = deferredQuery();
    const ui = explorer({ columns: 80, rows: 24 }, 'en', data.load);
    await waitFor(() => expect(ui.frame()).toContain('1 Overview'));
    ui.stdin.write('/');
    ui.stdin.write('zanatas');
    await new Promise((r) => setTimeout(r, 50));
    expect(ui.frame()).not.toContain('Search:');
    data.release();
    await waitFor(() => expect(ui.frame()).toContain('Zhanatas Wind Farm'));
    await ui.press('\r', 'Project · zhanatas-wind-farm');
    expect(ui.frame()).toContain('100 MW');
    ui.unmount();
  });

  it('quits on q before the data is there', async () => {
    const data = deferredQuery();
    const ui = explorer({ columns: 80, rows: 24 }, 'en', data.load);
    await waitFor(() => expect(ui.frame()).toContain('1 Overview'));
    // Ink reads keys through a 'readable' listener while the app runs, and drops it when the app exits.
    expect(ui.stdin.listenerCount('readable')).toBeGreaterThan(0);
    ui.stdin.write('q');
    await waitFor(() => expect(ui.stdin.listenerCount('readable')).toBe(0));
    data.release();
  });
});

describe('the overview facts', () => {
  it("are the dataset's counts and the query API's aggregates", () => {
    const facts = overviewFacts(query);
    expect(facts.counts).toEqual(
      COLLECTIONS.filter((c) => dataset[c].length > 0).map((c) => ({
        collection: c,
        count: dataset[c].length,
      })),
    );
    expect(facts.sources).toBe(dataset.sources.length);
    const { excluded, ...aggregates } = query.aggregates();
    const { capacity, money, usd, ...counts } = facts.aggregates;
    expect({
      ...counts,
      capacity: capacity.map(({ shown, shownUnit, ...c }) => c),
      money: money.map(({ shown, ...m }) => m),
      usd: (({ shown, ...u }) => u)(usd),
    }).toEqual(aggregates);
    // Totals written out as formatNumber writes them, in every language, in the unit the rules pick.
    for (const c of capacity) {
      const d = displayUnit(c.total, c.unit);
      expect(c.shown.ru).toBe(formatNumber(d.value, 'ru'));
      expect(c.shownUnit).toBe(d.unit);
    }
    expect(facts.countIncludes.en).toBe(countIncludes(aggregates.projectCounts, 'en', 'counted'));
    expect(facts.excluded.map((r) => r.id)).toEqual(excluded);
    expect(facts.relationship?.id).toBe(dataset.relationships[0]?.id);
    expect(facts.relationship?.levels.length).toBe(dataset.relationships[0]?.levels.length);
    // Plain JSON: the bundle embeds it as it is.
    expect(JSON.parse(JSON.stringify(facts))).toEqual(facts);
  });
});
