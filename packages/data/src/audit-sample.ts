/**
 * Claims for a self-audit: every sourced value in a set of record files, and a reproducible random draw of
 * them. A claim is any object in a record that carries `sources: [keys]` (a date, a quantity, a status, a
 * participant, a financing entry, a fact...), or a record's `summarySources`; its sources are resolved to
 * URLs through the record's own `sources` map, so an auditor can open the page the claim cites.
 */

export interface Claim {
  /** Record file, relative to the records folder, e.g. `projects/zhanatas-wind-farm.yaml`. */
  file: string;
  /** Where in the record, e.g. `dates.constructionStart[0]`. */
  path: string;
  /** The value as stored, without its `sources` (JSON, one line). */
  value: string;
  sources: { key: string; url?: string }[];
}

type SourceMap = Record<string, { url?: string } | undefined>;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Localized text shows as its English: the auditor checks the fact, the translations are checked elsewhere. */
function englishOnly(_key: string, v: unknown): unknown {
  return isObject(v) && typeof v.en === 'string' && ('zh' in v || 'ru' in v || 'it' in v) ? v.en : v;
}

/** Every claim of one parsed record file. */
export function claimsOf(file: string, record: unknown): Claim[] {
  if (!isObject(record)) return [];
  const sourceMap = (isObject(record.sources) ? record.sources : {}) as SourceMap;
  const resolve = (keys: unknown) =>
    (Array.isArray(keys) ? keys : []).map((key) => ({ key: String(key), url: sourceMap[String(key)]?.url }));
  const claims: Claim[] = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${path}[${i}]`));
      return;
    }
    if (!isObject(node)) return;
    if (Array.isArray(node.sources) && path !== '') {
      const { sources, ...value } = node;
      claims.push({ file, path, value: JSON.stringify(value, englishOnly), sources: resolve(sources) });
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === 'sources' || (path === '' && key === 'summarySources')) continue;
      walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(record, '');
  if (Array.isArray(record.summarySources) && isObject(record.summary))
    claims.push({
      file,
      path: 'summary',
      value: JSON.stringify((record.summary as Record<string, unknown>).en ?? ''),
      sources: resolve(record.summarySources),
    });
  return claims;
}

/** A small seeded generator (mulberry32), so a draw can be repeated from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` distinct claims drawn at random with `seed` (all of them, shuffled, when there are fewer). */
export function drawClaims(claims: readonly Claim[], n: number, seed: number): Claim[] {
  const next = random(seed);
  const pool = [...claims];
  // Fisher–Yates, stopped after n picks.
  for (let i = 0; i < Math.min(n, pool.length); i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j] as Claim, pool[i] as Claim];
  }
  return pool.slice(0, n);
}

/** The audit sheet: one numbered entry per claim, with a verdict line for the auditor to fill in. */
export function auditSheet(drawn: readonly Claim[], heading: string): string {
  const entries = drawn.map((c, i) =>
    [
      `${i + 1}. \`${c.file}\` · \`${c.path}\``,
      `   - value: \`${c.value}\``,
      ...c.sources.map((s) => `   - source \`${s.key}\`: ${s.url ?? '(no URL)'}`),
      '   - verdict: (to check)',
    ].join('\n'),
  );
  return `${heading}\n\n${entries.join('\n')}\n`;
}
