import { describe, expect, it } from 'vitest';
import { formatMoney, formatPartialDate, plural } from '@/lib/format';

describe('formatPartialDate', () => {
  it('keeps the precision of the date it is given', () => {
    expect(formatPartialDate('2019', 'en')).toBe('2019');
    expect(formatPartialDate('2019-07', 'en')).toBe('July 2019');
    expect(formatPartialDate('2019-07-15', 'en')).toBe('July 15, 2019');
  });
  it('formats in each language of the site', () => {
    expect(formatPartialDate('2019-07-15', 'it')).toBe('15 luglio 2019');
    expect(formatPartialDate('2019-07-15', 'ru')).toMatch(/^15 июля 2019/);
    expect(formatPartialDate('2019-07-15', 'kk')).toMatch(/шілде/);
    expect(formatPartialDate('2019-07-15', 'zh')).toBe('2019年7月15日');
  });
  it('leaves text that is not a date alone', () => {
    expect(formatPartialDate('unknown', 'en')).toBe('unknown');
  });
});

describe('numbers and plurals', () => {
  it('formats money in full and compact notation per locale', () => {
    expect(formatMoney(150_000_000, 'USD', 'en')).toBe('$150,000,000');
    expect(formatMoney(150_000_000, 'USD', 'en', true)).toBe('$150M');
    expect(formatMoney(1_000, 'KZT', 'ru')).toMatch(/1\s000/);
  });
  it('picks the plural form of the language', () => {
    const ru = { one: '# проект', few: '# проекта', many: '# проектов', other: '# проекта' };
    expect(plural('ru', 1, ru)).toBe('1 проект');
    expect(plural('ru', 3, ru)).toBe('3 проекта');
    expect(plural('ru', 11, ru)).toBe('11 проектов');
    expect(plural('zh', 5, { other: '# 个项目' })).toBe('5 个项目');
  });
});
