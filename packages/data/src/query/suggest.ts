/** Edit distance (insertions, deletions, substitutions, adjacent swaps), stopping early above `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev = new Int32Array(b.length + 1);
  let prev = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Int32Array(b.length + 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * The ids closest to a mistyped one, best first: near spellings (edit distance up to a third of the
 * length), then ids that contain it or that it contains.
 */
export function suggestIds(wanted: string, ids: Iterable<string>, limit = 5): string[] {
  const w = wanted
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (!w) return [];
  const max = Math.max(2, Math.floor(w.length / 3));
  const scored: [id: string, score: number][] = [];
  for (const id of ids) {
    const d = editDistance(w, id, max);
    if (d <= max) scored.push([id, d]);
    else if (w.length >= 3 && (id.includes(w) || w.includes(id)))
      scored.push([id, max + 1 + Math.abs(id.length - w.length) / 100]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return [...new Set(scored.map(([id]) => id))].slice(0, limit);
}

/**
 * Every candidate, nearest to `wanted` first (case-insensitive edit distance; a candidate that contains
 * it, or that it contains, counts as near), ties in the candidates' own order: for messages that name the
 * valid values of an option.
 */
export function nearestFirst(wanted: string, candidates: readonly string[]): string[] {
  const w = wanted.trim().toLowerCase();
  const score = (c: string) => {
    const lower = c.toLowerCase();
    const d = editDistance(w, lower);
    return w.length >= 2 && (lower.includes(w) || w.includes(lower)) ? Math.min(d, 1) : d;
  };
  return candidates
    .map((c, i) => [c, score(c), i] as const)
    .sort((a, b) => a[1] - b[1] || a[2] - b[2])
    .map(([c]) => c);
}
