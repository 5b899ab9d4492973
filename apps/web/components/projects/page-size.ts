/** Rows per page of the projects list: the server renders the first page, the browser the others. */
export const PAGE_SIZE = 40;
