import { type Line, seg, type Tone } from './styled.js';
import { displayWidth, fit } from './width.js';

export interface Column {
  header: string;
  align?: 'left' | 'right';
  /** May shrink when the table is wider than the terminal (the most above its `min` first), not below `min`. */
  shrink?: boolean;
  min?: number;
  tone?: Tone;
}

/** Columns' widths: each its widest cell, the shrinkable ones given way (widest first) to fit `maxWidth`. */
function widthsOf(columns: Column[], rows: string[][], maxWidth?: number): number[] {
  const widths = columns.map((c, i) =>
    Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  if (maxWidth === undefined) return widths;
  const total = () => widths.reduce((a, b) => a + b, 0) + 2 * (columns.length - 1);
  const shrinkable = columns.map((c, i) => ({ i, min: c.min ?? 8, on: c.shrink !== undefined }));
  while (total() > maxWidth) {
    const candidates = shrinkable.filter((c) => c.on && (widths[c.i] ?? 0) > c.min);
    if (candidates.length === 0) break;
    // The column with the most room above its minimum gives way first.
    const room = (c: { i: number; min: number }) => (widths[c.i] ?? 0) - c.min;
    const widest = candidates.reduce((a, b) => (room(a) >= room(b) ? a : b));
    widths[widest.i] = (widths[widest.i] ?? 0) - 1;
  }
  return widths;
}

const fits = (widths: number[], maxWidth: number) =>
  widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1) <= maxWidth;

/**
 * A plain text table: a header, then one line per row, columns two spaces apart. With `maxWidth` (a
 * terminal) the shrinkable columns give way so rows fit one line; where even that is too wide, each row
 * takes two lines: its first column (an id: never cut) alone, then the others indented, the second (a
 * title) cut to leave room for the rest. Without `maxWidth` (a pipe) nothing is cut.
 */
export function renderTable(columns: Column[], rows: string[][], maxWidth?: number): Line[] {
  const widths = widthsOf(columns, rows, maxWidth);
  if (maxWidth !== undefined && !fits(widths, maxWidth) && columns.length > 2) {
    const [first, second, ...rest] = columns as [Column, Column, ...Column[]];
    // The second column (a title) gives way to the others, which follow it on the same line.
    const restLine = (cells: string[], tone?: (c: Column) => Tone | undefined): Line => {
      const others = rest
        .map((c, i) => ({ c, text: cells[i + 2] ?? '' }))
        .filter((x) => x.text.trim() !== '');
      const othersWidth = others.reduce((n, x) => n + 2 + displayWidth(x.text), 0);
      const room = Math.max(10, maxWidth - 2 - othersWidth);
      const title = cells[1] ?? '';
      return fitTo(
        [
          seg('  '),
          seg(displayWidth(title) <= room ? title : fit(title, room), tone?.(second)),
          ...others.map((x) => seg(`  ${x.text}`, tone?.(x.c))),
        ],
        maxWidth,
      );
    };
    const heading = () => 'heading' as const;
    const header: Line[] = [
      [seg(first.header, 'heading')],
      restLine(
        columns.map((c) => c.header),
        heading,
      ),
    ];
    const body = rows.flatMap((r): Line[] => [[seg(r[0] ?? '', first.tone)], restLine(r, (c) => c.tone)]);
    return [...header, ...body];
  }
  const header: Line = columns.map((c, i) =>
    seg((i > 0 ? '  ' : '') + cell(columns, widths, c.header, i), 'heading'),
  );
  const body = rows.map((r) =>
    columns.map((c, i) => seg((i > 0 ? '  ' : '') + cell(columns, widths, r[i] ?? '', i), c.tone)),
  );
  return [header, ...body];
}

function cell(columns: Column[], widths: number[], text: string, i: number): string {
  const w = widths[i] ?? 0;
  const last = i === columns.length - 1;
  if (columns[i]?.align === 'right') return ' '.repeat(Math.max(0, w - displayWidth(text))) + text;
  return last && displayWidth(text) <= w ? text : fit(text, w);
}

/** The indented line of a two-line row, cut to the width (an id line is never cut). */
function fitTo(line: Line, width: number): Line {
  if (line[0]?.text !== '  ') return line;
  let left = width;
  return line.flatMap((s) => {
    if (left <= 0) return [];
    const w = displayWidth(s.text);
    if (w <= left) {
      left -= w;
      return [s];
    }
    const cut = { ...s, text: fit(s.text, left).replace(/\s+$/, '') };
    left = 0;
    return [cut];
  });
}
