import { COLLECTIONS, type Query } from '@dostyk/data';
import { firstValue, formatNumber, titleOf } from '../data/records.js';
import { type Lang, maybe, type T } from '../i18n/messages.js';
import { bar } from '../text/chart.js';
import { type Line, seg } from '../text/styled.js';

/**
 * The Overview tab: the relationship, what the dataset holds, and the package's aggregates (left out of
 * the very first frame, which then comes sooner).
 */
export function overviewLines(query: Query, lang: Lang, t: T, width: number, withTotals = true): Line[] {
  const { dataset } = query;
  const lines: Line[] = [];
  const rel = dataset.relationships[0];
  lines.push([seg(rel ? titleOf(rel, lang).text : t('overview.title'), 'heading')]);
  if (rel) {
    const since = firstValue<string>(rel.diplomaticRelations);
    if (since) lines.push([seg(`${t('overview.relations')} `, 'muted'), seg(since)]);
    if (rel.levels.length > 0) {
      lines.push([], [seg(t('overview.partnership'), 'key')]);
      for (const level of rel.levels)
        lines.push([
          seg(`  ${firstValue<string>(level.since) ?? '    '}  `, 'muted'),
          seg(titleOf(level, lang).text),
        ]);
    }
  }
  lines.push([], [seg(t('overview.records'), 'key')]);
  const counts = COLLECTIONS.filter((c) => dataset[c].length > 0).map(
    (c) => `${dataset[c].length} ${maybe(t, `tab.${c}`, c).toLowerCase()}`,
  );
  counts.push(`${dataset.sources.length} ${t('overview.sources')}`);
  lines.push([seg(`  ${counts.join(' · ')}`)]);

  if (!withTotals) return lines;
  const agg = query.aggregates();
  const barWidth = Math.max(8, Math.min(30, width - 30));
  const counted = (title: string, m: Record<string, number>, prefix: string) => {
    const entries = Object.entries(m).sort((a, b) => b[1] - a[1]);
    if (entries.length === 0) return;
    const max = Math.max(...entries.map(([, n]) => n));
    lines.push([], [seg(title, 'key')]);
    for (const [k, n] of entries)
      lines.push([
        seg(`  ${maybe(t, `${prefix}.${k}`, k).padEnd(20).slice(0, 20)} `),
        seg(bar(n, max, barWidth), 'accent'),
        seg(` ${n}`),
      ]);
  };
  counted(t('overview.bySector'), agg.projectsBySector, 'sector');
  counted(t('overview.byStatus'), agg.projectsByStatus, 'st');
  if (agg.capacity.length > 0) {
    lines.push([], [seg(t('overview.capacity'), 'key')]);
    for (const c of agg.capacity)
      lines.push([
        seg(`  ${formatNumber(c.total, lang)} ${c.unit}`),
        seg(` · ${c.subsector} · ${c.projects}`, 'muted'),
      ]);
  }
  if (agg.money.length > 0) {
    lines.push([], [seg(t('overview.money'), 'key')]);
    for (const m of agg.money)
      lines.push([seg(`  ${formatNumber(m.total, lang)} ${m.currency}`), seg(` · ${m.projects}`, 'muted')]);
  }
  if (agg.excluded.length > 0) {
    lines.push([], [seg(t('overview.excluded'), 'key')]);
    lines.push([
      seg(
        `  ${agg.excluded.map((id) => (query.get(id) ? titleOf(query.get(id)?.record, lang).text : id)).join(', ')}`,
        'muted',
      ),
    ]);
  }
  return lines;
}
