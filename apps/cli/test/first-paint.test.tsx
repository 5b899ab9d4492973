import { createQuery, dataset } from '@dostyk/data';
import { describe, expect, it } from 'vitest';
import { LANGS, translator } from '../src/i18n/messages.js';
import { firstFrame } from '../src/ui/first-paint.js';
import { overviewFacts } from '../src/ui/overview.js';
import { waitFor } from './helpers.js';

// Ink's colours come from chalk, which decides once, when loaded: force them before loading Ink.
process.env.FORCE_COLOR = '1';
const { render } = await import('ink-testing-library');
const { App } = await import('../src/ui/App.js');
const { ThemeContext } = await import('../src/ui/theme.js');

const query = createQuery(dataset);
const facts = overviewFacts(query);

interface Cell {
  ch: string;
  style: string;
}

/** A styled frame as cells: each character with the attributes in force (SGR codes 0–49 that the UI uses). */
function cells(frame: string): Cell[][] {
  return frame.split('\n').map((line) => {
    const row: Cell[] = [];
    const on = new Map<string, string>();
    // biome-ignore lint/suspicious/noControlCharactersInRegex: escape codes are what is parsed
    for (const [, codes, text] of line.matchAll(/\x1b\[([\d;]*)m|([^\x1b]+)/g)) {
      if (text !== undefined) {
        const style = [...on.values()].sort().join(',');
        for (const ch of text) row.push({ ch, style });
        continue;
      }
      for (const c of (codes || '0').split(';').map(Number)) {
        if (c === 0) on.clear();
        else if (c === 1) on.set('bold', 'bold');
        else if (c === 2) on.set('dim', 'dim');
        else if (c === 22) {
          on.delete('bold');
          on.delete('dim');
        } else if (c === 4) on.set('underline', 'underline');
        else if (c === 24) on.delete('underline');
        else if (c === 7) on.set('inverse', 'inverse');
        else if (c === 27) on.delete('inverse');
        else if (c >= 30 && c <= 37) on.set('fg', `fg${c}`);
        else if (c === 39) on.delete('fg');
      }
    }
    // Trailing unstyled blanks are not drawn by either.
    while (row.length > 0 && row.at(-1)?.ch === ' ' && row.at(-1)?.style === '') row.pop();
    return row;
  });
}

async function inkFrame(columns: number, rows: number, lang: (typeof LANGS)[number], color: boolean) {
  const app = render(
    <ThemeContext.Provider value={{ color }}>
      <App query={query} overview={facts} lang={lang} size={{ columns, rows }} />
    </ThemeContext.Provider>,
  );
  // The tab bar (on narrow screens without the name `dostyk`) with the Overview tab.
  await waitFor(() => expect(app.lastFrame()).toContain(` 1 ${translator(lang)('tab.overview')} `));
  const frame = app.lastFrame() ?? '';
  app.unmount();
  return frame;
}

describe('the first paint', () => {
  // ink-testing-library's terminal is 100 columns wide.
  const sizes = [
    [80, 24],
    [100, 30],
    [100, 45],
    [90, 12],
    [76, 20],
    [60, 20],
    [40, 12],
  ] as const;
  for (const lang of LANGS)
    for (const color of [true, false])
      it(`is the frame Ink draws (${lang}, ${color ? 'colour' : 'no colour'}, ${sizes.map((s) => s.join('×')).join(', ')})`, async () => {
        for (const [columns, rows] of sizes) {
          const painted = firstFrame({ columns, rows, lang, color, facts });
          expect(painted, `${columns}×${rows}`).toBeDefined();
          const raw = await inkFrame(columns, rows, lang, color);
          // Styles are compared too: Ink did write them (inverse tabs, and colours when on).
          expect(raw.includes('\x1b[7m')).toBe(true);
          // The name `dostyk` is cyan when colours are on (a narrow tab bar leaves the name out).
          if (raw.includes('dostyk')) expect(raw.includes('\x1b[36m')).toBe(color);
          const ink = cells(raw);
          const mine = cells((painted ?? []).join('\n'));
          // Ink's frame may end with empty rows; the painter writes the same rows, blank ones included.
          expect(mine.length, `${columns}×${rows}`).toBe(rows - 1);
          for (let i = 0; i < rows - 1; i++)
            expect(mine[i], `${lang} ${columns}×${rows} row ${i}`).toEqual(ink[i] ?? []);
        }
      });

  it('leaves terminals too small for the explorer to Ink', () => {
    // The tab bar shortens its labels down to 20 columns (40 columns now paints, the same frame as Ink's).
    expect(firstFrame({ columns: 19, rows: 24, lang: 'en', color: false, facts })).toBeUndefined();
    expect(firstFrame({ columns: 80, rows: 4, lang: 'en', color: false, facts })).toBeUndefined();
  });
});
