import {
  figureSummaries,
  localize,
  type MirrorGap,
  mirrorGaps,
  SPARSE_BELOW,
  yearRanges,
} from '@dostyk/data';
import type { Context } from '../context.js';
import { describe } from '../data/describe.js';
import { compactNumber, formatNumber, type Rec } from '../data/records.js';
import { runtimeError } from '../errors.js';
import { barChart, sparkline } from '../text/chart.js';
import { renderSeriesTable, type SeriesRow } from '../text/series-table.js';
import { type Line, seg, wrapLine } from '../text/styled.js';

interface Point {
  period: string;
  value: number;
  sources: string[];
  note?: string;
}
interface Series {
  id: string;
  reporter: string;
  label?: Record<string, string> & { en: string };
  points: Point[];
}
interface Target {
  value: number;
  by: string;
  announced: string;
  text: Record<string, string> & { en: string };
  sources: string[];
}
type Indicator = Rec & {
  title: Record<string, string> & { en: string };
  unit: string;
  series: Series[];
  targets?: Target[];
};

/**
 * Find an indicator by its id, or the indicator holding a series id.
 * ADAPTER: the query API resolves record ids only; series ids are looked up here over `dataset.indicators`.
 */
function findSeries(ctx: Context, id: string): { indicator: Indicator; series: Series[] } | undefined {
  const q = ctx.query();
  const hit = q.get(id);
  if (hit?.collection === 'indicators') {
    const indicator = hit.record as unknown as Indicator;
    return { indicator, series: indicator.series };
  }
  for (const ind of q.dataset.indicators as unknown as Indicator[]) {
    const s = ind.series.find((x) => x.id === id);
    if (s) return { indicator: ind, series: [s] };
  }
  return undefined;
}

/** Every indicator's series with its reporter, or the points of one series (or indicator) as bar charts. */
export function figuresCommand(ctx: Context, id: string | undefined, o: { json?: boolean }) {
  const q = ctx.query();
  const { t, lang } = ctx;
  if (!id) {
    const indicators = q.dataset.indicators as unknown as Indicator[];
    const summaries = figureSummaries(q.dataset);
    const summaryOf = new Map(summaries.map((s) => [s.seriesId, s]));
    if (o.json)
      return ctx.out.json(
        indicators.map((ind) => ({
          ...ind,
          series: ind.series.map((s) => ({
            ...s,
            years: summaryOf.get(s.id)?.years,
            sparse: summaryOf.get(s.id)?.sparse,
          })),
        })),
      );
    const titleOf = new Map(indicators.map((i) => [i.id, localize(i.title, lang).text]));
    const row = (s: (typeof summaries)[number], values: number[]): SeriesRow => ({
      id: s.seriesId,
      title: titleOf.get(s.indicatorId) ?? s.indicatorId,
      reporter: s.reporter,
      points: String(s.points),
      sparse: s.sparse ? t('figures.sparse') : '',
      years: yearRanges(s.years),
      spark: sparkline(values),
    });
    const valuesOf = new Map(
      indicators.flatMap((ind) => ind.series.map((s) => [s.id, s.points.map((p) => p.value)] as const)),
    );
    const gaps = new Map(mirrorGaps(q.dataset).map((g) => [g.id, g]));
    const measured = summaries.filter((s) => !s.derived).map((s) => row(s, valuesOf.get(s.seriesId) ?? []));
    const derived = summaries
      .filter((s) => s.derived)
      .map((s) => row(s, gaps.get(s.seriesId)?.points.map((p) => p.gap) ?? []));
    if (measured.length === 0) return ctx.out.lines([[seg(t('list.empty'), 'muted')]]);
    const headers = {
      series: t('col.series'),
      title: t('col.title'),
      reporter: t('col.reporter'),
      points: t('col.points'),
      years: t('col.years'),
    };
    return ctx.out.lines([
      ...renderSeriesTable(headers, measured, ctx.out.width),
      ...(derived.length > 0
        ? [[], [seg(t('figures.gaps'), 'heading')], ...renderSeriesTable(headers, derived, ctx.out.width)]
        : []),
      [],
      [seg(t('figures.sparseNote', { count: SPARSE_BELOW }), 'muted')],
    ]);
  }
  const gap = mirrorGaps(q.dataset).find((g) => g.id === id);
  if (gap) {
    if (o.json) return ctx.out.json(gap);
    return ctx.out.lines(gapLines(ctx, gap, ctx.out.width ?? 80));
  }
  const found = findSeries(ctx, id);
  if (!found) {
    const close = q.suggest(id, 5);
    const seriesIds = (q.dataset.indicators as unknown as Indicator[]).flatMap((i) =>
      i.series.map((s) => s.id),
    );
    const near = seriesIds.filter((s) => s.includes(id) || id.includes(s)).slice(0, 5);
    throw runtimeError(
      `no indicator or series with id "${id}"`,
      [...new Set([...near, ...close])].length > 0
        ? `did you mean: ${[...new Set([...near, ...close])].join(', ')}`
        : 'dostyk figures lists every series',
    );
  }
  if (o.json) return ctx.out.json(found);
  const d = describe(q, 'indicators', found.indicator, lang);
  const sourcesAt = d.lines.findIndex((l) => l[0]?.text === t('detail.sources'));
  ctx.out.lines([
    ...indicatorLines(ctx, found.indicator, found.series, ctx.out.width ?? 80),
    ...(sourcesAt >= 0 ? d.lines.slice(sourcesAt - 1) : []),
  ]);
}

