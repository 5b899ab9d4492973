import {
  capacityOf,
  countIncludes,
  countProjects,
  currentStatus,
  type ProjectFilter,
  type ProjectSort,
  regionsOf,
  toCsv,
} from '@dostyk/data';
import type { Context } from '../context.js';
import { formatNumber, titleOf } from '../data/records.js';
import { usageError } from '../errors.js';
import { maybe } from '../i18n/messages.js';
import { seg } from '../text/styled.js';
import { renderTable } from '../text/table.js';
import { checkIds } from './suggest.js';

export interface ProjectsOptions {
  sector?: string[];
  status?: string[];
  region?: string[];
  from?: number;
  to?: number;
  participant?: string[];
  framework?: string[];
  seed?: boolean;
  sort?: string;
  json?: boolean;
  csv?: boolean;
}

export function projectsCommand(ctx: Context, o: ProjectsOptions) {
  if (o.json && o.csv) throw usageError('choose one of --json and --csv', 'dostyk projects --help');
  if (o.from !== undefined && o.to !== undefined && o.from > o.to)
    throw usageError(`--from ${o.from} is after --to ${o.to}`, 'give the earlier year to --from');
  const participant = checkIds(ctx, '--participant', 'organizations', o.participant);
  const framework = checkIds(ctx, '--framework', 'frameworks', o.framework);
  const filter: ProjectFilter = {
    sector: o.sector,
    status: o.status,
    region: o.region,
    from: o.from,
    to: o.to,
    participant,
    framework,
    ...(o.seed ? { namedInSeed: true } : {}),
  };
  const { items } = ctx.query().projects(filter, (o.sort ?? 'name') as ProjectSort);
  if (o.json) return ctx.out.json(items);
  if (o.csv) return ctx.out.csv(toCsv(items));
  const { t, lang } = ctx;
  if (items.length === 0) return ctx.out.lines([[seg(t('list.empty'), 'muted')]]);
  const rows = items.map((p) => {
    const cap = capacityOf(p);
    return [
      p.id,
      titleOf(p, lang).text,
      maybe(t, `sector.${p.sector}`, p.sector),
      maybe(t, `st.${currentStatus(p)}`, currentStatus(p)),
      regionsOf(p).join(' '),
      cap ? `${formatNumber(cap.value, lang)} ${maybe(t, `unit.${cap.unit}`, cap.unit)}` : '',
    ];
  });
  ctx.out.lines(
    renderTable(
      [
        { header: t('col.id'), tone: 'accent' },
        { header: t('col.name'), shrink: true, min: 14 },
        { header: t('col.sector'), shrink: true, min: 8 },
        { header: t('col.status'), shrink: true, min: 10 },
        { header: t('col.region'), shrink: true, min: 5 },
        { header: t('col.capacity'), align: 'right' },
      ],
      rows,
      ctx.out.width,
    ),
  );
  // The list counts every project it shows; the overview and `stats` count fewer: say what this one includes.
  ctx.out.lines([[], [seg(countIncludes(countProjects(items), lang, 'listed'), 'muted')]]);
}
