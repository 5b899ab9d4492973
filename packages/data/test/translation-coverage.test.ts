import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../src/constants.js';
import type { Dataset } from '../src/schema/dataset.js';
import { translationCoverage } from '../src/translation-coverage.js';

// The real dataset, as the build emitted it.
const dataset = JSON.parse(readFileSync(new URL('../dist/dataset.json', import.meta.url), 'utf8')) as Dataset;

describe('translationCoverage', () => {
  const coverage = translationCoverage(dataset);
  const of = (field: string, lang: string) => coverage.fields[field]?.find((c) => c.lang === lang);

  it('counts every headline text once per language, with English never missing', () => {
    expect(coverage.all.map((c) => c.lang)).toEqual([...LOCALES]);
    expect(of('projects.name', 'en')).toMatchObject({ texts: dataset.projects.length, missing: 0 });
    expect(of('events.title', 'en')?.texts).toBe(dataset.events.length);
    for (const c of coverage.all) expect(c.missing + c.translated).toBeLessThanOrEqual(c.texts);
  });

  it('agrees with the records on what is missing and what is the project’s own translation', () => {
    for (const lang of ['ru', 'kk', 'zh'] as const) {
      const summaries = dataset.projects.flatMap((p) => (p.summary ? [p.summary] : []));
      expect(of('projects.summary', lang)).toEqual({
        lang,
        texts: summaries.length,
        missing: summaries.filter((s) => !s[lang]).length,
        translated: summaries.filter((s) => s[lang] && s.translated?.includes(lang)).length,
      });
    }
  });

  it('counts texts nested below the record (fact texts, series labels) in the totals only', () => {
    const headline = Object.values(coverage.fields).reduce((n, cs) => n + (cs[0]?.texts ?? 0), 0);
    expect(coverage.all[0]?.texts).toBeGreaterThan(headline);
  });
});
