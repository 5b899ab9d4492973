import { type Line, seg, type Tone } from './styled.js';
import { displayWidth, fit } from './width.js';

export interface Column {
  header: string;
  align?: 'left' | 'right';
  /** Shrinks first when the table is wider than the terminal. */
  flex?: boolean;
  tone?: Tone;
}

/**
 * A plain text table: a header, then one line per row, columns two spaces apart. With `maxWidth` (a
 * terminal) the flexible columns shrink so each row fits one line; without it (a pipe) nothing is cut.
 */
export function renderTable(columns: Column[], rows: string[][], maxWidth?: number): Line[] {
  const widths = columns.map((c, i) =>
    Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  if (maxWidth !== undefined) {
    const total = () => widths.reduce((a, b) => a + b, 0) + 2 * (columns.length - 1);
    const flexible = columns.map((c, i) => (c.flex ? i : -1)).filter((i) => i >= 0);
    while (total() > maxWidth && flexible.some((i) => (widths[i] ?? 0) > 8)) {
      const widest = flexible.reduce((a, b) => ((widths[a] ?? 0) >= (widths[b] ?? 0) ? a : b));
      widths[widest] = (widths[widest] ?? 0) - 1;
    }
  }
  const cell = (text: string, i: number) => {
    const w = widths[i] ?? 0;
    const last = i === columns.length - 1;
    if (columns[i]?.align === 'right') return ' '.repeat(Math.max(0, w - displayWidth(text))) + text;
    return last && displayWidth(text) <= w ? text : fit(text, w);
  };
  const header: Line = columns.map((c, i) => seg((i > 0 ? '  ' : '') + cell(c.header, i), 'heading'));
  const body = rows.map((r) => columns.map((c, i) => seg((i > 0 ? '  ' : '') + cell(r[i] ?? '', i), c.tone)));
  return [header, ...body];
}
