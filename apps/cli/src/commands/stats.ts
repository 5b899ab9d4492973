import { COLLECTIONS, countIncludes, displayUnit } from '@dostyk/data';
import { countLabel } from '@dostyk/data/labels';
import type { Context } from '../context.js';
import { formatNumber } from '../data/records.js';
import { maybe } from '../i18n/messages.js';
import { bar } from '../text/chart.js';
import { type Line, seg } from '../text/styled.js';
import { fit } from '../text/width.js';

/** Counts per collection and the package's aggregates (umbrella programmes and pledges left out of totals). */
export function statsCommand(ctx: Context, o: { json?: boolean }) {
  const q = ctx.query();
  const { t, lang } = ctx;
  const counts = Object.fromEntries([
    ...COLLECTIONS.map((c) => [c, q.dataset[c].length]),
    ['sources', q.dataset.sources.length],
  ]) as Record<string, number>;
  const agg = q.aggregates();
  if (o.json) return ctx.out.json({ version: q.dataset.version, counts, ...agg });

  const lines: Line[] = [
    [seg(`Dostyk ${q.dataset.version}`, 'heading'), seg(`  ${q.dataset.generated}`, 'muted')],
  ];
  lines.push([], [seg(t('overview.records'), 'heading')]);
  for (const [c, n] of Object.entries(counts))
    lines.push([
      seg(`  ${String(n).padStart(5)}  `),
      seg(c === 'sources' ? t('detail.sources') : maybe(t, `collection.${c}`, c)),
    ]);
  const counted = (title: string, m: Record<string, number>, prefix: string) => {
    const entries = Object.entries(m).sort((a, b) => b[1] - a[1]);
    const max = Math.max(0, ...entries.map(([, n]) => n));
    lines.push([], [seg(title, 'heading')]);
    for (const [k, n] of entries)
      lines.push([
        seg(`  ${String(n).padStart(5)}  `),
        seg(fit(maybe(t, `${prefix}.${k}`, k), 20)),
        seg(bar(n, max, 30), 'accent'),
      ]);
  };
  lines.push([], [seg(countIncludes(agg.projectCounts, lang, 'counted'), 'muted')]);
  counted(t('overview.bySector'), agg.projectsBySector, 'sector');
  counted(t('overview.byStatus'), agg.projectsByStatus, 'st');
  if (agg.capacity.length > 0) {
    lines.push([], [seg(t('overview.capacity'), 'heading')]);
    for (const c of agg.capacity) {
      const d = displayUnit(c.total, c.unit);
      lines.push([
        seg(`  ${formatNumber(d.value, lang)} ${maybe(t, `unit.${d.unit}`, d.unit)}`),
        seg(
          `  ${maybe(t, `subsector.${c.subsector}`, c.subsector)} · ${countLabel('projects', c.projects, lang)}`,
          'muted',
        ),
      ]);
    }
  }
  if (agg.money.length > 0) {
    lines.push([], [seg(t('overview.money'), 'heading')]);
    for (const m of agg.money)
      lines.push([
        seg(`  ${formatNumber(m.total, lang)} ${m.currency}`),
        seg(`  ${countLabel('projects', m.projects, lang)}`, 'muted'),
      ]);
    lines.push([], [seg(t('overview.usd'), 'heading')]);
    lines.push([
      seg(`  ${formatNumber(Math.round(agg.usd.total), lang)} USD`),
      seg(`  ${agg.usd.projects} ${t('tab.projects').toLowerCase()}`, 'muted'),
    ]);
    if (agg.usd.notConverted.length > 0)
      lines.push([seg(`  ${t('overview.notConverted', { n: agg.usd.notConverted.length })}`, 'muted')]);
  }
  if (agg.excluded.length > 0) {
    lines.push([], [seg(t('overview.excluded'), 'heading')]);
    lines.push([seg(`  ${agg.excluded.join(', ')}`, 'muted')]);
  }
  ctx.out.lines(lines);
}
