import { LABEL_GROUPS, LABELS } from '@dostyk/data/labels';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { catalogueMessages } from '../i18n/catalogue';
import en from '../messages/en.json';
import itMessages from '../messages/it.json';
import kk from '../messages/kk.json';
import ru from '../messages/ru.json';
import zh from '../messages/zh.json';
import { MESSAGES, type TestLocale } from './render';

/** The site's own message files, as written (without the catalogue's labels merged in). */
const OWN = { en, it: itMessages, ru, kk, zh } as Record<TestLocale, Record<string, unknown>>;

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

describe('labels of the data come from the catalogue (issue 17)', () => {
  for (const locale of Object.keys(OWN) as TestLocale[]) {
    it(`${locale}: the site's messages keep only interface strings`, () => {
      const own = OWN[locale];
      // No namespace the catalogue fills (sectors, statuses, kinds, units…) is kept in the site's files.
      expect(Object.keys(catalogueMessages(locale)).filter((ns) => Object.hasOwn(own, ns))).toEqual([]);
      expect(Object.hasOwn(own.timeline as object, 'types')).toBe(false);
      // Nor a whole table of labels under another name: no group of the catalogue is repeated as a namespace.
      const tables = Object.entries(own).filter(([, v]) => typeof v === 'object' && v !== null);
      const copies = tables.filter(([, table]) =>
        LABEL_GROUPS.some((g) => {
          const labels = Object.entries(LABELS[g]);
          return (
            labels.length > 2 &&
            labels.every(([k, l]) => (table as Record<string, unknown>)[k] === l[locale as 'en'])
          );
        }),
      );
      expect(copies.map(([ns]) => ns)).toEqual([]);
    });
    it(`${locale}: the pages get every catalogue label in ${locale}`, () => {
      const cat = catalogueMessages(locale);
      for (const [ns, table] of Object.entries(cat)) {
        const merged = (MESSAGES[locale] as unknown as Record<string, Record<string, string>>)[ns];
        expect(merged, ns).toEqual(table);
        expect(
          Object.entries(table).filter(([, v]) => !v?.trim()),
          ns,
        ).toEqual([]);
      }
    });
  }
  it('the catalogue differs by language where the words do', () => {
    expect(MESSAGES.ru.sectors.aerospace).not.toBe(MESSAGES.en.sectors.aerospace);
    expect(MESSAGES.zh.kinds.projects).not.toBe(MESSAGES.en.kinds.projects);
  });
});
