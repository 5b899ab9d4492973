import { localize } from '@dostyk/data';
import { describe, expect, it } from 'vitest';
import { dataset } from '@/lib/data';
import { linkForm, localizeDeep } from '@/lib/localized-props';
import { recordTitle } from '@/lib/records';

const LOCALES = ['en', 'it', 'ru', 'kk', 'zh'] as const;
const records = [...dataset.projects, ...dataset.frameworks, ...dataset.areas, ...dataset.events];

describe('records cut down to one language for page props', () => {
  for (const locale of LOCALES) {
    it(`name every linked record as the whole record does, in ${locale}`, () => {
      for (const r of records) {
        expect(recordTitle(linkForm(r, locale), locale), r.id).toEqual(recordTitle(r, locale));
      }
    });

    it(`read summaries back as the whole text reads, in ${locale}`, () => {
      for (const r of dataset.projects) {
        const cut = localizeDeep(r, locale);
        expect(localize(cut.summary, locale), r.id).toEqual(localize(r.summary, locale));
      }
    });
  }
});
