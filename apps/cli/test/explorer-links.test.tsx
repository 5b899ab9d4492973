import { createQuery, dataset } from '@dostyk/data';
import { LABELS } from '@dostyk/data/labels';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { LANGS, translator } from '../src/i18n/messages.js';
import { App } from '../src/ui/App.js';
import { commandFor } from '../src/ui/command.js';
import { TABS } from '../src/ui/lists.js';
import { tabBarWords, widthOf } from '../src/ui/tab-bar.js';
import { ThemeContext } from '../src/ui/theme.js';
import { waitFor } from './helpers.js';

const query = createQuery(dataset);
const ESC = '\x1b';
const TAB = '\t';
const DOWN = '\x1b[B';
const UP = '\x1b[A';

function explorer(
  size = { columns: 80, rows: 24 },
  theme: { color: boolean; hyperlinks?: boolean } = { color: false },
) {
  const app = render(
    <ThemeContext.Provider value={theme}>
      <App query={query} lang="en" size={size} />
    </ThemeContext.Provider>,
  );
  const frame = () => app.lastFrame() ?? '';
  const lines = () => frame().split('\n');
  const status = () => lines().at(-1) ?? '';
  /** One key, then wait until the frame shows `expected` (keys sent one at a time, as a person types). */
  const press = async (key: string, expected?: string | RegExp) => {
    const before = frame();
    app.stdin.write(key);
    // Let the key be handled and the frame drawn; with `expected`, wait for a new frame that shows it.
    await new Promise((r) => setTimeout(r, 40));
    if (expected !== undefined)
      await waitFor(() => {
        expect(frame()).not.toBe(before);
        if (typeof expected === 'string') expect(frame()).toContain(expected);
        else expect(frame()).toMatch(expected);
      }, 15_000);
    return before;
  };
  return { ...app, frame, lines, status, press };
}

/** Open Zhanatas from the search. */
async function openZhanatas(ui: ReturnType<typeof explorer>) {
  await ui.press('/', 'Search:');
  for (const ch of 'zanat') await ui.press(ch);
  await waitFor(() => expect(ui.frame()).toContain('Zhanatas Wind Farm'), 15_000);
  await ui.press('\r', 'Project · zhanatas-wind-farm');
}

describe('links between records', () => {
  it('Tab focuses a participant, Enter opens it, Esc returns to the same place; a back stack', async () => {
    const ui = explorer();
    await openZhanatas(ui);
    // Tab through the links until the owner has the focus (the status line names the focused link's id).
    for (let i = 0; i < 30 && !ui.status().includes('china-power-international-holding'); i++)
      await ui.press(TAB, /link \d+\/\d+/);
    expect(ui.status()).toMatch(/link \d+\/\d+: china-power-international-holding/);
    const body = ui.lines().slice(0, -1).join('\n');
    expect(body).toContain('China Power International Holding');
    await ui.press('\r', 'Organization · china-power-international-holding');
    expect(ui.frame()).toContain('Appears in');
    expect(ui.frame()).toMatch(/Zhanatas Wind Farm · Owner 80%/);
    // Deeper: a link of this record, then back twice.
    await ui.press(TAB, /link 1\/\d+/);
    const target = /link 1\/\d+: (\S+)/.exec(ui.status())?.[1] ?? '';
    await ui.press('\r', `· ${target}`);
    await ui.press(ESC, 'Organization · china-power-international-holding');
    await ui.press('\x7f', /^Zhanatas Wind Farm/m);
    // The same rows as when we left, scrolled as they were.
    expect(ui.lines().slice(0, -1).join('\n')).toBe(body);
    // And from the first record, back to the search it was opened from.
    await ui.press(ESC, 'Search: zanat');
    ui.unmount();
  });

  it('outside an open record, Tab switches tabs; digits switch tabs except while typing a search', async () => {
    const ui = explorer();
    await waitFor(() => expect(ui.frame()).toContain('1 Overview'));
    await ui.press(TAB, /Projects: \d+ of \d+/);
    await ui.press(TAB, /Timeline: \d+\/\d+/);
    await ui.press('\x1b[Z', /Projects: \d+ of \d+/);
    await ui.press('4', /Figures: \d+\/\d+/);
    await ui.press('/', 'Search:');
    await ui.press('2', 'Search: 2');
    expect(ui.status()).toMatch(/Search: \d+/);
    ui.unmount();
  });

  it('← → and o still choose and show sources in an open record', async () => {
    const ui = explorer();
    await openZhanatas(ui);
    await ui.press('\x1b[C', /source \[1\]/);
    await ui.press('\x1b[C', /source \[2\]/);
    ui.unmount();
  });
});

