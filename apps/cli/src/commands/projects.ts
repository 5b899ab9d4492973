import type { ProjectFilter } from '@dostyk/data';
import type { Context } from '../context.js';
import { usageError } from '../errors.js';
import type { Output } from '../output.js';
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

/**
 * The projects a filter selects, as JSON, CSV or a table. Scripts ask for JSON, so that path loads the
 * project list alone (the whole query API only when ids given to --participant or --framework must be
 * checked against every record); CSV and the table (labels, messages, terminal links) are modules loaded
 * when asked for, and `text` gives the table the full context then.
 */
export async function projectsCommand(
  o: ProjectsOptions,
  { out, text }: { out: () => Output; text: () => Promise<Context> },
) {
  if (o.json && o.csv) throw usageError('choose one of --json and --csv', 'dostyk projects --help');
  if (o.from !== undefined && o.to !== undefined && o.from > o.to)
    throw usageError(`--from ${o.from} is after --to ${o.to}`, 'give the earlier year to --from');
  const query = o.participant || o.framework ? (await import('../data/query.js')).getQuery() : undefined;
  const ids = { query: () => query as NonNullable<typeof query> };
  const filter: ProjectFilter = {
    sector: o.sector,
    status: o.status,
    region: o.region,
    from: o.from,
    to: o.to,
    participant: checkIds(ids, '--participant', 'organizations', o.participant),
    framework: checkIds(ids, '--framework', 'frameworks', o.framework),
    ...(o.seed ? { namedInSeed: true } : {}),
  };
  // `--sort relevance` without text sorts by name, as the query API does.
  const sort = (o.sort ?? 'name') as 'name';
  const list = query ?? (await import('../data/project-query.js')).getProjectQuery();
  const { items } = list.projects(filter, sort);
  if (o.json) return out().json(items);
  const { projectsCsv, projectsTable } = await import('./projects-text.js');
  if (o.csv) return projectsCsv(out(), items);
  projectsTable(await text(), items);
}
