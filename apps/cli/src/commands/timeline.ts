import { localize, type TimelineEntry } from '@dostyk/data';
import type { Context } from '../context.js';
import { usageError } from '../errors.js';
import { maybe } from '../i18n/messages.js';
import { seg } from '../text/styled.js';
import { renderTable } from '../text/table.js';

/** Dated events, agreements, partnership upgrades and project milestones, oldest first. */
export function timelineCommand(
  ctx: Context,
  o: { from?: number; to?: number; kind?: string[]; json?: boolean },
) {
  if (o.from !== undefined && o.to !== undefined && o.from > o.to)
    throw usageError(`--from ${o.from} is after --to ${o.to}`, 'give the earlier year to --from');
  const entries = ctx.query().timeline({
    from: o.from,
    to: o.to,
    types: o.kind as TimelineEntry['type'][] | undefined,
  });
  if (o.json) return ctx.out.json(entries);
  if (entries.length === 0) return ctx.out.lines([[seg(ctx.t('list.empty'), 'muted')]]);
  const { t, lang } = ctx;
  const rows = entries.map((e) => [
    e.date,
    t(`timeline.${e.type}` as never) +
      (e.subtype ? ` · ${maybe(t, `ms.${e.subtype}`, e.subtype.replace(/-/g, ' '))}` : ''),
    localize(e.title, lang).text,
    e.id,
  ]);
  ctx.out.lines(
    renderTable(
      [
        { header: t('col.date') },
        { header: t('col.type'), shrink: true, min: 10 },
        { header: t('col.title'), shrink: true, min: 16 },
        { header: t('col.id'), tone: 'accent' },
      ],
      rows,
      ctx.out.width,
    ),
  );
}
