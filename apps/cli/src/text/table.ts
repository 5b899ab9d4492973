import { type Line, seg, type Tone } from './styled.js';
import { displayWidth, fit } from './width.js';

export interface Column {
  header: string;
  align?: 'left' | 'right';
  /** May shrink when the table is wider than the terminal (the widest first), not below `min`. */
  shrink?: boolean;
  min?: number;
  tone?: Tone;
}

/**
 * A plain text table: a header, then one line per row, columns two spaces apart. With `maxWidth` (a
 * terminal) the shrinkable columns give way, in order, so rows fit one line; without it (a pipe) nothing is cut.
 */
export function renderTable(columns: Column[], rows: string[][], maxWidth?: number): Line[] {
  const widths = columns.map((c, i) =>
    Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  if (maxWidth !== undefined) {
    const total = () => widths.reduce((a, b) => a + b, 0) + 2 * (columns.length - 1);
    // The widest shrinkable column gives way first, never below its `min`.
    const shrinkable = columns.map((c, i) => ({ i, min: c.min ?? 8, on: c.shrink !== undefined }));
    while (total() > maxWidth) {
      const candidates = shrinkable.filter((c) => c.on && (widths[c.i] ?? 0) > c.min);
      if (candidates.length === 0) break;
      const widest = candidates.reduce((a, b) => ((widths[a.i] ?? 0) >= (widths[b.i] ?? 0) ? a : b));
      widths[widest.i] = (widths[widest.i] ?? 0) - 1;
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
