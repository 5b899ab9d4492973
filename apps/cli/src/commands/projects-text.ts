import {
  capacityOf,
  countIncludes,
  countProjects,
  currentStatus,
  type Project,
  regionsOf,
  toCsv,
} from '@dostyk/data';
import type { Context } from '../context.js';
import { formatNumber, titleOf } from '../data/records.js';
import { maybe } from '../i18n/messages.js';
import type { Output } from '../output.js';
import { seg } from '../text/styled.js';
import { renderTable } from '../text/table.js';

/** `dostyk projects --csv`: the data package's CSV of the projects. */
export const projectsCsv = (out: Output, items: Project[]) => out.csv(toCsv(items));

/** `dostyk projects` on a terminal or to a pipe: a table in the chosen language, then what it counts. */
export function projectsTable(ctx: Context, items: Project[]) {
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
