import type { Collection, RecordKind } from '@dostyk/data';
import type { Context } from '../context.js';
import { searchHits } from '../data/search.js';
import { usageError } from '../errors.js';
import { seg } from '../text/styled.js';
import { renderTable } from '../text/table.js';

/**
 * The package's one search over every record: names in five languages, Latin spellings of Kazakh and
 * Russian names (Janatas finds Zhanatas), partial words, typos and acronyms; exact names first.
 */
export function searchCommand(
  ctx: Context,
  text: string,
  o: { json?: boolean; limit?: number; in?: string[]; kind?: string[] },
) {
  if (text.trim() === '') throw usageError('give some text to search for', 'dostyk search zhanatas');
  const q = ctx.query();
  const options = {
    limit: o.limit ?? 20,
    collections: o.in as Collection[] | undefined,
    kinds: o.kind as RecordKind[] | undefined,
  };
  if (o.json) return ctx.out.json(q.search(text, options));
  const hits = searchHits(q, text, ctx.lang, ctx.t, options);
  if (hits.length === 0) return ctx.out.lines([[seg(ctx.t('search.none'), 'muted')]]);
  ctx.out.lines(
    renderTable(
      [
        { header: ctx.t('col.kind') },
        { header: ctx.t('col.date') },
        { header: ctx.t('col.id'), tone: 'accent' },
        { header: ctx.t('col.title'), shrink: true, min: 16 },
      ],
      hits.map((h) => [h.kindLabel, h.date ?? '', h.id, h.title]),
      ctx.out.width,
    ),
  );
}
