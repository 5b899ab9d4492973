/// <reference lib="webworker" />
/**
 * The projects explorer's queries, off the main thread: fetching and parsing the dataset, loading (or, for a
 * dataset it does not match, building) the search index, filtering, ranking and counting facets all happen
 * here, so typing and ticking stay responsive however large the dataset is.
 */
import { handle, preload } from './project-worker-handler';
import type { WorkerRequest } from './project-worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  handle(event.data).then((response) => scope.postMessage(response));
});
preload();
