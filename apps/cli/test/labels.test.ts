import { COLLECTIONS, createQuery, dataset } from '@dostyk/data';
import { countLabel, LABEL_GROUPS, LABELS } from '@dostyk/data/labels';
import { describe, expect, it } from 'vitest';
import { LANGS, MESSAGES, translator } from '../src/i18n/messages.js';
import { itemsOf } from '../src/ui/lists.js';
import { dostyk } from './helpers.js';

describe('the terminal’s interface strings', () => {
  it('has every key in every language, never empty', () => {
    const keys = Object.keys(MESSAGES.en);
    for (const lang of LANGS) {
      const missing = keys.filter((k) => !MESSAGES[lang][k]?.trim());
      expect(missing, lang).toEqual([]);
      expect(Object.keys(MESSAGES[lang]).sort(), lang).toEqual([...keys].sort());
    }
  });

  it('keeps no copy of a label the data package’s catalogue has', () => {
    const catalogued = new Set(
      LABEL_GROUPS.flatMap((g) => Object.values(LABELS[g]).map((l) => l.en.toLowerCase())),
    );
    // Interface words that happen to equal a label (a column or tab called "Projects") are fine; whole
    // families of label keys are not.
    const copies = Object.keys(MESSAGES.en).filter((k) =>
      /^(sector|st|ms|kind|role|financing|unit|subsector|quantity)\./.test(k),
    );
    expect(copies).toEqual([]);
    expect(catalogued.size).toBeGreaterThan(300);
  });
});

/** English labels that read differently in `lang`: any of them standing alone in the output is a miss. */
function englishOnly(lang: (typeof LANGS)[number]): Set<string> {
  const out = new Set<string>();
  for (const g of LABEL_GROUPS)
    for (const l of Object.values(LABELS[g])) if (l.en !== l[lang]) out.add(l.en.toLowerCase());
  for (const [k, v] of Object.entries(MESSAGES.en))
    if (k.startsWith('field.') && v !== MESSAGES[lang][k]) out.add(v.toLowerCase());
  return out;
}

/** Record ids, which the terminal prints beside names on purpose (they are what `dostyk show` takes). */
const RECORD_IDS = new Set(COLLECTIONS.flatMap((c) => dataset[c].map((r) => r.id)));

/** Every text a record holds (names, notes, titles): data, which may be English where no translation exists. */
function recordTexts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) recordTexts(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) recordTexts(v, out);
  return out;
}

/** The output without the texts of the record shown and the names of every record: only labels remain. */
function withoutData(output: string, id: string): string {
  const record = COLLECTIONS.flatMap((c) => dataset[c] as { id: string }[]).find((r) => r.id === id);
  const names = COLLECTIONS.flatMap((c) =>
    (dataset[c] as { name?: { en: string }; title?: { en: string } }[]).map(
      (r) => (r.name ?? r.title)?.en ?? '',
    ),
  );
  const texts = [...recordTexts(record), ...names]
    .filter((s) => s.length >= 3)
    .sort((a, b) => b.length - a.length);
  let out = output;
  for (const s of texts) out = out.split(s).join(' ');
  return out;
}

/** The pieces of output a label can stand in: between line start, `: `, ` · ` and brackets; ids aside. */
const pieces = (text: string) =>
  text
    .split('\n')
    .flatMap((line) => line.split(/:\s|\s·\s|\s{2,}|[()[\]]/))
    .map((p) => p.replace(/^[\s•⚠]+|[\s:]+$/g, '').toLowerCase())
    .filter((p) => p && !RECORD_IDS.has(p));

describe('no English label under --lang ru, kk, zh', () => {
  const ids = [
    'zhanatas-wind-farm',
    'cnpc',
    ...COLLECTIONS.map((c) => dataset[c][0]?.id).filter((id): id is string => Boolean(id)),
  ];
  for (const lang of ['ru', 'kk', 'zh'] as const) {
    it(`dostyk stats --lang ${lang}`, () => {
      const r = dostyk(['stats', '--lang', lang]);
      expect(r.code).toBe(0);
      const english = englishOnly(lang);
      expect(pieces(r.stdout).filter((p) => english.has(p))).toEqual([]);
      // Counting phrases follow the language's plural rules.
      expect(r.stdout).toContain(countLabel('projects', 1, lang));
    });

    it(`dostyk show --lang ${lang} on a record of every kind`, () => {
      const english = englishOnly(lang);
      for (const id of ids) {
        const r = dostyk(['show', id, '--lang', lang]);
        expect(r.code, id).toBe(0);
        expect(
          pieces(withoutData(r.stdout, id)).filter((p) => english.has(p)),
          id,
        ).toEqual([]);
      }
    });
  }

  it('Russian counts say "122 проекта", Kazakh "122 жоба"', () => {
    expect(countLabel('projects', 122, 'ru')).toBe('122 проекта');
    expect(countLabel('projects', 122, 'kk')).toBe('122 жоба');
    const ru = dostyk(['stats', '--lang', 'ru']).stdout;
    expect(ru).not.toMatch(/\b1 проекты\b/);
  });
});

describe('the Figures tab counts series with the plural rules of each language', () => {
  it('says "1 ряд", "3 ряда" in Russian, never a fixed word', () => {
    const items = itemsOf(createQuery(dataset), 'figures', {}, 'ru', translator('ru'));
    const counts = dataset.indicators.map((ind) => ind.series.length);
    expect(counts).toContain(1);
    expect(items.map((i) => i.meta)).toContain('1 ряд');
    if (counts.includes(3)) expect(items.map((i) => i.meta)).toContain('3 ряда');
    expect(items.some((i) => /ряды/.test(i.meta))).toBe(false);
  });
});
