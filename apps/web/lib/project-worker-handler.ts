import { countIncludes, countProjects, type Query, toCsv } from '@dostyk/data';
import { toRow } from '@/lib/project-rows';
import { fetchQuery } from './client-index';
import type { WorkerRequest, WorkerResponse } from './project-worker-protocol';

let pending: Promise<Query> | undefined;
const loaded = (): Promise<Query> => {
  pending ??= fetchQuery().catch((e: unknown) => {
    pending = undefined;
    throw e;
  });
  return pending;
};

/** Starts fetching the dataset and its index before the first question arrives. */
export function preload(): void {
  loaded().catch(() => undefined);
}

/** Answers one request of the projects explorer (in the worker, or on the main thread where there is none). */
export async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  try {
    const query = await loaded();
    const result = query.projects(request.filter, request.sort);
    if (request.op === 'export') {
      const body =
        request.format === 'csv' ? toCsv(result.items) : `${JSON.stringify(result.items, null, 2)}\n`;
      return { id: request.id, ok: true, op: 'export', body };
    }
    const start = (Math.max(1, request.page) - 1) * request.pageSize;
    const rows = result.items
      .slice(start, start + request.pageSize)
      .map((p) => toRow(p, request.locale, request.thisYear));
    const mapped = new Set(request.mapIds);
    const keep = mapped.size ? result.items.filter((p) => mapped.has(p.id)).map((p) => p.id) : [];
    return {
      id: request.id,
      ok: true,
      op: 'projects',
      answer: {
        total: result.total,
        countText: countIncludes(countProjects(result.items), request.locale, 'listed'),
        facets: result.facets,
        rows,
        keep,
      },
    };
  } catch (e) {
    return { id: request.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
