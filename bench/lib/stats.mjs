// @ts-check
// Small statistics and formatting helpers shared by every section.

/** The q-quantile (0..1) of a list of numbers, by linear interpolation between the closest ranks. */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export const median = (values) => quantile(values, 0.5);

/** Milliseconds with a precision that suits their size. */
export function ms(v) {
  if (!Number.isFinite(v)) return '—';
  if (v < 1) return `${v.toFixed(3)} ms`;
  if (v < 10) return `${v.toFixed(2)} ms`;
  if (v < 1000) return `${v.toFixed(1)} ms`;
  return `${(v / 1000).toFixed(2)} s`;
}

export function bytes(v) {
  if (!Number.isFinite(v)) return '—';
  if (v < 1024) return `${v} B`;
  if (v < 1024 * 1024) return `${(v / 1024).toFixed(1)} KB`;
  if (v < 1024 ** 3) return `${(v / 1024 / 1024).toFixed(1)} MB`;
  return `${(v / 1024 ** 3).toFixed(2)} GB`;
}

export function count(v) {
  if (!Number.isFinite(v)) return '—';
  return Math.round(v).toLocaleString('en-US');
}

export const ratio = (value, floor) =>
  Number.isFinite(value) && Number.isFinite(floor) && floor > 0 ? value / floor : Number.NaN;

export const fmtRatio = (r) => (Number.isFinite(r) ? `${r < 10 ? r.toFixed(2) : r.toFixed(0)}×` : '—');
