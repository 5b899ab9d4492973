/** Rows per page of the projects list: the server renders the first page, the browser the others. 25, not 40:
 *  every server-rendered row is also hydrated on load, and on a phone rows 25–40 were a tenth of the page's
 *  start-up work for rows three screens down. */
export const PAGE_SIZE = 25;