describe('clickable sources', () => {
  const zhanatas = query.get('zhanatas-wind-farm')?.record as { sources: string[] };
  const urls = zhanatas.sources.map((id) => query.dataset.sources.find((s) => s.id === id)?.url ?? '');
  // An OSC 8 hyperlink: ESC ] 8 ; ; target ESC \ text ESC ] 8 ; ; ESC \ (colours off: the text is plain).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what is tested
  const LINK = /\x1b\]8;;([^\x1b]+)\x1b\\([^\x1b]*)\x1b\]8;;\x1b\\/g;
  const links = (frame: string) =>
    [...frame.matchAll(LINK)].map(([, target = '', text = '']) => ({ target, text }));
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what is removed
  const visible = (frame: string) => frame.replace(/\x1b\]8;;[^\x1b]*\x1b\\/g, '');

  it('with hyperlinks on, each source URL shown is an OSC 8 link to the whole URL, its row cut at the edge, never wrapped', async () => {
    const ui = explorer({ columns: 80, rows: 24 }, { color: false, hyperlinks: true });
    await openZhanatas(ui);
    await ui.press('G', '[16]');
    const shown = links(ui.frame());
    expect(shown.length).toBeGreaterThanOrEqual(8);
    for (const { target, text } of shown) {
      expect(urls).toContain(target);
      // The text shown is the URL, or its start where the pane cuts it (the ellipsis after the link).
      expect(target.startsWith(text)).toBe(true);
    }
    // A URL longer than the pane: one row, cut with …, the link still the whole URL; no row carries its rest.
    const long = shown.find(({ target, text }) => target.length > 80 && text.length < target.length);
    expect(long).toBeDefined();
    const rows = visible(ui.frame()).split('\n');
    const row = rows.find((l) => l.includes(long?.text ?? '?')) ?? '';
    expect(row).toBe(`    ${long?.text}…`);
    expect(rows.filter((l) => l.includes(long?.target.slice(-12) ?? '?'))).toEqual([]);
    // The chosen source's URL on the status line (or the rows above it at this width) is a link too.
    await ui.press('\x1b[C', /source \[1\]/);
    expect(links(ui.frame()).filter((l) => l.target === urls[0]).length).toBeGreaterThanOrEqual(1);
    ui.unmount();
  });

  it('without hyperlinks the frame carries no OSC 8 escape and the same text', async () => {
    const ui = explorer();
    await openZhanatas(ui);
    await ui.press('G', '[16]');
    expect(ui.frame()).not.toContain('\x1b]8;');
    const linked = explorer({ columns: 80, rows: 24 }, { color: false, hyperlinks: true });
    await openZhanatas(linked);
    await linked.press('G', '[16]');
    expect(visible(linked.frame())).toBe(ui.frame());
    ui.unmount();
    linked.unmount();
  });
});