/** A derived mirror-statistics gap as lines: its reporters, one bar per year, and its method. */
function gapLines(ctx: { lang: Context['lang']; t: Context['t'] }, gap: MirrorGap, width: number): Line[] {
  const { t, lang } = ctx;
  return [
    [seg(t('figures.gaps'), 'heading'), seg(` (${gap.unit})`, 'muted')],
    [seg(gap.reporter, 'key'), seg(`  ${gap.id}`, 'muted')],
    ...barChart(
      gap.points.map((p) => ({ label: p.period, value: p.gap })),
      Math.min(width, 100) - 6,
      (n) => compactNumber(n),
    ),
    [],
    // The method is a paragraph: wrapped at word boundaries rather than cut by the terminal mid-word.
    ...wrapLine([seg(localize(gap.method, lang).text, 'muted')], width),
    ...(gap.points.length < SPARSE_BELOW
      ? [[seg(t('figures.sparseNote', { count: SPARSE_BELOW }), 'muted')]]
      : []),
  ];
}

/** An indicator as lines: one bar chart per reporter's series, then targets kept apart. */
export function indicatorLines(
  ctx: { lang: Context['lang']; t: Context['t'] },
  ind: Indicator,
  series: Series[],
  width: number,
): Line[] {
  const { t, lang } = ctx;
  const number = new Map((ind.sources as unknown as string[]).map((s, i) => [s, i + 1]));
  const refs = (sources: string[]): Line => [
    seg(` ${sources.map((s) => `[${number.get(s) ?? '?'}]`).join('')}`, 'ref'),
  ];
  const lines: Line[] = [[seg(localize(ind.title, lang).text, 'heading'), seg(` (${ind.unit})`, 'muted')]];
  for (const s of series) {
    lines.push([]);
    const label = s.label ? ` — ${localize(s.label, lang).text}` : '';
    const sparse = s.points.length < SPARSE_BELOW ? ` (${t('figures.sparse')})` : '';
    lines.push([seg(s.reporter, 'key'), seg(label), seg(sparse, 'muted'), seg(`  ${s.id}`, 'muted')]);
    lines.push(
      ...barChart(
        s.points.map((p) => ({ label: p.period, value: p.value, suffix: refs(p.sources) })),
        Math.min(width, 100) - 6,
        (n) => compactNumber(n),
      ),
    );
  }
  if (ind.targets && ind.targets.length > 0) {
    lines.push([]);
    lines.push([seg(t('figures.targets'), 'key')]);
    for (const target of ind.targets)
      lines.push([
        seg(`  • ${formatNumber(target.value, lang)} ${ind.unit} ${t('figures.by')} ${target.by}: `),
        seg(localize(target.text, lang).text),
        ...refs(target.sources),
      ]);
  }
  return lines;
}

export type { Indicator, Series };
