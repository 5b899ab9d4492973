import {
  type Aggregates,
  COLLECTIONS,
  type Collection,
  countIncludes,
  displayUnit,
  type Query,
} from '@dostyk/data';
import { countLabel } from '@dostyk/data/labels';
import { firstValue, formatNumber, titleOf } from '../data/records.js';
import { LANGS, type Lang, maybe, type T } from '../i18n/messages.js';
import { bar } from '../text/chart.js';
import { type Line, seg } from '../text/styled.js';
import { fit } from '../text/width.js';

/** A record reduced to what `titleOf` reads: its id and its localized name or title. */
type Titled = { id: string; name?: unknown; title?: unknown };

/**
 * Everything the Overview tab shows, as plain JSON. The bundle computes it at build time from the same
 * dataset it carries, so the explorer draws its first frame without parsing the dataset.
 */
export interface OverviewFacts {
  relationship?: Titled & {
    since?: string;
    levels: (Titled & { since?: string })[];
  };
  /** Record count of each non-empty collection, in the package's order. */
  counts: { collection: Collection; count: number }[];
  sources: number;
  aggregates: Pick<Aggregates, 'projectCounts' | 'projectsBySector' | 'projectsByStatus' | 'cancelled'> & {
    /** Totals in their family's base unit, shown in the unit the rules pick for display (2.26 GW). */
    capacity: (Aggregates['capacity'][number] & { shown: Shown; shownUnit: string })[];
    money: (Aggregates['money'][number] & { shown: Shown })[];
    usd: Aggregates['usd'] & { shown: Shown };
  };
  /** What the counts by sector and status include, in each language (the counting rules' label). */
  countIncludes: Shown;
  /** Umbrella and pledge records left out of the totals. */
  excluded: Titled[];
}

/**
 * A total written out in each language (150,000 / 150.000 / 150 000): formatted with the facts, so that
 * drawing the overview needs no Intl.NumberFormat (whose first use costs tens of milliseconds).
 */
type Shown = Record<Lang, string>;
const shown = (n: number): Shown =>
  Object.fromEntries(LANGS.map((lang) => [lang, formatNumber(n, lang)])) as Shown;

const titled = (r: { id?: unknown; name?: unknown; title?: unknown }): Titled => ({
  id: String(r.id ?? ''),
  ...(r.name !== undefined ? { name: r.name } : {}),
  ...(r.title !== undefined ? { title: r.title } : {}),
});

/** The overview's facts, from the query API. */
export function overviewFacts(query: Query): OverviewFacts {
  const { dataset } = query;
  const rel = dataset.relationships[0];
  const { excluded, capacity, money, usd, cancelled, projectCounts, projectsBySector, projectsByStatus } =
    query.aggregates();
  return {
    ...(rel
      ? {
          relationship: {
            ...titled(rel),
            ...optional('since', firstValue<string>(rel.diplomaticRelations)),
            levels: rel.levels.map((level) => ({
              ...titled(level),
              ...optional('since', firstValue<string>(level.since)),
            })),
          },
        }
      : {}),
    counts: COLLECTIONS.filter((c) => dataset[c].length > 0).map((c) => ({
      collection: c,
      count: dataset[c].length,
    })),
    sources: dataset.sources.length,
    aggregates: {
      projectCounts,
      projectsBySector,
      projectsByStatus,
      cancelled,
      capacity: capacity.map((c) => {
        const d = displayUnit(c.total, c.unit);
        return { ...c, shown: shown(d.value), shownUnit: d.unit };
      }),
      money: money.map((m) => ({ ...m, shown: shown(m.total) })),
      usd: { ...usd, shown: shown(Math.round(usd.total)) },
    },
    countIncludes: Object.fromEntries(
      LANGS.map((l) => [l, countIncludes(projectCounts, l, 'counted')]),
    ) as Shown,
    excluded: excluded.map((id) => {
      const record = query.get(id)?.record;
      return record ? titled(record) : { id };
    }),
  };
}

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/** The Overview tab: the relationship, what the dataset holds, and the package's aggregates. */
export function overviewLines(facts: OverviewFacts, lang: Lang, t: T, width: number): Line[] {
  const lines: Line[] = [];
  const rel = facts.relationship;
  lines.push([seg(rel ? titleOf(rel, lang).text : t('overview.title'), 'heading')]);
  if (rel) {
    if (rel.since) lines.push([seg(`${t('overview.relations')} `, 'muted'), seg(rel.since)]);
    if (rel.levels.length > 0) {
      lines.push([], [seg(t('overview.partnership'), 'key')]);
      for (const level of rel.levels)
        lines.push([seg(`  ${level.since ?? '    '}  `, 'muted'), seg(titleOf(level, lang).text)]);
    }
  }
  lines.push([], [seg(t('overview.records'), 'key')]);
  const counts = facts.counts.map(({ collection, count }) => countLabel(collection, count, lang));
  counts.push(countLabel('sources', facts.sources, lang));
  lines.push([seg(`  ${counts.join(' · ')}`)]);

  const agg = facts.aggregates;
  const barWidth = Math.max(8, Math.min(30, width - 30));
  const counted = (title: string, m: Record<string, number>, prefix: string) => {
    const entries = Object.entries(m).sort((a, b) => b[1] - a[1]);
    if (entries.length === 0) return;
    const max = Math.max(...entries.map(([, n]) => n));
    lines.push([], [seg(title, 'key')]);
    for (const [k, n] of entries)
      lines.push([
        seg(`  ${fit(maybe(t, `${prefix}.${k}`, k), 20)} `),
        seg(bar(n, max, barWidth), 'accent'),
        seg(` ${n}`),
      ]);
  };
  lines.push([], [seg(facts.countIncludes[lang], 'muted')]);
  counted(t('overview.bySector'), agg.projectsBySector, 'sector');
  counted(t('overview.byStatus'), agg.projectsByStatus, 'st');
  if (agg.capacity.length > 0) {
    lines.push([], [seg(t('overview.capacity'), 'key')]);
    for (const c of agg.capacity)
      lines.push([
        seg(`  ${c.shown[lang]} ${maybe(t, `unit.${c.shownUnit}`, c.shownUnit)}`),
        seg(
          ` · ${maybe(t, `subsector.${c.subsector}`, c.subsector)} · ${countLabel('projects', c.projects, lang)}`,
          'muted',
        ),
      ]);
  }
  if (agg.money.length > 0) {
    lines.push([], [seg(t('overview.money'), 'key')]);
    for (const m of agg.money)
      lines.push([
        seg(`  ${m.shown[lang]} ${m.currency}`),
        seg(` · ${countLabel('projects', m.projects, lang)}`, 'muted'),
      ]);
    lines.push([], [seg(t('overview.usd'), 'key')]);
    lines.push([
      seg(`  ${agg.usd.shown[lang]} USD`),
      seg(` · ${countLabel('projects', agg.usd.projects, lang)}`, 'muted'),
    ]);
    if (agg.usd.notConverted.length > 0)
      lines.push([seg(`  ${t('overview.notConverted', { n: agg.usd.notConverted.length })}`, 'muted')]);
  }
  if (facts.excluded.length > 0) {
    lines.push([], [seg(t('overview.excluded'), 'key')]);
    lines.push([seg(`  ${facts.excluded.map((r) => titleOf(r, lang).text).join(', ')}`, 'muted')]);
  }
  return lines;
}
