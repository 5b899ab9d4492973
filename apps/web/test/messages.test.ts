import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { MESSAGES, type TestLocale } from './render';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

/** Plural form sets ({one, few, many, other}) are chosen in the browser; their forms vary by language. */
const isPluralForm = (k: string) => /\.(zero|one|two|few|many|other)$/.test(k);

const VALUES = {
  n: 2,
  count: 2,
  date: 'D',
  who: 'W',
  version: 'V',
  name: 'N',
  value: 'X',
  by: 'B',
  sources: 3,
  publishers: 2,
  period: 'P',
  page: 1,
  pages: 2,
};

describe('interface messages', () => {
  const en = keys(MESSAGES.en);
  for (const locale of Object.keys(MESSAGES) as TestLocale[]) {
    it(`${locale} has every message English has`, () => {
      const have = new Set(keys(MESSAGES[locale]));
      const missing = en.filter((k) => !have.has(k) && !isPluralForm(k));
      expect(missing).toEqual([]);
      expect([...have].filter((k) => k.endsWith('.other') || !isPluralForm(k)).length).toBeGreaterThan(300);
    });
    it(`${locale} messages are valid ICU and format without errors`, () => {
      const errors: string[] = [];
      const t = createTranslator({
        locale,
        messages: MESSAGES[locale],
        onError: (e) => errors.push(e.message),
      }) as unknown as (key: string, values?: object) => string;
      for (const key of keys(MESSAGES[locale])) {
        if (isPluralForm(key)) continue;
        const out = t(key, VALUES);
        expect(out, key).not.toBe('');
      }
      expect(errors).toEqual([]);
    });
  }
  it('Kazakh uses Kazakh Cyrillic letters, not Russian look-alikes only', () => {
    expect(JSON.stringify(MESSAGES.kk)).toMatch(/[әғқңөұүһі]/);
  });
});
