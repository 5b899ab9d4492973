import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { SERIES_STYLES } from './chart-styles';

export { SERIES_STYLES };

export interface ChartPoint {
  series: string;
  x: number;
  value: number;
}

export interface ChartTarget {
  x: number;
  value: number;
}

/** `2023` → 2023.5 (mid-year), `2023-03` → 2023 + 2.5/12: every period sits at its middle. */
export function periodToX(period: string): number {
  const [y, m] = period.split('-').map(Number);
  if (y === undefined) return Number.NaN;
  return m === undefined ? y + 0.5 : y + (m - 0.5) / 12;
}

/**
 * Renders an indicator's chart to SVG markup on the server (Observable Plot with a linkedom document):
 * static HTML, no client JavaScript. Text uses currentColor so it reads in dark mode and in print.
 */
export function renderChart({
  points,
  seriesOrder,
  targets,
  locale,
  yLabel,
  title,
}: {
  points: ChartPoint[];
  seriesOrder: string[];
  targets: ChartTarget[];
  locale: string;
  yLabel: string;
  title: string;
}): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const fmt = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : locale, {
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const xs = [...points.map((p) => p.x), ...targets.map((t) => t.x)];
  const minX = Math.floor(Math.min(...xs));
  const maxX = Math.ceil(Math.max(...xs));
  const span = Math.max(1, maxX - minX);
  const step = span > 24 ? 5 : span > 10 ? 2 : 1;
  const ticks: number[] = [];
  for (let y = Math.ceil(minX / step) * step; y <= maxX; y += step) ticks.push(y);
  const styles = seriesOrder.map(
    (_, i) => SERIES_STYLES[i % SERIES_STYLES.length] as (typeof SERIES_STYLES)[number],
  );
  const marks: Plot.Markish[] = [Plot.ruleY([0], { stroke: 'currentColor', strokeOpacity: 0.4 })];
  seriesOrder.forEach((name, i) => {
    const data = points.filter((p) => p.series === name).sort((a, b) => a.x - b.x);
    const s = styles[i] as (typeof SERIES_STYLES)[number];
    // A line never bridges missing years: each run of consecutive periods is its own segment.
    const segment: number[] = [];
    data.forEach((p, j) => {
      const prev = data[j - 1];
      segment.push(prev && p.x - prev.x <= 1.01 ? (segment[j - 1] as number) : j);
    });
    const segmented = data.map((p, j) => ({ ...p, segment: segment[j] }));
    marks.push(
      Plot.lineY(segmented, {
        x: 'x',
        y: 'value',
        z: 'segment',
        stroke: s.color,
        strokeWidth: 2,
        strokeDasharray: s.dash || undefined,
      }),
      Plot.dot(data, { x: 'x', y: 'value', stroke: s.color, fill: s.color, symbol: s.symbol, r: 3.5 }),
    );
  });
  if (targets.length) {
    marks.push(
      Plot.dot(targets, {
        x: 'x',
        y: 'value',
        symbol: 'star',
        r: 7,
        stroke: 'currentColor',
        fill: 'none',
        strokeWidth: 1.5,
      }),
      Plot.ruleX(targets, {
        x: 'x',
        y1: 0,
        y2: 'value',
        stroke: 'currentColor',
        strokeDasharray: '2 4',
        strokeOpacity: 0.6,
      }),
    );
  }
  const svg = Plot.plot({
    document: document as unknown as Document,
    width: 720,
    height: 320,
    marginLeft: 56,
    marginRight: 20,
    marginTop: 28,
    style: {
      background: 'transparent',
      color: 'currentColor',
      fontSize: '12px',
      fontFamily: 'inherit',
      overflow: 'visible',
    },
    x: { label: null, ticks, tickFormat: (d: number) => String(d), domain: [minX, maxX] },
    y: { label: yLabel, grid: true, nice: true, zero: true, tickFormat: (d: number) => fmt.format(d) },
    marks,
  }) as unknown as Element;
  // The chart is one image for assistive technology (its table is the accessible version): Plot's
  // aria-labels on inner groups are not allowed inside role="img".
  for (const el of svg.querySelectorAll('[aria-label],[aria-description]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', title);
  svg.setAttribute('focusable', 'false');
  return svg.outerHTML;
}
