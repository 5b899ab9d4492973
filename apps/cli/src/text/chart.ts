import { type Line, seg } from './styled.js';
import { displayWidth } from './width.js';

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const SPARKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** A bar of `value / max` of `width` columns, in eighths of a column. */
export const bar = (value: number, max: number, width: number): string => {
  if (max <= 0 || value <= 0 || width <= 0) return '';
  const eighths = Math.max(1, Math.round((value / max) * width * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + (EIGHTHS[eighths % 8] ?? '');
};

/** ▁▃▅█ : one character per value, scaled between the smallest and the largest. */
export const sparkline = (values: number[]): string => {
  if (values.length === 0) return '';
  const min = Math.min(...values);
  const max = Math.max(...values);
  return values
    .map((v) => SPARKS[max === min ? 3 : Math.round(((v - min) / (max - min)) * (SPARKS.length - 1))])
    .join('');
};

export interface BarRow {
  label: string;
  value: number;
  /** Shown after the value, e.g. source references. */
  suffix?: Line;
}

/**
 * A horizontal bar chart: label, bar, value. Bars grow from zero; negative values are drawn with the
 * `bad` tone at their absolute size.
 */
export function barChart(rows: BarRow[], width: number, format: (n: number) => string): Line[] {
  if (rows.length === 0) return [];
  const labelW = Math.max(...rows.map((r) => displayWidth(r.label)));
  const values = rows.map((r) => format(r.value));
  const valueW = Math.max(...values.map((v) => displayWidth(v)));
  const max = Math.max(...rows.map((r) => Math.abs(r.value)));
  const barW = Math.max(4, width - labelW - valueW - 4);
  return rows.map((r, i) => {
    const b = bar(Math.abs(r.value), max, barW);
    return [
      seg(r.label.padEnd(labelW + (r.label.length - displayWidth(r.label))), 'muted'),
      seg(' '),
      seg(b, r.value < 0 ? 'bad' : 'accent'),
      seg(' '.repeat(Math.max(0, barW - displayWidth(b)) + 1)),
      seg((values[i] ?? '').padStart(valueW)),
      ...(r.suffix ?? []),
    ];
  });
}
