/** Start-up chunk URLs of an exported page, in order, whether or not it has been rewritten. */
export function startupScripts(html: string): string[];
/** The page with its start-up scripts preloaded where they stood and run after the first paint. */
export function runScriptsAfterPaint(html: string): string;
