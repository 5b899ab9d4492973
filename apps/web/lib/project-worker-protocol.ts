import type { Facets, ProjectFilter, ProjectSort } from '@dostyk/data';
import type { ProjectRow } from '@/lib/project-rows';

/** What the projects explorer asks its worker (lib/project-worker.ts); every request carries an id. */
export type WorkerRequest =
  | {
      id: number;
      op: 'projects';
      filter: ProjectFilter;
      sort: ProjectSort;
      /** 1-based page of `pageSize` rows to return. */
      page: number;
      pageSize: number;
      locale: string;
      thisYear: number;
      /** Projects drawn on the map: the answer says which of them the filter keeps. */
      mapIds: string[];
    }
  | { id: number; op: 'export'; filter: ProjectFilter; sort: ProjectSort; format: 'csv' | 'json' };

export interface ProjectsAnswer {
  total: number;
  /** What the count includes, worded by the data package's counting rules in the request's locale. */
  countText: string;
  facets: Facets;
  /** The requested page, as list rows. */
  rows: ProjectRow[];
  /** The map's projects that match the filter. */
  keep: string[];
}

export type WorkerResponse =
  | { id: number; ok: true; op: 'projects'; answer: ProjectsAnswer }
  | { id: number; ok: true; op: 'export'; body: string }
  | { id: number; ok: false; error: string };
