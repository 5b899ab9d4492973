/** Rows per page of the projects list: the server renders the first page, the browser the others. 25, not 40:
 *  every server-rendered row is also hydrated at load, and on a phone the first screen shows about five. */
export const PAGE_SIZE = 25;
