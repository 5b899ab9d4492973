/**
 * The explorer's first frame, written straight to the terminal while Ink, React and Yoga load and warm up
 * (a few hundred milliseconds on a slow machine): the Overview exactly as the App draws it, from the
 * figures the build precomputed. Ink then draws the same frame over it. Keys typed meanwhile wait in the
 * terminal (raw mode is already on, so nothing echoes) and reach the App in order once it reads them.
 * This module must stay free of Ink and React: it is what runs before they are loaded.
 */
import { type Lang, type T, translator } from '../i18n/messages.js';
import { safeLine } from '../text/sanitize.js';
import { type Line, wrapAll } from '../text/styled.js';
import { displayWidth, truncate } from '../text/width.js';
import { type OverviewFacts, overviewLines } from './overview.js';
import { tabBarWords } from './tab-bar.js';
import { type TextStyle, toneProps } from './tones.js';

interface Cell {
  text: string;
  style?: TextStyle;
}
type Row = Cell[];

const COLOR_CODE: Record<NonNullable<TextStyle['color']>, number> = {
  red: 31,
  green: 32,
  yellow: 33,
  blue: 34,
  cyan: 36,
};

const styled = ({ text, style = {} }: Cell): string => {
  const codes = [
    ...(style.bold ? [1] : []),
    ...(style.dimColor ? [2] : []),
    ...(style.underline ? [4] : []),
    ...(style.inverse ? [7] : []),
    ...(style.color ? [COLOR_CODE[style.color]] : []),
  ];
  return codes.length > 0 && text !== '' ? `\x1b[${codes.join(';')}m${text}\x1b[0m` : text;
};

const widthOf = (row: Row) => row.reduce((w, c) => w + displayWidth(c.text), 0);

/** The tab bar (TabBar): name and tabs on the left, the language on the right; undefined when it would be cut. */
function tabBar(t: T, lang: Lang, width: number, color: boolean): Row | undefined {
  const words = tabBarWords(t, 'overview', lang, width);
  const left: Row = words.brand
    ? [{ text: words.brand, style: { bold: true, ...(color ? { color: 'cyan' } : {}) } }]
    : [];
  for (const { text, active } of words.tabs)
    left.push({ text: ' ' }, { text, style: active ? { inverse: true, bold: true } : {} });
  const right: Row = words.lang ? [{ text: words.lang, style: { dimColor: true } }] : [];
  const gap = width - widthOf(left) - widthOf(right);
  if (gap < 0) return undefined;
  return [...left, { text: ' '.repeat(gap) }, ...right];
}

/** The status line (StatusLine) with the Overview's text on the left and the key hints on the right. */
function statusLine(left: string, right: string, width: number): Row {
  const r = displayWidth(left) + displayWidth(right) + 3 <= width ? right : '';
  const l = truncate(safeLine(left), Math.max(0, width - displayWidth(r) - 2));
  return [
    {
      text: ` ${l}${' '.repeat(Math.max(0, width - displayWidth(l) - displayWidth(r) - 2))}`,
      style: { inverse: true },
    },
    { text: `${r} `, style: { inverse: true, dimColor: true } },
  ];
}

/** One line of the overview (LineText in a box with one column of padding on the left). */
const overviewRow = (line: Line, color: boolean): Row =>
  line.length === 0
    ? []
    : [{ text: ' ' }, ...line.map((s) => ({ text: safeLine(s.text), style: toneProps(s.tone, color) }))];

export interface FirstFrameOptions {
  columns: number;
  rows: number;
  lang: Lang;
  color: boolean;
  facts: OverviewFacts;
}

/**
 * The rows of the first frame, styled with ANSI codes, top to bottom (the App's root is one row shorter
 * than the terminal); undefined where the App would draw something this does not (a tab bar cut short, a
 * terminal too small), so that Ink alone draws then.
 */
export function firstFrame({ columns, rows, lang, color, facts }: FirstFrameOptions): string[] | undefined {
  if (columns < 20 || rows < 6) return undefined;
  const width = columns;
  const bodyHeight = rows - 3;
  const t = translator(lang);
  const bar = tabBar(t, lang, width, color);
  if (!bar) return undefined;
  const body = wrapAll(overviewLines(facts, lang, t, width), width - 2).slice(0, bodyHeight);
  // A line the App would cut at the edge of its box: leave it to Ink.
  if (body.some((l) => 1 + l.reduce((w, s) => w + displayWidth(safeLine(s.text)), 0) > width - 1))
    return undefined;
  const frame: Row[] = [bar, ...body.map((l) => overviewRow(l, color))];
  while (frame.length < bodyHeight + 1) frame.push([]);
  frame.push(statusLine(t('tab.overview'), t('status.keys'), width));
  return frame.map((row) => row.map(styled).join(''));
}

/**
 * Paint the first frame on the alternate screen (already entered, cursor at home) and leave the cursor at
 * home for Ink, whose first frame then replaces it in one write. Returns whether it painted.
 */
export function paintFirstFrame(
  stdout: NodeJS.WriteStream,
  stdin: NodeJS.ReadStream,
  options: Omit<FirstFrameOptions, 'columns' | 'rows'>,
): boolean {
  if (!stdout.isTTY || !stdin.isTTY) return false;
  // Raw mode now: keys typed before Ink reads them must not echo over the frame (Ink keeps raw mode on).
  stdin.setRawMode(true);
  const frame = firstFrame({ ...options, columns: stdout.columns || 80, rows: stdout.rows || 24 });
  if (!frame) return false;
  stdout.write(`\x1b[?25l${frame.map((row, i) => `\x1b[${i + 1};1H${row}`).join('')}\x1b[H`);
  clearBeforeNextFrame(stdout);
  return true;
}

/**
 * Ink writes its first frame from the cursor without clearing what is there; have that one write start by
 * clearing the screen, so nothing of the painted frame can outlive it (a terminal resized in between)
 * and, the clear and the frame arriving together, nothing flickers.
 */
function clearBeforeNextFrame(stdout: NodeJS.WriteStream) {
  const write = stdout.write;
  const once = (chunk: unknown, ...rest: unknown[]): boolean => {
    if (typeof chunk === 'string' && chunk.includes('\n')) {
      stdout.write = write;
      return (write as (...a: unknown[]) => boolean).call(stdout, `\x1b[H\x1b[J${chunk}`, ...rest);
    }
    return (write as (...a: unknown[]) => boolean).call(stdout, chunk, ...rest);
  };
  stdout.write = once as typeof stdout.write;
}