describe('filters keep their place', () => {
  const toggles = (frame: string) => frame.split('\n').filter((l) => /\[[ x]\]/.test(l));

  it('a value keeps its row with a zero count, and the cursor stays on the value ticked', async () => {
    const ui = explorer({ columns: 80, rows: 90 });
    await ui.press('2', /Projects: \d+ of \d+/);
    await ui.press('f', 'Filters ·');
    const strip = (l: string) => l.replace(/\s*\d+\s*$/, '').replace('›', ' ');
    const before = toggles(ui.frame()).map(strip);
    // Tick the first sector, then walk down to a region and tick it.
    await ui.press(' ', /\[x\]/);
    for (let i = 0; i < 25; i++) await ui.press(DOWN);
    await ui.press(' ');
    await waitFor(() => expect(ui.lines().find((l) => l.includes('›'))).toMatch(/› \[x\]/));
    const after = toggles(ui.frame()).map(strip);
    expect(after.map((l) => l.replace('[x]', '[ ]'))).toEqual(before);
    // Values no project matches now count 0 and are still listed.
    expect(toggles(ui.frame()).some((l) => /\[ \] .*\s0\s*$/.test(l))).toBe(true);
    // Untick it where it is.
    await ui.press(' ');
    await waitFor(() => expect(ui.lines().find((l) => l.includes('›'))).toMatch(/› \[ \]/));
    await ui.press(UP);
    ui.unmount();
  });

  it('f on the Timeline filters the timeline by kind and years; the status names only its filters', async () => {
    const ui = explorer();
    // A projects filter first: it must not be named on the Timeline.
    await ui.press('2', /Projects: \d+ of \d+/);
    await ui.press('f', 'Filters ·');
    await ui.press(' ', /filters: /);
    await ui.press(ESC, /› /);
    await ui.press('3', /Timeline: \d+\/\d+/);
    expect(ui.status()).not.toContain('filters');
    expect(ui.status()).toContain(`/${query.timeline().length}`);
    await ui.press('f', 'Kinds');
    expect(ui.frame()).not.toContain('Sector');
    await ui.press(' ', /\[x\] Event/);
    await ui.press(ESC, /Timeline: 1\//);
    const events = query.timeline({ types: ['event'] });
    expect(ui.status()).toContain(`Timeline: 1/${events.length} · filters: Event`);
    // The list shows only events.
    expect(ui.frame()).toMatch(/Event\s*$/m);
    expect(ui.frame()).not.toMatch(/(Agreement|Project milestone|Partnership)\s*$/m);
    // Back on Projects, its own filter is named, not the timeline's.
    await ui.press('2', /Projects: /);
    expect(ui.status()).toMatch(/filters: [^·]*$/);
    expect(ui.status()).not.toContain('Event');
    ui.unmount();
  });
});

describe('y: the command behind the view', () => {
  it('shows the command that prints the current list, or the open record', async () => {
    const ui = explorer({ columns: 120, rows: 30 });
    await ui.press('2', /Projects: /);
    await ui.press('y', 'dostyk projects');
    await ui.press('f', 'Filters ·');
    await ui.press(' ', /\[x\]/);
    // The filter shows the sector's label; the command names its value.
    const shown = /\[x\] (\S+)/.exec(ui.frame())?.[1];
    const sector = Object.keys(LABELS.sectors).find(
      (k) => LABELS.sectors[k as keyof typeof LABELS.sectors].en === shown,
    );
    await ui.press(ESC, /Projects: .*filters/);
    await ui.press('y', `dostyk projects --sector ${sector}`);
    await ui.press(ESC);
    await ui.press('\r', 'Project · ');
    const id = /Project · (\S+)/.exec(ui.frame())?.[1];
    await ui.press('y', `dostyk show ${id}`);
    ui.unmount();
  });

  it('commandFor: filters as flags, the open record as show, the language kept', () => {
    const base = { filter: {}, timeline: {}, lang: 'en' as const };
    expect(commandFor({ ...base, tab: 'projects' })).toBe('dostyk projects');
    expect(
      commandFor({
        ...base,
        tab: 'projects',
        filter: { sector: ['energy'], status: ['under-construction'], region: ['KZ-31'], from: 2019 },
      }),
    ).toBe('dostyk projects --sector energy --status under-construction --region KZ-31 --from 2019');
    expect(
      commandFor({ ...base, tab: 'timeline', timeline: { types: ['event', 'agreement'], to: 2020 } }),
    ).toBe('dostyk timeline --kind event,agreement --to 2020');
    expect(commandFor({ ...base, tab: 'projects', opened: 'cnpc', lang: 'ru' })).toBe(
      'dostyk show cnpc --lang ru',
    );
    expect(commandFor({ ...base, tab: 'overview' })).toBe('dostyk stats');
    expect(commandFor({ ...base, tab: 'figures' })).toBe('dostyk figures');
  });
});

describe('narrow and wide', () => {
  it('the tab bar shortens labels before it drops the active tab, in every language, at every width', () => {
    for (const lang of LANGS) {
      const t = translator(lang);
      for (const tab of TABS)
        for (let width = 20; width <= 160; width++) {
          const words = tabBarWords(t, tab, lang, width);
          expect(widthOf(words)).toBeLessThanOrEqual(width);
          const active = words.tabs.find((x) => x.active);
          expect(active?.text).toContain(t(`tab.${tab}`));
          // Other tabs are listed (at least by number) whenever the active tab is not alone.
          if (words.tabs.length > 1) expect(words.tabs).toHaveLength(TABS.length);
        }
      // Wide enough: every label whole, with the name.
      const wide = tabBarWords(t, 'projects', lang, 160);
      expect(wide.brand).toBe('dostyk ');
      expect(wide.tabs.every((x) => x.text.includes(t(`tab.${x.name}`)))).toBe(true);
    }
  });

  it('at 40×12 the explorer still says where you are', async () => {
    const ui = explorer({ columns: 40, rows: 12 });
    await waitFor(() => expect(ui.frame()).toContain('1 Overview'));
    await ui.press('2', /2 Projects/);
    expect(ui.lines()[0]).toMatch(/2 Projects/);
    expect(ui.status()).toMatch(/Projects: \d+ of \d+/);
    await ui.press('\r', 'Project · ');
    expect(ui.lines()[0]).toMatch(/2 Projects/);
    await ui.press('3', /3 Timeline/);
    await ui.press('5', /5 Entities/);
    expect(ui.lines().every((l) => l.length <= 40)).toBe(true);
    ui.unmount();
  });
});
