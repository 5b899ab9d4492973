import type { Project } from '../schema/dataset.js';
import { SHIPPED } from '../shipped.js';
import { ProjectEngine } from './projects.js';
import type { ProjectFilter, ProjectResult, ProjectSort } from './types.js';

/** The projects' filters, facet counts and sorts, without text search. */
export interface ProjectQuery {
  /** Like `Query.projects`, for every filter but the text (`q`, which needs the search index). */
  projects(filter?: Omit<ProjectFilter, 'q'>, sort?: Exclude<ProjectSort, 'relevance'>): ProjectResult;
  /** The engine `Query.projects` runs on (createQuery adds text search to it). */
  readonly engine: () => ProjectEngine;
}

/**
 * The project list of a dataset on its own: what `createQuery(dataset).projects()` runs, without the
 * search index, the id table or the labels, so that a fresh process that only lists projects (a script
 * reading `dostyk projects --json`) loads and builds nothing else. Same results as createQuery's.
 */
export function createProjectQuery(
  dataset: { projects: Project[]; version?: string; generated?: string },
  options: { currentYear?: number; facetLimit?: number } = {},
): ProjectQuery {
  const currentYear = options.currentYear ?? new Date().getFullYear();
  let built: ProjectEngine | undefined;
  const engine = () => {
    // The shipped dataset's name order, computed by the build (the engine checks it is for these projects).
    const shippedOrder =
      dataset.version === SHIPPED.version && dataset.generated === SHIPPED.generated
        ? SHIPPED.projectsByName
        : undefined;
    built ??= new ProjectEngine(dataset.projects, currentYear, options.facetLimit, shippedOrder);
    return built;
  };
  return {
    projects: (filter = {}, sort = 'name') => {
      const { q: _text, ...rest } = (filter ?? {}) as ProjectFilter;
      return engine().query(rest, sort);
    },
    engine,
  };
}
