import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../schema/dataset.js';
import { formatMoney, formatNumber, formatPartialDate, recordTitle, regionName } from './format.js';

const dataset = JSON.parse(
  readFileSync(new URL('../../dist/dataset.json', import.meta.url), 'utf8'),
) as Dataset;

describe('titles, regions, numbers, money and dates per locale', () => {
  it('titles any record by name or title, marking the English fallback', () => {
    const event = dataset.events[0];
    expect(recordTitle(event as object, 'en').text).toBe(event?.title.en);
    // Every record now has a Kazakh name: the fallback is checked on a real record with its Kazakh name taken out.
    const p = dataset.projects[0] as (typeof dataset.projects)[number];
    const { kk: _kk, ...withoutKk } = p.name;
    expect(recordTitle({ ...p, name: withoutKk }, 'kk')).toMatchObject({
      text: p.name.en,
      fallback: true,
      lang: 'en',
    });
    // A name in the locale that is the project's own translation says so.
    const translated = dataset.projects.find((x) => x.name.translated?.includes('kk'));
    expect(recordTitle(translated as object, 'kk')).toMatchObject({
      text: translated?.name.kk,
      fallback: false,
      lang: 'kk',
      translated: true,
    });
    expect(recordTitle({ id: 'bare' }, 'zh')).toEqual({
      text: 'bare',
      fallback: false,
      lang: 'en',
      translated: false,
    });
  });

  it('names regions in the locale, English where there is no name, the code when unknown', () => {
    expect(regionName('KZ-31', 'en')).toMatch(/Zhambyl/);
    expect(regionName('KZ-31', 'it')).toBe(regionName('KZ-31', 'en'));
    expect(regionName('XX-00', 'ru')).toBe('XX-00');
  });

  it('formats numbers, money and partial dates in each locale', () => {
    expect(formatNumber(150_000_000, 'en')).toBe('150,000,000');
    expect(formatNumber(150_000_000, 'it')).toBe('150.000.000');
    expect(formatNumber(1.234, 'en')).toBe('1.23');
    expect(formatMoney(150_000_000, 'USD', 'en')).toBe('$150,000,000');
    expect(formatMoney(5, 'XYZ1', 'en')).toBe('5 XYZ1');
    expect(formatPartialDate('2019', 'en')).toBe('2019');
    expect(formatPartialDate('2019-07', 'en')).toBe('July 2019');
    expect(formatPartialDate('2019-07-15', 'en')).toBe('July 15, 2019');
    expect(formatPartialDate('2019-07-15', 'zh')).toMatch(/2019年7月15日/);
  });

  it('writes Kazakh dates without relying on the runtime having Kazakh data, as CLDR does', () => {
    expect(formatPartialDate('2020-03-03', 'kk')).toBe('2020 ж. 3 наурыз');
    expect(formatPartialDate('2020-03', 'kk')).toBe('2020 ж. наурыз');
    expect(formatPartialDate('2020', 'kk')).toBe('2020');
    // Node's full ICU has Kazakh: every month comes out as it would there.
    for (let month = 1; month <= 12; month++) {
      const at = Date.UTC(2024, month - 1, 17);
      const mm = String(month).padStart(2, '0');
      const long = { timeZone: 'UTC', year: 'numeric', month: 'long' } as const;
      expect(formatPartialDate(`2024-${mm}-17`, 'kk')).toBe(
        new Intl.DateTimeFormat('kk', { ...long, day: 'numeric' }).format(at),
      );
      expect(formatPartialDate(`2024-${mm}`, 'kk')).toBe(new Intl.DateTimeFormat('kk', long).format(at));
    }
  });
});
