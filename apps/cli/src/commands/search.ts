import type { Collection } from '@dostyk/data';
import type { Context } from '../context.js';
import { KIND, titleOf } from '../data/records.js';
import { usageError } from '../errors.js';
import { seg } from '../text/styled.js';
import { renderTable } from '../text/table.js';

/** Typo-tolerant search over every record (the package's search: `zanatas` finds Zhanatas). */
export function searchCommand(
  ctx: Context,
  text: string,
  o: { json?: boolean; limit?: number; in?: string[] },
) {
  if (text.trim() === '') throw usageError('give some text to search for', 'dostyk search zhanatas');
  const q = ctx.query();
  const hits = q.search(text, { limit: o.limit ?? 20, collections: o.in as Collection[] | undefined });
  if (o.json) return ctx.out.json(hits);
  if (hits.length === 0) return ctx.out.lines([[seg(ctx.t('search.none'), 'muted')]]);
  const rows = hits.map((h) => {
    const rec = q.get(h.id)?.record;
    return [ctx.t(`kind.${KIND[h.collection]}` as never), h.id, rec ? titleOf(rec, ctx.lang).text : h.title];
  });
  ctx.out.lines(
    renderTable(
      [
        { header: ctx.t('col.kind') },
        { header: ctx.t('col.id'), tone: 'accent' },
        { header: ctx.t('col.title'), shrink: true, min: 16 },
      ],
      rows,
      ctx.out.width,
    ),
  );
}
