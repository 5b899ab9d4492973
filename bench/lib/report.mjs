// @ts-check
// Figures as rows, rendered to Markdown, with a machine-readable copy embedded in RESULTS.md so that the
// next run can compare itself against the committed figures.
import { bytes, count, fmtRatio, ms } from './stats.mjs';

/**
 * A figure. `unit`: ms | bytes | rate (per second) | score (0–100) | percent | count.
 * `ratio` is the cost relative to the floor (how many times the floor's time or size), so >1 is slower.
 * `target` is `{ text, met }` where the issue sets one.
 */
export function row(section, id, figure, value, unit, extra = {}) {
  return { section, id, figure, value, unit, ...extra };
}

/** A figure that could not be measured in this run, with the reason. */
export const missing = (section, id, figure, reason, extra = {}) =>
  row(section, id, figure, Number.NaN, 'none', { note: reason, ...extra });

export const higherIsBetter = (r) => r.unit === 'rate' || r.unit === 'score';

export function fmtValue(value, unit) {
  if (unit === 'none' || value === undefined || value === null || Number.isNaN(value)) return '—';
  if (unit === 'ms') return ms(value);
  if (unit === 'bytes') return bytes(value);
  if (unit === 'rate') return `${count(value)} /s`;
  if (unit === 'score') return String(Math.round(value));
  if (unit === 'percent') return `${value.toFixed(1)}%`;
  return count(value);
}

const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');

export function summaryTable(rows) {
  const lines = [
    '| Section | Figure | Value | Floor (same run) | × floor | Target | Met |',
    '| --- | --- | ---: | --- | ---: | --- | :---: |',
  ];
  for (const r of rows) {
    const floor = r.floorLabel
      ? `${r.floorLabel}${Number.isFinite(r.floor) ? `: ${fmtValue(r.floor, r.floorUnit ?? r.unit)}` : ''}`
      : '';
    const met = r.target ? (r.target.met === undefined ? '?' : r.target.met ? 'yes' : '**NO**') : '';
    const value = r.unit === 'none' ? `— (${r.note})` : fmtValue(r.value, r.unit);
    lines.push(
      `| ${cell(r.section)} | ${cell(r.figure)} | ${cell(value)} | ${cell(floor)} | ${
        Number.isFinite(r.ratio) ? fmtRatio(r.ratio) : ''
      } | ${cell(r.target?.text ?? '')} | ${met} |`,
    );
  }
  return lines.join('\n');
}

/**
 * Rows that are more than 20% worse than the same figure in the previous results. Where a figure has a
 * floor, its ratio to the floor must be >20% worse too: a host that is simply busier slows the floor and
 * the figure alike, and that is not a regression. Floors themselves are never called out.
 */
export function regressions(rows, previous) {
  const out = [];
  const worse = (r, now, before) => (higherIsBetter(r) ? now < before * 0.8 : now > before * 1.2);
  for (const r of rows) {
    const p = previous?.[r.id];
    if (r.isFloor || !p || !Number.isFinite(p.value) || !Number.isFinite(r.value) || p.unit !== r.unit)
      continue;
    if (!worse(r, r.value, p.value)) continue;
    // Ratios are costs (× the floor's time or size), so a higher ratio is worse whatever the unit.
    if (Number.isFinite(r.ratio) && Number.isFinite(p.ratio) && !(r.ratio > p.ratio * 1.2)) continue;
    out.push({ row: r, before: p.value, ratioBefore: p.ratio });
  }
  return out;
}

const MARK = 'bench-json';

/** The figures of a previous RESULTS.md, or undefined. */
export function readPrevious(markdown) {
  const m = new RegExp(`<!-- ${MARK}\\n([\\s\\S]*?)\\n-->`).exec(markdown ?? '');
  if (!m) return undefined;
  try {
    return JSON.parse(m[1]).figures;
  } catch {
    return undefined;
  }
}

export function embed(rows, meta) {
  const figures = Object.fromEntries(
    rows
      .filter((r) => Number.isFinite(r.value))
      .map((r) => [
        r.id,
        { value: r.value, unit: r.unit, ...(Number.isFinite(r.ratio) ? { ratio: r.ratio } : {}) },
      ]),
  );
  return `<!-- ${MARK}\n${JSON.stringify({ meta, figures })}\n-->`;
}
