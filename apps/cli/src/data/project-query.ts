import { createProjectQuery, dataset, type ProjectQuery } from '@dostyk/data';

let list: ProjectQuery | undefined;

/**
 * The bundled dataset's project list on its own (the data package's createProjectQuery: the filters and
 * sorts of the query API, without its search index, id table or labels), built once on first use: all
 * that `dostyk projects --json` needs, so a script's process loads nothing else.
 */
export const getProjectQuery = (): ProjectQuery => {
  list ??= createProjectQuery(dataset);
  return list;
};
