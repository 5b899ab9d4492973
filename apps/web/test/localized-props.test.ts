import { localize } from '@dostyk/data';
import { describe, expect, it } from 'vitest';
import { dataset, query } from '@/lib/data';
import { localizeDeep, packRelated, relatedIds, unpackRelated } from '@/lib/localized-props';
import { fromLinked } from '@/lib/page-kit';
import { linked } from '@/lib/page-kit-build';
import { recordTitle } from '@/lib/records';

const LOCALES = ['en', 'it', 'ru', 'kk', 'zh'] as const;
const records = [...dataset.projects, ...dataset.frameworks, ...dataset.areas, ...dataset.events];

describe('records cut down to one language for page props', () => {
  for (const locale of LOCALES) {
    it(`name every linked record as the whole record does, in ${locale}`, () => {
      for (const r of records) {
        const back = fromLinked('projects', r.id, linked(r, locale), locale).record;
        // Links never show the translated mark, so their props form leaves it out.
        const { translated: _, ...shown } = recordTitle(r, locale);
        expect(recordTitle(back, locale), r.id).toEqual({ ...shown, translated: false });
      }
    });

    it(`read summaries back as the whole text reads, in ${locale}`, () => {
      for (const r of dataset.projects) {
        const cut = localizeDeep(r, locale);
        expect(localize(cut.summary, locale), r.id).toEqual(localize(r.summary, locale));
      }
    });
  }

  it('point related lists into the page records by position and read them back as ids, for every record', () => {
    for (const c of ['projects', 'people', 'frameworks', 'organizations', 'events', 'agreements'] as const) {
      for (const r of dataset[c]) {
        const ids = relatedIds(query.related(r.id));
        // The page's records as a render looks them up: every related record, under its collection.
        const records: Record<string, Record<string, unknown>> = {};
        for (const [g, list] of [
          ...Object.entries(ids.outgoing),
          ...Object.entries(ids.incoming),
          ['projects', ids.similar] as const,
        ])
          records[g] = { ...records[g], ...Object.fromEntries(list.map((id) => [id, {}])) };
        const packed = packRelated(ids, records);
        const entries = [
          ...Object.values(packed.outgoing),
          ...Object.values(packed.incoming),
          packed.similar,
        ].flat();
        expect(
          entries.filter((e) => typeof e !== 'number'),
          r.id,
        ).toEqual([]);
        expect(unpackRelated(packed, records), r.id).toEqual(ids);
      }
    }
  });

  it('never meet a record id that a JavaScript object would reorder (an array index)', () => {
    const all = Object.values(dataset).flatMap((v): { id?: string }[] => (Array.isArray(v) ? v : []));
    expect(
      all.filter((r) => typeof r.id === 'string' && /^(0|[1-9]\d*)$/.test(r.id)).map((r) => r.id),
    ).toEqual([]);
  });
});
