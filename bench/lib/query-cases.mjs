// @ts-check
// The searches and filters every scale runs, drawn from the real dataset so that they hit real terms.

/** Drop the middle letter of a word: the kind of typo the typo-tolerant search must absorb. */
const typo = (word) =>
  word.length > 4 ? word.slice(0, word.length >> 1) + word.slice((word.length >> 1) + 1) : word;

/**
 * Fixed searches (a typo, a prefix, multi-word, Cyrillic, Chinese, one that matches nothing) plus every
 * tenth project name, alternately whole and as its longest word with a typo.
 */
export function searchCases(dataset) {
  const fixed = [
    'zanatas',
    'wind',
    'western china highway',
    'Khorgos',
    'oil pipeline',
    'Астана',
    '风电',
    'uranium',
    'Tokayev state visit',
    'qwxzvy',
  ];
  const names = [...dataset.projects].sort((a, b) => a.id.localeCompare(b.id)).map((p) => p.name.en);
  const sampled = names
    .filter((_, i) => i % 10 === 0)
    .map((name, i) => {
      if (i % 2 === 0) return name;
      const longest = name.split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? name;
      return typo(longest);
    });
  return [...fixed, ...sampled];
}

/** The most frequent value of a project field, so a filter always selects something at every scale. */
function top(projects, valuesOf) {
  const counts = new Map();
  for (const p of projects) for (const v of valuesOf(p)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** Filter combinations the explorers send: none, one facet, several, years, and text with a facet. */
export function filterCases(dataset) {
  const ps = dataset.projects;
  const region = top(ps, (p) => (p.places ?? []).map((pl) => pl.region).filter(Boolean));
  const participant = top(ps, (p) => (p.participants ?? []).map((x) => x.org).filter(Boolean));
  const framework = top(ps, (p) => p.frameworks ?? []);
  /** @type {Record<string, unknown>[]} */
  const cases = [
    {},
    { sector: ['energy'] },
    { sector: ['energy', 'transport'] },
    { status: ['operational'] },
    { sector: ['energy'], status: ['operational'] },
    { from: 2015, to: 2020 },
    { sector: ['transport'], from: 2010 },
    { q: 'wind' },
    { q: 'railway', status: ['operational'] },
  ];
  if (region) cases.push({ region: [region] });
  if (participant) cases.push({ participant: [participant] });
  if (framework) cases.push({ framework: [framework], sector: ['energy'] });
  return cases;
}
