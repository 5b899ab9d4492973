import type { ProjectsAnswer, WorkerRequest, WorkerResponse } from './project-worker-protocol';

type Pending = { resolve: (r: WorkerResponse) => void };
type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, Pending>();

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./project-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (e: MessageEvent<WorkerResponse>) => {
      waiting.get(e.data.id)?.resolve(e.data);
      waiting.delete(e.data.id);
    });
  } catch {
    worker = null;
  }
  return worker;
}

async function ask(request: Request): Promise<WorkerResponse> {
  const id = nextId++;
  const full = { ...request, id } as WorkerRequest;
  const w = startWorker();
  if (!w) {
    // No worker (a very old browser): the same code on the main thread.
    const { handle } = await import('./project-worker-handler');
    return handle(full);
  }
  return new Promise((resolve) => {
    waiting.set(id, { resolve });
    w.postMessage(full);
  });
}

/** Starts the worker (and its download of the dataset) ahead of the first question. */
export async function askProjects(request: Omit<Extract<WorkerRequest, { op: 'projects' }>, 'id' | 'op'>) {
  const r = await ask({ ...request, op: 'projects' });
  if (!r.ok) throw new Error(r.error);
  if (r.op !== 'projects') throw new Error('unexpected answer');
  return r.answer as ProjectsAnswer;
}

export async function askExport(request: Omit<Extract<WorkerRequest, { op: 'export' }>, 'id' | 'op'>) {
  const r = await ask({ ...request, op: 'export' });
  if (!r.ok) throw new Error(r.error);
  if (r.op !== 'export') throw new Error('unexpected answer');
  return r.body;
}

type ProjectsRequest = Omit<Extract<WorkerRequest, { op: 'projects' }>, 'id' | 'op'>;
let busy = false;
let queued:
  | { request: ProjectsRequest; settle: (a: ProjectsAnswer | undefined, e?: unknown) => void }
  | undefined;

async function pump(): Promise<void> {
  if (busy || !queued) return;
  const { request, settle } = queued;
  queued = undefined;
  busy = true;
  try {
    settle(await askProjects(request));
  } catch (e) {
    settle(undefined, e);
  } finally {
    busy = false;
    void pump();
  }
}

/**
 * The answer to the newest question only: while the worker is busy, a question waits, and a newer one takes
 * its place (the older resolves to undefined), so fast typing never queues up stale searches.
 */
export function askLatestProjects(request: ProjectsRequest): Promise<ProjectsAnswer | undefined> {
  return new Promise((resolve, reject) => {
    queued?.settle(undefined);
    queued = { request, settle: (a, e) => (e === undefined ? resolve(a) : reject(e)) };
    void pump();
  });
}
