import { fitLine, type Line, seg } from './styled.js';
import { type Column, renderTable } from './table.js';
import { displayWidth } from './width.js';

/** One series in the figures list: its id, the indicator's title, the reporter, and what it holds. */
export interface SeriesRow {
  id: string;
  title: string;
  reporter: string;
  points: string;
  sparse: string;
  years: string;
  spark: string;
}

export interface SeriesHeaders {
  series: string;
  title: string;
  reporter: string;
  points: string;
  years: string;
}

const TEXT_MIN = 12;
const GAP = 2;

/**
 * The figures list. A series id and its years are what a reader types and reads, so neither is ever cut:
 * where the one-line table (titles and reporters cut to fit) would not fit the terminal, each series takes
 * two lines, the id with its points, sparseness, sparkline and years (wrapped at commas) first, then the
 * title and reporter indented and cut. Without a width (a pipe) the one-line table is printed uncut.
 */
export function renderSeriesTable(h: SeriesHeaders, rows: SeriesRow[], width?: number): Line[] {
  const widest = (f: (r: SeriesRow) => string, header = '') =>
    Math.max(displayWidth(header), ...rows.map((r) => displayWidth(f(r))));
  const w = {
    id: widest((r) => r.id, h.series),
    points: widest((r) => r.points, h.points),
    sparse: widest((r) => r.sparse),
    years: widest((r) => r.years, h.years),
    spark: widest((r) => r.spark),
  };
  const oneLine = w.id + 2 * TEXT_MIN + w.points + w.sparse + w.years + w.spark + 6 * GAP;
  if (width === undefined || oneLine <= width) {
    const columns: Column[] = [
      { header: h.series, tone: 'accent' },
      { header: h.title, shrink: true, min: TEXT_MIN },
      { header: h.reporter, shrink: true, min: TEXT_MIN },
      { header: h.points, align: 'right' },
      { header: '' },
      { header: h.years },
      { header: '' },
    ];
    const cells = rows.map((r) => [r.id, r.title, r.reporter, r.points, r.sparse, r.years, r.spark]);
    return renderTable(columns, cells, width);
  }
  const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - displayWidth(s)));
  const padLeft = (s: string, n: number) => ' '.repeat(Math.max(0, n - displayWidth(s))) + s;
  /** Everything after the id, up to where the years start. */
  const rest = (r: Pick<SeriesRow, 'points' | 'sparse' | 'spark'>) =>
    `  ${padLeft(r.points, w.points)}  ${pad(r.sparse, w.sparse)}  ${pad(r.spark, w.spark)}  `;
  const yearsAt = w.id + displayWidth(rest({ points: '', sparse: '', spark: '' }));
  // Years beside the rest when at least a few years fit there, else on lines of their own.
  const beside = width - yearsAt >= 16;
  const yearLines = (years: string, first: Line, tone?: 'heading'): Line[] => {
    const indent = beside ? yearsAt : GAP;
    const room = Math.max(8, width - indent);
    const lines: string[] = [];
    for (const part of years.split(', ')) {
      const last = lines.at(-1);
      if (last === undefined) lines.push(part);
      else if (displayWidth(`${last}, ${part}`) <= room) lines[lines.length - 1] = `${last}, ${part}`;
      else {
        lines[lines.length - 1] = `${last},`;
        lines.push(part);
      }
    }
    const indented = (s: string): Line => [seg(' '.repeat(indent)), seg(s, tone)];
    if (!beside) return [first, ...lines.map(indented)];
    const [one = '', ...more] = lines;
    return [[...first, seg(one, tone)], ...more.map(indented)];
  };
  const firstLine = (id: string, after: string, idTone: 'accent' | 'heading', tone?: 'heading'): Line => [
    seg(pad(id, w.id), idTone),
    seg(beside ? after : after.trimEnd(), tone),
  ];
  const textLine = (title: string, reporter: string, tone?: 'heading'): Line =>
    fitLine(
      [seg(' '.repeat(GAP)), seg(title, tone), seg(' · ', tone ?? 'muted'), seg(reporter, tone ?? 'muted')],
      width,
    );
  const header: Line[] = [
    ...yearLines(
      h.years,
      firstLine(h.series, rest({ points: h.points, sparse: '', spark: '' }), 'heading', 'heading'),
      'heading',
    ),
    textLine(h.title, h.reporter, 'heading'),
  ];
  const body = rows.flatMap((r): Line[] => [
    ...yearLines(r.years, firstLine(r.id, rest(r), 'accent')),
    textLine(r.title, r.reporter),
  ]);
  return [...header, ...body];
}
