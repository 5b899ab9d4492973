/** The page with every large payload text row that repeats its markup emptied, and the bytes saved. */
export function dropDuplicateMarkup(html: string): { html: string; rows: number; saved: number };
